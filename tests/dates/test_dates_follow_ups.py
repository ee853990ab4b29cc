"""Follow-ups of the story's day: an act of a party the day's sentence names, told after it with no date word,
takes that day; acts with no such link, or told after another time, stay undated."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Friday" is 2025-04-11, "Tuesday" 2025-04-15
LEAD = "Indiana Gov. Mike Pence endorsed Ted Cruz on Friday. The primary is a crucial test for the senator. "


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the target of the day's act answers it: a party named there, not the same doer
        (LEAD + "Cruz thanked the governor for his support.", "thanked", "2025-04-11"),
        # the doer named where the story tells its day (here in a statement, no event)
        ("House Speaker Paul Ryan said on Tuesday that Donald Trump's remarks were racist. Many voters are "
         "worried. Ryan urged Trump to apologize.", "urged", "2025-04-15"),
        # a date inside a relative clause on a noun is that noun's time, not another time of the story
        ("Indiana Gov. Mike Pence, who faces a reelection fight this year, endorsed Ted Cruz on Friday. "
         "Voters are divided. Cruz thanked the governor for his support.", "thanked", "2025-04-11"),
    ],
)
def test_a_follow_up_of_a_party_named_on_the_storys_day_takes_that_day(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no party of the day's sentence: another story's act
        (LEAD + "Barack Obama criticized Republicans in Congress.", "criticized"),
        # a third party acting on someone the day's sentence names only in passing: may be any day
        ("House Speaker Paul Ryan said on Tuesday that Donald Trump's remarks were racist. Many voters are "
         "worried. Senator Mark Kirk urged Trump to apologize.", "urged"),
        # the story moved to another time since
        (LEAD + "In 2012, Cruz won a Senate seat. Cruz thanked the governor for his support.", "thanked"),
        # set apart in time: before the day the story tells
        (LEAD + "Cruz had thanked the governor for his support.", "thanked"),
        # placed relative to another time
        (LEAD + "Before the vote, Cruz thanked the governor for his support.", "thanked"),
        # not told in the simple past: a present perfect sums up, it tells no act of that day
        (LEAD + "Cruz has thanked the governor for his support.", "thanked"),
        # a day ahead is no day the story's acts were done on
        ("House Speaker Paul Ryan said new tariffs will take effect Tuesday. Many voters are worried. Ryan "
         "criticized the Senate for its delay.", "criticized"),
        # (a habit, "Cruz often thanked ...", is no event at all: tests/events/test_event_precision.py)
        # acts told as done many times are events, but of no one day
        (LEAD + "Cruz repeatedly thanked the governor for his support.", "thanked"),
        # a day long before publication is background, not the story's day
        ("Indiana Gov. Mike Pence endorsed Ted Cruz on March 3. The primary is a crucial test for the senator. "
         "Cruz thanked the governor for his support.", "thanked"),
        # a weekend or a "since" names a stretch of days: what follows may be of another of them
        ("Indiana Gov. Mike Pence endorsed Ted Cruz this weekend. The primary is a crucial test for the senator. "
         "Cruz thanked the governor for his support.", "thanked"),
        ("Since Friday, Indiana Gov. Mike Pence has campaigned for Ted Cruz. The primary is a crucial test for "
         "the senator. Cruz thanked the governor for his support.", "thanked"),
        # too far from the sentence naming the day
        (LEAD + "Voters are divided. Polls are close. Turnout may be high. Ads are everywhere. Rallies are full. "
         "Money is flowing. Volunteers are busy. Cruz thanked the governor for his support.", "thanked"),
    ],
)
def test_acts_with_no_clear_link_to_the_storys_day_stay_undated(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


SCENE = "A threatening letter reached the newspaper's office on Tuesday. Staff called the police. "


def test_an_act_naming_the_days_thing_again_takes_that_day(extract_text):
    # no party of the day's sentence acts or is acted on, but the act names its thing again as its subject:
    # the scene the day set goes on
    assert _dates(extract_text, SCENE + "The letter accused the editor of lying.", "accused") == ["2025-04-15"]


@pytest.mark.parametrize(
    "middle",
    [
        # another occasion of the kind
        "The previous letter accused the editor of lying.",
        # a sentence since placed against another time: the story left the day's scene
        "Staff recalled a visit after the editor returned. The letter accused the editor of lying.",
        # a day ahead told since, even one read as a past weekday, is another time
        "A hearing is scheduled for Monday. The letter accused the editor of lying.",
    ],
)
def test_a_scene_left_or_another_occasion_carries_no_day(extract_text, middle):
    assert _dates(extract_text, SCENE + middle, "accused") == [None]
