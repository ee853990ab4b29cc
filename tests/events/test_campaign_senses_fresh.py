"""Session 15's word-sense fixes for false events on fresh news (issue 14 item 7; PolNeAR train seeds 150121/150122
judged by hand): one person fighting for a cause or beating a named rival, approval received with no giver or owned
with a "from" giver, a fact "recognized", a company named without a legal suffix, and an attack on a bill or a plan.
Each kind has invented counterparts that keep their events, so no test passes by dropping everything."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events, reported or not, whose trigger starts with ``word``."""
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word", [
    # one person fighting for a cause, or battling to overtake a named rival: a campaign
    ("Senator Maria Lopez has risen and fought for the rights of small farmers.", "fought"),
    ("She fought hard for religious freedom, Tom Hale said.", "fought"),
    ("Jane Ortiz battled to overtake Maria Lopez in the polls last year.", "battled"),
    # a person beating a named person: a vote won
    ("Maria Lopez beat Jane Ortiz in 1984.", "beat"),
    ("He can beat Maria Lopez, the senator told donors on Monday.", "beat"),
    # a fact acknowledged, no party recognised
    ("Recognizing this, Mr. Ortiz joined Democrats in writing a new bill in 2013.", "Recognizing"),
    # a company named without a legal suffix, acting in trade
    ("HP hosted the meeting at a college theater on Monday.", "hosted"),
    ("Google signed a deal with Samsung on Tuesday.", "signed"),
])
def test_no_act_is_reported(extract_text, text, word):
    events = _events(extract_text, text)
    assert not _at(events, word), _summary(events)


@pytest.mark.parametrize("text, word, event_type", [
    # force used by forces, or against the police
    ("Police beat a protester in the street on Monday.", "beat", "ASSAULT"),
    ("Troops battled Islamic State fighters near Mosul on Monday.", "battled", "ASSAULT"),
    # a state recognised
    ("Sweden recognized Palestine on Thursday.", "recognized", "SUPPORT"),
    # a company answering a government keeps its act
    ("Google rejected the government's request on Monday.", "rejected", "REJECT"),
    # force against a place or a building
    ("Gunmen attacked the compound on Tuesday.", "attacked", "ASSAULT"),
])
def test_the_act_told_as_done_stays(extract_text, text, word, event_type):
    events = _events(extract_text, text)
    assert event_type in [e.event for e in _at(events, word)], _summary(events)


@pytest.mark.parametrize("text", [
    "Republicans attacked the bill on Tuesday.",
    "The group attacked the plan on Tuesday.",
])
def test_an_attack_on_a_measure_is_criticism(extract_text, text):
    events = _events(extract_text, text)
    assert [e.event for e in _at(events, "attacked")] == ["ACCUSE"], _summary(events)


def test_praise_received_with_no_giver_is_not_the_receivers(extract_text):
    events = _events(extract_text, "For this, Marco Rubio earned widespread praise.")
    assert all("USA" not in [a.code for a in e.actors] for e in _at(events, "praise")), _summary(events)


def test_an_owned_support_from_a_giver_is_the_givers(extract_text):
    events = _events(extract_text, "The gap is even wider when Hillary Clinton's support from mayors and party leaders is included.")
    assert all("Hillary Clinton" not in [a.text for a in e.actors] for e in _at(events, "support")), _summary(events)


def test_a_giver_named_keeps_the_giver(extract_text):
    events = _events(extract_text, "Ukraine won support from the European Union on Monday.")
    support = _at(events, "support")
    assert support and [a.code for a in support[0].actors] == ["EUR"], _summary(events)
