"""The day of a lead act told again in a reported clause of the next sentences ("..., police said"): the same
act by the same doer or on the same thing, and nothing else."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Friday" is 2025-04-11, "Sunday" 2025-04-13, "Tuesday" 2025-04-15


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if text[e.trigger.start:].startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the same doer, named again by its head noun, in the next sentence
        ("A van rammed into a crowd in the main square of the port city on Friday night, killing 30 people. "
         "The van struck dozens of people near the harbor, police said.", "struck", "2025-04-11"),
        # ... or in the sentence after that, with no time told between
        ("A van rammed into a crowd in the main square of the port city on Friday night. Shops closed early. "
         "The van struck dozens of people near the harbor, police said.", "struck", "2025-04-11"),
        # another word for the doer, the same one acted on
        ("Soldiers shelled a village near the border on Tuesday. Artillery units shelled the village for hours, "
         "residents said.", "shelled the village", "2025-04-15"),
    ],
)
def test_a_lead_act_told_again_as_reported_takes_its_day(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # another doer acting on another thing: maybe another act
        ("Rebels attacked an army post in the north on Tuesday. The fighters stormed a depot near the river, "
         "a spokesman said.", "stormed"),
        # a sentence between tells another time: the story moved to it
        ("A van rammed into a crowd in the port city on Friday night. On Sunday mourners gathered at the "
         "harbor. The van struck dozens of people near the harbor, police said.", "struck"),
        # set before the time told: the past perfect is background
        ("A van rammed into a crowd in the port city on Friday night. The van had struck a cyclist near the "
         "harbor, police said.", "struck"),
        # further on than two sentences
        ("A van rammed into a crowd in the port city on Friday night. Shops closed early. Trains stopped. "
         "Buses stopped. The van struck dozens of people near the harbor, police said.", "struck"),
    ],
)
def test_no_day_for_another_or_earlier_or_distant_act(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


def test_an_act_reported_as_possible_takes_no_day(extract_text):
    text = ("A van rammed into a crowd in the port city on Friday night. The van could have struck more people "
            "near the harbor, police said.")
    assert _dates(extract_text, text, "struck") in ([], [None])
