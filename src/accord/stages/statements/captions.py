"""Photo captions: "X walks past the briefing room at the State Department, May 4, 2024, in Washington."

A caption pasted into an article's text describes a picture, not something said; its present-tense verb
("speaks about", "addresses", "responds to") must not make a statement (issue 13 item 7).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from accord.stages.grammar import SUBJECT_DEPS, span_text
from accord.stages.token_filters import document_sentences

# A full calendar date with its year ("March 19, 2025", "Sept. 9, 2016"): captions date the picture;
# news prose dates a past event in the past tense.
FULL_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d{2}\b")
# A photo credit in parentheses ("(AP Photo/Mark Schiefelbein)", "(Anna Kolb, Pool Photo via AP)",
# "(JANE DOE/AFP/Getty Images)"); a bare agency in parentheses is a dateline ("WASHINGTON (Reuters) -").
PHOTO_CREDIT = re.compile(r"\([^()]{0,60}(?:\bPhotos?\b|\bImages\b|[A-Z][\w.]*/[A-Z])[^()]{0,60}\)")
# What may follow a caption's date up to the sentence end: the place ("..., in Washington, DC, US.").
CAPTION_TAIL = re.compile(r"[\s,]*(?:(?:in|at|near)\s+[A-Z][\w.'’-]*(?:[\s,]+[A-Z][\w.'’-]*)*)?[\s.,]*")
# The verb of a caption describes the picture in the simple present, third person ("walks", "speaks");
# a copula ("This is HuffPollster for May 2, 2016") describes no picture.
CAPTION_VERB_TAGS = frozenset({"VBZ"})
CAPTION_VERB_POS = frozenset({"VERB"})
# Characters of a sentence that open or close a quotation: a caption quotes no one.
QUOTE_MARKS = frozenset('"“”')
# Dependents of the verb that carry something said ("says that ...", "says: ..."): a caption has none.
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def is_caption(sentence: Span) -> bool:
    """Whether a sentence reads as a photo caption: a present-tense main verb with a subject, no quotation
    or reported clause, and a full calendar date followed by nothing but a place (and a photo credit)."""
    text = span_text(sentence)
    dates = list(FULL_DATE.finditer(text))
    if not dates or any(mark in text for mark in QUOTE_MARKS):
        return False
    tail = PHOTO_CREDIT.sub("", text[dates[-1].end():])
    if not CAPTION_TAIL.fullmatch(tail):
        return False
    root = sentence.root
    return (root.tag_ in CAPTION_VERB_TAGS and root.pos_ in CAPTION_VERB_POS
            and any(c.dep_ in SUBJECT_DEPS for c in root.children)
            and not any(c.dep_ in REPORTED_CLAUSE_DEPS for c in root.children))


def caption_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of ``doc`` that are photo captions, in text order: a caption sentence, or a sentence
    up to the end of the photo credit in it (the parser may join the next sentence to a credit)."""
    ranges: list[tuple[int, int]] = []
    for sentence in document_sentences(doc):
        if is_caption(sentence):
            ranges.append((sentence.start_char, sentence.end_char))
            continue
        credits = list(PHOTO_CREDIT.finditer(span_text(sentence)))
        if credits:
            ranges.append((sentence.start_char, sentence.start_char + credits[-1].end()))
    return ranges
