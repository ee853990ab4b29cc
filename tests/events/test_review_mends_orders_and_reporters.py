"""Session 23 review mends (issue 14): an order with an infinitive asks rather than deploys, and an ordered force's
destination is not where the one who ordered is; a force reporting its own strikes or arrests stays their doer;
the writer meeting a coded party keeps the meeting; a US state before an attack noun is that state, not a foreign
town; an act done by a city-named attack is no one's."""

from __future__ import annotations

import pytest

from tests.events.event_support import doers_of, events_of, events_of_type, summary

PROFILE = (
    "The engineer who fled the junta\n\n"
    "Tomas Reyes spent a decade in exile before he returned to Quito last spring. "
)


@pytest.mark.parametrize("sentence", [
    "The tribunal ordered the brigade to compensate the farmers.",
    "The cabinet ordered personnel to stay at home on Friday.",
    "The magistrate ordered the border force to release the ledgers.",
    "The colonel ordered his soldiers to hold their trenches.",
    "The ministry ordered all non-essential personnel to quit the consulate.",
])
def test_an_order_with_an_infinitive_is_no_deployment(extract_text, sentence):
    events = events_of(extract_text, PROFILE + sentence)
    assert not [e for e in events if e.event == "MOBILIZE"], summary(events)


@pytest.mark.parametrize("sentence", [
    "The premier ordered 400 marines to Tripoli on Sunday.",
    "The general ordered his forces into the capital.",
    "The president ordered the army to the frontier.",
])
def test_forces_ordered_somewhere_are_still_deployed(extract_text, sentence):
    events = events_of(extract_text, PROFILE + sentence)
    assert [e for e in events if e.event == "MOBILIZE"], summary(events)


def test_the_destination_of_ordered_forces_does_not_code_who_ordered_them(extract_text):
    events = events_of_type(extract_text, "The premier ordered 400 marines to Tripoli on Sunday.", "MOBILIZE")
    assert events, "the deployment is kept"
    assert all(a.code != "LBY" for e in events for a in e.actors), summary(events)


def test_an_army_reporting_its_own_strikes_stays_their_doer(extract_text):
    text = "The Turkish army reported strikes on militant hideouts in northern Iraq."
    events = events_of(extract_text, text)
    assert ("Turkish army", "TUR") in doers_of(events, "strikes")


def test_an_unnamed_military_reporting_airstrikes_stays_their_doer(extract_text):
    events = events_of(extract_text, PROFILE + "The military reported airstrikes on guerrilla camps overnight.")
    assert [text for text, _ in doers_of(events, "airstrikes")] == ["military"]


def test_police_reporting_arrests_stay_their_doer(extract_text):
    events = events_of(extract_text, PROFILE + "Police reported the arrest of four smugglers in Mombasa.")
    assert [text for text, _ in doers_of(events, "arrest")] == ["Police"]


@pytest.mark.parametrize("sentence", [
    "As trade minister, I met my Chinese counterpart in Madrid last month.",
    "Last month I met President Ramaphosa in Pretoria.",
    "We met with the Turkish delegation in Brussels.",
])
def test_the_writer_meeting_a_coded_party_keeps_the_meeting(extract_text, sentence):
    events = events_of_type(extract_text, PROFILE + sentence, "CONSULT")
    assert events and any(a.code for e in events for a in e.actors), summary(events_of(extract_text, PROFILE + sentence))


def test_the_writer_meeting_a_source_is_still_dropped(extract_text):
    text = PROFILE + "When I first met the librarian in June, she seemed tired."
    assert events_of_type(extract_text, text, "CONSULT") == []


def test_a_us_state_before_an_attack_codes_the_united_states(extract_text):
    events = events_of(extract_text, "Officials said the Florida shooting left nine people dead.")
    assert [code for _, code in doers_of(events, "shooting")] == ["USA"]


def test_a_city_named_attack_is_no_one_s_threat(extract_text):
    events = events_of(extract_text, "The Kampala attack threatened the peace talks.")
    threats = [e for e in events if e.event == "THREATEN"]
    assert all(not any(a.code for a in e.actors) for e in threats), summary(events)


def test_a_city_named_bombing_still_kills_with_the_scene_doer(extract_text):
    events = events_of(extract_text, "The Oslo bombings killed 40 people.")
    assert [code for _, code in doers_of(events, "bombings")] == ["NOR"]


@pytest.mark.parametrize("sentence", [
    "The deputy governor stood behind Halvorsen as he signed the decree.",
    "Two officers stood behind the colonel during the parade.",
    "The guards stood behind the prince.",
    "The aides stood behind him during the address.",
])
def test_a_person_stood_behind_is_a_place_not_support(extract_text, sentence):
    events = events_of(extract_text, PROFILE + sentence)
    assert not [e for e in events if e.event == "SUPPORT"], summary(events)


@pytest.mark.parametrize("sentence", [
    "The mayor said she stood behind the ruling.",
    "Norway stands behind Ukraine.",
    "Norway stands behind Kyiv.",
    "The senator firmly stood behind the governor.",
    "The party stood squarely behind its leader.",
])
def test_backing_stood_behind_stays_support(extract_text, sentence):
    events = events_of(extract_text, PROFILE + sentence)
    assert [e for e in events if e.event == "SUPPORT"], summary(events)
