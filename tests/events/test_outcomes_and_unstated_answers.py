"""General-news senses that made false events (issue 14, PolNeAR train seed 240111, judged by hand): a contest or
talks that "ended in" or "ended with" an outcome (no ties cut, no deal discontinued), declining to forecast or to
claim a result (an answer withheld, no refusal of a party), a candidate's appeal to a crowd or an audience, a
battle named by its contest or a policy fought against, a claim "insisted" after a phrase the parser hangs it on, and
being "ready to be" a post; each beside the true event of the same words that stays."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    """The types of every event of ``text`` and a summary for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text", [
    "The Nevada caucuses ended in a virtual tie between Alvarez and Brandt on Monday.",
    "The talks between Freedonia and Sylvania ended in a deal on Friday.",
    "The talks between Serbia and Kosovo ended with an agreement on Friday.",
    "The vote in the senate ended in a deadlock on Thursday.",
])
def test_an_outcome_ended_in_is_no_sanction(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "SANCTION" not in types, summary


@pytest.mark.parametrize("text", [
    "Russia ended its cooperation with Norway in the Arctic on Monday.",
    "Washington ended its ties with the militia in 2019.",
    "Canada ended its military mission in Mali on Tuesday.",
])
def test_ending_ties_or_a_mission_stays_sanction(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "SANCTION" in types, summary


@pytest.mark.parametrize("text", [
    "Governor Lena Hart declined to predict how many delegates she would win.",
    "Senator Omar Diaz declined to speculate on the outcome of the vote.",
    "Mayor Tom Reller declined to claim victory on Tuesday night.",
    "The treasurer declined to estimate the cost of the new bridge.",
])
def test_withholding_a_forecast_or_a_claim_is_no_rejection(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REJECT" not in types, summary


def test_declining_to_meet_stays_a_rejection(extract_text):
    types, summary = _types(extract_text, "Governor Lena Hart declined to meet the union leaders on Tuesday.")
    assert "REJECT" in types, summary


@pytest.mark.parametrize("text", [
    "At the fairground, Senator Ana Pell urged the crowd to remember the striking miners.",
    "Senator Ana Pell asked the audience to think about their grandchildren.",
])
def test_an_appeal_to_a_crowd_is_no_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" not in types, summary


@pytest.mark.parametrize("text", [
    "Governor Lena Hart urged the crowd to protest outside the courthouse on Friday.",
    "Germany urged Russia to withdraw its troops on Monday.",
])
def test_a_call_to_protest_or_a_demand_of_a_state_stays(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" in types, summary


@pytest.mark.parametrize("text", [
    "The leadership battle in the Labour party turned bitter on Sunday.",
    "A caucus battle between Pell and Ortiz broke out in Iowa on Monday.",
    "Governor Hart has fought with great energy against expanding the sales tax.",
])
def test_a_contest_or_a_policy_fought_is_no_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types, summary


@pytest.mark.parametrize("text", [
    "A gun battle broke out between police and smugglers in Juarez on Friday.",
    "The rebels fought against advancing government troops near Aleppo on Monday.",
])
def test_a_gun_battle_or_a_fight_with_troops_stays_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" in types, summary


@pytest.mark.parametrize("text", [
    "Senator Ana Pell insisted at the same hearing that Ortiz was wrong about the budget.",
    "The ministry insisted in a statement that its troops had not crossed the border.",
    "Moscow insisted on Monday that its forces were only defending the region.",
])
def test_a_claim_insisted_after_a_phrase_is_no_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" not in types, summary


@pytest.mark.parametrize("text", [
    "Kyiv insisted on guarantees that Russian troops would leave the region.",
    "Moscow insisted in a statement that Kyiv must withdraw its troops from the border.",
])
def test_a_demand_insisted_on_stays_a_request(extract_text, text):
    events = _events(extract_text, text)
    assert any(e.event == "REQUEST" and e.trigger.text == "insisted" for e in events), _summary(events)


def test_ready_to_be_president_is_fitness_no_offer(extract_text):
    types, summary = _types(extract_text, "U.S. Senator Ana Pell must prove to Americans that she is ready to be president.")
    assert "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "Turkey said it was ready to be a mediator between Kyiv and Moscow.",
    "Ukraine said it is ready to accept a ceasefire.",
])
def test_ready_to_mediate_or_accept_stays_an_offer(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" in types, summary


@pytest.mark.parametrize("text", [
    "The governor declined to weigh in on the dispute over the budget.",
    "The senator declined to be interviewed for the profile.",
])
def test_declining_to_weigh_in_or_be_interviewed_is_no_rejection(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REJECT" not in types, summary


def test_declining_to_join_talks_stays_a_rejection(extract_text):
    types, summary = _types(extract_text, "Iran declined to join the talks in Vienna.")
    assert "REJECT" in types, summary
