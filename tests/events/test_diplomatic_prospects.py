"""Issue 14 items 2 and 3, invented sentences of international news: a deal named with "any" is whichever
may come, and an agreement an announcement waits for ("when agreed") is not made yet; neither is reported
as done, while a negated "any" and a dated scheduled act keep their standing."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger has the word ``word`` ("held any talks" has "talks")."""
    return [e for e in events if word in e.trigger.text.split()]


def test_any_deal_is_no_deal_made(extract_text):
    events = _events(extract_text, "The envoy said on Tuesday that the reactor must be closed under any deal that Ankara and Cairo sign.")
    deals = _at(events, "deal")
    assert deals and all(e.modality == "hypothetical" and not e.reported for e in deals), _summary(events)


def test_talks_not_held_with_any_side_stay_negated(extract_text):
    events = _events(extract_text, "Poland has not held any talks with Belarus since March.")
    talks = _at(events, "talks")
    assert talks and all(e.negated and e.modality != "hypothetical" for e in talks), _summary(events)


def test_an_agreement_awaited_by_an_announcement_is_not_made(extract_text):
    events = _events(extract_text, "A new date for the summit will be published when jointly agreed by both governments.")
    agreements = _at(events, "agreed")
    assert agreements and all(e.modality == "hypothetical" and not e.reported for e in agreements), _summary(events)


def test_a_dated_once_clause_is_still_scheduled(extract_text):
    events = _events(extract_text, "The delegations will sign the memorandum once the ministers meet in Baku on Friday.")
    meetings = _at(events, "meet")
    assert meetings and all(e.modality != "hypothetical" for e in meetings), _summary(events)
