"""Campaign senses of request and protest words (issue 14, session 19; found on PolNeAR train, judged by hand): running
for an office named by its seat, encouraging a course with no one asked to act, and rallying backing (a direct
object) against protests whose prepositional objects say what they are for. Each beside the true event that stays."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    """The event types extracted from ``text``, and a summary of all events for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text", [
    "Senator Marla Voss is seeking the White House for a second time.",
    "As Governor Pell seeks the White House, her family foundation has drawn scrutiny.",
])
def test_seeking_the_seat_of_an_office_is_no_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" not in types, summary


@pytest.mark.parametrize("text", [
    "The Kenyan government is seeking help from the White House to free the hostages.",
    "The Kenyan government is seeking the extradition of the banker.",
])
def test_seeking_something_of_a_party_stays_a_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" in types, summary


@pytest.mark.parametrize("text", [
    "Kessler encouraged the efforts of several Danish charities.",
    "The minister encouraged the shift from coal to wind power.",
])
def test_encouraging_a_course_is_no_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" not in types, summary


def test_encouraging_a_party_to_act_stays_a_request(extract_text):
    types, summary = _types(extract_text, "The envoy encouraged both sides to return to talks.")
    assert "REQUEST" in types, summary


@pytest.mark.parametrize("text", [
    "Mayor Ortiz is rallying a coalition of unions against the new tax.",
    "The president rallied the nation after the earthquake.",
    "Senator Hale rallied conservatives behind the farm bill.",
])
def test_rallying_backing_is_no_protest(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "PROTEST" not in types, summary


@pytest.mark.parametrize("text", [
    "Thousands rallied in support of the jailed opposition leader in Harare.",
    "Hundreds of students rallied against the ruling party outside parliament.",
    "Farmers rallied with their supporters in the capital on Monday.",
])
def test_a_rally_for_a_cause_stays_a_protest(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "PROTEST" in types, summary


@pytest.mark.parametrize("text", [
    "The mayor and the county council fought over how to pay for the new schools.",
    "The two ministers clashed over whether to raise fuel taxes.",
])
def test_a_fight_over_a_question_is_no_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types, summary


@pytest.mark.parametrize("text", [
    "Rebels battled government troops over control of the town.",
    "Police clashed with protesters over whether to open the square.",
])
def test_an_armed_fight_over_a_question_stays_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" in types, summary
