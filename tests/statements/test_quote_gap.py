"""The gap between a quotation and its cue (issue 13 item 8): an abbreviation's period (`Ms.`, `Sen.`,
a middle initial) is no sentence end, a quotation closed by a period is; invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"Are we ready for the storm? Probably not," Ms. Reyes said.', "Ms. Reyes",
         "Are we ready for the storm? Probably not,"),
        ('"Can they win? Absolutely," Lena T. Hollis said.', "Lena T. Hollis", "Can they win? Absolutely,"),
    ],
)
def test_an_abbreviation_between_quote_and_cue_is_no_sentence_end(extract_text, text, speaker, content):
    assert _shape(extract_text(text)) == [(speaker, "said", content)]


def test_a_quotation_closed_by_a_period_is_not_taken_by_the_next_sentence(extract_text):
    text = ('"It is a slow problem that voters do not see." Mr. Adeyemi says flooding, which he calls '
            '"the biggest threat to the coast," is already here.')
    assert not any(content.startswith("It is a slow") for _, _, content in _shape(extract_text(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The senator began by saying, "We will not retreat from this fight."',
         ("The senator", "saying", "We will not retreat from this fight.")),
        ("The minister responded by saying the report was false.", ("The minister", "saying", "the report was false")),
    ],
)
def test_a_gerund_after_by_shares_the_clause_subject(extract_text, text, expected):
    assert _shape(extract_text(text)) == [expected]


def test_a_one_word_answer_before_its_cue_is_a_statement(extract_text):
    assert _shape(extract_text('"Absolutely," the mayor said.')) == [("the mayor", "said", "Absolutely,")]
