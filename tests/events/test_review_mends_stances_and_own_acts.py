"""Session 23 second review mends (issue 14): a stance verb dropped as a position held keeps its object noun from
becoming an act of its own; a present stance aimed at a party or told in the lead stays an act; a named party
agreeing that something should be done commits itself; a force reporting an attack on itself is not the attacker;
an order sends its object's place away only when it orders forces; a present or lasting stand behind a person is
backing."""

from __future__ import annotations

import pytest

from tests.events.event_support import events_of, events_of_type, summary

LEAD = "Foreign ministers gathered in Vienna on Tuesday for a second day of talks on the region. "


@pytest.mark.parametrize("sentence, noun_type", [
    ("Norway has backed new sanctions on Belarus since 2019.", "SANCTION"),
    ("Diplomats who have backed the sanctions on Iran since 2012 met in Rome.", "SANCTION"),
    ("Ottawa backs the truce proposal.", "AGREE"),
])
def test_the_object_of_a_held_stance_is_no_act_of_its_own(extract_text, sentence, noun_type):
    events = events_of(extract_text, LEAD + sentence)
    assert not [e for e in events if e.event == noun_type], summary(events)


def test_a_stance_on_bare_plural_measures_stays_support(extract_text):
    events = events_of(extract_text, LEAD + "Norway backs new sanctions on Belarus.")
    assert [e for e in events if e.event == "SUPPORT"], summary(events)
    assert not [e for e in events if e.event == "SANCTION" and e.modality == "asserted"], summary(events)


@pytest.mark.parametrize("sentence", [
    "Sweden backs Finland.",
    "Estonia supports Georgia on the border dispute.",
    "Canada supports Ireland's right to protect its fisheries.",
])
def test_backing_a_party_is_an_act(extract_text, sentence):
    events = events_of(extract_text, LEAD + sentence)
    assert [e for e in events if e.event == "SUPPORT"], summary(events)


@pytest.mark.parametrize("text, wanted", [
    ("Lithuania backs Moldova.", "SUPPORT"),
    ("OSLO (Reuters) - Sweden backs Finland.", "SUPPORT"),
    ("The Kremlin firmly opposes the enlargement of the bloc.", "REJECT"),
])
def test_a_stance_told_in_the_lead_is_the_news(extract_text, text, wanted):
    events = events_of(extract_text, text)
    assert [e for e in events if e.event == wanted], summary(events)


def test_a_writer_described_stance_after_the_lead_is_still_no_act(extract_text):
    events = events_of(extract_text, LEAD + "Ms. Aalto favours a bigger role for the coast guard.")
    assert not [e for e in events if e.event == "SUPPORT"], summary(events)


@pytest.mark.parametrize("text", [
    "The assembly agreed that the tariffs should be lifted.",
    "The African Union agreed that members must send more observers.",
    "Egypt agreed that fuel convoys should cross into Sudan on Friday.",
    "The cabinet agreed that the detained fishermen should be freed.",
    "Erdogan agreed that fuel convoys should cross into Syria.",
    "Two sides agreed that troops should withdraw.",
])
def test_a_named_party_agreeing_that_something_should_be_done_commits_itself(extract_text, text):
    events = events_of(extract_text, text)
    assert [e for e in events if e.event == "AGREE"], summary(events)


@pytest.mark.parametrize("text, trigger", [
    ("The Turkish army reported an ambush on its patrol near Hakkari.", "ambush"),
    ("The Kenyan army reported an attack on its convoy in Lamu.", "attack"),
    ("The Malian army reported a car bombing at a checkpoint near Gao.", "car bombing"),
])
def test_a_force_reporting_an_attack_on_itself_is_not_the_attacker(extract_text, text, trigger):
    events = events_of_type(extract_text, text, "ASSAULT")
    found = [e for e in events if e.trigger.text == trigger or trigger.endswith(e.trigger.text)]
    assert found, summary(events)
    assert all("army" not in a.text for e in found for a in e.actors), summary(events)


STORY_ABROAD = "Diplomats in Washington followed the unrest closely. "


@pytest.mark.parametrize("sentence, code", [
    ("The governor ordered a curfew in Kano after the clashes.", "NGA"),
    ("The mayor ordered the closure of markets in Lahore.", "PAK"),
    ("The police chief ordered the evacuation of villages near the river in Angola.", "AGO"),
])
def test_an_order_done_in_a_place_keeps_the_place(extract_text, sentence, code):
    events = events_of(extract_text, STORY_ABROAD + sentence)
    ordered = [e for e in events if e.trigger.text == "ordered"]
    assert ordered, summary(events)
    assert all(a.code == code for e in ordered for a in e.actors), summary(events)


@pytest.mark.parametrize("text", [
    "The prime minister stands behind Kallas.",
    "The senator stood behind her chief of staff throughout the scandal.",
])
def test_a_present_or_lasting_stand_behind_a_person_is_backing(extract_text, text):
    events = events_of(extract_text, text)
    assert [e for e in events if e.event == "SUPPORT"], summary(events)


def test_guards_standing_behind_a_general_at_a_parade_are_no_backing(extract_text):
    events = events_of(extract_text, "Two guards stood behind the general during the parade.")
    assert not [e for e in events if e.event == "SUPPORT"], summary(events)


def test_a_stance_in_the_lead_under_a_headline_is_the_news(extract_text):
    events = events_of(extract_text, "Baltic states rally behind Kyiv\n\nThe Kremlin firmly opposes the enlargement of the bloc.")
    assert [e for e in events if e.event == "REJECT"], summary(events)
