"""Which names a parser coordinated with a speaker's name speak with it (statements.coordination).

Hand-built parses: the misparses these guard against depend on the model version, so the trees are written out.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from accord.stages.statements.coordination import name_conjuncts


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_names_after_the_speakers_verb_are_no_co_speakers():
    # "Ruiz praised Hale and Marsh": the parser hung Marsh on Ruiz as a conjunct; a verb stands between them.
    words = ["Ruiz", "praised", "Hale", ",", "and", "Marsh"]
    doc = _doc(words, [1, 1, 1, 0, 0, 0], ["nsubj", "ROOT", "dobj", "punct", "cc", "conj"],
               ["PROPN", "VERB", "PROPN", "PUNCT", "CCONJ", "PROPN"])
    assert name_conjuncts(doc[0]) == []


def test_names_along_with_the_speaker_are_no_co_speakers():
    words = ["Ruiz", ",", "along", "with", "Hale", "and", "Marsh"]
    doc = _doc(words, [0, 0, 0, 2, 3, 0, 0], ["ROOT", "punct", "prep", "prep", "pobj", "cc", "conj"],
               ["PROPN", "PUNCT", "ADV", "ADP", "PROPN", "CCONJ", "PROPN"])
    assert name_conjuncts(doc[0]) == []


def test_a_relative_clause_of_the_first_name_keeps_the_pair():
    # "Ruiz, who chairs the panel, and Hale": the verb is the first name's own clause.
    words = ["Ruiz", ",", "who", "chairs", "it", ",", "and", "Hale"]
    doc = _doc(words, [0, 0, 3, 0, 3, 0, 0, 0], ["ROOT", "punct", "nsubj", "relcl", "dobj", "punct", "cc", "conj"],
               ["PROPN", "PUNCT", "PRON", "VERB", "PRON", "PUNCT", "CCONJ", "PROPN"])
    assert [t.text for t in name_conjuncts(doc[0])] == ["Hale"]
