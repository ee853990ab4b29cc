"""Session 12 precision rules (issue 14): a campaign pledge is future; talk with voters is no CONSULT; a quoted question is no REQUEST; volunteers deployed are no MOBILIZE."""

from __future__ import annotations

import pytest

from tests.events.event_support import events_of, summary

RACE_STORY = (
    "Ann Hale, the Republican nominee for governor, toured three counties on Monday. "
    "She pledged to impose tariffs on Chinese steel and to cut aid to Venezuela. "
    "Her campaign has drawn large crowds ahead of the November election."
)


def _pledges(extract_text, text, lemma):
    return [e for e in events_of(extract_text, text) if e.trigger.text.lower().startswith(lemma)]


def test_a_nominees_pledge_is_future_and_not_reported(extract_text):
    events = events_of(extract_text, RACE_STORY)
    pledges = [e for e in events if e.trigger.text == "pledged"]
    assert pledges and all(e.modality == "future" for e in pledges), summary(events)
    assert not any(e.reported for e in events), summary(events)


def test_candidates_as_subject_make_a_pledge_future(extract_text):
    text = "Both candidates vowed to impose sanctions on Iran, and the campaign entered its final week before the primary."
    pledges = _pledges(extract_text, text, "vow")
    assert pledges and all(not e.reported for e in pledges), summary(pledges)


@pytest.mark.parametrize("text", [
    "The Foreign Ministry vowed to retaliate against the new sanctions, officials said on Monday.",
    "President Tom Vale vowed on Monday to send troops to the border. The opposition candidate criticised "
    "the campaign, and the election is due in May.",
])
def test_a_states_or_a_sitting_presidents_vow_stays_asserted(extract_text, text):
    pledges = _pledges(extract_text, text, "vow")
    assert pledges and any(e.reported for e in pledges), summary(pledges)


@pytest.mark.parametrize("text", [
    "The two senators mostly speak to different groups of angry voters, the analyst said.",
    '"We keep talking to our base," the strategist said.',
    '"Everyone I have talked to says so," she said.',
])
def test_talk_with_voters_or_people_met_is_no_consultation(extract_text, text):
    events = events_of(extract_text, text)
    assert not [e for e in events if e.event == "CONSULT"], summary(events)


@pytest.mark.parametrize("text", [
    "The foreign minister spoke to his French counterpart on Monday about the border dispute.",
    "Ministers from Kenya and Uganda met a group of rebel leaders in Nairobi on Friday.",
])
def test_talks_with_a_party_stay_consultations(extract_text, text):
    events = events_of(extract_text, text)
    assert [e for e in events if e.event == "CONSULT"], summary(events)


@pytest.mark.parametrize("text", [
    '"They keep hitting you with this again. Mistake?" he asked.',
    '"Anyone been there?" he asked.',
])
def test_a_quoted_question_asked_is_no_request(extract_text, text):
    events = events_of(extract_text, text)
    assert not [e for e in events if e.event == "REQUEST"], summary(events)


def test_a_quoted_plea_or_an_infinitive_request_stays(extract_text):
    events = events_of(extract_text, '"Please release them," the mother asked. The ministry asked Turkey to close the border.')
    assert len([e for e in events if e.event == "REQUEST"]) == 2, summary(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Each campaign deployed hundreds of volunteers to knock on doors before the vote.", False),
    ("The bloc has deployed election observers to the capital.", False),
    ("The army deployed troops to the border on Sunday.", True),
])
def test_deploying_volunteers_or_observers_is_no_mobilization(extract_text, text, expected):
    events = events_of(extract_text, text)
    assert bool([e for e in events if e.event == "MOBILIZE"]) is expected, summary(events)
