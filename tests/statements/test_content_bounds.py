"""Statements, session 2: where reported content ends, speakers the parse misses, glued quote
marks, reports inside quotations, and kicker labels (sentence -> expected statements).

Each case lists the statements expected in text order as (kind, speaker as written, cue, content).
"""

from __future__ import annotations

import pytest

from accord.nlp import load_model

S = tuple[str, str, str, str]  # kind, speaker text, cue text, content text


def _shape(record) -> list[S]:
    return [(s.kind, s.speaker.text if s.speaker else "", s.cue.text if s.cue else "", s.content.text) for s in record.statements]


CASES: list[tuple[str, list[S]]] = [
    # A trailing participial clause after a comma is the reporter's comment, not what was said.
    ("The governor said the rebels had abandoned the town, handing the army its first victory in months.",
     [("indirect", "The governor", "said", "the rebels had abandoned the town")]),
    # ... and so is a non-restrictive relative clause; a restrictive one stays.
    ("The general said the strike hit the depot, which the rebels had used for months.",
     [("indirect", "The general", "said", "the strike hit the depot")]),
    ("The mayor said the city needs officers who live in the neighbourhoods they patrol.",
     [("indirect", "The mayor", "said", "the city needs officers who live in the neighbourhoods they patrol")]),
    # A `while`-clause with its own subject is a contrast the reporter adds (and a report of its own).
    ("The minister said the talks had failed, while critics say the deal was never close.",
     [("indirect", "The minister", "said", "the talks had failed"),
      ("indirect", "critics", "say", "the deal was never close")]),
    # A second report verb conjoined inside the reported clause is the same speaker's second report.
    ("A party spokesman said the party was not in crisis, and urged members to stay calm.",
     [("indirect", "A party spokesman", "said", "the party was not in crisis"),
      ("indirect", "A party spokesman", "urged", "members to stay calm")]),
    # `"...," Name, 58, told X`: the parse makes the name a conjunct; the name is still the speaker.
    ("“We were wrong to ignore him from the start,” Ramos, 58, told Reuters by phone on Friday.",
     [("direct", "Ramos", "told", "We were wrong to ignore him from the start,")]),
    # An age standing for a person (the model labels it a date).
    ("“The ceasefire will not hold,” said the 46-year-old.",
     [("direct", "the 46-year-old", "said", "The ceasefire will not hold,")]),
    # Quotation marks glued to the punctuation around them.
    ("The minister said,“We will not retreat.”",
     [("direct", "The minister", "said", "We will not retreat.")]),
    ('The minister said:"We will not retreat."',
     [("direct", "The minister", "said", "We will not retreat.")]),
    ("“We are ready,”the envoy said.",
     [("direct", "the envoy", "said", "We are ready,")]),
    # A report inside a quotation stays inside it: `knows` here has no content in the quotation.
    ('"Who knows at this point," the aide responded.',
     [("direct", "the aide", "responded", "Who knows at this point,")]),
    ('"Moscow said it was ready to talk, but nothing happened," the envoy said.',
     [("direct", "the envoy", "said", "Moscow said it was ready to talk, but nothing happened,"),
      ("indirect", "Moscow", "said", "it was ready to talk")]),
    # `said the same of X`: the parser takes `the same` for a second subject.
    ("A third said the same of the governor.",
     [("indirect", "A third", "said", "the same of the governor")]),
    # `..., she said.` closing a sentence whose words the parse hung on the cue.
    ("The army has made it possible for farmers with small, if fertile, plots and orchards to return to their villages, the governor said.",
     [("indirect", "the governor", "said",
       "The army has made it possible for farmers with small, if fertile, plots and orchards to return to their villages")]),
    # A that-clause the parser hung on a noun after the cue is still the cue's complement.
    ("Hillary Clinton is telling voters at a popular breakfast spot that the race is close.",
     [("indirect", "Hillary Clinton", "telling", "the race is close")]),
    # ... but a relative `that` is not a complementizer.
    ("He told the story of a soldier that died.", []),
    # After `according to X`, a participial clause is the reporter's: the clause before is the content.
    ("The company has struck a provisional agreement with unions, according to the Labor Department, "
     "paving the way for the factories to reopen.",
     [("indirect", "the Labor Department", "according to", "The company has struck a provisional agreement with unions")]),
    # A relative clause with a cue inside (`a dispute that X said could ...`): the content starts after the cue.
    ("Workers walked out over a pay dispute that union leaders said could last for weeks.",
     [("indirect", "union leaders", "said", "could last for weeks")]),
    # Kickers are not transcript speakers.
    ("BYLINE: Jane Roe.\nThe senator spoke in Ohio.", []),
    ("Wow: Senator Says Something Odd.\nThe senator spoke in Ohio.", []),
    ("Monday's Morning Email: The Votes Are In.\nThe senator spoke in Ohio.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_content_bounds(extract_text, text: str, expected: list[S]) -> None:
    assert _shape(extract_text(text)) == expected


GLUED: list[tuple[str, list[str]]] = [
    ("He said,“Look at this.”", ["He", "said", ",", "“", "Look", "at", "this", ".", "”"]),
    ('She wrote:"We won."', ["She", "wrote", ":", '"', "We", "won", ".", '"']),
    ("“Look,”he added.", ["“", "Look", ",", "”", "he", "added", "."]),
    # Untouched: numbers, abbreviations, apostrophes.
    ("1,000,000 people in the U.S. rock’n’roll", ["1,000,000", "people", "in", "the", "U.S.", "rock’n’roll"]),
]


@pytest.mark.parametrize(("text", "tokens"), GLUED, ids=[c[0] for c in GLUED])
def test_glued_quote_marks_are_split_and_offsets_hold(text: str, tokens: list[str]) -> None:
    doc = load_model().make_doc(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


INTERRUPTED: list[str] = [
    "The newest launch, Pyongyang said, was its longest so far.",
    "Drought, the governor often says, is the worst danger facing the valley.",
    "But to avoid delays, she said, city clerks should start early.",
    "All of that, he admits, could be reversed by the next council.",
]


@pytest.mark.parametrize("text", INTERRUPTED, ids=[t[:40] for t in INTERRUPTED])
def test_content_of_an_interrupting_cue_holds_neither_cue_nor_speaker(extract_text, text: str) -> None:
    """Contract: content is what was said, without the cue or the speaker (one side, never both)."""
    statements = extract_text(text).statements
    assert statements
    for statement in statements:
        content = statement.content
        for part in (statement.cue, statement.speaker):
            assert part is None or part.end <= content.start or content.end <= part.start


def test_clause_announcing_a_quotation_paragraph_takes_the_quotation(extract_text):
    """`X said that ...:` closing a paragraph and a quotation opening the next: both are what was said
    (PolNeAR annotates them as one content). Invented text."""
    text = ('The senator said that, given the candidates on both sides, only one could win:\n\n'
            '"It is Smith. Nobody else has the money or the volunteers."\n')
    record = extract_text(text)
    contents = [s.content.text for s in record.statements if s.cue and s.cue.text == "said"]
    assert len(contents) == 1
    assert contents[0].startswith("given the candidates on both sides")
    assert contents[0].endswith("the money or the volunteers.")


def test_infinitive_content_keeps_who_is_to_act(extract_text):
    """`urged X to ...`, `called on X to ...`: the one asked to act is part of what was asked
    (PolNeAR annotates it in the content). Invented texts."""
    cases = [
        ("The senator called on the administration to block the merger.", "the administration to block the merger"),
        ("The governor urged lawmakers to pass the budget before July.", "lawmakers to pass the budget before July"),
        ("The mayor vowed to rebuild the bridge.", "to rebuild the bridge"),
    ]
    for text, content in cases:
        record = extract_text(text)
        assert [s.content.text for s in record.statements] == [content], text
