"""An act told as under way ("is criticizing") takes the day of the next sentence that details it by the same
doer, and only then. Invented sentences."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Tuesday" is 2025-04-15
SUMMARY = "Governor Ana Ruiz is criticizing the new water tariff as a burden on poor families. "


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    "text",
    [
        SUMMARY + "In a statement, the governor on Tuesday dismissed the utility's plan.",
        SUMMARY + "Ruiz said Tuesday that the plan would hurt farmers.",
        SUMMARY + "She said Tuesday that the plan would hurt farmers.",
    ],
)
def test_an_act_under_way_takes_the_day_of_the_next_sentence_detailing_it(extract_text, text):
    assert _dates(extract_text, text, "criticizing") == ["2025-04-15"]


@pytest.mark.parametrize(
    "text",
    [
        # another doer in the next sentence, named or the party the summary names
        SUMMARY + "Mayor Tomas Lee on Tuesday dismissed the utility's plan.",
        "Governor Ana Ruiz is criticizing the Coastal Water Company over its new tariff. The company said on "
        "Tuesday that the tariff covers repairs.",
        # a day long before the story's: background, not the act under way
        SUMMARY + "In a statement, the governor in March dismissed the utility's plan.",
        # two days told: which one the act is of is not said
        SUMMARY + "The governor said Tuesday that the plan, approved on Monday, would hurt farmers.",
        # the next sentence does not tell a done act
        SUMMARY + "The governor will speak about the plan on Tuesday.",
        # no sentence details it
        SUMMARY + "The tariff takes effect in May.",
    ],
)
def test_an_act_under_way_stays_undated_without_its_detail(extract_text, text):
    assert _dates(extract_text, text, "criticizing") == [None]
