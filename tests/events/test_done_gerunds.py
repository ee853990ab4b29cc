"""An act told in a gerund after "by", "after" or "upon" on a tensed verb is done, and kept though its doer has
no code (issue 14 item 1: never drop a found event for want of an actor code), with the subject of the verb as
its doer even when that verb is passive; a "for" gerund names a reason, and a modal or negated verb an undone act."""

from __future__ import annotations


def _triggers(record, event_type):
    return [e.trigger.text for e in record.events if e.event == event_type]


def test_an_attack_told_after_a_passive_verb_is_kept_beside_the_coded_one(extract_text):
    record = extract_text("A driver was shot by police in Lyon on Tuesday after ramming a van into a market crowd.",
                          published="2025-05-17")
    triggers = _triggers(record, "ASSAULT")
    assert any(t.startswith("shot") for t in triggers), record.events
    ramming = [e for e in record.events if e.trigger.text.startswith("ramming")]
    assert ramming, record.events
    # the passive's subject did the gerund's act: the uncoded doer keeps its text
    assert [a.text for a in ramming[0].actors] == ["driver"], ramming[0].actors


def test_a_criticism_told_by_a_gerund_of_means_is_kept(extract_text):
    record = extract_text("The trade minister opened the session by scolding the delegates over the tariffs.",
                          published="2025-05-17")
    assert "scolding" in _triggers(record, "ACCUSE"), record.events


def test_a_gerund_of_reason_is_no_act_of_its_own(extract_text):
    record = extract_text("Two farmers were jailed in Peru last month for backing the rebels in the valley.",
                          published="2025-05-17")
    assert "backing" not in [e.trigger.text for e in record.events], record.events


def test_a_gerund_under_a_hypothetical_verb_stays_out(extract_text):
    record = extract_text("The council could win the vote by attacking the mayor's budget.", published="2025-05-17")
    assert "attacking" not in [e.trigger.text for e in record.events], record.events


def test_a_gerund_under_a_negated_verb_stays_out(extract_text):
    record = extract_text("The council did not win the vote by attacking the mayor's budget.", published="2025-05-17")
    assert "attacking" not in [e.trigger.text for e in record.events], record.events
