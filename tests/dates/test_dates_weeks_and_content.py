"""Two ways an act's time reaches it from beyond its own clause: a week counted from now that the parser hung on
a clause below the act ("filed cases arguing against his removal in the last two weeks"), and the day of the
statement whose content takes a stance, when that day comes from the same speaker's statement just before
("She added that Ruritania supports the plan"). The counterpart beside each: what keeps a time of its own."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-18"  # a Friday: "Wednesday" is 2025-04-16; the last two weeks fall in April
SAID_WEDNESDAY = "President Mira Holt said on Wednesday that the talks with Sudan were useful. "


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_a_week_hung_on_a_clause_below_the_act_dates_it(extract_text):
    text = "Lawyers for the former mayor filed 20 court cases arguing against his removal in the last two weeks."
    assert _dates(extract_text, text, "filed") == ["2025-04"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a clause placed after another's week: the protest came later
        ("Farmers protested against the new tax after officials announced it last week.", "protested"),
        # a relative clause in the past perfect keeps its own week
        ("The rebels attacked a convoy that had crossed the border last week.", "attacked"),
    ],
)
def test_a_week_of_a_clause_with_its_own_time_does_not_date_the_act(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


def test_a_stance_in_a_statement_takes_the_day_the_speaker_was_told_speaking(extract_text):
    text = SAID_WEDNESDAY + "She added that Ruritania supports the peace plan."
    assert _dates(extract_text, text, "supports") == ["2025-04-16"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a stance taken before the statement
        ("She added that Ruritania had backed the peace plan.", "backed"),
        # a deed the speaker tells of, not a stance taken by saying it
        ("She added that Ruritania launched a bigger air campaign against the rebels.", "air campaign"),
    ],
)
def test_a_deed_or_an_earlier_stance_in_a_statement_keeps_its_own_time(extract_text, sentence, trigger):
    assert _dates(extract_text, SAID_WEDNESDAY + sentence, trigger) == [None]
