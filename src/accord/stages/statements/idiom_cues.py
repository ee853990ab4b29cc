"""Cue candidates of idioms: verbal-attack idioms (`took aim at X`, `landed a dig at X`, `took issue with
X`: a light verb, a noun of a verbal jab as its object and a preposition whose object is what is
attacked) and speech idioms (`made it clear that X`, `as one diplomat put it, X`)."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.statements.animacy import animate
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.clause_content import as_clause_range, reported_range
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


# Relations the parser gives the adjective of `made (it) clear`: a clause, a predicate or an object.
CLARITY_ADJECTIVE_DEPS = frozenset({"ccomp", "oprd", "acomp", "dobj", "xcomp", "advmod"})
# How many words may stand between the verb and that adjective (`made it clear`, `made it very clear`).
MAX_CLARITY_GAP = 2
# Relations by which the that-clause hangs on the verb or on the adjective.
CLARITY_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl", "csubj"})
# The object pronoun of the phrasing idiom (`as one diplomat put it`).
PHRASING_OBJECT = "it"


def speech_idiom_candidate(verb: Token, lex: CueLexicon) -> Candidate | None:
    """`The minister made it clear that X` (X is what the minister said) and `As one diplomat put it,
    X` (X is the diplomat's words): idioms of a light verb whose animate subject speaks (issue 13
    item 8; phrases.json speech_idioms)."""
    lemma = verb.lemma_.lower()
    if lemma in lex.clarity_verbs:
        return _made_clear(verb, lex)
    if lemma in lex.phrasing_verbs:
        return _as_put_it(verb, lex)
    return None


def _made_clear(verb: Token, lex: CueLexicon) -> Candidate | None:
    """`made (it) clear that X`: the that-clause after the adjective, on the verb or on the adjective."""
    adjective = next((c for c in verb.children if c.dep_ in CLARITY_ADJECTIVE_DEPS and verb.i < c.i <= verb.i + 1 + MAX_CLARITY_GAP
                      and c.lower_ in lex.clarity_adjectives), None)
    if adjective is None:
        return None
    clause = next((c for c in [*adjective.children, *verb.children] if c.dep_ in CLARITY_CLAUSE_DEPS and c.i > adjective.i
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
    speaker = subject_of(verb)
    if clause is None or speaker is None or speaker.i > verb.i or not animate(speaker, lex):
        return None
    doc = verb.doc
    content = reported_range(doc, clause.left_edge.i, clause.right_edge.i, lex, verb.i)
    return Candidate(token_range(doc, verb.i, adjective.i), speaker, content, "clause")


def _as_put_it(verb: Token, lex: CueLexicon) -> Candidate | None:
    """`As one diplomat put it, X` / `X, as one diplomat put it`: the clause the as-clause comments on."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ != PHRASING_OBJECT or obj.i != verb.i + 1:
        return None
    speaker = subject_of(verb)
    if speaker is None or not animate(speaker, lex):
        return None
    content = as_clause_range(verb, tells=True)  # `it` is no content of its own
    if content is None:
        return None
    return Candidate(token_range(verb.doc, verb.i, obj.i), speaker, content, "interrupted")
