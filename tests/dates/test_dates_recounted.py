"""A past act a dated report recounts as before its time keeps its own time: "Police said on Tuesday that they
had arrested him" tells the day of the report, not of the arrest, so the arrest stays undated; what news
reports as the day's acts ("said on Saturday that negotiations were held", "confirmed that they have agreed"),
what the report says as holding then and the report's own speech act take the report's day."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Tuesday" is 2025-04-15, "Saturday" 2025-04-12


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past perfect under the report
        ("Police said on Tuesday that they had arrested the opposition leader.", "arrested"),
        # a relative clause in the past inside a quote: the attack is of its own time
        ('"The militants who attacked the convoy were foreigners," the governor said Tuesday.', "attacked"),
    ],
)
def test_a_past_act_a_dated_report_recounts_stays_undated(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the day's acts as news reports them: a past passive, a present perfect
        ("Dlamini on Saturday said the negotiations with Chilean envoys in Lisbon were held in a calm "
         "mood.", "negotiations", "2025-04-12"),
        ("Peru's Trade Ministry confirmed Saturday that Dlamini and Ortega have agreed to go on to a later "
         "stage of the talks.", "agreed", "2025-04-12"),
        # told as holding on the report's day, the past only by the report's tense
        ("Kenya's foreign ministry said on Tuesday that it was cutting ties with Somalia.", "cutting", "2025-04-15"),
        # the report's own speech act
        ("The minister on Tuesday accused Russia of shelling the city.", "accused", "2025-04-15"),
    ],
)
def test_what_a_report_tells_as_its_days_acts_takes_its_day(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]
