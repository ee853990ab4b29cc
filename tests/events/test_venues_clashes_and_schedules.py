"""Session 13's false-event kinds on fresh text (issue 14 items 2, 3, 7), one invented sentence each: a rally
named only as where someone spoke, a dispute or a comeback told with a violent verb, relief from sanctions, the
purpose "to meet" of an arrival, a meeting placed on a date ahead, and a venue city before a meeting or agreement
noun; then singular "talk" (speech), "demonstrate" meaning show, backing out, and "hit" an industry. Each kind has
invented counterparts that keep their events, so no test passes by dropping everything."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _reported(events, event_type):
    """The reported events of one type."""
    return [e for e in events if e.reported and e.event == event_type]


@pytest.mark.parametrize("text", [
    "The senator said at Tuesday's rally that the trade deal was a disaster.",
    "Speaking at a rally in Ohio on Tuesday, the governor said he would cut taxes.",
    "The candidate told the crowd at a rally in Denver that taxes were too high.",
])
def test_a_rally_where_someone_spoke_is_no_protest(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events, "PROTEST"), _summary(events)


@pytest.mark.parametrize("text", [
    "The opposition leader spoke at an opposition rally in Harare on Saturday.",
    "Thousands attended a rally in the capital on Sunday.",
    "Opposition supporters held a rally in Harare on Saturday.",
])
def test_a_rally_with_a_holder_stays_a_protest(extract_text, text):
    events = _events(extract_text, text)
    assert _reported(events, "PROTEST"), _summary(events)


@pytest.mark.parametrize("text", [
    "Lawmakers clashed over the budget on Monday.",
    "The president and the speaker clashed over immigration.",
    "The governor battled back after a slow start in the polls.",
    "The mayor fought back against critics who called him lazy.",
    "Both men battled fierce opposition from the press.",
])
def test_a_dispute_or_a_comeback_is_no_assault(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events, "ASSAULT"), _summary(events)


@pytest.mark.parametrize("text", [
    "Police clashed with protesters in the capital on Sunday.",
    "Residents clashed with police over the eviction.",
    "Rebels battled government troops near the border.",
    "Government forces fought the armed opposition near the border.",
    "Clashes over the weekend killed five people in the north.",
    "Troops fought back against the attackers.",
])
def test_armed_sides_still_clash(extract_text, text):
    events = _events(extract_text, text)
    assert _reported(events, "ASSAULT"), _summary(events)


def test_relief_from_sanctions_is_no_sanction(extract_text):
    events = _events(extract_text, "Venezuela sought relief from sanctions imposed by the United States.")
    assert not _reported(events, "SANCTION"), _summary(events)
    assert _reported(events, "REQUEST"), _summary(events)


def test_sanctions_imposed_stay_a_sanction(extract_text):
    events = _events(extract_text, "Washington imposed new sanctions on Moscow on Friday.")
    assert _reported(events, "SANCTION"), _summary(events)


def test_the_meeting_an_arrival_is_for_is_aimed_at(extract_text):
    events = _events(extract_text, "The Iranian foreign minister arrived in Oman on Monday to meet his Omani counterpart.")
    consults = _reported(events, "CONSULT")
    assert [e.trigger.text for e in consults] == ["arrived"], _summary(events)


def test_a_plea_on_arrival_is_still_made(extract_text):
    events = _events(extract_text, "The minister arrived in Kyiv on Monday to urge both sides to accept a ceasefire.")
    assert _reported(events, "REQUEST"), _summary(events)


@pytest.mark.parametrize("text", [
    "The two delegations will meet again on April 26 in Rome.",
    "The negotiators said they will meet again on April 26.",
])
def test_a_meeting_on_a_date_ahead_is_future(extract_text, text):
    events = _events(extract_text, text)
    assert not [e for e in events if e.reported], _summary(events)
    assert [e.modality for e in events if e.event == "AGREE"] == ["future"], _summary(events)


def test_an_undated_offer_to_meet_stays_a_promise(extract_text):
    events = _events(extract_text, "The president said he would meet with the rebel leader.")
    assert _reported(events, "AGREE"), _summary(events)


@pytest.mark.parametrize("text", [
    "The Paris agreement commits countries to cut emissions.",
    "The Madrid talks ended without a deal.",
])
def test_a_venue_city_is_no_party(extract_text, text):
    events = _events(extract_text, text)
    assert not [a for e in events for a in e.actors if a.code in ("FRA", "ESP")], _summary(events)


def test_a_country_before_talks_is_a_party(extract_text):
    events = _events(extract_text, "Iran talks resumed in Vienna on Monday.")
    assert {"IRN"} <= {a.code for e in events for a in e.actors}, _summary(events)


@pytest.mark.parametrize("text, event_type", [
    ("Experts say the gap makes talk of a wall pointless.", "CONSULT"),
    ("The delegates brushed aside talk of a split in the party.", "CONSULT"),
    ("As earlier campaigns have demonstrated, a quick response matters.", "PROTEST"),
    ("The restraint the party has demonstrated surprised observers.", "PROTEST"),
    ("The governor backed out of the debate on Friday.", "SUPPORT"),
    ("The new law hit the restaurant industry hardest.", "ASSAULT"),
])
def test_speech_shown_qualities_and_figures_are_no_events(extract_text, text, event_type):
    events = _events(extract_text, text)
    assert not _reported(events, event_type), _summary(events)


@pytest.mark.parametrize("text, event_type", [
    ("Xi held a phone talk with Putin on Monday.", "CONSULT"),
    ("Thousands demonstrated outside parliament on Sunday.", "PROTEST"),
    ("Students who demonstrated against the law were arrested.", "PROTEST"),
    ("Rockets hit a school in the city on Monday.", "ASSAULT"),
])
def test_talks_held_street_demonstrations_and_strikes_stay(extract_text, text, event_type):
    events = _events(extract_text, text)
    assert _reported(events, event_type), _summary(events)
