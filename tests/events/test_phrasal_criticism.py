"""Issue 14 recall of main events: criticism told in phrasal words ("ripped into", "took aim at", "hit out at",
"lambasted") is ACCUSE, and meeting told as "huddled with" is CONSULT; the literal senses stay out."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _typed(events):
    return {(e.event, e.trigger.text) for e in events}


def test_phrasal_criticism_is_accuse(extract_text):
    for text, trigger in (("The senator ripped into the president on Tuesday over the budget.", "ripped into"),
                          ("The foreign minister hit out at Washington over the new tariffs.", "hit out at"),
                          ("The governor took aim at the minister's plan on Friday.", "took"),
                          ("The opposition leader took a swipe at the prime minister.", "took"),
                          ("The envoy lambasted the ceasefire proposal.", "lambasted")):
        events = _events(extract_text, text)
        assert ("ACCUSE", trigger) in _typed(events), (text, _summary(events))


def test_huddling_with_officials_is_a_meeting(extract_text):
    events = _events(extract_text, "The president huddled with his national security advisers on Monday.")
    assert "CONSULT" in {e.event for e in events}, _summary(events)


def test_literal_senses_are_no_criticism(extract_text):
    for text in ("The army took on a larger role in the region.",
                 "Civilians huddled in basements as the shelling went on.",
                 "The team took a long bus ride to the capital."):
        events = _events(extract_text, text)
        assert not {e.event for e in events} & {"ACCUSE", "CONSULT"}, (text, _summary(events))
