"""Election language and title topics that made false events on unseen real news (PolNeAR train, seed 80801,
judged by hand), each with invented sentences and, beside them, the true events of the same words that stay."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _reported(extract_text, text):
    """The types of the events a timeline would show, and a summary of all events for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events if e.reported}, _summary(events)


@pytest.mark.parametrize("text", [
    "Several delegates supported Trump on the first ballot.",
    "The delegates backed Sanders at the state convention.",
])
def test_delegates_backing_a_candidate_is_no_support(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "SUPPORT" not in types, summary


@pytest.mark.parametrize("text, kind", [
    ("Iranian delegates agreed to a prisoner exchange in Geneva.", "AGREE"),
    ("The delegates backed the resolution on Syria.", "SUPPORT"),
    ("Delegate Ken Cuccinelli backed Cruz.", "SUPPORT"),
    ("Germany voiced support for Ukraine's bid to join the union.", "SUPPORT"),
    ("A union that endorsed Mr. Sanders on Monday will march in Philadelphia.", "SUPPORT"),
])
def test_a_delegation_or_state_or_endorsement_stays(extract_text, text, kind):
    """A delegation acting on a measure, a named delegate, a state's support and an endorsement (SUPPORT: "express
    support for ... actor", PLOVER manual 3.3) stay."""
    types, summary = _reported(extract_text, text)
    assert kind in types, summary


def test_receiving_the_delegates_is_no_visit(extract_text):
    types, summary = _reported(extract_text, "In each state, Governor John Kasich received all the delegates on offer.")
    assert "CONSULT" not in types, summary


def test_receiving_a_minister_stays_a_visit(extract_text):
    types, summary = _reported(extract_text, "President Emmanuel Macron received the Chilean trade minister in Paris.")
    assert "CONSULT" in types, summary


@pytest.mark.parametrize("text", [
    "Marching at the rallies a risky choice;\n\nThe weather in the capital was mild on Friday.",
    "The Battle of the Donor Lists.\n\nNever before have we known so much about the wealthy.",
])
def test_a_title_naming_no_party_is_no_event(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert not types, summary


def test_a_title_naming_its_parties_and_the_body_stay(extract_text):
    text = ("Russia and Ukraine resume talks in Istanbul\n\n"
            "Protesters clashed with police in the capital on Friday.")
    types, summary = _reported(extract_text, text)
    assert {"CONSULT", "PROTEST"} <= types or {"CONSULT", "ASSAULT"} <= types, summary


@pytest.mark.parametrize("text", [
    "Rubio's support dropped by the same amount down to 39 percent.",
    "The senator's backing among independents has slipped since March.",
])
def test_a_standing_that_rises_or_falls_is_no_support(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "SUPPORT" not in types, summary


def test_support_voiced_stays(extract_text):
    types, summary = _reported(extract_text, "On Monday Germany voiced support for Ukraine's bid to join the union.")
    assert "SUPPORT" in types, summary


def test_a_lede_with_a_verb_in_the_first_block_stays(extract_text):
    """A JSONL text has no title: its first paragraph is the lede, whose talks get their parties later."""
    text = ("Delegations from Chile and Peru met at the Brazilian embassy in Lisbon for a third round of talks."
            "\n\nThe weather in the capital was mild on Friday.")
    types, summary = _reported(extract_text, text)
    assert "CONSULT" in types, summary


@pytest.mark.parametrize("text", [
    "Kasich asked you to put your votes behind him.",
    "The senator urged voters to vote for him in the primary.",
    "Trump asked Iowans to caucus for him on Monday.",
])
def test_asking_for_votes_is_no_request(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "REQUEST" not in types, summary


@pytest.mark.parametrize("text", [
    "The opposition urged its supporters to boycott the election.",
    "The minister asked the rebels to lay down their weapons.",
])
def test_asking_for_an_act_beside_an_election_stays_request(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "REQUEST" in types, summary


def test_support_of_a_counted_share_is_a_poll_standing(extract_text):
    types, summary = _reported(extract_text, "Rubio won the support of almost three in 10 likely voters, while Kasich won 22 percent.")
    assert "SUPPORT" not in types, summary


def test_support_of_named_lawmakers_stays(extract_text):
    types, summary = _reported(extract_text, "On Monday the governor won the support of two senators, Reid Ribble and Glenn Grothman.")
    assert "SUPPORT" in types, summary
