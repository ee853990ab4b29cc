"""A gerund opened by a preposition telling the same time ("In responding Friday, ...", "While visiting Kyiv on
Monday, ...") tells the act's own day; one telling another time ("after meeting") or hanging on a noun ("a role in
drafting the plan in July") does not. An act's noun takes the day of a relative clause telling it took place
("the summit, which took place on Sunday"), not of one telling a later fate ("which expired in October"); and a
participle after a clause placed at another time ("came after X wrote ..., requesting ...") is that clause's act."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-18"  # a Friday: "Monday" is 2025-04-14, "Tuesday" 2025-04-15, "Saturday" 2025-04-12


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("In responding on Tuesday, the ministry accused the rebels of lying.", "accused", "2025-04-15"),
        ("While visiting Kiev on Monday, the envoy criticized the rebels.", "criticized", "2025-04-14"),
        ("When visiting Kiev on Monday, the envoy criticized the rebels.", "criticized", "2025-04-14"),
    ],
)
def test_a_gerund_told_at_the_same_time_dates_the_act(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]


def test_a_gerund_under_a_noun_does_not_date_the_act(extract_text):
    text = ("Aides to the senator have been pressing party leaders for a big role in drafting the rules for the "
            "convention in July.")
    assert _dates(extract_text, text, "pressing") == [None]


def test_a_relative_clause_telling_the_talks_were_held_dates_them(extract_text):
    text = "Officials said the talks between Iran and Oman, which were held on Saturday, came after a long pause."
    assert _dates(extract_text, text, "talks") == ["2025-04-12"]


def test_a_relative_clause_telling_a_later_fate_does_not_date_the_act(extract_text):
    text = "The ministry praised the agreement, which expired in October."
    assert _dates(extract_text, text, "praised") == [None]


def test_a_participle_after_a_placed_clause_takes_no_date_of_its_host(extract_text):
    # the parse hangs "requesting" on "came", whose subject is the dated meeting; the letter came before it
    text = ("The meeting, which was held on Saturday, the first since 2018, came after Trump sent a letter to "
            "Iran's top cleric Ali Khamenei, requesting that negotiations begin.")
    assert _dates(extract_text, text, "meeting") == ["2025-04-12"]
    assert _dates(extract_text, text, "requesting") == [None]
