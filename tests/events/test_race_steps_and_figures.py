"""Steps in a race for votes and figures of speech that made false events on unseen real news (PolNeAR train,
seed 90301, judged by hand), each with invented sentences and, beside them, the true events of the same words
that stay."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _reported(extract_text, text):
    """The types of the events a timeline would show, and a summary of all events for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events if e.reported}, _summary(events)


@pytest.mark.parametrize("text", [
    "The senator has vowed to press on and collect as many delegates as he can.",  # was THREATEN
    "She promised she would stay in the race through June.",  # was AGREE
    "Her supporters are threatening to skip the election.",  # was THREATEN
    "Okafor targeted Hispanic voters in Nevada.",  # was ASSAULT
    "Clinton is targeting young and suburban voters, who backed her husband twice, as she tours the state.",  # ACCUSE
])
def test_a_step_in_a_race_is_no_act(extract_text, text):
    """Staying in a race, skipping a vote, collecting delegates and courting voters are no acts toward a party."""
    types, summary = _reported(extract_text, text)
    assert not types, summary


@pytest.mark.parametrize("text, kind", [
    ("The opposition threatened to boycott the election.", "THREATEN"),
    ("Hamas targeted voters in Gaza.", "ASSAULT"),
    ("Israel targeted Hamas commanders in Gaza.", "ASSAULT"),
    ("The rebels vowed to release the hostages before the election.", "AGREE"),
])
def test_an_act_on_the_vote_or_on_people_stays(extract_text, text, kind):
    """A boycott threatened, an armed group targeting voters and a vow to free hostages keep their events."""
    types, summary = _reported(extract_text, text)
    assert kind in types, summary


@pytest.mark.parametrize("text", [
    "Okafor shot back that the reporter had not been called on.",
    "His speech struck a chord with voters.",
    "The short debate schedule struck many voters as unfair.",
    "Many of the farmers call themselves independents on trade.",
    "On taxes, more students call themselves moderate than radical.",
    "Speaking to a gathering of donors in Miami, the governor wavered on the question.",
    "The senator spoke to a crowd of students on Friday.",
])
def test_a_figure_of_speech_or_an_address_is_no_act(extract_text, text):
    """A retort told in a clause, a chord struck, a view of someone, calling oneself something and a speech to
    an audience are no PLOVER acts."""
    types, summary = _reported(extract_text, text)
    assert not types, summary


@pytest.mark.parametrize("text, kind", [
    ("The soldiers shot back at the gunmen.", "ASSAULT"),
    ("Rebels struck the town as night fell.", "ASSAULT"),
    ("Turkey and Russia struck a deal on grain.", "AGREE"),
    ("Trump called on Congress to act.", "REQUEST"),
    ("Critics call him a liar.", "ACCUSE"),
    ("The foreign minister spoke to his Iranian counterpart on Friday.", "CONSULT"),
])
def test_the_literal_sense_stays(extract_text, text, kind):
    """Shots at gunmen, a strike on a town, a deal struck, a call on a party, a name called and a talk with a
    counterpart keep their events."""
    types, summary = _reported(extract_text, text)
    assert kind in types, summary


@pytest.mark.parametrize("text", [
    "Two rivals now beat the mayor in head-to-head matchups.",
    "The candidates rejected the idea of a higher minimum wage.",
    "Okafor dismisses the idea that voting makes a difference.",
    "The governor canceled an event in Chicago over safety concerns.",
    "Mexico provides large benefits to the United States.",
    "Both of us offer deep condolences to his widow.",
])
def test_a_view_a_poll_or_a_courtesy_is_no_act(extract_text, text):
    """A poll matchup, an idea rejected, one's own event cancelled, benefits provided and condolences offered
    are no PLOVER acts."""
    types, summary = _reported(extract_text, text)
    assert not types, summary


