"""Quotations closed by any verb (`"Get out of here," the mayor fumed.`): a quotation ending in a
comma, an exclamation or a question mark, then an animate subject and a verb with no object of its
own that ends its clause (issue 13 item 8; the mirror of ``colon_verbs``).

Verbs of the cue lexicon take their quotation in ``assemble``; this finds the rest, whose only sign of
speech is the quotation they close.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.colon_verbs import OBJECT_DEPS, speaking_subject
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.quotes import Quote

# Marks closing a quotation that a speech tag follows (`"...," she fumed`, `"...!" he barked`); a
# period closes the sentence, and what follows it is a new one.
TAG_CLOSERS = frozenset(",!?")
# Relations the closing verb may have after it and still only tag the quotation (`fumed as aides
# watched`, `snapped, and the meeting ended`, `smiled at the cameras`); a clause or an object of its
# own (`starred in a film about ...` is a prep and stays, `hosted it` does not) makes it a report of an act.
TAIL_DEPS = frozenset({"punct", "advmod", "prep", "advcl", "cc", "conj", "npadvmod", "prt"})
# Words that may stand between the subject and its verb (`the mayor then fumed`).
BETWEEN_DEPS = frozenset({"advmod"})
# Marks that may stand right before a quotation that opens its sentence or clause (the test ``assemble`` uses for
# quotation paragraphs, and the punctuation that ends an opening phrase: 'On taxes, "We cut them," she beamed');
# after a word the quotation sits inside a phrase (`After the band played "...,"`, `a talk titled "...,"`).
SENTENCE_OPENERS = frozenset("\n.!?\"”’,:;—–(")


def _opens_sentence(text: str, quote: Quote) -> bool:
    """Whether the quotation opens its sentence: a quotation inside an opening phrase (`In a talk titled "...,"`)
    is a title or a song, and the verb after it tells what the subject did, not what was said."""
    i = quote.outer_start
    while i > 0 and text[i - 1] in " \t\xa0":
        i -= 1
    return i == 0 or text[i - 1] in SENTENCE_OPENERS


def _closes_with_tag(text: str, quote: Quote) -> bool:
    """Whether the quotation closes with a comma, an exclamation or a question mark, inside or
    right after its closing mark, and is more than one word (one word is a title or a term)."""
    inside = text[quote.start : quote.end].rstrip()
    if " " not in inside.strip():
        return False
    return inside[-1] in TAG_CLOSERS or text[quote.outer_end : quote.outer_end + 1] == ","


def _first_after(doc: Doc, text: str, quote: Quote) -> Token | None:
    """The first word after the quotation and its comma, on the same line, or None."""
    i = quote.outer_end
    while i < len(text) and text[i] in " \t\xa0,":
        i += 1
    if i >= len(text) or text[i] in "\r\n":
        return None
    span = doc.char_span(i, i + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _has_verb(doc: Doc, quote: Quote) -> bool:
    """Whether the quotation holds a verb: a clause was said, not a title or a name quoted."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def find_verb_tail_quotes(doc: Doc, text: str, quotes: list[Quote], lex: CueLexicon) -> list[Candidate]:
    """One candidate per quotation closed by `Subject verb` with a verb outside the cue lexicon."""
    found: list[Candidate] = []
    for quote in quotes:
        if not _closes_with_tag(text, quote) or not _opens_sentence(text, quote):
            continue
        first = _first_after(doc, text, quote)
        if first is None or first.pos_ == "PUNCT":
            continue
        subject = first
        while subject.dep_ not in SUBJECT_DEPS and subject.head.i != subject.i and subject.head.i > subject.i:
            subject = subject.head  # `an angry Hollande`: from the determiner to the noun it opens
        if subject.dep_ not in SUBJECT_DEPS or subject.left_edge.i != first.i:
            continue
        verb = subject.head
        between = doc[subject.right_edge.i + 1 : verb.i]
        if (verb.i <= subject.i or verb.pos_ != "VERB" or verb.dep_ != "ROOT" or verb.lemma_.lower() in lex.verbs
                or any(t.dep_ not in BETWEEN_DEPS for t in between)):
            continue
        if any(c.dep_ in OBJECT_DEPS or c.dep_ == "ccomp" and c.idx >= quote.outer_end for c in verb.children):
            continue  # an object or a clause of its own: the verb tells an act, not the quotation
        if any(c.dep_ not in TAIL_DEPS for c in verb.children if c.i > verb.i):
            continue
        if not speaking_subject(subject, lex) or not _has_verb(doc, quote):
            continue
        found.append(Candidate((verb.idx, verb.idx + len(verb.text)), subject, (quote.start, quote.end), "transcript"))
    return found
