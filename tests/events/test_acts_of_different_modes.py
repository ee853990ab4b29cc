"""Two coordinated verbs of one type that each name a different mode are two acts, not one mention told twice
(dedupe.CandidateDedupe._mode_slots): a seizure and an arrest, a beating and a shooting."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def test_a_seizure_and_an_arrest_in_one_sentence_are_two_acts(extract_text):
    events = _events(extract_text, "On Tuesday the Kenyan army seized the cattle and arrested twelve herders near Garissa.")
    modes = sorted(e.mode for e in events if e.event == "COERCE")
    assert modes == ["arrest", "seize"], _summary(events)


def test_a_beating_and_a_shooting_in_one_sentence_are_two_acts(extract_text):
    events = _events(extract_text, "Egyptian police beat the marchers in Giza and shot three of them dead on Friday.")
    modes = sorted(e.mode for e in events if e.event == "ASSAULT")
    assert modes == ["beat", "firearms"], _summary(events)


def test_a_verb_of_no_mode_stays_with_the_act_it_tells(extract_text):
    events = _events(extract_text, "On Sunday Kenyan troops shelled the village and killed five civilians.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 1, _summary(events)


def test_a_noun_of_the_verbs_mode_stays_one_act(extract_text):
    events = _events(extract_text, "French jets bombed the depot near Raqqa in airstrikes on Monday.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 1, _summary(events)
