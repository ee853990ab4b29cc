"""Speech acts told through a statement: a statement with no date of its own, told right after a sentence naming
the story's day and its speaker, was made that day, and so were its speech acts (its cue, a present demand or
refusal in its content); a past act the speaker recounts, or a statement set in another time, stays undated."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Tuesday" is 2025-04-15
MET = "Foreign Minister Ahmed Karimi met his Pakistani counterpart in Kabul on Tuesday. "


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the statement's own speech act, its cue inside a reported clause
        ("National Security Adviser Jake Sullivan spoke by phone on Tuesday with Israeli Prime Minister Benjamin "
         "Netanyahu. A statement said Sullivan expressed the administration's commitment to Israel's security.",
         "commitment"),
        # a demand, a refusal made in the present in the statement's content
        (MET + "Karimi said Afghanistan calls for the immediate release of the detained traders.", "calls for"),
        (MET + "Karimi said Afghanistan rejects the accusations of harboring militants.", "rejects"),
        # a demand in the speaker's quoted words
        (MET + '"We urge Pakistan to release the detained traders," Karimi said.', "urge"),
        # a later sentence naming the same day again keeps the story on it
        (MET + 'The Tuesday meeting lasted three hours. "We reject the accusations of harboring militants," '
         "Karimi said.", "reject"),
    ],
)
def test_a_speech_act_of_a_statement_after_the_speakers_day_takes_that_day(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == ["2025-04-15"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a past act the speaker recounts keeps its own time
        (MET + "Karimi said Afghanistan urged Pakistan to release the detained traders.", "urged"),
        (MET + "Karimi said Afghanistan had urged Pakistan to release the detained traders.", "urged"),
        (MET + "Karimi said Pakistani troops attacked border villages.", "attacked"),
        # a speaker the day's sentence does not name: may have spoken any day
        (MET + "Interior Minister Sadiq Nouri said Afghanistan calls for the immediate release of the detained "
         "traders.", "calls for"),
        # the statement is not told as one of that day: a present perfect, or set apart in time
        (MET + "Karimi has said Afghanistan calls for the immediate release of the detained traders.", "calls for"),
        (MET + "Karimi had earlier said Afghanistan calls for the immediate release of the detained traders.",
         "calls for"),
        # an act told inside someone else's quote is in that speaker's voice, not the story's
        (MET + 'A villager wrote online: "Karimi welcomed the raiders with open arms."', "welcomed"),
        (MET + '"Karimi rejected our demands," a villager said.', "rejected"),
        # a time told since, even one of a thing named ("Karimi's Wednesday trip"): the story may have moved on
        (MET + "Karimi's Wednesday trip to Herat drew crowds. \"We reject the accusations of harboring "
         'militants," Karimi said.', "reject"),
        # the story moved to another time since the day was told
        (MET + "In 2019, the two countries fought over the border. Karimi said Afghanistan calls for the immediate "
         "release of the detained traders.", "calls for"),
    ],
)
def test_recounted_acts_and_statements_with_no_link_to_the_day_stay_undated(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]
