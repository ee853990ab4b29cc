"""Word senses with no event, second pass (session 22, issue 14): lying around a place, a speaker's word that a thing
is so, insisting on one's own act, giving the floor, a plain fact, a permitted activity and contests won; beside
each, the same word in its event sense keeps its event."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _reported(extract_text, text):
    """The types of the events a timeline would show, and a summary of all events for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events if e.reported}, _summary(events)


def _any_of(extract_text, text):
    """The types of all events, shown or not (a sense with no event makes none at all), and a summary."""
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


@pytest.mark.parametrize(("text", "event_type"), [
    ("The province surrounds the capital on three sides.", "MOBILIZE"),
    ("The northern region, which surrounds the capital, has seen protests for months.", "MOBILIZE"),
    ("The new mayor said the city had been surrounded by critics for years.", "MOBILIZE"),
    ("I guarantee you the plan will work.", "AGREE"),
    ("The bill is almost guaranteed to pass the lower house.", "AGREE"),
    ("She insisted on paying for the dinner herself.", "REQUEST"),
    ("The chairman never called on the reporter during the session.", "REQUEST"),
    ("It was a bombing whose purpose cannot be denied, the minister said.", "REJECT"),
    ("Smoking is sanctioned in the designated areas.", "SANCTION"),
    ("He cut him off in mid-sentence during the debate.", "COERCE"),
    ("Gambling on the island was sanctioned last year.", "SANCTION"),
    ("The senator won the state's primary on Tuesday, beating rival Maria Lopez in her third win of the night.",
     "ASSAULT"),
    ("The senator's rival, Maria Garcia, captured Ohio, Iowa, Utah, Kansas and Texas on Tuesday night.", "ASSAULT"),
])
def test_a_word_in_a_sense_with_no_event(extract_text, text, event_type):
    types, summary = _any_of(extract_text, text)
    assert event_type not in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    ("Troops surrounded the capital on Monday.", "MOBILIZE"),
    ("Russia surrounded the port with warships.", "MOBILIZE"),
    ("The compound was surrounded before dawn.", "MOBILIZE"),
    ("I guarantee that we will pay every debt.", "AGREE"),
    ("Iran insisted on the removal of the sanctions.", "REQUEST"),
    ("Iran insisted on being included in the talks.", "REQUEST"),
    ("The mayor called on the ministry to release the funds.", "REQUEST"),
    ("A week after the flood, the newspaper called on Governor Maria Lopez to at least do something.", "REQUEST"),
    ("The minister denied the report.", "REJECT"),
    ("The council sanctioned two firms for fraud.", "SANCTION"),
    ("The army cut off the rebels from their supply lines.", "COERCE"),
    ("Police beat protester Ali Khan in the square.", "ASSAULT"),
    ("Rebels captured the town after a week of fighting.", "ASSAULT"),
])
def test_the_same_word_in_its_event_sense_keeps_the_event(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    # a trade named by its country, its people or its owner is a party's business under penalty, not a permitted act
    ("The European Union sanctioned Russian shipping on Monday.", "SANCTION"),
    ("Washington sanctioned Iranian oil trading.", "SANCTION"),
    ("Britain sanctioned Russia's banking.", "SANCTION"),
    ("Canada sanctioned the shipping of the Ruritanian navy.", "SANCTION"),
    # a crowd of a force, armed or masked men and attackers deploy around a place
    ("Hundreds of police surrounded the mosque.", "MOBILIZE"),
    ("Dozens of soldiers encircled the camp.", "MOBILIZE"),
    ("Masked men surrounded the bus.", "MOBILIZE"),
    ("Armed men surrounded the house.", "MOBILIZE"),
    ("Attackers surrounded the compound.", "MOBILIZE"),
    ("Assailants encircled the convoy.", "MOBILIZE"),
    # an active guarantee by a state or a body is a commitment, whatever adverb stands before it
    ("The United States just guaranteed Ukraine's security.", "AGREE"),
    ("Washington effectively guaranteed the loan.", "AGREE"),
])
def test_a_party_acting_keeps_the_event_next_to_the_senses_without_one(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type in types, summary


@pytest.mark.parametrize("text", [
    "The rally was effectively guaranteed to draw a crowd.",
    "The reform is virtually guaranteed.",
    "A crowd of fans surrounded the singer.",
    "Dozens of reporters surrounded the minister.",
])
def test_a_likelihood_or_a_crowd_still_makes_no_event(extract_text, text):
    types, summary = _any_of(extract_text, text)
    assert not types & {"AGREE", "MOBILIZE"}, summary


@pytest.mark.parametrize("text", [
    "Iran insisted on lifting sanctions.",
    "The ministry insisted on easing the blockade before any talks.",
])
def test_a_party_insisting_on_an_act_asks_others_for_it(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "REQUEST" in types, summary


@pytest.mark.parametrize("text", [
    "Governor Maria Lopez has insisted on building the bridge.",
    "He insisted on driving the truck himself.",
])
def test_a_person_insisting_on_an_own_act_asks_nothing(extract_text, text):
    types, summary = _any_of(extract_text, text)
    assert "REQUEST" not in types, summary
