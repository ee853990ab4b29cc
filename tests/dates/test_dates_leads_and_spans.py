"""Three times an act's text gives that earlier rules lost: a week or a past month spanning two months, written as
its year (the contract has no ranges); a year the parser hung on the act's subject ("The ministry in 2019 had
asked ..."); and an act the lead tells as going on now, in a story whose lead names its publication day. The
counterpart beside each: what keeps no date."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.stages.dates.calendar import resolve

PUBLISHED = "2025-04-15"  # a Tuesday: "Tuesday" is the publication day itself


def _dates(extract_text, text, trigger, published=PUBLISHED):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=published).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("last week", "2025-04-02", "2025-03"),  # March 24 to 30: one month
        ("last week", "2025-04-08", "2025"),  # March 31 to April 6: two months of one year
        ("last week", "2025-01-08", None),  # December 30 to January 5: no one year either
        ("last week", "2025-03-09", "2025-03"),  # told on a Sunday: the week that just ended, March 3 to 9
        ("in the past two weeks", "2025-03-05", "2025"),
        ("over the past month", "2025-03-10", "2025"),
        ("the last year", "2025-03-10", None),  # a stretch across New Year
    ],
)
def test_a_week_or_month_across_two_months_is_its_year(text, published, value):
    found = resolve(text, dt.date.fromisoformat(published))
    assert (found.value if found else None) == value


def test_an_act_told_last_week_across_two_months_keeps_its_year(extract_text):
    text = "The Ruritanian government accused the rebels of shelling a market last week."
    assert _dates(extract_text, text, "accused", published="2025-04-08") == ["2025"]


def test_a_year_hung_on_the_subject_dates_the_act(extract_text):
    text = ("The ministry in 2019 had asked for closing the border camp, after reports said two raids in 2017 "
            "and 2018 had involved fighters from the camp.")
    assert _dates(extract_text, text, "asked") == ["2019"]


def test_a_stretch_started_on_the_subject_dates_no_act(extract_text):
    text = "The ministry since 2019 has rejected talks with the rebels, who attacked towns in 2021 and 2022."
    assert _dates(extract_text, text, "rejected") == [None]


def test_a_lead_act_going_on_takes_the_publication_day_the_lead_names(extract_text):
    text = ("More than 100 students seized in eastern Ruritania were freed by their captors Tuesday. But amid the "
            "relief, several rights groups are calling for an inquiry into the school's security.")
    assert _dates(extract_text, text, "calling for") == ["2025-04-15"]


@pytest.mark.parametrize(
    "published",
    [
        "2025-04-16",  # the lead's Tuesday is the day before publication: the act going on is not of it
    ],
)
def test_a_lead_act_going_on_on_another_day_keeps_no_date(extract_text, published):
    text = ("More than 100 students seized in eastern Ruritania were freed by their captors Tuesday. But amid the "
            "relief, several rights groups are calling for an inquiry into the school's security.")
    assert _dates(extract_text, text, "calling for", published=published) == [None]


def test_a_lead_accusation_in_the_present_takes_the_publication_day_the_lead_names(extract_text):
    text = ("More than 100 students seized in eastern Ruritania were freed by their captors Tuesday. Rights "
            "groups accuse the governor of neglecting school security.")
    assert _dates(extract_text, text, "accuse") == ["2025-04-15"]


PERFECT_LEAD = ("A Ruritanian court has lifted orders blocking the swearing-in of the new governor. The opposition "
                 "filed a dozen appeals against the vote. The judges made the ruling public on Tuesday.")


def test_a_present_perfect_lead_takes_the_publication_day_the_lead_names(extract_text):
    assert _dates(extract_text, PERFECT_LEAD, "lifted") == ["2025-04-15"]


def test_a_present_perfect_lead_on_another_day_keeps_no_date(extract_text):
    # the lead's Tuesday is the day before publication: the result the lead sums up may be of either day
    assert _dates(extract_text, PERFECT_LEAD, "lifted", published="2025-04-16") == [None]


def test_a_present_perfect_after_the_first_sentence_keeps_no_date(extract_text):
    text = ("The judges made their ruling public on Tuesday. A Ruritanian court has lifted orders blocking the "
            "swearing-in of the new governor.")
    assert _dates(extract_text, text, "lifted") == [None]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Rights groups repeatedly accuse the governor of neglecting school security.", "accuse"),  # a habit
        ("Rights groups will call for an inquiry into school security.", "call for"),  # to come
    ],
)
def test_a_lead_habit_or_act_to_come_keeps_no_date(extract_text, sentence, trigger):
    text = "More than 100 students seized in eastern Ruritania were freed by their captors Tuesday. " + sentence
    assert _dates(extract_text, text, trigger) == [None]


def test_a_quoted_show_name_is_no_date(extract_text):
    text = ('"We are not winning yet," Mira Holt said on NBC\'s "This Week" on Sunday. She urged the allies to '
            'send more aid to the border towns.')
    assert _dates(extract_text, text, "urged", published="2025-04-06") == ["2025-04-06"]


def test_a_lead_act_whose_subject_names_an_act_keeps_no_date(extract_text):
    text = ("More than 100 students seized in eastern Ruritania were freed by their captors Tuesday. Negotiations "
            "between the two sides are hitting trouble over the border.")
    assert _dates(extract_text, text, "hitting") == [None]


def test_an_arranging_act_takes_no_year_from_the_week_it_arranges(extract_text):
    text = "The Ruritanian envoy told reporters both delegations agreed to hold more talks next week."
    assert _dates(extract_text, text, "agreed", published="2025-04-21") == [None]  # next week: April 28 - May 4
