"""A run of main clauses told of one unnamed-again person ("she ... on Tuesday. ... she ... She denounced"):
the day the run's first clause told is the day of its later acts, even when the pronoun was not resolved; any
other subject between breaks the run."""

from __future__ import annotations

PUBLISHED = "2025-04-16"  # a Wednesday: "Tuesday" is 2025-04-15
OPENING = ("Critics of the harbor deal have grown louder in recent weeks, and Governor Lena Marsh has struggled "
           "to answer them. Speaking to dock workers in Tulsa, whose union opposes the plan, {day} made new pledges "
           "on Tuesday. At one point, {between} drew loud cheers. ")
ACT = "She denounced the tariff plan drafted by the trade minister."


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_an_act_in_a_run_of_the_same_pronoun_takes_the_day_its_first_clause_told(extract_text):
    text = OPENING.format(day="she", between="she") + ACT
    assert _dates(extract_text, text, "denounced") == ["2025-04-15"]


def test_another_subject_between_breaks_the_run(extract_text):
    text = OPENING.format(day="she", between="the mayor") + ACT
    assert _dates(extract_text, text, "denounced") == [None]


def test_another_pronoun_on_the_days_clause_is_another_person(extract_text):
    text = OPENING.format(day="he", between="he") + ACT
    assert _dates(extract_text, text, "denounced") == [None]
