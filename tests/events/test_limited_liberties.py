"""Limiting people's movement, travel, assembly or the press is restricting them: COERCE restrict (PLOVER 2.0
manual, COERCE: restrictions on movement, curfews, censorship), like "restrict"; limiting a number is not."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def test_limiting_movement_or_the_press_is_a_restriction(extract_text):
    for text in ("The army in Mali has limited the movement of aid workers near Gao.",
                 "Residents say their movements are limited by the militants and by the army in Borno."):
        events = _events(extract_text, text)
        assert ("COERCE", "restrict") in {(e.event, e.mode) for e in events}, (text, _summary(events))


def test_limiting_a_number_or_emissions_is_no_restriction(extract_text):
    for text in ("The court in Nairobi limited the number of witnesses.", "Kenya limited emissions from its power plants."):
        events = _events(extract_text, text)
        assert "COERCE" not in {e.event for e in events}, (text, _summary(events))
