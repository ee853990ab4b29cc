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
