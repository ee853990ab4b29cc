"""Date phrases the parser hangs away from the act, or that name a night: "for the first time" carries on the
act's own time and occasion ("met for the first time at the summit in June 2018"); "last night" is the day
before publication; and a later sentence telling, in the present, how an act stands ("The arrest is related to
his interviews in March") gives that act none of its dates."""

from __future__ import annotations

import datetime as dt

from accord.stages.dates.calendar import resolve

PUBLISHED = "2025-04-18"  # a Friday


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_an_occasion_hung_on_for_the_first_time_dates_the_act(extract_text):
    text = "The U.S. president met with the North Korean leader for the first time at the Hanoi summit in June 2018."
    assert _dates(extract_text, text, "met") == ["2018-06"]


def test_last_night_is_the_day_before_publication():
    friday = dt.date(2025, 4, 18)
    assert (resolve("last night", friday).value, resolve("late last night", friday).value) == ("2025-04-17",) * 2


def test_an_act_told_last_night_takes_that_day(extract_text):
    text = "Government troops shelled the rebel town last night, residents said."
    assert _dates(extract_text, text, "shelled") == ["2025-04-17"]


def test_a_present_state_of_an_act_gives_it_no_date(extract_text):
    text = ("A judge on Wednesday adjourned the trial of a reporter arrested over his articles. "
            "The arrest is linked to his interviews with an opposition leader in January and February.")
    assert _dates(extract_text, text, "arrested") == [None]


def test_a_past_mention_of_an_act_still_dates_it(extract_text):
    text = "Police arrested the reporter. The arrest took place on Monday."
    assert _dates(extract_text, text, "arrested") == ["2025-04-14"]


def test_a_season_told_against_publication_dates_its_year():
    march, october = dt.date(2016, 3, 9), dt.date(2016, 10, 2)
    assert [resolve(t, march).value for t in ("last fall", "this fall", "last summer")] == ["2015", "2016", "2015"]
    assert resolve("last summer", october).value == "2016"  # the summer just ended
    assert resolve("next spring", march) is None and resolve("in the summer", march) is None


def test_last_night_inside_a_quote_is_the_speaker_s_not_the_story_s(extract_text):
    text = '"Last night, rebels shelled our town," the mayor said in a statement on Tuesday.'
    assert _dates(extract_text, text, "shelled") != ["2025-04-17"]


def test_for_the_first_time_since_a_date_does_not_date_the_act(extract_text):
    assert _dates(extract_text, "The two leaders met for the first time since 2019 in Geneva.", "met") == [None]
    assert _dates(extract_text, "The two leaders met for the first time after the 2022 invasion.", "met") == [None]
