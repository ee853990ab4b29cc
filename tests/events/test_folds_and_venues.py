"""Issue 14 precision, session 24: acts folded or kept apart by what they name (one invented sentence each).

Two acts of one type in a sentence told on different days, at different places or on different parties are two
events; a venue city before talks on a verb's object is no party; the two people of a call told again ("the two
leaders spoke") are that call; an attack noun naming again a storming told just before is that storming; a
demand or pledged act called non-negotiable is no refusal."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _of_type(events, wanted):
    return [e for e in events if e.event == wanted]


# --- a. one sentence, two acts of one type and doer ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Israeli forces struck Rafah on Monday, and Israeli jets struck Jabalia on Wednesday, medics said.",
    "Sudanese troops attacked El Fasher on Monday and Sudanese drones struck Kosti on Wednesday.",
])
def test_two_attacks_on_other_days_and_places_in_one_sentence_are_two(extract_text, text):
    assaults = _of_type(_events(extract_text, text), "ASSAULT")
    assert len(assaults) == 2, _summary(assaults)


@pytest.mark.parametrize("text", [
    "Syrian jets bombed Idlib on Tuesday and killed nine civilians, monitors said.",  # one raid, one place
    "Rebels attacked the garrison in Idlib and stormed its gate on Tuesday.",
])
def test_one_attack_told_with_two_verbs_stays_one(extract_text, text):
    assaults = _of_type(_events(extract_text, text), "ASSAULT")
    assert len(assaults) == 1, _summary(assaults)


def test_a_day_named_by_a_possessive_dates_the_act(extract_text):
    # published Saturday 2025-05-17: "Thursday's bombing" is the 15th
    events = _events(extract_text, "Officials said Thursday's bombing in Mosul wounded six people.")
    assaults = _of_type(events, "ASSAULT")
    assert assaults and assaults[0].date is not None and assaults[0].date.value == "2025-05-15", _summary(events)


# --- b. a venue city on talks named as a verb's object ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Serbia and Kosovo resumed the Brussels peace talks on Monday.",
    "Serbia and Kosovo joined the Vienna talks on Monday.",
])
def test_a_venue_city_before_talks_is_no_party(extract_text, text):
    consults = _of_type(_events(extract_text, text), "CONSULT")
    assert consults, text
    codes = {a.code for e in consults for a in e.actors + e.recipients}
    assert "SRB" in codes and codes <= {"SRB", "KOS", "XKX"}, _summary(consults)


def test_a_country_before_talks_is_still_a_party(extract_text):
    events = _events(extract_text, "Norway joined the Iran talks on Monday.")
    codes = {a.code for e in _of_type(events, "CONSULT") for a in e.actors + e.recipients}
    assert "IRN" in codes, _summary(events)


# --- g. a call told again by "the two leaders" -----------------------------------------------------------

def test_the_two_leaders_telling_the_call_again_is_that_call(extract_text):
    text = ("Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu Hassan on Friday. "
            "Ruto told Hassan that Kenya wanted open borders. "
            "The two leaders spoke by phone for forty minutes, his office said.")
    consults = _of_type(_events(extract_text, text), "CONSULT")
    assert len(consults) == 1, _summary(consults)


def test_the_two_leaders_on_another_day_is_another_call(extract_text):
    text = ("Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu Hassan on Friday. "
            "Ruto told Hassan that Kenya wanted open borders. "
            "The two leaders had also spoken by phone on Monday, his office said.")
    consults = _of_type(_events(extract_text, text), "CONSULT")
    assert len(consults) == 2, _summary(consults)


# --- d. an attack noun naming again a storming of another type --------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenyan soldiers stormed a camp in Lamu on Sunday. The raid lasted five hours.",
    "Gunmen attacked a checkpoint in Kidal on Sunday. The raid left three soldiers dead.",
])
def test_a_raid_naming_the_storming_told_just_before_is_that_act(extract_text, text):
    events = _events(extract_text, text)
    violent = [e for e in events if e.event in ("ASSAULT", "COERCE")]
    assert len(violent) == 1, _summary(events)


def test_a_raid_is_not_folded_into_an_air_strike(extract_text):
    # a bombing from the air is another kind of violence than a raid on the ground
    text = "Sudanese jets bombed a camp near Kassala on Sunday. The raid lasted five hours."
    events = _events(extract_text, text)
    bombing = [e for e in events if e.trigger.text == "bombed"]
    assert bombing and not bombing[0].mentions, _summary(events)


# --- f. non-negotiable: a refusal of what others want, not an insisted demand -------------------------------

@pytest.mark.parametrize("text", [
    "Hezbollah said the withdrawal of foreign troops is non-negotiable.",
    "The Colombian government said its support for the peace accord is nonnegotiable.",
    "The rebels said their conditions are non-negotiable.",
])
def test_a_demand_or_a_pledge_called_non_negotiable_is_no_refusal(extract_text, text):
    events = _events(extract_text, text)
    assert not any("negotiable" in e.trigger.text for e in events), _summary(events)


def test_a_holding_called_non_negotiable_stays_a_refusal(extract_text):
    events = _events(extract_text, "Peru's foreign minister said the country's fishing rights are non-negotiable.")
    assert any(e.event == "REJECT" and "negotiable" in e.trigger.text for e in events), _summary(events)
