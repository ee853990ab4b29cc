"""Trigger words whose argument is a thing, not a party (session 20, issue 14 word senses): shooting waves or
footage, shooting into view, talk of a plan, a record that speaks to a trait, examining a document. Each with an
invented sentence and, beside it, the sense that stays an event."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text", [
    # the verb read as a modifier of "waves": the noun it modifies is its object
    "The scanner, which was built to find buried pipes, shoots sonar waves deep into the seabed.",
    "The crew shot a campaign video in Lagos on Monday.",
    "A convoy of trucks came shooting into view near the bridge.",
])
def test_shooting_a_thing_or_into_view_is_no_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types, summary


def test_shooting_people_stays_assault(extract_text):
    types, summary = _types(extract_text, "Soldiers shot two protesters in Harare on Monday.")
    assert "ASSAULT" in types, summary


@pytest.mark.parametrize("text", [
    "Ministers talked of peace at the dinner in Oslo.",
    "Her long tenure in the ministry speaks to her judgment, the governor said.",
])
def test_talk_of_a_topic_or_a_record_speaking_to_a_trait_is_no_consult(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "CONSULT" not in types, summary


def test_ministers_talking_together_stays_consult(extract_text):
    types, summary = _types(extract_text, "The Chilean and Peruvian ministers talked in Lima on Monday.")
    assert "CONSULT" in types, summary


def test_examining_a_document_is_no_accusation(extract_text):
    types, summary = _types(extract_text, "The auditors examined the ministry's budget documents on Tuesday.")
    assert "ACCUSE" not in types, summary


def test_examining_a_suspect_stays_an_investigation(extract_text):
    types, summary = _types(extract_text, "Prosecutors in Lima examined the former minister on Tuesday over the bribes.")
    assert "ACCUSE" in types, summary
