"""Issue 14 item 3, acts argued for or waited for, one invented sentence each: a gerund after a verb of advocacy
("favours sending monitors") is a course proposed, and a present-tense "until" clause ("wants to wait until she
meets the envoy") tells an act still to come; neither is reported as done, while the past and plain forms are."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger begins with ``word``: the construction must still give its event."""
    found = [e for e in events if e.trigger.text.split()[0].startswith(word)]
    assert found, _summary(events)
    return found


@pytest.mark.parametrize("text, word", [
    ("The Dutch greens endorse banning pesticides and expelling the Iranian envoys.", "expelling"),
    ("Senator Alvarez favors sending troops to the Chilean border.", "sending"),
    ("The Kenyan opposition backs imposing sanctions on Sudan.", "sanctions"),
])
def test_a_gerund_after_a_verb_of_advocacy_is_not_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(not e.reported and e.modality == "hypothetical" for e in found), _summary(found)


def test_an_act_done_in_support_stays_reported(extract_text):
    events = _events(extract_text, "The Kenyan army sent troops to Somalia and imposed sanctions on Sudan on Monday.")
    assert any(e.reported for e in _at(events, "sanctions")), _summary(events)


@pytest.mark.parametrize("text", [
    "The Peruvian president wants to wait until he meets the Chilean envoy in Lima.",
    "The rebels said they would hold the line until the government negotiators meet with them.",
])
def test_a_present_until_clause_is_awaited(extract_text, text):
    found = _at(_events(extract_text, text), "meet")
    assert all(not e.reported for e in found), _summary(found)


def test_a_past_until_clause_stays_reported(extract_text):
    events = _events(extract_text, "The Peruvian president waited in Lima until he met the Chilean envoy on Monday.")
    assert any(e.reported for e in _at(events, "met")), _summary(events)
