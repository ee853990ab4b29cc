"""Issue 14 item 2: "X expects/wants Y to do Z" asks Y to act, a REQUEST by X of Y (stages/events/said.py
``wishes``); a forecast, a party's own wish or a wish of no coded party asks no one. Invented sentences."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _requests(events):
    return [e for e in events if e.event == "REQUEST"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Pakistan expects the Afghan government to uphold its responsibilities, the military said on Wednesday.",
     "PAK", "AFG"),
    ("Washington wants Beijing to release the detained activists.", "USA", "CHN"),
])
def test_a_party_expecting_another_to_act_requests_it(extract_text, text, actor, recipient):
    requests = _requests(_events(extract_text, text))
    assert [([a.code for a in e.actors], [r.code for r in e.recipients]) for e in requests] == [([actor], [recipient])], \
        _summary(requests)
    assert requests[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "Analysts expect the central bank to raise rates next month.",  # no coded party asks
    "The IMF expects Pakistan to grow by 3 percent this year.",  # a forecast
    "Germany expected a number of EU states to abstain from the vote.",  # a forecast of unnamed states
    "Russia wants to end the war on its own terms.",  # its own wish
    "The Kenyan minister said Nairobi does not want Uganda to close the border.",  # negated
])
def test_forecasts_and_own_wishes_request_nothing(extract_text, text):
    events = _events(extract_text, text)
    assert not [e for e in _requests(events) if e.trigger.text.startswith(("expect", "want"))], _summary(events)
