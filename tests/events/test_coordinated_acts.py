"""A verb coordinated down a longer chain still shares the tense of the clause that heads it: each act of
"have been stopped or harassed while covering protests and briefly detained and assaulted" is reported
(predication.COORDINATION_HOPS)."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def test_the_last_act_of_a_long_coordination_is_reported(extract_text):
    events = _events(extract_text, "In the past year, reporters in Harare have been stopped or harassed while covering "
                                   "protests and briefly detained and assaulted, rights groups said.")
    assert "ASSAULT" in {e.event for e in events if e.modality == "asserted"}, _summary(events)


def test_a_coordinated_infinitive_stays_unreported(extract_text):
    events = _events(extract_text, "In Harare, police were sent to stop and beat the marchers.")
    assert "ASSAULT" not in {e.event for e in events if e.modality == "asserted"}, _summary(events)


def test_two_coordinated_condemnations_of_different_objects_are_two_acts(extract_text):
    events = _events(extract_text, "The Chinese government on Monday condemned the arms sale to Taiwan and criticized "
                                   "the visit of the American delegation.")
    assert [e.trigger.text for e in events if e.event == "ACCUSE"] == ["condemned", "criticized"], _summary(events)


def test_two_coordinated_verbs_sharing_one_object_stay_one_act(extract_text):
    events = _events(extract_text, "The Chinese government on Monday condemned and criticized the arms sale to Taiwan.")
    assert len([e for e in events if e.event == "ACCUSE"]) == 1, _summary(events)


def test_an_attack_told_with_two_verbs_stays_one_act(extract_text):
    events = _events(extract_text, "On Sunday the Kenyan army shelled the village and killed five civilians, officials said.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 1, _summary(events)
