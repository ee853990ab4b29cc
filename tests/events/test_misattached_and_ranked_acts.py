"""Issue 14 items 1 and 3, one invented sentence each: a past verb the parser hangs on a modal complement is the main
clause's act by the main subject (arguments.misattached_past); a plan's "to" infinitive is a planned act, future
(modality.planned_content); a ranked doer's "to" infinitive is an act done (modality.ranked_doer_act)."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger is ``word``: the construction must still give its event."""
    found = [e for e in events if e.trigger.text == word]
    assert found, _summary(events)
    return found


@pytest.mark.parametrize("text, word, doer", [
    ("The minister predicted that the harvest would recover and thanked the farmers for their patience.", "thanked", "minister"),
    ("The mayor said the dam will open by June and criticized the contractors on Monday.", "criticized", "mayor"),
    ("Envoys warned that the truce could collapse and accused Chad of stalling.", "accused", "Envoys"),
])
def test_a_past_verb_hung_on_a_modal_complement_is_the_main_subjects_act(extract_text, text, word, doer):
    found = _at(_events(extract_text, text), word)
    assert all([a.text for a in e.actors] == [doer] and e.reported for e in found), _summary(found)


def test_a_verb_with_its_own_subject_after_a_modal_complement_keeps_its_subject(extract_text):
    found = _at(_events(extract_text, "The mayor said the dam will open by June and the contractors criticized him."),
                "criticized")
    assert all([a.text for a in e.actors] == ["contractors"] for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("Chad has a plan to attack the rebel camps near the border.", "plan"),
    ("The rebels had plans to seize the airport.", "plans"),
])
def test_an_act_told_as_a_plans_content_is_future(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(e.modality == "future" and not e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("On Tuesday Peru became the latest country to expel the Bolivian envoys over the dispute.", "expel"),
    ("Norway became the first country to impose sanctions on the junta.", "sanctions"),
])
def test_a_ranked_doers_infinitive_is_an_act_done(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(e.modality == "asserted" and e.reported for e in found), _summary(found)


def test_an_unranked_purpose_infinitive_stays_an_aim(extract_text):
    found = _at(_events(extract_text, "On Tuesday Peru sent a minister to expel the Bolivian envoys."), "expel")
    assert all(e.modality == "hypothetical" and not e.reported for e in found), _summary(found)