@pytest.mark.parametrize("text, kind", [
    ("Ruritania rejected the proposal for a ceasefire.", "REJECT"),
    ("The minister canceled his visit to Moscow.", "REJECT"),
    ("Germany canceled the gas deal with Russia.", "SANCTION"),
    ("The United States provided weapons to Ukraine.", "AID"),
    ("Iran offered to mediate between the two sides.", "AGREE"),
])
def test_a_refusal_a_cancelled_visit_or_aid_stays(extract_text, text, kind):
    """A proposal rejected, a visit or a deal cancelled, weapons provided and an offer to mediate stay."""
    types, summary = _reported(extract_text, text)
    assert kind in types, summary


@pytest.mark.parametrize("text", [
    "Older women were a core of his base, backing him by roughly a 25 percentage point margin in the South.",
    "Last month in Ohio, those voters backed her by a smaller 30 percentage point margin.",
    "The governor swept the West last month, capturing wins in Utah, Idaho and Nevada.",
    "He asked voters to give him a second chance.",
    "She offers calm instead of anger, urging voters to look at the long run.",
])
def test_a_poll_margin_a_primary_win_or_a_pitch_to_voters_is_no_act(extract_text, text):
    """A margin in percentage points, wins captured in states and a pitch to voters tell no act of a party."""
    types, summary = _reported(extract_text, text)
    assert not types & {"SUPPORT", "ASSAULT", "REQUEST"}, summary


@pytest.mark.parametrize("text, kind", [
    ("The Senate rejected the bill by a 60-40 margin.", "REJECT"),
    ("He captured the town of Idlib with his militia.", "ASSAULT"),
    ("The opposition urged voters to boycott the election.", "REQUEST"),
    ("Okafor urged the government to release the prisoners.", "REQUEST"),
])
def test_a_vote_a_capture_or_a_call_to_boycott_stays(extract_text, text, kind):
    """A vote's margin in ballots, a town captured and a call to boycott an election keep their events."""
    types, summary = _reported(extract_text, text)
    assert kind in types, summary


@pytest.mark.parametrize("text", [
    "Nine states vote in primaries on March 8, the next big date.",
    "The vote was held in March.",
    "The new rule hit a nerve with farmers.",
    "The shoving match was captured on video by two bystanders.",
    "Footage captured the senator getting out of a car.",
    "Her work emails were captured by the department's archiving system.",
])
def test_a_month_a_nerve_or_a_recording_is_no_act(extract_text, text):
    """A month's name in a date, a nerve hit and a scene recorded tell no march, blow or capture."""
    types, summary = _reported(extract_text, text)
    assert not types & {"PROTEST", "ASSAULT"}, summary


@pytest.mark.parametrize("text, kind", [
    ("Thousands joined the March for Life on Friday.", "PROTEST"),
    ("Protesters marched on Tuesday to City Hall.", "PROTEST"),
    ("Rebels captured the town of Idlib.", "ASSAULT"),
    ("Two soldiers were captured by the militia near the border.", "ASSAULT"),
    ("An airstrike hit a school in Gaza.", "ASSAULT"),
])
def test_a_march_a_capture_or_a_strike_stays(extract_text, text, kind):
    """A named march, a march on a weekday, a town or soldiers captured and a strike that hit a school stay."""
    types, summary = _reported(extract_text, text)
    assert kind in types, summary


@pytest.mark.parametrize("text", [
    "The magazine shot back in an article saying Paris had more billionaires.",
    "The hosts have forcefully struck down claims that their show favored the senator.",
    "A federal court struck down the state's voter ID law.",
])
def test_a_reply_in_print_or_a_claim_or_law_struck_down_is_no_blow(extract_text, text):
    """A reply in an article and a claim or a law struck down are words and rulings, no ASSAULT."""
    types, summary = _reported(extract_text, text)
    assert "ASSAULT" not in types, summary


@pytest.mark.parametrize("text", [
    "The army hit back in an air raid on the town.",
    "Rebels struck down two soldiers near the bridge.",
])
def test_a_raid_or_soldiers_struck_down_stay_assaults(extract_text, text):
    """A reply by air raid and soldiers struck down keep ASSAULT."""
    types, summary = _reported(extract_text, text)
    assert "ASSAULT" in types, summary
