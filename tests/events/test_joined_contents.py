"""One request, offer, threat or order with two coordinated contents is one event ("urged both sides to stop
fighting and release their prisoners"), not a second event of the same type at the second content's verb; a
content that composes another type stays an act of its own kind (compose.second_content)."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _of_type(events, event_type):
    return [e for e in events if e.event == event_type]


def test_a_call_with_two_demands_is_one_request(extract_text):
    events = _events(extract_text, "The foreign minister called on Israel to halt its strikes and allow aid into Gaza.")
    assert [e.trigger.text for e in _of_type(events, "REQUEST")] == ["called on"], _summary(events)


def test_an_appeal_to_stop_and_to_release_is_one_request(extract_text):
    events = _events(extract_text, "The envoy urged both sides to stop fighting and release their prisoners.")
    assert [e.trigger.text for e in _of_type(events, "REQUEST")] == ["urged"], _summary(events)


def test_an_offer_of_talks_and_a_release_is_one_offer(extract_text):
    events = _events(extract_text, "The ministry offered to hold talks with the rebels and release their fighters.")
    assert [e.trigger.text for e in _of_type(events, "AGREE")] == ["offered"], _summary(events)


def test_a_pledge_of_warships_and_sanctions_is_one_threat(extract_text):
    events = _events(extract_text, "Japan pledged on Friday to send two warships to the strait and impose sanctions "
                                   "on Pyongyang.")
    assert [e.trigger.text for e in _of_type(events, "THREATEN")] == ["pledged"], _summary(events)


def test_contents_of_two_types_stay_two_events(extract_text):
    events = _events(extract_text, "Seoul vowed on Monday to resume talks with Tokyo and impose sanctions on Pyongyang.")
    assert {e.event for e in events} >= {"AGREE", "THREATEN"}, _summary(events)
