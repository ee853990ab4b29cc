"""Character-range helpers: token ranges to trimmed character ranges."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Characters never part of a content span's edges (punctuation, dashes, spaces; not quote marks,
# which the quote logic decides about).
EDGE_PUNCT = " \t\n\r,;:-–—…()[]"
# Leading words that introduce a clause but are not what was said.
LEADING_MARKERS = frozenset({"that", "whether", "if"})


def token_range(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Characters from the start of token ``first`` to the end of token ``last`` (inclusive)."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def subtree_range(token: Token) -> tuple[int, int]:
    """The character range of a token's whole subtree (spaCy subtrees are contiguous)."""
    return token_range(token.doc, token.left_edge.i, token.right_edge.i)


def trim(text: str, start: int, end: int, strip_final_period: bool = True) -> tuple[int, int]:
    """Shrink ``[start, end)`` past edge punctuation and whitespace; never grows, never inverts."""
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and (text[end - 1] in EDGE_PUNCT or (strip_final_period and text[end - 1] in ".!?")):
        end -= 1
    return start, end


def trim_clause(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """A clause's character range without a leading `that`/`whether` and edge punctuation."""
    while first <= last and (doc[first].is_punct and doc[first].text not in "\"“‘'«„" or doc[first].is_space):
        first += 1
    if first <= last and doc[first].lower_ in LEADING_MARKERS and doc[first].dep_ == "mark":
        first += 1
    while last >= first and (doc[last].is_punct and doc[last].text not in "\"”’'»“" or doc[last].is_space):
        last -= 1
    if first > last:
        return doc[first - 1].idx if first > 0 else 0, doc[first - 1].idx if first > 0 else 0
    start, end = token_range(doc, first, last)
    local = doc[first : last + 1].text  # not doc.text: that rebuilds the whole article string
    lo, hi = trim(local, 0, len(local), strip_final_period=False)
    return start + lo, start + hi
