"""Issue 14 item 3, one invented sentence each: an act told only as the consequent of an "if" clause, or a
"to" infinitive the parser coordinated with the objects of a verb of wanting, is not reported as done;
a commitment made on a condition, and an act told "even if" or "as if", stays reported."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger starts with ``word``: the construction must still give its event, marked."""
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, _summary(events)
    return found


@pytest.mark.parametrize("text, word", [
    ("If the report is accurate, the militia is shelling the border villages.", "shelling"),
    ("The minister said that, if the claims are true, the regime is violating the ceasefire.", "violating"),
    ("The activist spoke of burning the depot, fleeing the state and shooting the guards if they came to his farm.", "shooting"),
])
def test_the_consequent_of_a_condition_is_not_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(not e.reported and e.modality == "hypothetical" for e in found), _summary(found)


def test_an_infinitive_coordinated_with_what_is_wanted_is_wanted(extract_text):
    text = "The governor wants lower fees, a smaller deficit, and to shut down the prisons."
    found = _at(_events(extract_text, text), "shut")
    assert all(not e.reported and e.assertion == "hypothetical" for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("The militia is shelling the border villages, the report said.", "shelling"),
    ("The army shelled the town even if the truce held.", "shelled"),
    ("The army shelled the town as if no truce existed.", "shelled"),
    ("The rebels threatened to attack the convoy if the troops stayed.", "threatened"),
])
def test_an_act_told_or_a_conditional_commitment_stays_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert any(e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text, word, reported", [
    ("The senator says he'd meet the rebel leaders in Geneva.", "meet", False),
    ("The senator said he'd met the rebel leaders in Geneva before the vote.", "met", True),
])
def test_a_contracted_would_is_read_as_would_and_had_as_had(extract_text, text, word, reported):
    found = _at(_events(extract_text, text), word)
    assert any(e.reported for e in found) == reported, _summary(found)


def test_a_contracted_would_never_is_a_refusal_said_now(extract_text):
    found = _at(_events(extract_text, "The senator says he’d never meet the rebel leaders in Geneva."), "meet")
    assert any(e.reported and e.event == "REJECT" for e in found), _summary(found)
