"""Session 10 date rules: a title's act takes the day its lead tells; a quote's own date is not its telling's;
a bare month just ahead of publication is not last year's."""

from __future__ import annotations

import pytest


PUBLISHED = "2025-04-16"  # a Wednesday: "Tuesday" is 2025-04-15
TITLE = "Mayor Ana Ruiz Accuses Governor Tom Hale Of Lying."


def _dates(extract_text, text, trigger, published=PUBLISHED):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=published).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_a_title_act_takes_the_day_its_lead_tells_for_its_doer(extract_text):
    text = (f"{TITLE}\n\nMayor Ana Ruiz on Tuesday said the road plan of Governor Tom Hale was a disgrace.\n\n"
            "The plan drew protests.")
    assert _dates(extract_text, text, "Accuses") == ["2025-04-15"]


@pytest.mark.parametrize(
    "lead",
    [
        # the lead's doer is another party: the title's act may be of another day
        "Senator Lee Park on Tuesday said the road plan of Governor Tom Hale was a disgrace.",
        # the lead tells no day
        "Mayor Ana Ruiz said the road plan of Governor Tom Hale was a disgrace.",
        # the lead tells another time beside its day
        "Mayor Ana Ruiz on Tuesday said the road plan of Governor Tom Hale was a disgrace, as she said in 2019.",
    ],
)
def test_a_title_act_stays_undated_without_its_doers_day_in_the_lead(extract_text, lead):
    text = f"{TITLE}\n\n{lead}\n\nThe plan drew protests."
    assert _dates(extract_text, text, "Accuses") == [None]


def test_a_date_inside_the_quote_is_not_the_day_it_was_said(extract_text):
    text = ("Senator Joan Park backs the governor. \u201cI have urged her to run ever since she was elected "
            "to the council [in 2012],\u201d Park explains.")
    assert _dates(extract_text, text, "urged") == [None]


def test_a_statement_dated_outside_its_quote_keeps_its_day(extract_text):
    text = "\u201cWe urge both sides to stop the shelling,\u201d the minister said on Tuesday."
    assert _dates(extract_text, text, "urge") == ["2025-04-15"]


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a month just ahead, on a thing to come: this year's, not last year's; no date for the act
        ("Senator Ruiz has promised to remain a candidate until the party congress in December.", "promised", None),
        # an act told in the simple past was done in last year's month
        ("In December, the two presidents signed a treaty on the border.", "signed", "2014-12"),
        ("The leaders met in December.", "met", "2014-12"),
        # said to be past
        ("Last December, the two presidents signed a treaty on the border.", "signed", "2014-12"),
    ],
)
def test_a_bare_month_just_ahead_of_publication(extract_text, text, trigger, value):
    assert _dates(extract_text, text, trigger, published="2015-11-09") == [value]


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a year in the name of a war or a contest the act is told within is the act's year
        ("The army captured the hill town in the 1967 war.", "captured", "1967"),
        ("The rebels seized the airport during the 2011 uprising.", "seized", "2011"),
        # the same period unnamed by a year tells no date
        ("The army captured the hill town in the war.", "captured", None),
    ],
)
def test_a_year_naming_the_period_of_an_act(extract_text, text, trigger, value):
    assert _dates(extract_text, text, trigger) == [value]


def test_a_dateline_under_a_headline_dates_the_present_tense_lead(extract_text):
    text = ("Minister Turns Down Offer.\n\n"
            "OSLO, April 15 (Reuters) - Norway rejects a Swedish offer of direct talks, its foreign "
            "minister says.\n\nAnalysts expect more pressure.")
    assert _dates(extract_text, text, "rejects") == ["2025-04-15"]


def test_a_past_act_in_a_lead_under_a_headline_is_not_given_the_datelines_day(extract_text):
    text = ("Minister Turns Down Offer.\n\n"
            "OSLO, April 15 (Reuters) - In response to a Swedish proposal, Norway's foreign minister rejected "
            "direct talks.\n\nAnalysts expect more pressure.")
    assert _dates(extract_text, text, "rejected") == [None]
    assert _dates(extract_text, text, "proposal") in ([], [None])


def test_an_act_answered_in_a_dated_sentence_is_not_of_its_day(extract_text):
    text = "In response to the governor's proposal, the mayor rejected the budget on Tuesday."
    assert _dates(extract_text, text, "rejected") == ["2025-04-15"]
    assert _dates(extract_text, text, "proposal") in ([], [None])


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # the day an act was received is not the day it was done
        ("The shooting by the gunman in Dallas resonated widely on Monday.", "shooting", None),
        # the act's own course keeps the day
        ("The attack by the rebels killed nine people on Sunday.", "killed", "2025-04-13"),
    ],
)
def test_an_act_named_as_the_subject_of_its_reception(extract_text, text, trigger, value):
    assert _dates(extract_text, text, trigger) == [value]
