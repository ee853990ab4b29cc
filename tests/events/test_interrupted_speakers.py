"""Cutting off a person named by a role ("the moderator cut off the president") interrupts someone speaking: no
COERCE; cutting off supplies, aid, a road or a city keeps it (review3 N5)."""

from __future__ import annotations

import pytest

from tests.events.event_support import events_of, summary


@pytest.mark.parametrize("text", [
    "The moderator cut off the president.",
    "The anchor cut off the senator in the middle of her answer.",
    "During the debate the chairman cut off the candidate twice.",
])
def test_cutting_off_a_speaker_named_by_a_role_is_no_coercion(extract_text, text):
    events = events_of(extract_text, text)
    assert "COERCE" not in {e.event for e in events}, summary(events)


@pytest.mark.parametrize("text", [
    "The rebels cut off supplies to the northern garrison.",
    "The donors cut off aid to the ministry in March.",
    "Militia fighters cut off the road to the port.",
    "The army cut off the city on Sunday.",
    "The army cut off the president from his guards.",
])
def test_cutting_off_supplies_a_road_or_a_place_stays_coercion(extract_text, text):
    events = events_of(extract_text, text)
    assert "COERCE" in {e.event for e in events if e.reported}, summary(events)
