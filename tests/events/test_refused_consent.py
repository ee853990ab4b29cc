"""A permission withheld from entering or moving is a refusal (PLOVER 2.0 manual 3.10: REJECT covers all
rejections and refusals; barring a group from entering is REJECT): "does not allow agencies to go there".
Not a refusal: an affirmative permission, one withheld from anything but entry, a consent not given yet, a
failure to agree, a view not shared ("we don't agree")."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _rejections(events):
    return [(e.trigger.text, [a.code for a in e.actors]) for e in events
            if e.event == "REJECT" and not e.negated and e.modality == "asserted"]


def test_not_allowing_a_group_in_is_a_refusal(extract_text):
    for text in ("The Nigerian army does not allow humanitarian agencies to go to these areas.",
                 "Israel did not allow aid trucks into Gaza on Monday."):
        events = _events(extract_text, text)
        assert [t for t, _ in _rejections(events)] == ["allow"], (text, _summary(events))


def test_an_affirmative_permission_or_a_withheld_one_that_bars_no_entry_is_no_refusal(extract_text):
    # a rule or a promise: "won't allow families to sleep outside", "are not allowed to work"
    for text in ("The new law allows companies to hire foreign workers.",
                 "The mayor said her program will not allow families to sleep in the cold.",
                 "Many migrants are not currently allowed to work.", "We don't always agree on policy."):
        events = _events(extract_text, text)
        assert not _rejections(events), (text, _summary(events))


def test_consent_not_given_yet_or_failed_is_no_refusal(extract_text):
    for text in ("Russia has not agreed to the plan.", "The two sides failed to agree on a ceasefire.",
                 "Moscow has not yet accepted the proposal."):
        events = _events(extract_text, text)
        assert not _rejections(events), (text, _summary(events))
