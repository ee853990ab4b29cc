"""The day of a meeting for an act set at a phase of it or on its sidelines, for an act done to something that
was doing something then, and for the acts of a party the day's subject names as a side of its meeting or of a
doer named by a pronoun."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Saturday" is 2025-04-12, "Monday" 2025-04-14, "Thursday" 2025-04-10


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the frame is set at the close of a meeting whose day is written on it
        ("Speaking to reporters at the conclusion of the meeting on Saturday, the minister praised the mediators.",
         "praised", "2025-04-12"),
        # ... or whose day an earlier sentence told, by the part of it that ended then
        ("A new round of talks between the two sides came to an end in Rome on Saturday afternoon. The mediator "
         "was busy. Speaking to journalists at the close of the talks, the minister praised the mediators.",
         "praised", "2025-04-12"),
    ],
)
def test_an_act_at_a_phase_of_a_dated_meeting_takes_its_day(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]


def test_the_close_of_a_meeting_does_not_take_its_opening_day(extract_text):
    # Only the talks' first day is told: the close of three days of talks is another day, not given.
    text = ("GENEVA - The three-day talks began on Monday. Speaking at the close of the talks, the minister said "
            "Peru had agreed to new inspections.")
    assert _dates(extract_text, text, "agreed") == [None]


def test_the_opening_of_a_meeting_takes_the_day_it_opened(extract_text):
    text = ("A trade forum opened in Lima on Monday. During the opening of the forum, the trade minister praised the "
            "mediators.")
    assert _dates(extract_text, text, "praised") == ["2025-04-14"]


def test_the_end_of_a_war_is_no_meeting(extract_text):
    text = "The war ended in 1990. Reporters waited. At the end of the war, the rebels signed a pact."
    assert _dates(extract_text, text, "signed") == [None]


def test_an_act_on_a_thing_doing_something_then_takes_that_time(extract_text):
    text = ("A van rammed into a crowd celebrating the festival in the port city on Thursday night, killing "
            "12 people, officials said.")
    assert _dates(extract_text, text, "rammed") == ["2025-04-10"]


def test_a_stretch_on_the_thing_acted_on_is_no_day(extract_text):
    assert _dates(extract_text, "Police fired on a crowd protesting since Monday.", "fired") == [None]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the sides of the talks the day's subject names: their officials' acts follow the day
        ("Talks between Iran and Oman began in Doha on Monday. The Iranian foreign minister proposed a ceasefire.",
         "proposed"),
        # where the day's doers come from
        ("Negotiators from Iran and Oman met in Doha on Monday. Abbas Araghchi, the Iranian foreign minister, "
         "proposed a ceasefire.", "proposed"),
    ],
)
def test_a_side_of_the_days_meeting_is_one_of_its_doers(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == ["2025-04-14"]


def test_a_pronoun_follows_the_subject_told_just_before_it(extract_text):
    # "He" is taken for the last person named (the agency head, the act's other side); the story follows the minister
    text = ("The summit was preceded by a trip to Cairo by Rafael Grossi, who leads the United Nations nuclear "
            "watchdog. Spanish Foreign Minister Jose Albares met with his Egyptian counterpart on Monday, his office "
            "reported. He also met Grossi.")
    assert _dates(extract_text, text, "met") == ["2025-04-14", "2025-04-14"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day of words the act is placed after: answered maybe days later
        ("After the senator's remarks on Saturday, the governor criticized the plan.", None),
        ("Before the vote on Saturday, the rebels shelled the town.", None),
        # a meeting's: what is said on coming out of it is of its day
        ("After the talks on Saturday, the governor criticized the plan.", "2025-04-12"),
        ("After the second sitting of the forum on Saturday, the governor criticized the plan.", "2025-04-12"),
    ],
)
def test_a_day_written_after_an_occasion_placed_before_the_act_is_not_its_day(extract_text, text, day):
    events = extract_text(text, published=PUBLISHED).events
    assert [e.date.value if e.date else None for e in events if e.event in ("ACCUSE", "ASSAULT")] == [day]
