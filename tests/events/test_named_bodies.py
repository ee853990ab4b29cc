"""An event noun inside a standing body's name ("the Judicial Conference voted") is that body acting, no meeting
held; a named event that opens, ends or is attended stays an event (issue 14 item 7)."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _triggers(extract_text, text):
    events = _events(extract_text, text)
    return {e.trigger.text for e in events}, _summary(events)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Judicial Conference voted to change the rules on Tuesday.",
        "The Judicial Conference of the United States approved the change.",
        "Each court needs two more judges, according to the Judicial Conference of the United States.",
        "Each court needs two more judges, says the U.S. Judicial Conference.",
    ],
)
def test_a_named_body_acting_holds_no_meeting(extract_text, text):
    triggers, summary = _triggers(extract_text, text)
    assert "Conference" not in triggers, summary


def test_the_body_s_own_act_stays(extract_text):
    triggers, summary = _triggers(extract_text, "The Judicial Conference of the United States approved the change.")
    assert "approved" in triggers, summary


@pytest.mark.parametrize(
    "text",
    [
        "The Paris Peace Conference ended in 1920.",
        "The Iran nuclear deal was reached in Vienna in 2015.",
    ],
)
def test_a_named_event_that_occurs_stays(extract_text, text):
    events = _events(extract_text, text)
    assert events, _summary(events)
