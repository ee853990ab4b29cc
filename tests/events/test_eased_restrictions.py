"""Lifting an order, an injunction or a freeze eases a restriction: CONCEDE (PLOVER 2.0 manual, CONCEDE: ease
restrictions), like lifting sanctions or a curfew."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def test_lifting_an_order_or_a_freeze_eases_a_restriction(extract_text):
    for text in ("A court in Nairobi lifted an injunction on the sale of the land on Friday.",
                 "The government of Peru lifted the freeze on mining permits."):
        events = _events(extract_text, text)
        assert "CONCEDE" in {e.event for e in events}, (text, _summary(events))


def test_lifting_a_thing_is_no_concession(extract_text):
    events = _events(extract_text, "Workers in Lima lifted the crates onto the truck.")
    assert "CONCEDE" not in {e.event for e in events}, _summary(events)
