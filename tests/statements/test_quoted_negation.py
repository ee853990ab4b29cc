"""A negation inside a quotation is not the cue's own (`"Absolutely not," Clinton responded` is an
answer, `did not respond` is no statement); invented sentences."""

from __future__ import annotations


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


def test_a_quoted_no_is_an_answer(extract_text):
    record = extract_text("“Absolutely not. Absolutely not,” the mayor responded, adding that the vote would go ahead.")
    assert _shape(record)[0] == ("the mayor", "responded", "Absolutely not. Absolutely not,")


def test_a_cue_that_did_not_happen_is_no_statement(extract_text):
    assert _shape(extract_text("The governor did not respond to questions about the deal.")) == []
