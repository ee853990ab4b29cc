"""Cue classes (issue 13): refusals of and requests for comment report no statement; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment on the report.",
        "A police spokesperson declined to be named.",
        "The embassy did not respond to requests for comment.",
        "The company did not reply to an email seeking comment.",
        "The two governments ignored requests for comment.",
        "The minister said she could not comment while the case was open.",
    ],
)
def test_no_comment_is_no_statement(extract_text, text):
    assert extract_text(text).statements == []


def test_a_refusal_with_content_is_still_a_statement(extract_text):
    record = extract_text("The minister refused to say whether the talks had failed, but said a deal was close.")
    assert [s.content.text for s in record.statements][-1] == "a deal was close"


def test_a_possessor_call_for_something_is_a_statement(extract_text):
    record = extract_text("The talks failed because Washington's call for full disarmament did not mesh with Pyongyang's demand for sanctions relief.")
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements] == [
        ("Washington", "call", "full disarmament"), ("Pyongyang", "demand", "sanctions relief")]


def test_a_for_phrase_of_an_ordinary_noun_is_no_statement(extract_text):
    assert extract_text("The company's plan for the factory was delayed.").statements == []
