"""Statements, session 11: a content span never ends on a conjunction, and a second report verb
coordinated with the reported clause is the speaker's second statement (invented sentences)."""

from __future__ import annotations

import pytest


def _contents(record) -> list[tuple[str, str]]:
    return [(s.cue.text if s.cue else "", s.content.text) for s in record.statements]


@pytest.mark.parametrize("text, cue, content", [
    # The parse hangs `and` on the reported clause and the second report on the cue verb.
    ("Four in 10 voters said Smith is honest and trustworthy, and two-thirds said the same of Jones.",
     "said", "Smith is honest and trustworthy"),
    # ... and `but said, "..."`, a conjunct the parse runs on past a comma, is not carried over.
    ('The aide praised the staff who left but said, "We need people who can execute."',
     "praised", "the staff who left"),
])
def test_content_never_ends_on_a_conjunction(extract_text, text: str, cue: str, content: str) -> None:
    record = extract_text(text)
    assert (cue, content) in _contents(record)
    assert not any(s.content.text.split()[-1].lower() in ("and", "or", "but") for s in record.statements)


def test_dangling_conjunction_carries_content_over_its_conjunct(extract_text) -> None:
    # The parse leaves the `how`-clause after `and` outside the object of `discuss`: it is what was discussed.
    text = "The editor joins the broadcast to discuss the northern border and how many people can easily cross it."
    assert ("discuss", "the northern border and how many people can easily cross it") in _contents(extract_text(text))


@pytest.mark.parametrize("text, first, second", [
    ("He says he admires the mayor and calls her a tireless worker.",
     ("says", "he admires the mayor"), ("calls", "her a tireless worker")),
    ("She said the plan was reckless, and accused the council of hiding the costs.",
     ("said", "the plan was reckless"), ("accused", "the council of hiding the costs")),
])
def test_second_report_verb_is_a_statement_of_its_own(extract_text, text: str, first, second) -> None:
    contents = _contents(extract_text(text))
    assert first in contents and second in contents


@pytest.mark.parametrize("text, cue, content", [
    # A modal, negated or bare verb after `and` goes on with what was said.
    ("They say they are going on to the next contest and will see what happens.",
     "say", "they are going on to the next contest and will see what happens"),
    ("He said he has not hosted lavish parties and never called any donor for cash.",
     "said", "he has not hosted lavish parties and never called any donor for cash"),
])
def test_modal_or_negated_conjunct_stays_in_the_content(extract_text, text: str, cue: str, content: str) -> None:
    assert (cue, content) in _contents(extract_text(text))
