"""Statements: a prepositional phrase right after a content object completes it, unless it dates,
places or carries the report (invented sentences -> expected statements)."""

from __future__ import annotations

import pytest

S = tuple[str, str, str, str]  # kind, speaker text, cue text, content text


def _shape(record) -> list[S]:
    return [(s.kind, s.speaker.text if s.speaker else "", s.cue.text if s.cue else "", s.content.text) for s in record.statements]


CASES: list[tuple[str, list[S]]] = [
    # The phrase says what was praised: it belongs to the content.
    ("The senator praised the governor's leadership in the aftermath of the floods.",
     [("indirect", "The senator", "praised", "the governor's leadership in the aftermath of the floods")]),
    # When, where and through what the report was made stay out of it.
    ("The union endorsed Clinton on Friday.",
     [("indirect", "The union", "endorsed", "Clinton")]),
    ("The senator criticized the governor during the debate.",
     [("indirect", "The senator", "criticized", "the governor")]),
    ("The senator criticized the governor in Ohio.",
     [("indirect", "The senator", "criticized", "the governor")]),
    ("The minister thanked the volunteers in a statement.",
     [("indirect", "The minister", "thanked", "the volunteers")]),
    ("The senator thanked the nurses at a news conference.",
     [("indirect", "The senator", "thanked", "the nurses")]),
    # ... and so do the settings of a report (`setting_nouns` in data/cues/phrases.json).
    ("The senator praised the volunteers on cable news.",
     [("indirect", "The senator", "praised", "the volunteers")]),
    ("The senator criticized the ministers at a time of growing anger.",
     [("indirect", "The senator", "criticized", "the ministers")]),
    # The same holds for the object of a prepositional frame (`referred to X as Y`, `called for X`).
    ("The governor referred to the rebels as the main obstacle to peace.",
     [("indirect", "The governor", "referred", "the rebels as the main obstacle to peace")]),
    ("The envoy called for more accountability down the road.",
     [("indirect", "The envoy", "called", "more accountability down the road")]),
    ("The senator spoke about the economy on Monday.",
     [("indirect", "The senator", "spoke", "the economy")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_object_phrases(extract_text, text: str, expected: list[S]) -> None:
    assert _shape(extract_text(text)) == expected


def test_object_phrase_span_points_at_the_text(extract_text) -> None:
    text = "The senator praised the governor's leadership in the aftermath of the floods."
    for statement in extract_text(text).statements:
        assert text[statement.content.start : statement.content.end] == statement.content.text


def test_a_manner_idiom_after_a_verb_is_not_what_was_said(extract_text):
    """The bundled example's "officials ... were able to sit down and talk face to face" was a statement
    by "officials" whose content was "face to face": a reduplicated manner phrase (face to face, side by
    side, one on one) tells how they met, not what anyone said."""
    text = ("The ministers agreed that their envoys would meet and talk face to face in Geneva next month. "
            "Both delegations will discuss the plan side by side, an aide said.")
    contents = [s.content.text for s in extract_text(text).statements]
    assert "face to face" not in contents and "side by side" not in contents, contents
    assert "their envoys would meet and talk face to face in Geneva next month" in contents  # the real report stays


def test_an_as_clause_with_a_participle_completes_the_object(extract_text):
    # The parser makes `as` the mark of a clause (`the city celebrating itself`): the object's predicate.
    record = extract_text("The mayor has described the gala as the city celebrating itself.")
    assert _shape(record) == [("indirect", "The mayor", "described", "the gala as the city celebrating itself")]


def test_a_finite_as_clause_after_the_object_tells_when(extract_text):
    record = extract_text("The senator praised the plan as it was unveiled on Monday.")
    assert _shape(record) == [("indirect", "The senator", "praised", "the plan")]
