"""A noun's "to" infinitive that the parser reads as a relative clause ("an alliance to oust the general") tells the
noun's aim, not an act done; a ranked doer's infinitive ("the first country to ...") still tells an act
(modality.is_purpose)."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _reported(events, event_type):
    return [e for e in events if e.event == event_type and e.modality in ("asserted", "historical") and not e.negated]


def test_an_alliance_formed_to_oust_a_leader_has_ousted_no_one(extract_text):
    events = _events(extract_text, "Rebels formed a French-led alliance to oust General Omar Bakr in Chad.")
    assert not _reported(events, "SANCTION"), _summary(events)


def test_an_alliance_a_ministry_is_urged_to_join_ousts_no_one(extract_text):
    events = _events(extract_text, "Senator Ana Reyes urged the ministry to join a French-led alliance to oust General "
                                   "Omar Bakr in Chad.")
    assert not _reported(events, "SANCTION"), _summary(events)
    assert [e.trigger.text for e in _reported(events, "REQUEST")] == ["urged"], _summary(events)


def test_a_hearing_asked_to_be_postponed_is_not_postponed(extract_text):
    events = _events(extract_text, "Over the months, Peru filed several requests for the hearing to be postponed.")
    assert not _reported(events, "REJECT"), _summary(events)
