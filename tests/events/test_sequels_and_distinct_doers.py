"""Event recall on constructions seen missed in fresh news (issue 14 items 1 and 7): an act told with "went on
to" is done, and two acts of one type by different named parties of one country in a sentence are two events."""

from __future__ import annotations


def _events(record, event_type):
    return [e for e in record.events if e.event == event_type]


def test_an_act_after_went_on_to_is_asserted(extract_text):
    record = extract_text("Governor Dana Whitcombe went on to criticize the council for its handling of the budget.",
                          published="2025-05-17")
    accusations = _events(record, "ACCUSE")
    assert [e.trigger.text for e in accusations] == ["criticize"], record.events
    assert accusations[0].assertion == "asserted"


def test_went_to_a_place_to_meet_stays_an_aim(extract_text):
    record = extract_text("The minister went to Paris to meet the French president.", published="2025-05-17")
    assert all(e.assertion != "asserted" for e in record.events if e.trigger.text == "meet"), record.events


def test_two_accusations_by_different_named_parties_in_one_sentence_are_two_events(extract_text):
    text = ("Senator Dana Whitcombe of Ohio criticized the agency's rules, which an FBI investigation said "
            "were careless but did not warrant charges.")
    record = extract_text(text, published="2025-05-17")
    triggers = {e.trigger.text for e in _events(record, "ACCUSE")}
    assert {"criticized", "investigation"} <= triggers, record.events
