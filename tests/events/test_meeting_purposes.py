"""A talk or a plea that is the purpose of a meeting told as held is made at it (cues.json meeting_purposes)."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _modality(events, lemma_text, event_type):
    """The modalities of the events of a type whose trigger is ``lemma_text``."""
    return [e.modality for e in events if e.event == event_type and e.trigger.text == lemma_text]


def test_a_plea_made_at_a_meeting_held_is_asserted(extract_text):
    events = _events(extract_text, "Foreign Minister Sergei Lavrov met with officials in Ankara on Monday "
                                   "to lobby Turkey to drop the restrictions.")
    assert "asserted" in _modality(events, "lobby", "REQUEST"), _summary(events)


def test_a_plea_at_a_meeting_still_to_come_is_not_asserted(extract_text):
    events = _events(extract_text, "Foreign Minister Sergei Lavrov will meet officials in Ankara next week "
                                   "to lobby Turkey to drop the restrictions.")
    assert "asserted" not in _modality(events, "lobby", "REQUEST"), _summary(events)


def test_another_act_as_a_meetings_purpose_stays_an_aim(extract_text):
    # the deal may not have been signed: only talks and pleas are made by meeting
    events = _events(extract_text, "Foreign Minister Sergei Lavrov visited Ankara on Monday to sign a trade deal with Turkey.")
    assert not [e for e in events if e.trigger.text == "sign" and e.modality == "asserted"], _summary(events)
