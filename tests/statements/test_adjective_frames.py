"""Adjective frames with an animate holder (issue 13): `fond of X`, `comfortable with X`; an adjective
without its object takes no one's quotation; invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "expected"), [
    ("Local officials are comfortable with the new arrangement.", [("Local officials", "comfortable", "the new arrangement")]),
    ("Many voters are fond of the old rules.", [("Many voters", "fond", "the old rules")]),
])
def test_an_adjective_frame_reports_what_its_holder_thinks(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


def test_a_bare_adjective_takes_no_quotation_of_a_speech_verb(extract_text):
    record = extract_text('Residents were nervous. "It is a mayor who is a magnet for trouble," said Jane Link.')
    assert _shape(record) == [("Jane Link", "said", "It is a mayor who is a magnet for trouble,")]


def test_a_bare_adjective_before_a_colon_announces_the_quotation(extract_text):
    record = extract_text('The governor was furious: "We were never told about the deal."')
    assert _shape(record) == [("The governor", "furious", "We were never told about the deal.")]
