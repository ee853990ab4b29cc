"""Curated stance nouns (phrases.json noun_frames; issue 13 item 8): `his disdain for X` reports the
holder's view of X; invented sentences."""

from __future__ import annotations


def _reports(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


def test_a_possessed_stance_noun_reports_the_possessors_view(extract_text):
    record = extract_text("Meanwhile the senator continues his adulation of the general.")
    assert ("his", "adulation", "the general") in _reports(record)


def test_the_subject_of_a_holding_verb_holds_the_view(extract_text):
    record = extract_text("The mayor has little sympathy for the strikers.")
    assert _reports(record) == [("The mayor", "sympathy", "the strikers")]


def test_the_subject_of_another_verb_holds_no_view_of_its_object(extract_text):
    record = extract_text("Anyone who will not denounce the hatred of violent gangs lacks courage.")
    assert [r for r in _reports(record) if r[1] == "hatred"] == []


def test_a_stance_noun_before_a_colon_does_not_take_the_quotation_after_it(extract_text):
    record = extract_text('The woman\'s enthusiasm for the mayor is recorded in detail:\n\n"Here he comes," she said.')
    said = [r for r in _reports(record) if r[2] == "Here he comes,"]
    assert said == [("she", "said", "Here he comes,")]
