"""Times of a day the story named before: "earlier in the day", "in the morning", "later that night"."""

from __future__ import annotations

import pytest


def _dates(extract_text, text, trigger, published="2016-04-01"):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=published).events
    return [e.date.value if e.date else None for e in events if e.trigger.text == trigger]


DAY = "President Obama spent Thursday discussing the region's security with his advisers. "


@pytest.mark.parametrize(
    ("second", "trigger"),
    [
        ("He held closed-door meetings earlier in the day with leaders from Chile and Peru.", "meetings"),
        ("The president held a working meeting in the morning with the Canadian prime minister.", "meeting"),
        ("Obama also met in the afternoon with the Indian president.", "met"),
    ],
)
def test_a_time_of_a_day_named_before_takes_that_day(extract_text, second, trigger):
    assert _dates(extract_text, DAY + second, trigger) == ["2016-03-31"]


def test_a_day_counted_from_an_act_is_still_counted_from_it(extract_text):
    text = "Hamas released three hostages on Saturday. Israel freed 90 prisoners a day later."
    assert _dates(extract_text, text, "freed", published="2025-05-06") == ["2025-05-04"]


def test_a_day_in_a_speakers_quote_is_not_a_day_the_story_told(extract_text):
    # "Today" in the quote is the speaker's present, not the day "a day earlier" counts from
    # (a rally named only as where she spoke is no event since session 13, so the day is told by a meeting)
    text = ("Whitfield visited nurses in Fresno on Thursday. \"Today, there are 2 million "
            "uninsured workers in this state,\" she said. A day earlier, at a town hall in Oakland, Whitfield met "
            "with activists.")
    assert _dates(extract_text, text, "met", published="2016-06-05") == ["2016-06-01"]


def test_a_time_of_day_with_no_day_named_before_stays_undated(extract_text):
    text = "The president held a working meeting in the morning with the Canadian prime minister."
    assert _dates(extract_text, text, "meeting") == [None]


def test_a_day_naming_a_thing_is_not_a_day_told(extract_text):
    # "next Tuesday's primary" names the primary's day; "a day earlier" counts from no act here
    text = ("Protesters gathered outside the hotel where Trump held a rally ahead of next Tuesday's primary. "
            "A day earlier, police arrested six protesters in the lobby.")
    assert _dates(extract_text, text, "arrested", published="2016-03-30") == [None]
