"""A headline label written in lower case after its first word (`Moreno camp: claim`, `Army spokesman: claim`)
names who makes the claim after the colon, as `Moreno: claim` does (issue 13 item 7); a label naming a
topic (`Budget talks: ...`, `Floods in Lima: ...`) names no speaker. Invented headlines."""

from __future__ import annotations

import pytest


def _headline_statements(record, text):
    end = text.index("\n")
    return [(s.speaker.text if s.speaker else None, s.content.text) for s in record.statements if s.cue and s.cue.start < end]


@pytest.mark.parametrize(("headline", "speaker", "content"), [
    ("Moreno camp: rival plan would ruin the budget.", "Moreno camp", "rival plan would ruin the budget."),
    ("Army spokesman: rebels shelled the market.", "Army spokesman", "rebels shelled the market."),
    ("Rebel commander: the truce is dead.", "Rebel commander", "the truce is dead."),
])
def test_a_lower_case_headline_label_naming_a_speaker_makes_a_statement(extract_text, headline, speaker, content):
    text = headline + "\n\nThe talks stalled in May after a week of shelling."
    record = extract_text(text)
    assert _headline_statements(record, text) == [(speaker, content)]
    for statement in record.statements:
        assert text[statement.content.start:statement.content.end] == statement.content.text


@pytest.mark.parametrize("headline", [
    "Budget talks: a deal is near.",
    "Floods in Lima: the damage so far.",
    "Morning briefing: five things to watch.",
    "Teen refugee: from a camp to the Olympic pool",  # a subtitle, no claim after the colon
])
def test_a_lower_case_headline_label_naming_a_topic_makes_no_statement(extract_text, headline):
    text = headline + "\n\nThe talks stalled in May after a week of shelling."
    assert _headline_statements(extract_text(text), text) == []
