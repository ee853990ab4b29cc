"""Cue candidates of verbal-attack idioms (`took aim at X`, `landed a dig at X`, `took issue with X`):
a light verb, a noun of a verbal jab as its object and a preposition whose object is what is attacked."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.statements.animacy import animate
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.clause_content import reported_range
from accord.stages.statements.cue_speakers import subject_of
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.spans import token_range


def idiom_candidate(verb: Token, lex: CueLexicon) -> Candidate | None:
    """`The senator took aim at the governor`: the verb's animate subject attacks the preposition's
    object in words (issue 13 item 8). The preposition may hang on the verb or on the noun; the cue
    runs from the verb to the noun."""
    if verb.lemma_.lower() not in lex.idiom_verbs:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > verb.i), None)
    if noun is None or noun.lemma_.lower() not in lex.idiom_nouns:
        return None
    allowed = lex.idiom_nouns[noun.lemma_.lower()]
    prep = next((c for c in [*noun.children, *verb.children] if c.dep_ == "prep" and c.i > noun.i and c.lower_ in allowed), None)
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if pobj is None:
        return None
    speaker = subject_of(verb)
    if speaker is None or not animate(speaker, lex):
        return None
    doc = verb.doc
    # a trailing aside of the reporter's stays out (`took a swipe at X, who has insulted him for days`)
    content = reported_range(doc, pobj.left_edge.i, pobj.right_edge.i, lex, verb.i)
    return Candidate(token_range(doc, verb.i, noun.i), speaker, content, "noun")
