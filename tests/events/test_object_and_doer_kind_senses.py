"""Trigger words read by the kind of their object or doer (session 22, issue 14 word senses): a thing, a market or
a condition in that place makes no event; beside each, the same word with a party in that place keeps its event."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _reported(extract_text, text):
    """The types of the events a timeline would show, and a summary of all events for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events if e.reported}, _summary(events)


@pytest.mark.parametrize(("text", "event_type"), [
    ("The minister blamed the fall in copper prices for the budget gap.", "ACCUSE"),
    ("Organisers blamed the weather for the low turnout at the fair.", "ACCUSE"),
    ("The report supplied ample reasons to doubt the official count.", "AID"),
    ("The governor attacked rising emissions through a new fuel plan.", "ACCUSE"),
    ("The winger attacked the ball and scored in the last minute.", "ASSAULT"),
    ("The candidate pulled out a narrow win in the northern province.", "RETREAT"),
    ("Peru would pull out of its slump within two years, the minister said.", "CONCEDE"),
    ("The former mayor protested his innocence throughout the hearing.", "PROTEST"),
    ("The sport is sanctioned by the national athletic commission.", "SANCTION"),
    ("The new forecast is backed by data from the weather office.", "SUPPORT"),
    ("The allies spoke with one voice on Tuesday.", "CONSULT"),
    ("The lender's shares rallied after the quarterly report.", "PROTEST"),
    ("Weak consumer demand weighed on factory output in May.", "REQUEST"),
    ("The new mayor vowed to fight corruption in the harbour.", "THREATEN"),
])
def test_a_thing_market_or_condition_makes_no_event(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type not in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    ("The minister blamed the fall in copper prices on the cartel.", "ACCUSE"),
    ("Police blamed the driver for the crash on the bridge.", "ACCUSE"),
    ("Rebels supplied rifles to the militia near the border.", "AID"),
    ("The army pulled out of the town on Sunday.", "RETREAT"),
    ("The plan was backed by the European Union.", "SUPPORT"),
    ("The senators spoke with the Chilean minister for an hour.", "CONSULT"),
    ("Protesters rallied in the capital against the fuel tax.", "PROTEST"),
    ("The union's demand for higher pay was rejected by the board.", "REQUEST"),
    ("The president vowed to fight the rebels until they surrender.", "THREATEN"),
    ("The senator fired back on Friday, attacking Hale for the greed of his campaign.", "ACCUSE"),
])
def test_a_party_in_that_place_keeps_the_event(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type in types, summary


@pytest.mark.parametrize("text", [
    "On Monday, the senator insisted that the rival plan was reckless.",
    "The envoy insisted on state radio that the border was calm.",
])
def test_a_day_or_a_venue_with_on_leaves_insisting_a_claim(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "REQUEST" not in types, summary


@pytest.mark.parametrize("text", [
    "On Monday, the opposition insisted that the count be repeated.",
    "The unions insisted on a new vote in the assembly.",
])
def test_insisting_on_an_act_or_a_demand_clause_stays_a_request(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "REQUEST" in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    ("Norway supplied ammunition to the Estonian army in April.", "AID"),
    ("Belarus provided ammunition to the rebel brigades last winter.", "AID"),
    ("An Iranian rocket hit the ground near a clinic in Tartus on Sunday.", "ASSAULT"),
    ("Shells fired by the militia hit open ground near Sidon.", "ASSAULT"),
    ("The fishermen's food demands were turned down by the ministry.", "REQUEST"),
    ("Aid groups cited growing global demands for a truce.", "REQUEST"),
    ("The mayor blamed the flooding on Tuesday on the water board.", "ACCUSE"),
    ("The Treasury sanctioned the shipping activity of the cartel's shell firms.", "SANCTION"),
])
def test_munitions_strikes_and_holders_keep_the_event(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type in types, summary


@pytest.mark.parametrize(("text", "event_type"), [
    ("The new coach hit the ground running in his first week.", "ASSAULT"),
    ("Farmers blamed the drought on Monday for the poor harvest.", "ACCUSE"),
    ("The league sanctioned the fishing activity of amateur clubs.", "SANCTION"),
    ("Global demand for copper slowed in May.", "REQUEST"),
])
def test_idioms_days_and_unnamed_holders_still_make_no_event(extract_text, text, event_type):
    types, summary = _reported(extract_text, text)
    assert event_type not in types, summary
