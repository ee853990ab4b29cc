"""Campaign constructions that made false events on unseen real news (PolNeAR train, seed 80701, judged by hand):
a trip at home, a poll standing, money spent for a candidate, a town hall, a source working with a newspaper;
each with invented sentences and, beside them, the true event of the same words that stays."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _reported(extract_text, text):
    """The types of the events a timeline would show, and a summary of all events for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events if e.reported}, _summary(events)


@pytest.mark.parametrize("text", [
    "U.S. Senator Hillary Clinton toured the Midwest. Visiting Denver, Colorado, in June for a rally, Clinton pressed "
    "the county chairman for names.",
    "Governor Jerry Brown hardly toured the county in 2010.",
    "Donald Trump visited Iowa and Ohio on Monday.",
    "The sheriff recalled a visit Al Gore made to the area in 1999.",
    "Donald Trump's repeated visits to some of Ohio's most contested battlegrounds drew big crowds.",
])
def test_a_trip_at_home_is_no_visit(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "CONSULT" not in types, summary


@pytest.mark.parametrize("text", [
    "Donald Trump visited Moscow on Monday.",
    "President Barack Obama visited Hiroshima in May.",
    "Narendra Modi visited Russia last week.",
])
def test_a_visit_abroad_stays_consult(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "CONSULT" in types, summary


@pytest.mark.parametrize("text", [
    "Joe Biden has support from 47 percent of likely caucus voters, while Elizabeth Warren has backing from 21 percent.",
    "Evan McMullin receives less support than Darrell Castle, averaging 2 percent over nine states in the latest survey.",
    "Her 64 percent favorability rating easily exceeds Jeb Bush's support by 9 percentage points.",
])
def test_a_poll_standing_is_no_support(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "SUPPORT" not in types, summary


@pytest.mark.parametrize("text", [
    "Russia's support for the Syrian government angered Turkey on Monday.",
    "Germany pledged its support for Ukraine on Monday.",
])
def test_support_given_by_a_state_stays(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert types & {"SUPPORT", "AGREE"}, summary


@pytest.mark.parametrize("text", [
    "Three super PACs have declared spending $287,000 supporting him.",
    "A pair of committees that may take unlimited gifts have spent $2.4 million supporting Marco Rubio.",
])
def test_money_spent_for_a_candidate_is_no_support(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "SUPPORT" not in types, summary


def test_a_state_spending_to_support_a_state_stays(extract_text):
    types, summary = _reported(extract_text, "The United States spent $5 billion supporting Ukraine last year.")
    assert types & {"SUPPORT", "AID"}, summary


def test_a_town_hall_meeting_is_no_consultation(extract_text):
    types, summary = _reported(extract_text, "Marco Rubio, during a Reno town hall meeting, said he would prevail.")
    assert "CONSULT" not in types, summary


def test_a_meeting_between_ministers_stays(extract_text):
    types, summary = _reported(extract_text, "The Iranian foreign minister held a meeting with his Omani counterpart in Muscat on Sunday.")
    assert "CONSULT" in types, summary


def test_working_with_a_newspaper_is_no_cooperation(extract_text):
    types, summary = _reported(extract_text, "Chelsea Manning worked with The Guardian to reveal the detention files.")
    assert "COOPERATE" not in types, summary


def test_working_with_a_government_stays_cooperation(extract_text):
    types, summary = _reported(extract_text, "Jordan worked with the United States to expose the smuggling network.")
    assert "COOPERATE" in types, summary


@pytest.mark.parametrize("text", [
    "Warren and Biden traded the lead all night during the tally in Nevada.",
    "Jeb Bush, who is battling Marco Rubio for the top spot in several Florida polls, spoke on Friday.",
])
def test_a_race_in_a_vote_is_no_cooperation_nor_fight(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert not types & {"COOPERATE", "ASSAULT"}, summary


@pytest.mark.parametrize("text", [
    "Rebels battled government troops for control of the city on Sunday.",
    "Russia and China traded oil for weapons under a deal signed in May.",
])
def test_a_battle_and_a_trade_between_parties_stay(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert types & {"COOPERATE", "ASSAULT", "AGREE"}, summary


def test_seeking_an_office_is_no_request(extract_text):
    types, summary = _reported(extract_text, "Jeb Bush is seeking the Republican nomination this year.")
    assert "REQUEST" not in types, summary


def test_seeking_help_stays_request(extract_text):
    types, summary = _reported(extract_text, "Ukraine sought help from the European Union on Monday.")
    assert "REQUEST" in types, summary


def test_a_deal_to_buy_a_building_is_trade(extract_text):
    types, summary = _reported(extract_text, "In 2011, the investor and her brother negotiated a deal to purchase the lot of a motel in Denver.")
    assert not types & {"CONSULT", "AGREE"}, summary


def test_a_state_deal_to_buy_weapons_stays(extract_text):
    types, summary = _reported(extract_text, "In 2017, Turkey negotiated a deal with Russia to buy S-400 missiles.")
    assert types & {"CONSULT", "AGREE"}, summary


def test_a_state_signing_a_deal_to_buy_weapons_stays(extract_text):
    types, summary = _reported(extract_text, "Turkey signed a deal to buy S-400 missiles in 2017.")
    assert types & {"CONSULT", "AGREE", "SUPPORT"}, summary  # the signing stays an event, whatever its type


def test_voters_named_beside_others_in_a_relative_clause_cast_a_vote(extract_text):
    text = "In Oregon, there are still pockets of organizers and voters who backed Elizabeth Warren in the primary."
    types, summary = _reported(extract_text, text)
    assert "SUPPORT" not in types, summary


def test_officials_in_a_relative_clause_still_support(extract_text):
    types, summary = _reported(extract_text, "German officials who backed the sanctions met in Brussels on Monday.")
    assert "SUPPORT" in types, summary


def test_accepting_money_is_no_agreement(extract_text):
    text = "The Gates Trust has accepted hundreds of thousands of dollars from overseas banks."
    types, summary = _reported(extract_text, text)
    assert "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "Iran accepted the proposal on Monday.",
    "Ukraine accepted $1 billion in aid from the European Union.",
])
def test_accepting_a_proposal_or_aid_stays(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert types & {"AGREE", "AID"}, summary


@pytest.mark.parametrize("text", [
    "Jeb Bush has vowed to push to scrap the estate tax.",
    "He and his staff have vowed to regain the voters' confidence.",
])
def test_a_vow_to_the_public_is_no_agreement(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "Iran pledged to cooperate with the IAEA.",
    "Hamas promised to release the hostages.",
    "Ted Cruz vowed to make Canada pay for a huge northern fence.",
])
def test_a_promise_of_an_act_or_to_a_party_stays(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "AGREE" in types, summary


def test_money_raised_after_an_endorsement_keeps_the_endorsement(extract_text):
    types, summary = _reported(extract_text, "Tim Canova raised $250,000 after Bernie Sanders endorsed him in an email.")
    assert "SUPPORT" in types, summary


def test_a_states_pledge_stays(extract_text):
    text = "Under the Harbor Link scheme, Japan is promising to spend $40 million to build two ports here."
    types, summary = _reported(extract_text, text)
    assert "AGREE" in types, summary
