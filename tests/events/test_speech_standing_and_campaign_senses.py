"""Session 13 round 2's false-event kinds on fresh text (issue 14 items 1, 7), one invented sentence each:
"speak to" an issue, talking to one's inner circle, support received from a population or lacked, amassing
delegates or fans, a verbal assault, a party targeting firms for donations. Each kind has invented counterparts
that keep their events, so no test passes by dropping everything."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _reported(events, event_type):
    """The reported events of one type."""
    return [e for e in events if e.reported and e.event == event_type]


@pytest.mark.parametrize("text", [
    "The minister's long silence speaks to a deeper problem in the cabinet.",
    "The ministry spokesman said the envoy's letter speaks to the concerns of the farmers.",
    "The mayor talked with his inner circle on Sunday before deciding to run.",
])
def test_speaking_to_an_issue_or_to_friends_is_no_consultation(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events, "CONSULT"), _summary(events)


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister spoke to his Ugandan counterpart on Monday about the border.",
    "President Ruto talked to Prime Minister Abiy about the dam on Tuesday.",
])
def test_speaking_to_a_counterpart_stays_a_consultation(extract_text, text):
    events = _events(extract_text, text)
    assert _reported(events, "CONSULT"), _summary(events)


@pytest.mark.parametrize("text", [
    "Rivera receives much of her support from students, while Moreno leads among older people.",
    "Hale also lacks support from his colleagues in the Senate, an analyst said.",
])
def test_support_received_from_a_population_or_lacked_is_a_standing(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events, "SUPPORT"), _summary(events)


@pytest.mark.parametrize("text", [
    "Kenya received support from the African Union for its peace plan on Monday.",
    "The African Union voiced support for the Sudanese peace plan on Monday.",
])
def test_support_from_a_named_party_stays(extract_text, text):
    events = _events(extract_text, text)
    assert _reported(events, "SUPPORT"), _summary(events)


@pytest.mark.parametrize("text", [
    "Varga has now amassed 1,200 delegates, enough for the nomination.",
    "Okafor has amassed his own group of fans, 40 in all.",
])
def test_amassing_delegates_or_fans_is_no_mobilization(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events, "MOBILIZE"), _summary(events)


def test_amassing_troops_stays_a_mobilization(extract_text):
    events = _events(extract_text, "Russia has amassed thousands of troops near the border with Ukraine.")
    assert _reported(events, "MOBILIZE"), _summary(events)


def test_a_verbal_assault_is_criticism_not_violence(extract_text):
    events = _events(extract_text, "The senator continued his verbal assault on the rival nominee on Tuesday.")
    assert not _reported(events, "ASSAULT"), _summary(events)


def test_assaulting_a_guard_stays_an_assault(extract_text):
    events = _events(extract_text, "Police said the protesters assaulted a guard outside the ministry on Monday.")
    assert _reported(events, "ASSAULT"), _summary(events)


def test_firms_targeted_for_donations_are_not_attacked(extract_text):
    events = _events(extract_text, "Several drug firms were targeted by the party for campaign contributions.")
    assert not _reported(events, "ASSAULT"), _summary(events)


def test_a_town_targeted_by_militants_stays_an_assault(extract_text):
    events = _events(extract_text, "Militants targeted a police station in the town of Bama on Sunday.")
    assert _reported(events, "ASSAULT"), _summary(events)
