"""Issue 14 item 3, session 16: a meeting put on a calendar ("talks scheduled for Saturday", "the next round is set
for May 3") is a meeting to come, not one told as held; without a date the participle schedules nothing. One
invented sentence each."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger starts with ``word``."""
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word", [
    ("Talks are set for Monday in Doha.", "Talks"),
    ("The next round of talks is scheduled for May 3 in Rome.", "talks"),
    ("A summit is planned for next month in Nairobi.", "summit"),
    ("A diplomat had claimed the Israel-Hamas talks scheduled for Friday would be delayed by a week.", "talks"),
])
def test_a_meeting_on_a_calendar_is_not_reported(extract_text, text, word):
    found = _at(_events(extract_text, text, published="2025-05-12"), word)
    assert found and all(not e.reported and e.modality == "future" for e in found), _summary(found)


def test_a_participle_without_a_date_schedules_nothing(extract_text):
    """ "The talks set the tone": "set" with no date of its own is no timetable; the talks stay as told."""
    found = _at(_events(extract_text, "Delegates from Chile and Peru said the talks held in Lima set the tone.",
                        published="2025-05-12"), "talks")
    assert all(e.modality != "future" for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("Erdogan said he had instructed his foreign minister to continue negotiating with Moscow over the coming days.",
     "negotiating"),
    ("Putin directed the Russian army to withdraw from the border town.", "withdraw"),
])
def test_an_instructed_act_is_asked_not_done(extract_text, text, word):
    found = _at(_events(extract_text, text, published="2025-05-12"), word)
    assert found and all(e.assertion == "demanded" and not e.reported for e in found), _summary(found)


def test_what_planning_is_for_is_not_held(extract_text):
    """The parser may hang "for" on the adjective before "the planning": the meeting is still planned."""
    text = "A man familiar with the planning for Friday's meeting of Iran and Iraq says the talks will cover trade."
    found = _at(_events(extract_text, text, published="2025-05-12"), "meeting")
    assert found and all(not e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text", [
    "Marco Rubio argues that efforts by the government will destroy the economy.",
    "Marco Rubio said the plan would destroy the economy of Florida.",
])
def test_a_forecast_of_what_an_effort_will_do_is_no_threat_made(extract_text, text):
    """An effort or a plan as the subject promises nothing: the clause is a forecast, not reported."""
    found = _at(_events(extract_text, text, published="2025-05-12"), "destroy")
    assert found and all(not e.reported for e in found), _summary(found)


def test_a_party_promising_stays_reported(extract_text):
    found = _at(_events(extract_text, "Serbia will sign a deal with Kosovo, the minister said.", published="2025-05-12"), "sign")
    assert found and all(e.reported and e.event == "AGREE" for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("It is imperative that Iran and the United States sign a deal.", "sign"),
    ("It is essential that Russia withdraws its troops from the border.", "withdraws"),
])
def test_what_it_is_imperative_that_someone_do_is_asked(extract_text, text, word):
    found = _at(_events(extract_text, text, published="2025-05-12"), word)
    assert found and all(e.assertion == "demanded" and not e.reported for e in found), _summary(found)


def test_a_plain_that_clause_of_a_copula_stays_told(extract_text):
    """ "It is clear that Russia withdrew its troops": no deontic adjective, the withdrawal is told as done."""
    found = _at(_events(extract_text, "It is clear that Russia withdrew its troops from the border.", published="2025-05-12"), "withdrew")
    assert found and all(e.reported for e in found), _summary(found)
