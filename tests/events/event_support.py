"""What the one-sentence event tests share: a sentence's events and a readable summary for failures."""

from __future__ import annotations


def events_of(extract_text, text, published="2025-05-17"):
    """The events accord extracts from ``text`` published on ``published``."""
    return extract_text(text, published=published).events


def summary(events):
    """Type, mode, modality, trigger and actor codes of each event: what an assertion message shows."""
    return [(e.event, e.mode, e.modality, e.trigger.text, [a.code for a in e.actors]) for e in events]
