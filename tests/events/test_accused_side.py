"""A legal accusation told from the accused's side (accused.py): "X faces charges", "jailed on charges of ...",
"in custody over accusations of ...", "under investigation" are ACCUSE by an unnamed accuser against X, kept
though the accuser is not named; the accused is the recipient, never the actor."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _accusations(events):
    return [e for e in events if e.event == "ACCUSE" and e.modality == "asserted"]


def test_facing_charges_is_an_accusation_against_the_one_who_faces_them(extract_text):
    text = "Two men face charges of spying for Iran after a hearing in a London court on Monday."
    found = _accusations(_events(extract_text, text))
    assert [e.trigger.text for e in found] == ["charges"], _summary(found)
    assert not any(a.text == "men" for a in found[0].actors), _summary(found)


def test_held_on_charges_is_the_states_accusation_besides_the_arrest(extract_text):
    events = _events(extract_text, "Police in Nairobi arrested the activist on charges of incitement.")
    assert {"COERCE", "ACCUSE"} <= {e.event for e in events}, _summary(events)
    events = _events(extract_text, "The journalist has been in custody since Feb. 24 over accusations of incitement.")
    assert [e.trigger.text for e in _accusations(events)] == ["accusations"], _summary(events)


def test_under_investigation_is_an_investigation_of_its_subject(extract_text):
    events = _events(extract_text, "The former minister is under investigation for fraud.")
    assert [(e.mode, e.trigger.text) for e in _accusations(events)] == [("investigate", "investigation")], _summary(events)


def test_a_country_facing_accusations_is_not_its_own_accuser(extract_text):
    found = _accusations(_events(extract_text, "Russia faces accusations of war crimes in Ukraine."))
    assert found and all(a.code != "RUS" for e in found for a in e.actors), _summary(found)
    assert any(r.code == "RUS" for e in found for r in e.recipients), _summary(found)


def test_an_accusation_named_in_passing_or_made_by_a_named_party_is_not_read_this_way(extract_text):
    # a vote on the charges holds no one; "Pakistan's allegation" has its own accuser
    events = _events(extract_text, "The committee debated the wording of a report on charges of fraud in the industry.")
    assert not _accusations(events), _summary(events)
    events = _events(extract_text, "Pakistan's allegation of cross-border attacks angered Kabul.")
    assert all(a.code == "PAK" for e in _accusations(events) for a in e.actors), _summary(events)


def test_an_investigation_into_something_is_one_investigation_of_its_target(extract_text):
    events = _events(extract_text, "The vote comes after a European probe into China's subsidies for carmakers.")
    found = [e for e in _accusations(events) if e.trigger.text == "probe"]
    assert found and any(r.code == "CHN" for r in found[0].recipients), _summary(events)
    assert all(a.code != "CHN" for a in found[0].actors), _summary(events)
