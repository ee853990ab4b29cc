"""Dates from a clause's vehicle ("A statement issued Friday condemned ...") and the past told with "did"."""

from __future__ import annotations

import pytest


def _dates(extract_text, text, trigger, published="2025-05-17"):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=published).events
    return [e.date.value if e.date else None for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("A statement issued Friday by the ministry condemned the attack.", "condemned", "2025-05-16"),
        ("A campaign ad released Thursday accuses the senator of buying influence.", "accuses", "2025-05-15"),
        ("A letter sent to the council on Monday urged the mayor to resign.", "urged", "2025-05-12"),
    ],
)
def test_a_vehicle_of_words_dated_by_its_participle_dates_the_act_it_tells(extract_text, text, trigger, value):
    assert _dates(extract_text, text, trigger) == [value]


def test_a_subject_not_a_vehicle_of_words_lends_no_date(extract_text):
    # the man was arrested on Tuesday; when he attacked the guards the sentence does not say
    assert _dates(extract_text, "The man arrested Tuesday attacked the guards.", "attacked") == [None]


def test_a_past_told_with_did_is_the_simple_past_of_the_days_acts(extract_text):
    """"He did express concern": the simple past with "did", carried the same doer's day like "expressed"."""
    text = "Senator Jon Tester criticized the senators on Thursday. He did express concern about the donors."
    assert _dates(extract_text, text, "express", published="2016-06-10") == ["2016-06-09"]
