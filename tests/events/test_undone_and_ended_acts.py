"""Issue 14 item 3: an act its clause says was not done ("did not manage to", "was unable to") or that a noun
of ending names ("the lifting of sanctions", "an end to the blockade") is not reported as done. Invented
sentences; each asserted counterpart stays reported."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _reported(events, word):
    return [e for e in events if e.reported and e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text", [
    "Israel did not manage to destroy the Hamas tunnels in Gaza.",
    "Israel never managed to destroy the Hamas tunnels in Gaza.",
    "Israel was unable to destroy the Hamas tunnels in Gaza.",
    "Israel was not able to destroy the Hamas tunnels in Gaza.",
    "The minister said Israel did not manage to destroy the Hamas tunnels.",
])
def test_an_act_not_achieved_is_not_reported(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events, "destroy"), _summary(events)


@pytest.mark.parametrize("text", [
    "Israel managed to destroy the Hamas tunnels in Gaza.",
    "Israel was able to destroy the Hamas tunnels in Gaza.",
])
def test_an_act_achieved_stays_reported(extract_text, text):
    events = _events(extract_text, text)
    assert [e.event for e in _reported(events, "destroy")] == ["ASSAULT"], _summary(events)


def test_an_act_neglected_is_not_reported(extract_text):
    events = _events(extract_text, "The minister said Israel neglected to protect the refugees.")
    assert not _reported(events, "protect"), _summary(events)


@pytest.mark.parametrize("text", [
    "The envoys met in Muscat, with the lifting of US sanctions on Iran on the agenda.",
    "The talks covered the termination of the European sanctions on Syria.",
    "The envoys held talks on the nuclear programme and removal of Washington's sanctions.",
])
def test_sanctions_being_ended_are_no_new_sanction(extract_text, text):
    events = _events(extract_text, text)
    assert not [e for e in events if e.reported and e.event == "SANCTION"], _summary(events)


def test_sanctions_imposed_stay_reported(extract_text):
    events = _events(extract_text, "The talks focused on American sanctions against Iran imposed in May.")
    assert [e for e in events if e.reported and e.event == "SANCTION"], _summary(events)


@pytest.mark.parametrize("text, wrong", [
    ("The minister announced an end to the negotiations with the rebels.", "AGREE"),
    ("Hamas announced the end of the ceasefire with Israel.", "CONCEDE"),
    ("The leaders vowed an end to the attacks on civilians.", "THREATEN"),
    ("The UN agreed to an end to the blockade of Yemen.", "PROTEST"),
])
def test_a_frame_word_does_not_reach_through_an_ending(extract_text, text, wrong):
    events = _events(extract_text, text)
    assert not [e for e in events if e.reported and e.event == wrong], _summary(events)


@pytest.mark.parametrize("text", [
    "The senator's firm commitment to free trade makes her a strong candidate.",
    "The governor openly doubted Egypt's commitment to the truce.",
])
def test_a_commitment_named_but_not_made_is_no_agreement(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events, "commitment"), _summary(events)


def test_a_commitment_expressed_stays_reported(extract_text):
    events = _events(extract_text, "Egypt reaffirmed its commitment to the truce with Israel on Monday.")
    assert [e for e in events if e.reported and e.event in ("AGREE", "SUPPORT")], _summary(events)
