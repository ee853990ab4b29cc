"""Title-case headline attributions (issue 13 item 7): the parser reads `Endorses` as a proper noun;
invented headlines."""

from __future__ import annotations


def _shape(record):
    return [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements]


def test_a_title_case_cue_verb_splits_the_headline(extract_text):
    record = extract_text("Veteran Senator Jane Miller Endorses Tom Carter.\nThe endorsement came on Monday.")
    assert _shape(record) == [("Veteran Senator Jane Miller", "Endorses", "Tom Carter")]


def test_a_second_cue_ends_the_first_ones_content(extract_text):
    record = extract_text("Mayor Jane Miller Praises Tom Carter And Criticizes Ann Lee.\nShe spoke on Monday.")
    assert _shape(record)[:1] == [("Mayor Jane Miller", "Praises", "Tom Carter")]


def test_a_cue_noun_that_is_a_subject_is_no_cue(extract_text):
    assert _shape(extract_text("City Parking Rules Face New Test In Court.\nThe case was heard on Monday.")) == []


def test_only_the_first_line_is_a_headline(extract_text):
    record = extract_text("The vote was held on Monday.\nVeteran Senator Jane Miller Endorses Tom Carter.")
    assert ("Veteran Senator Jane Miller", "Endorses", "Tom Carter") not in _shape(record)
