"""Refusals and requests of comment (declined to comment, did not respond): a cue with one reports no statement."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.lexicon import CueLexicon


def refused_comment(verb: Token, lemma: str, lex: CueLexicon) -> bool:
    """`declined to comment on the report`, `did not comment on it`: a comment verb refused or negated."""
    if lemma not in lex.no_comment_verbs:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.no_comment_refusals:
        return True
    return any(child.dep_ == "neg" and _negates(child, verb) for child in verb.children) and not any(
        child.dep_ == "ccomp" for child in verb.children)


def _negates(neg: Token, verb: Token) -> bool:
    """A negation of the verb's own clause (`did not respond`), not one the parse hung on it from a
    quotation before it (`"Absolutely not," Clinton responded`): no punctuation between them."""
    lo, hi = sorted((neg.i, verb.i))
    return not any(t.is_punct for t in verb.doc[lo + 1 : hi])


def no_comment(doc: Doc, content: tuple[int, int], frame: str, lemma: str, lex: CueLexicon) -> bool:
    """Content that refuses or requests comment (`declined to comment`, `did not respond to requests for
    comment`, `said she could not comment`): a cue with it reports no statement."""
    if frame not in ("infinitive", "object", "clause"):
        return False
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    head = root.lemma_.lower()
    if frame == "clause":
        # `said she could not comment`: the speaker's own refusal; `said Hale has not answered her
        # letters` reports someone else's silence, a statement of the speaker's.
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        # `says she cannot name one occasion`: a negated comment verb with an object of its own
        # states something (as `declined to name the buyer` does below).
        return (head in lex.no_comment_verbs and any(c.dep_ == "neg" for c in root.children)
                and (subject is None or subject.pos_ == "PRON") and not any(c.dep_ == "dobj" for c in root.children))
    if frame == "infinitive":
        return head in lex.no_comment_verbs and not any(c.dep_ == "dobj" for c in root.children)
    if head == "comment":
        return lemma in lex.no_comment_refusals  # `declined comment`; `cited his comments` reports
    if head not in lex.no_comment_requests:
        return False
    return lemma in lex.no_comment_verbs or any(token.lemma_.lower() == "comment" for token in span)
