"""Cue candidates of agentless passives (he was asked whether, is seen as) and of hedge adverbs (reportedly,
allegedly): statements with no speaker."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

from accord.stages.statements.candidate import UNATTRIBUTED_FRAME, Candidate
from accord.stages.statements.clause_content import reported_range
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.no_comment import no_comment
from accord.stages.statements.spans import token_range, trim_clause


# Relations of that passive's complement: `is believed to be weighing a run`, `was asked whether ...`, `is deemed unfit`.
UNATTRIBUTED_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "oprd"})


def unattributed_candidate(verb: Token, lex: CueLexicon) -> Candidate | None:
    """`He was asked whether ...`, `the town is considered a likely site`: a curated cue verb in the
    passive without a `by`-agent reports what someone left unnamed says or thinks. Its complement
    after it is the content; the statement has no speaker (PolNeAR annotates these as attributions
    without a source)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.unattributed_passives:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return None
    doc = verb.doc
    as_only = verb.lemma_.lower() in lex.unattributed_as_only
    for child in children:
        if child.i < verb.i or (as_only and child.lower_ != "as"):
            continue
        if child.dep_ in UNATTRIBUTED_COMPLEMENT_DEPS:
            first, last = child.left_edge.i, child.right_edge.i
        elif child.dep_ == "prep" and child.lower_ in lex.unattributed_prepositions and child.right_edge.i > child.i:
            # What follows the preposition (`as a rubber stamp`; also `as close to X`, which the
            # parser gives no object).
            first, last = child.i + 1, child.right_edge.i
        else:
            continue
        content = reported_range(doc, first, last, lex, verb.i)
        if no_comment(doc, content, "infinitive" if child.dep_ == "xcomp" else "clause", verb.lemma_.lower(), lex):
            return None  # `was asked to comment`: a request for comment reports nothing
        return Candidate(token_range(doc, verb.i, verb.i), None, content, UNATTRIBUTED_FRAME)
    return None


# Relations of a verb whose clause a hedge adverb can make a report: the sentence's own verb or one
# coordinated with it. A relative, adverbial or participial clause (`the gun he allegedly used`, `for
# allegedly grabbing X`, `with X reportedly weighing Y`) names a deed inside another statement of the writer.
HEDGED_VERB_DEPS = frozenset({"ROOT", "conj"})
# Fine tags of a finite verb or of a finite auxiliary before it (`is reportedly weighing`, `has reportedly left`).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def find_hedge_candidates(doc: Doc, lex: CueLexicon) -> list[Candidate]:
    """`The envoy reportedly resigned`, `the firm allegedly paid bribes`: a hedge adverb of
    ``unattributed_adverbs`` on a finite main clause says that unnamed reports or accusers tell the
    clause, as `it was reported that ...` does. The clause from its subject on is the content (the adverb,
    the cue, stays inside it); the statement has no speaker."""
    if len(doc) == 0 or not lex.unattributed_adverbs:
        return []
    strings = doc.vocab.strings
    lowered = doc.to_array(["LOWER"])
    wanted = np.array([strings[word] for word in lex.unattributed_adverbs], dtype=np.uint64)
    found: list[Candidate] = []
    for i in np.flatnonzero(np.isin(lowered, wanted)).tolist():
        adverb = doc[i]
        verb = adverb.head
        if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in HEDGED_VERB_DEPS:
            continue
        if verb.tag_ not in FINITE_TAGS and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < adverb.i), None)
        if subject is None:
            continue  # `and reportedly left`: the clause shares a subject told elsewhere
        last = max(verb.right_edge.i, adverb.i)
        for child in verb.children:  # a coordinated clause after it is a claim of its own
            if child.dep_ == "conj" and child.i > verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                last = min(last, child.left_edge.i - 1)
        content = trim_clause(doc, subject.left_edge.i, last)
        if content[1] > content[0]:
            found.append(Candidate(token_range(doc, i, i), None, content, UNATTRIBUTED_FRAME))
    return found
