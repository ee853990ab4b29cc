"""Acts of the story's day told without it: what a country's government officials said or did right after a
sentence telling the day for the country ("Iran on Friday rejected ..."), the words a speaker put out in a
statement or post after the speaker's day is told, and the words of a dated statement named again ("the
statement said"). Another country's official, an act told after another time, or a statement with no day
stays undated."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-03"  # a Saturday: "Friday" is 2025-05-02, "Thursday" 2025-05-01
REJECTED = "Iran on Friday rejected the proposal for a new inspection regime. "
SAID = "Foreign Minister Ahmed Karimi said on Thursday that the talks were postponed. "


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the country's official speaks for it right after: a demand in the present, the official's own act
        (REJECTED + "Iranian Foreign Minister Hamid Rostami said Tehran calls for the lifting of all sanctions.",
         "calls for"),
        (REJECTED + "Iranian Foreign Minister Hamid Rostami accused Washington of bad faith.", "accused"),
    ],
)
def test_an_official_of_the_country_the_day_was_told_for_acts_that_day(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == ["2025-05-02"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # another country's official: may have spoken any day
        (REJECTED + "Iraqi Foreign Minister Hamid Rostami said Baghdad calls for the lifting of all sanctions.",
         "calls for"),
        # a time told since: the story may have moved on
        (REJECTED + "Iran's parliament debated the offer last month. Iranian Foreign Minister Hamid Rostami "
         "accused Washington of bad faith.", "accused"),
    ],
)
def test_no_day_for_another_countrys_official_or_after_another_time(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


def test_words_put_out_in_a_statement_are_of_the_speakers_day(extract_text):
    text = SAID + ('"Owing to travel problems, we are rescheduling the round set for Saturday, May 10. '
                   'A new day will be named soon," Karimi said in a statement on X.')
    assert _dates(extract_text, text, "rescheduling") == ["2025-05-01"]


def test_words_of_a_dated_statement_named_again_are_of_its_day(extract_text):
    # the statement named again by "the statement said": the day it was put out is its words' day
    text = ("Mayor Ana Ruiz put out a statement on Thursday after the floods in Valparaiso. "
            '"We stand with every family that lost a home while the city rebuilds," the statement said.')
    assert _dates(extract_text, text, "stand") == ["2025-05-01"]


def test_words_of_a_statement_named_again_with_no_day_stay_undated(extract_text):
    text = ("Mayor Ana Ruiz put out a statement after the floods in Valparaiso. "
            '"We stand with every family that lost a home while the city rebuilds," the statement said.')
    assert _dates(extract_text, text, "stand") == [None]

