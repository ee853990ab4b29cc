"""What the one-sentence event tests share: a sentence's events and a readable summary for failures."""

from __future__ import annotations


def events_of(extract_text, text, published="2025-05-17"):
    """The events accord extracts from ``text`` published on ``published``."""
    return extract_text(text, published=published).events


def events_of_type(extract_text, text, wanted, published="2025-05-17"):
    """The events of one PLOVER type accord extracts from ``text`` published on ``published``."""
    return [e for e in events_of(extract_text, text, published) if e.event == wanted]


def summary(events):
    """Type, mode, modality, trigger and actor codes of each event: what an assertion message shows."""
    return [(e.event, e.mode, e.modality, e.trigger.text, [a.code for a in e.actors]) for e in events]


def doers_of(events, trigger):
    """(text, code) of each doer of the first event whose trigger is ``trigger``; fails showing the events if none."""
    found = [e for e in events if e.trigger.text == trigger]
    assert found, summary(events)
    return [(a.text, a.code) for a in found[0].actors]
