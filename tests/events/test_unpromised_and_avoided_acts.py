"""Issue 14 item 3, invented sentences: a future act told in an embedded question ("understood why the senator
would travel") or as what a belief noun holds ("the theory was that Kenya would support the plan") is no promise,
so it stays future and unreported, while the doer's own announcement stays an asserted AGREE; an act someone
avoids, refrains from or is reluctant to do is not done, unless the verb is negated ("did not hesitate to")."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger starts with ``word``."""
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word", [
    ("The mayor said he understood why the senator would travel to the border town.", "travel"),
    ("The mayor explained how the senator would travel to the border town.", "travel"),
    ("The Kenyan minister spoke to farmers, describing how Kenya will cooperate with Uganda on the border.", "cooperate"),
    ("The theory was that Kenya would support the Ugandan plan.", "support"),
    ("It is unclear how quickly Kenya will cooperate with Uganda.", "cooperate"),
])
def test_a_future_act_no_one_promises_is_not_reported(extract_text, text, word):
    events = _events(extract_text, text)
    assert all(not e.reported for e in _at(events, word)), _summary(events)


@pytest.mark.parametrize("text, word", [
    ("Kenya's foreign minister said he would visit Uganda.", "visit"),
    ("Kenya's foreign minister said his country will cooperate with Uganda.", "cooperate"),
])
def test_the_doers_own_announcement_stays_an_agreement(extract_text, text, word):
    events = _events(extract_text, text)
    found = _at(events, word)
    assert found and all(e.event == "AGREE" and e.reported for e in found), _summary(events)


@pytest.mark.parametrize("text, word", [
    ("The Kenyan minister avoided meeting the Ugandan envoy.", "meeting"),
    ("Ms. Odhiambo avoids discussing the budget with the Ugandan envoy.", "discussing"),
])
def test_an_avoided_act_is_not_reported(extract_text, text, word):
    events = _events(extract_text, text)
    assert all(not e.reported for e in _at(events, word)), _summary(events)


def test_an_act_not_hesitated_over_is_reported(extract_text):
    events = _events(extract_text, "The Kenyan minister did not hesitate to meet the Ugandan envoy.")
    found = _at(events, "meet")
    assert found and all(e.reported for e in found), _summary(events)
