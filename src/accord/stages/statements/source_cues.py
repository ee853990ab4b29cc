"""Cue candidates of source phrases (according to X, in a new poll): the source speaks for its host clause."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.grammar import CLAUSE_SUBJECT_DEPS
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.clause_content import TRIM_ASIDES
from accord.stages.statements.source_phrases import closing_phrase_start, object_fallback, opening_phrase_clause
from accord.stages.statements.spans import starts_aside, token_range, trim_clause
from accord.stages.token_filters import sentence_of


# `A, and B, according to X.` / `A when B, according to X.`: a source phrase closing its sentence after a
# comma attributes the whole sentence before it, like `A, he said.` (the parse hangs it on the last
# clause only). Measured on PolNeAR train, annotators take the whole sentence.
SOURCE_CLOSING_TAKES_SENTENCE = True
# A dash right after a source phrase opens the reporter's aside, not what the source said.
ASIDE_DASHES = frozenset({"-", "--", "—", "–"})


def source_candidate(prep: Token, second: Token, report_verbs: frozenset[str] = frozenset()) -> Candidate | None:
    """`according to X, ...` / `..., according to X`: X is the speaker, the host clause the content."""
    pobj = next((c for c in second.children if c.dep_ == "pobj"), None)
    if pobj is None and second.i != prep.i:
        pobj = object_fallback(second)  # `according to show insiders`: `show` parsed as a verb
    if pobj is None:
        return None
    host = prep.head
    doc = prep.doc
    opening = opening_phrase_clause(prep, pobj) if second.i != prep.i else None
    if opening is not None:  # `According to X, CLAUSE.` with CLAUSE parsed inside the phrase
        return Candidate(token_range(doc, prep.i, second.i), pobj, trim_clause(doc, *opening), "source")
    lo, hi = host.left_edge.i, host.right_edge.i
    plo, phi = prep.left_edge.i, prep.right_edge.i
    if phi < hi - 1 and plo > lo:
        # In the middle: take the longer side.
        before, after = (lo, plo - 1), (phi + 1, hi)
        first, last = before if (before[1] - before[0]) >= (after[1] - after[0]) else after
        if TRIM_ASIDES and (first, last) == after and (starts_aside(doc, phi + 1, hi) or (
                doc[phi + 1].text in ASIDE_DASHES and doc[plo - 1].text == ",")):
            # `X, according to Y, taking a step toward Z` / `X, according to Y - despite Z`: Z is the reporter's
            first, last = before
        if (first, last) == before and (start := closing_phrase_start(prep, host, report_verbs)) is not None:
            first = start  # `A would see B go up, according to X, more than ...`: hung on the inner clause
    elif plo <= lo:
        first, last = phi + 1, hi
        if _subjectless_after_comma(prep, host):
            # `X, according to officials who spoke to Y but were not allowed to ...`: the parse hung the
            # phrase on the relative clause's second verb; the sentence before the comma is reported
            first, last = sentence_of(prep).start, plo - 1
    else:
        first, last = lo, plo - 1
        if SOURCE_CLOSING_TAKES_SENTENCE and _closes_sentence_after_comma(prep):
            first = sentence_of(prep).start  # `A, and B, according to X.`: the parse hung `according to` on B
    if last < first:
        return None
    content = trim_clause(doc, first, last)
    cue = token_range(doc, prep.i, second.i)
    return Candidate(cue, pobj, content, "source")


def _subjectless_after_comma(prep: Token, host: Token) -> bool:
    """`A, according to X who B but were C`: a source phrase after a comma whose host, after it, has
    no subject of its own is a misparse (a clause after `according to X` never lacks its subject)."""
    doc = prep.doc
    first = prep.left_edge.i
    if first <= sentence_of(prep).start or doc[first - 1].text != "," or host.i < first:
        return False
    return not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in host.children)


def _closes_sentence_after_comma(prep: Token) -> bool:
    """`..., according to X.`: the source phrase follows a comma and only punctuation follows it."""
    doc = prep.doc
    first, last = prep.left_edge.i, prep.right_edge.i
    if first <= sentence_of(prep).start or doc[first - 1].text != ",":
        return False
    return all(t.is_punct or t.is_space for t in doc[last + 1 : sentence_of(prep).end])


def poll_candidate(poll: Token) -> Candidate | None:
    """`In a new poll released Monday, Smith leads Jones 48 to 41`: a poll named by an `in` phrase that
    opens its clause, set off by a comma, is the source of the clause (inside a clause, `a lead in the
    polls` reports no finding)."""
    prep = poll.head
    if poll.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    doc = poll.doc
    after = prep.right_edge.i + 1
    if prep.i != prep.head.left_edge.i or after >= len(doc) or doc[after].text != ",":
        return None
    return source_candidate(prep, prep)
