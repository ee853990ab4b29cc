"""Acts counted from the act told before them (issue 14): "two days later", "hours later", "the same weekend",
"a month later", "days before the talks". A count gives a day only when the day it counts from is known and the
count names one; otherwise the act stays undated, never taking the day it is counted from."""

from __future__ import annotations

import pytest


def _dates(extract_text, text, trigger, published):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=published).events
    return [e.date.value if e.date else None for e in events if e.trigger.text == trigger]


# Saturday 2025-05-17; the story is published on Tuesday 2025-05-20.
LEAD = "NAIROBI, May 20 (Reuters) - Rebels attacked the garrison on Saturday. "
PUBLISHED = "2025-05-20"


@pytest.mark.parametrize(
    ("second", "trigger", "expected"),
    [
        ("Hours later, the army shelled the village.", "shelled", "2025-05-17"),
        ("A few hours earlier, the army shelled the village.", "shelled", "2025-05-17"),
        ("Two weeks earlier, the army shelled the village.", "shelled", "2025-05-03"),
        ("The same weekend, police arrested a reporter.", "arrested", "2025-05-17"),
        ("A month earlier, police arrested a reporter.", "arrested", "2025-04-17"),
    ],
)
def test_a_counted_phrase_counts_from_the_act_before(extract_text, second, trigger, expected):
    assert _dates(extract_text, LEAD + second, trigger, PUBLISHED) == [expected]


@pytest.mark.parametrize(
    "second",
    [
        "Days later, police arrested a reporter.",  # no number of days
        "Four days later, police arrested a reporter.",  # past the report's own day
        "A month later, police arrested a reporter.",  # likewise
        "Thirty hours later, police arrested a reporter.",  # may be the next day as well
    ],
)
def test_a_count_naming_no_day_leaves_the_act_undated(extract_text, second):
    assert _dates(extract_text, LEAD + second, "arrested", PUBLISHED) == [None]


def test_the_same_weekend_after_a_weekday_names_no_day(extract_text):
    text = "NAIROBI, May 20 (Reuters) - Rebels attacked the garrison on Thursday. The same weekend, police arrested a reporter."
    assert _dates(extract_text, text, "arrested", PUBLISHED) == [None]


def test_hours_after_a_dated_occasion_are_its_day(extract_text):
    text = ("NAIROBI, May 20 (Reuters) - Envoys held talks in Mombasa on Saturday. "
            "Hours after the talks, the army shelled the village.")
    assert _dates(extract_text, text, "shelled", PUBLISHED) == ["2025-05-17"]


def test_days_before_a_dated_occasion_are_not_its_day(extract_text):
    text = ("NAIROBI, May 20 (Reuters) - Envoys held talks in Mombasa on Monday. "
            "Days before the talks, protesters blocked the highway.")
    assert _dates(extract_text, text, "blocked", PUBLISHED) == [None]
