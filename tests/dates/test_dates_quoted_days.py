"""A speaker's "today" or "yesterday" counts from the day the words were said, not from publication: it dates
the acts of its own quote by the statement's day, or by the dateline's day when the statement's day is not told;
with neither, the quote's "today" dates nothing (a quote of Sunday may be printed on Monday)."""

from __future__ import annotations

PUBLISHED = "2025-04-18"  # a Friday: "Tuesday" is 2025-04-15


def _dates(extract_text, text, trigger, published=PUBLISHED):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=published).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_a_quoted_yesterday_counts_from_the_statements_day(extract_text):
    text = "\"We met the rebel envoys in Doha yesterday,\" the Qatari minister said on Tuesday."
    assert _dates(extract_text, text, "met") == ["2025-04-14"]


def test_a_quoted_today_under_a_dateline_is_the_datelines_day(extract_text):
    text = ("DOHA, April 15 (Reuters) - Qatar's emir backed a new round of Sudan talks, a spokeswoman said.\n\n"
            "\"The emir spoke to the Sudanese army chief today and urged calm,\" the spokeswoman told reporters.")
    assert _dates(extract_text, text, "spoke") == ["2025-04-15"]


def test_a_quoted_today_of_an_untold_day_dates_nothing(extract_text):
    text = "\"The emir spoke to the Sudanese army chief today,\" the spokeswoman told reporters."
    assert _dates(extract_text, text, "spoke") == [None]


def test_a_quoted_today_dates_the_past_act_coordinated_with_its_verb(extract_text):
    text = ("DOHA, April 15 (Reuters) - Qatar's emir backed a new round of Sudan talks.\n\n"
            "\"She held a call with the army chief today, and she thanked the general for freeing the hostages,\" "
            "the spokeswoman told reporters.")
    assert _dates(extract_text, text, "thanked") == ["2025-04-15"]


def test_a_quoted_today_does_not_date_a_coordinated_act_told_before_it(extract_text):
    text = ("DOHA, April 15 (Reuters) - Qatar's emir backed a new round of Sudan talks.\n\n"
            "\"She held a call with the army chief today, and she had thanked the general for freeing the hostages,\" "
            "the spokeswoman told reporters.")
    assert _dates(extract_text, text, "thanked") in ([], [None])
