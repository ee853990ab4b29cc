"""Direct answers to the lead's dated act take its day ("Europe quickly retaliated"); other acts do not."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # (Canada, not Europe: "Europe" is now coded EUR, and "European steel" codes no recipient to answer)
        ("The United States imposed tariffs on Canadian steel on Tuesday. Canada quickly retaliated with duties "
         "on American whiskey.", "retaliated", "2025-04-15"),
        ("Hamas fired rockets at Israel on Monday. In response, Israel struck targets in Gaza.", "struck", "2025-04-14"),
        ("Russia attacked Ukrainian power stations on Sunday. Ukraine hit back with drone strikes on Russian "
         "refineries.", "hit", "2025-04-13"),
    ],
)
def test_a_direct_answer_in_the_lead_takes_the_lead_acts_day(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]


def test_an_act_coordinated_with_an_answer_shares_its_day(extract_text):
    text = ("The United States imposed tariffs on Canadian steel on Tuesday. Canada quickly retaliated with duties "
            "on American whiskey, while Mexico imposed new tariffs on American cars.")
    events = extract_text(text, published=PUBLISHED).events
    mexico = [e for e in events if e.trigger.start > text.index("while Mexico")]
    assert [e.date.value if e.date else None for e in mexico] == ["2025-04-15"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # no dated act to answer: the talks have no day
        ("Israel denounced the talks between Iran and the United States.", "denounced"),
        # set apart in time: before the act the story tells
        ("Hamas fired rockets at Israel on Monday. Israel had earlier retaliated with air strikes.", "retaliated"),
        # another party's act, no answer to this one
        ("Hamas fired rockets at Israel on Monday. China criticized the European Union.", "criticized"),
        # told after the story moved to another time
        ("Hamas fired rockets at Israel on Monday. The group attacked the city in 2021. Israel retaliated with "
         "air strikes.", "retaliated"),
        # too far from the lead act: a response told further on may be days later
        ("Hamas fired rockets at Israel on Monday. The rockets landed near Ashkelon. Sirens sounded in the south. "
         "Residents ran to shelters. Israel retaliated with air strikes.", "retaliated"),
    ],
)
def test_acts_that_are_no_direct_answer_stay_undated(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


def test_a_change_of_time_in_the_answer_gives_its_own_date(extract_text):
    text = ("The United States imposed tariffs on European steel on Tuesday. Last year, Europe retaliated with "
            "duties on American whiskey.")
    assert _dates(extract_text, text, "retaliated") == ["2024"]


@pytest.mark.parametrize(
    "text",
    [
        # an answer made by a gerund under "by"
        "Senator Jones said on Tuesday that the plan would fail. The White House responded by accusing Jones of "
        "playing politics.",
        # an answer to a remark the story dates
        "Senator Jones said on Tuesday that the plan would fail. The White House fired back at Jones, accusing him "
        "of playing politics.",
    ],
)
def test_an_answer_to_a_dated_remark_takes_its_day(extract_text, text):
    assert _dates(extract_text, text, "accus") == ["2025-04-15"]


def test_an_answer_to_a_remark_told_further_back_stays_undated(extract_text):
    text = ("Senator Jones said on Tuesday that the plan would fail. Last year, the bill stalled in committee. "
            "The White House responded by accusing Jones of playing politics.")
    assert _dates(extract_text, text, "accus") == [None]
