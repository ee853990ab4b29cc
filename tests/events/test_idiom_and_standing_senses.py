"""Word senses that made false events on unseen real news (PolNeAR train, seeds 110111/110112, every event judged
by hand), each with an invented sentence and, beside it, the true event of the same words that stays."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _reported(extract_text, text):
    """The types of the events a timeline would show, and a summary of all events for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events if e.reported}, _summary(events)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Senator Whitfield has proposed taxing carbon emissions.", "AGREE"),
    ("The mayor proposed a ban on new casinos.", "THREATEN"),
    ("The two senators favour the idea most openly by proposing variations on a flat-tax system.", "AGREE"),
])
def test_a_domestic_proposal_is_no_offer(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type not in types, summary


@pytest.mark.parametrize("text", [
    "The European Commission has proposed an $800 billion plan for supporting Kenya.",
    "The minister proposed talks with Ethiopia.",
])
def test_a_proposal_to_a_party_stays(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "AGREE" in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    ("His remarks during the debate invited sharp ridicule from the governor.", "AGREE"),
    ("The mayor deploys a range of tactics to silence critics.", "MOBILIZE"),
    ("The advocacy group said in a release on Tuesday that the court had ruled.", "RETREAT"),
    ("The agency withheld six emails from its monthly release of the senator's correspondence.", "RETREAT"),
    ("The senator said he would beat the other Republicans in Ohio.", "ASSAULT"),
])
def test_a_reaction_a_tactic_a_document_or_a_vote_is_no_act(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type not in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Army deployed an array of missiles along the border.", "MOBILIZE"),
    ("Hamas freed four hostages on Saturday, and the release of 40 prisoners followed.", "RETREAT"),
    ("Police beat protesters in the capital on Sunday.", "ASSAULT"),
    ("The prime minister invited the Chinese president to visit Delhi.", "AGREE"),
])
def test_forces_prisoners_blows_and_invitations_stay(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    ('"Thank goodness, neither of those rumors was true," the mayor said.', "SUPPORT"),
    ("This ruling defies explanation.", "REJECT"),
    ("He has resisted the temptation to attack his rival for months.", "REJECT"),
    ("The neighbours were sort of giving us a heads up, she said.", "CONCEDE"),
    ("The aide breached a confidentiality agreement when she talked to reporters.", "AGREE"),
    ("Each month, we ask 20 party insiders who they believe is the likeliest nominee.", "REQUEST"),
    ("We asked our readers their thoughts on the debate.", "REQUEST"),
    ("The senator is losing a little support.", "SUPPORT"),
    ("In March older women began backing her with their ballots.", "SUPPORT"),
    ("The governor's bigotry threatens national security, the campaign said.", "THREATEN"),
    ("The moment that best captured the mayor's path to victory came in June.", "ASSAULT"),
])
def test_an_idiom_a_broken_deal_a_poll_question_or_a_standing_is_no_act(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type not in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    ("The rebels refused to give up their weapons.", "REJECT"),
    ("Ukraine gained support from its allies.", "SUPPORT"),
    ("Iran's leaders threatened Israel on Tuesday.", "THREATEN"),
    ("Both sides agreed to a ceasefire agreement on Sunday.", "AGREE"),
    ("Rebels captured the town.", "ASSAULT"),
    ("The journalist asked the minister for help.", "REQUEST"),
])
def test_the_same_words_of_a_true_act_stay(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type in types, summary


def _modalities(extract_text, text, event_type):
    return [e.modality for e in _events(extract_text, text) if e.event == event_type]


def test_a_pledge_for_after_winning_office_is_hypothetical(extract_text):
    modalities = _modalities(extract_text, "The mayor promised to build a new stadium once elected.", "AGREE")
    assert modalities and all(m == "hypothetical" for m in modalities), modalities


@pytest.mark.parametrize(("text", "event_type"), [
    ("Russia will retaliate if attacked, the minister warned.", "THREATEN"),
    ("The mayor promised to build a new stadium for the city.", "AGREE"),
])
def test_a_conditional_threat_or_a_plain_promise_stays_asserted(extract_text, text, event_type):
    modalities = _modalities(extract_text, text, event_type)
    assert "asserted" in modalities, modalities
