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



MONDAY = "Senator Ana Ruiz on Monday criticized Governor Tom Hale over his tax plan at a diner in Albany. "
LATER = ("Later in the day, the senator stepped up her attacks on the governor's school policy, "
         "criticizing him for two votes against the budget in 2011.")


def test_later_in_the_day_dates_a_participle_of_its_host_clause(extract_text):
    # the tagger tags only "the day": "Later in" is read with it, and the participle shares its host's time
    assert _dates(extract_text, MONDAY + LATER, "criticizing", published="2016-04-12") == ["2016-04-11"]


def test_a_background_year_in_a_relative_clause_does_not_move_the_story(extract_text):
    text = MONDAY + "She lamented his vote against a road bill that she sponsored in 2007. " + LATER
    assert _dates(extract_text, text, "criticizing", published="2016-04-12") == ["2016-04-11"]


def test_the_next_day_after_a_story_moved_to_another_year_is_not_counted_from_the_earlier_day(extract_text):
    # the story tells an old quarrel after Tuesday's suit: "the next day" is a day of 1990, not Wednesday
    text = ("The aide sued the campaign on Tuesday to halt an arbitration over his contract.\n\n"
            "Mark Rolfe recalled that in 1990 after he voiced doubts about the developer's new casino. "
            "The developer wrote to the firm's chief, threatening a lawsuit. Rolfe signed a letter of apology.\n\n"
            "On the next day, Rolfe said, the developer made more demands.")
    assert _dates(extract_text, text, "demands", published="2016-07-15") == [None]
