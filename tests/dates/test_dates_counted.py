"""An act counted from another act of its sentence ("two days after Erdogan denounced Israel") is dated from the
other act's day moved by the count: a clause from its host's day (its own, or the day told just before when the
host tells none), a host from its clause's own day; a counted clause never takes its host's date, and with no
known day stays undated."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-05-11"  # a Tuesday: "Monday" is 2021-05-10, "Saturday" 2021-05-08, "Friday" 2021-05-07


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the clause, from its host's own day: not the host's Saturday
        ("Israel struck Gaza on Saturday, two days after Hamas fired rockets at Tel Aviv.", "fired", "2021-05-06"),
        ("The minister resigned on Sunday, three days after the president accused him of fraud.", "accused",
         "2021-05-06"),
        # "before" counts the other way
        ("Two days before the army attacked the town on Friday, the rebels seized the bridge.", "seized",
         "2021-05-05"),
        # the host, from its clause's own day
        ("Two days before the army attacked the town on Friday, the rebels seized the bridge.", "attacked",
         "2021-05-07"),
        # a host telling no time of its own: the day the story told just before
        ('Fahrettin Altun on Monday tweeted, "It is time to stop the attacks." His comments come two days after '
         "Erdogan denounced Israel.", "denounced", "2021-05-08"),
        # the clause's own day wins over the count
        ("The strike came a day after rebels attacked the army base on Friday.", "attacked", "2021-05-07"),
    ],
)
def test_an_act_counted_from_another_takes_the_counted_day(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no day to count from
        ("The talks collapsed a week after the two sides met in Geneva.", "met"),
        # a vague count names no day
        ("Israel struck Gaza on Saturday, several days after Hamas fired rockets at Tel Aviv.", "fired"),
    ],
)
def test_an_act_counted_from_an_unknown_day_stays_undated(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


def test_a_date_on_an_after_clause_is_its_own_day_not_a_count(extract_text):
    text = "Security became a leading issue after militants attacked the embassy May 2 in the capital."
    assert _dates(extract_text, text, "attacked") == ["2021-05-02"]


def test_a_host_whose_sentence_tells_another_time_lends_no_day_told_before(extract_text):
    text = ("The envoy spoke with reporters on Monday. The two ministers plan to meet in Vienna on Friday, a week "
            "after they held talks in Oman.")
    assert _dates(extract_text, text, "held") == [None]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # counted from the talks' day, not on it
        ("Iran and the United States held talks in Oman on Saturday. Two days after the talks, Iran accused "
         "Washington of lying.", "2021-05-10"),
        # no number of days: no date
        ("Iran and the United States held talks in Oman on Saturday. Weeks after the talks, Iran accused "
         "Washington of lying.", None),
        # no count: the talks' day
        ("Iran and the United States held talks in Oman on Saturday. After the talks, Iran accused Washington of "
         "lying.", "2021-05-08"),
    ],
)
def test_an_act_counted_from_a_named_occasion_moves_its_day(extract_text, text, day):
    assert _dates(extract_text, text, "accused") == [day]


@pytest.mark.parametrize(
    "text",
    [
        "At a Monday rally in Ohio, Senator Tom Hale spoke about jobs. The previous day, his rival Maria Soto "
        "accused him of lying about the plant closures.",
        "At a rally in Ohio on Monday, Senator Tom Hale spoke about jobs. A day earlier, his rival Maria Soto "
        "accused him of lying about the plant closures.",
    ],
)
def test_a_day_counted_from_the_day_of_an_occasion_a_sentence_is_set_at(extract_text, text):
    # the day the rally sentence tells is that of its clause, though no act there takes it
    assert _dates(extract_text, text, "accused") == ["2021-05-09"]


def test_a_day_counted_with_no_day_told_before_stays_undated(extract_text):
    text = ("Senator Tom Hale spoke about jobs at a rally in Ohio. The previous day, his rival Maria Soto accused "
            "him of lying about the plant closures.")
    assert _dates(extract_text, text, "accused") == [None]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # "after" hung on the count ("A day after ..."), from the occasion's own day: Friday's, moved by one
        ("A day after Friday's vote, the senator met the governor in the capital.", "met", "2021-05-08"),
        # from the day of the act the occasion names again, not that act's own day
        ("The envoys held talks in Geneva on Friday.\n\nA day after the talks, the minister criticized the envoy.",
         "criticized", "2021-05-08"),
        # a count naming no number of days: before or after by an unknown stretch, so no day
        ("Weeks after Friday's vote, the senator met the governor in the capital.", "met", None),
    ],
)
def test_a_count_carrying_its_preposition_moves_the_occasions_day(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]
