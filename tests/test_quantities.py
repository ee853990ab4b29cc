"""Quantities on events: people, durations and PLOVER sizes (dead, injured, arrested)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "event_type", "value", "unit", "quantity_text"),
    [
        ("Russia and Ukraine agreed to a prisoner exchange involving 1,000 people from each side.", "AGREE", 1000, "people", "1,000 people from each side"),
        ("Israel and Hamas agreed to exchange 95 prisoners of war.", "AGREE", 95, "prisoners", "95 prisoners of war"),
        ("Iranian police arrested dozens of protesters in Tehran.", "COERCE", 24, "arrested", None),
        ("Russian forces killed 12 civilians in Kharkiv on Monday.", "ASSAULT", 12, "dead", "12 civilians"),
        ("Sudanese paramilitary forces wounded 30 people in an attack on Omdurman.", "ASSAULT", 30, "injured", "30 people"),
        ("Armenian and Azerbaijani officials held two-hour talks in Almaty.", "CONSULT", 2, "hours", "two-hour"),
    ],
)
def test_event_quantities(extract_text, text, event_type, value, unit, quantity_text):
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == event_type]
    assert events, f"no {event_type}"
    quantities = events[0].quantities
    assert quantities, f"no quantity on {events[0]}"
    quantity = quantities[0]
    assert (quantity.value, quantity.unit) == (value, unit)
    assert text[quantity.start:quantity.end] == quantity.text
    if quantity_text:
        assert quantity.text == quantity_text


def test_dates_and_titles_are_not_quantities(extract_text):
    text = "Russian and Ukrainian negotiators met in Istanbul on 16 May 2025 for the first time in three years."
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == "CONSULT"]
    assert events and not events[0].quantities


@pytest.mark.parametrize("text", [
    "After the two-hour talks, the two sides agreed to a prisoner exchange involving 400 people.",
    "After a three-day meeting, the ministers signed a trade deal.",
])
def test_a_duration_adjective_of_another_act_is_no_quantity(extract_text, text):
    # A user saw "two-hour" as a quantity of the agreement: it is the length of the talks, another act.
    for event in extract_text(text, published="2025-05-17").events:
        assert all(q.unit not in ("hours", "days") for q in event.quantities), event
