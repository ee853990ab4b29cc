"""Cue candidates of agentless passives (he was asked whether, is seen as): statements with no speaker."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.statements.candidate import UNATTRIBUTED_FRAME, Candidate
from accord.stages.statements.clause_content import reported_range
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.no_comment import no_comment
from accord.stages.statements.spans import token_range


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
