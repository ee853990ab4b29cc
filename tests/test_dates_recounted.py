"""A past act a dated report recounts keeps its own time: "Police said on Tuesday that they arrested him"
tells the day of the report, not of the arrest, so the arrest stays undated; what the report says as holding
then ("said it was cutting ties") and the report's own speech act take the report's day."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Tuesday" is 2025-04-15


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a simple past under the report
        ("Police said on Tuesday that they arrested the opposition leader.", "arrested"),
        # a past passive
        ("The army said Tuesday that 40 hostages were rescued by its troops.", "rescued"),
        # a perfect
        ("The minister said on Tuesday that Russia has shelled the city.", "shelled"),
        # a relative clause inside a quote: the attack is of its own time
        ('"The militants who attacked the convoy were foreigners," the governor said Tuesday.', "attacked"),
        # a past act told before the report's tag, or by "as ... reported": the report's date is not the act's
        ("Canada requested consultations with the U.S. over its duties, the trade body said Thursday.", "requested"),
        ("Ailes also met with Trump that day, as The New York Times reported on Tuesday.", "met"),
    ],
)
def test_a_past_act_a_dated_report_recounts_stays_undated(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # told as holding on the report's day, the past only by the report's tense
        ("Kenya's foreign ministry said on Tuesday that it was cutting ties with Somalia.", "cutting"),
        # the report's own speech act
        ("The minister on Tuesday accused Russia of shelling the city.", "accused"),
    ],
)
def test_what_a_report_says_as_holding_then_takes_its_day(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == ["2025-04-15"]
