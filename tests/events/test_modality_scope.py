"""Issue 14 item 3, modality scoped to its own clause, one invented sentence each: a coordinated verb with a tense
of its own keeps its own standing, a present-tense clause timed against a future one is future, a meeting "had" on
a day ahead or fixed on a date is to come, and a negated act or meeting is not reported."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger starts with ``word``: the construction must still give its event."""
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, _summary(events)
    return found


@pytest.mark.parametrize("text, word", [
    # a past verb coordinated with an intended infinitive is done, not intended
    ("The palace said the king intends to hold talks with Peru and held a phone call with the queen of Spain.", "phone"),
    ("The premier plans to visit Cuba and met the Cuban envoy on Tuesday.", "met"),
])
def test_a_tensed_verb_coordinated_with_an_intended_act_is_told_as_done(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(e.reported and e.event == "CONSULT" for e in found), _summary(found)


def test_an_intended_act_beside_a_done_one_stays_intended(extract_text):
    events = _events(extract_text, "The premier plans to visit Cuba and met the Cuban envoy on Tuesday.")
    found = _at(events, "plans")
    assert all(not e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text", [
    # a present-tense "before" clause under "will": its meeting is to come
    "The engineers will meet in Geneva before the ministers meet again in Vienna on June 3, the minister said.",
    # a future meeting whose date the parser hangs on its purpose noun
    "The Nordic Council will meet for fresh consultations on June 4-5.",
])
def test_a_meeting_to_come_is_not_reported(extract_text, text):
    found = _at(_events(extract_text, text), "meet")
    assert all(not e.reported and e.modality == "future" for e in found), _summary(found)


def test_a_clause_timed_against_a_past_one_stays_told(extract_text):
    events = _events(extract_text, "The engineers met in Geneva before the ministers met again in Vienna on June 3.")
    assert any(e.reported for e in _at(events, "met")), _summary(events)


@pytest.mark.parametrize("text, word", [
    ('"On Friday we have an important meeting with the Cubans," the president said.', "meeting"),
    ('"We have talks with the rebels on Monday," the mediator said.', "talks"),
    ('"We\'re having direct talks with the Cuban government next week," the envoy said.', "talks"),
])
def test_a_meeting_had_on_a_day_ahead_is_future(extract_text, text, word):
    found = _at(_events(extract_text, text, published="2025-05-14"), word)
    assert all(not e.reported and e.modality == "future" for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ('"Today we have a good meeting with the Cubans," the president said.', "meeting"),
    ("The ministers had a meeting with the Cubans on Friday.", "meeting"),
])
def test_a_meeting_had_today_or_in_the_past_stays_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text", [
    "Every Monday we have talks with the Cuban envoy, the president said.",
    "On Mondays we have talks with the Cuban envoy, the president said.",
])
def test_a_meeting_had_on_a_recurring_day_is_no_meeting_to_come(extract_text, text):
    found = _at(_events(extract_text, text, published="2025-05-14"), "talks")
    assert all(e.modality != "future" for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("The delegates are not meeting in person in Doha, the mediator said.", "meeting"),
    ("There is no direct negotiation between Peru and Chile, the minister said.", "negotiation"),
    ("Neither Kenya nor Uganda signed the trade deal.", "signed"),
])
def test_a_negated_act_is_not_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(e.negated and not e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("Egypt has yet to sign the water agreement with Sudan.", "sign"),
    ("Peru is yet to recognize the new government in Quito.", "recognize"),
])
def test_an_act_not_done_yet_is_negated_not_asked_for_or_refused(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(e.negated and not e.reported and e.assertion != "demanded" and e.event != "REJECT" for e in found), _summary(found)


def test_an_undated_clause_timing_a_future_act_is_no_act_announced(extract_text):
    events = _events(extract_text, "She said that even after she steps down, she will keep working for the treaty.")
    assert not any(e.reported and e.trigger.text.startswith("steps") for e in events), _summary(events)
