"""A day written only on an occasion's noun ("Friday's talks"), and parts of the publication day ("this morning")."""

from __future__ import annotations

import pytest


def _dates(extract_text, text, trigger, published="2016-02-09"):
    """The date values of the events triggered by ``trigger`` in ``text`` (2016-02-09 is a Tuesday)."""
    events = extract_text(text, published=published).events
    return [e.date.value if e.date else None for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Hundreds of farmers marched through Lyon before Sunday's election.", "marched"),
        ("Hundreds of farmers marched through Lyon after Sunday's election.", "marched"),
        ("Hundreds of farmers marched through Lyon ahead of Sunday's election.", "marched"),
    ],
)
def test_an_act_placed_before_or_after_an_occasion_does_not_take_its_day(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


def test_an_act_at_the_occasion_takes_its_day(extract_text):
    text = "Hundreds of farmers marched through Lyon on Sunday during the election."
    assert _dates(extract_text, text, "marched") == ["2016-02-07"]


def test_an_occasion_still_awaited_takes_the_coming_weekday(extract_text):
    # not last Thursday: the summit the chancellor speaks ahead of is still to come
    text = "Ahead of Thursday's summit, the chancellor accused Moscow of lying."
    assert _dates(extract_text, text, "summit") == ["2016-02-11"]


def test_an_occasion_hung_on_the_agreed_thing_dates_the_agreement(extract_text):
    text = "The two foreign ministers agreed on a ceasefire at Friday's talks in Geneva."
    assert _dates(extract_text, text, "agreed") == ["2016-02-05"]


def test_an_occasion_hung_on_an_act_of_another_type_does_not_date_the_verb(extract_text):
    # the attack was at the rally; the condemnation may have come days later
    text = "The envoy condemned the attack at Sunday's rally."
    assert _dates(extract_text, text, "condemned") == [None]


def test_a_day_told_beside_an_arranged_occasion_is_not_the_agreements(extract_text):
    # "on Wednesday" is when the arranged round is due, not when it was agreed
    text = ("The delegations have agreed on a further round of expert talks, which are set to take place in Muscat on Wednesday, "
            "the minister said after the second round in Rome on Saturday.")
    dates = _dates(extract_text, text, "agreed", published="2025-04-19")
    assert len(dates) == 1 and dates[0] not in ("2025-04-16", "2025-04-23"), dates  # never a Wednesday


@pytest.mark.parametrize("when", ["this morning", "earlier this morning", "late this afternoon"])
def test_a_part_of_the_publication_day_is_that_day(extract_text, when):
    text = f"The governor ruled out a run for the Senate {when}."
    assert _dates(extract_text, text, "ruled out", published="2016-07-14") == ["2016-07-14"]


def test_a_part_of_the_day_in_a_quote_is_the_speakers_day(extract_text):
    text = "\"We met the ambassador this morning,\" the minister said."
    assert _dates(extract_text, text, "met", published="2016-07-14") == [None]


def test_a_shows_title_is_no_part_of_the_day(extract_text):
    text = ("The senator appeared to like that idea in an interview on NBC\u2019s \u201cThis Morning,\u201d in which "
            "he stood by his plan. An economist in Boston expressed alarm about the plan.")
    assert _dates(extract_text, text, "expressed", published="2016-06-23") == [None]
