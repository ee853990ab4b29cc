"""Quotation spans: pair quote marks in every common style, across paragraphs, tolerating strays.

Returns character ranges only (no parse needed), so a stray or unbalanced mark can never break the
stage: an opening mark that is never closed is simply dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Double-quote family: straight, curly, guillemets, German low-9. Any of them may open or close,
# because real copy mixes them (`“no evidence"`).
DOUBLE_OPENERS = frozenset('"“„«‟')
DOUBLE_CLOSERS = frozenset('"”“»')
DOUBLE_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS
# Single-quote family, only trusted outside double quotes (apostrophes share the glyphs).
SINGLE_OPEN = frozenset("‘'‚")
SINGLE_CLOSE = frozenset("’'‘")
# A single-quoted stretch longer than this is far more likely two apostrophes than a quotation.
MAX_SINGLE_QUOTE_CHARS = 200
# An unclosed double quote is dropped when no closing mark comes within this many characters:
# quotes longer than a few paragraphs are rare, and a runaway pairing would swallow the article.
MAX_QUOTE_CHARS = 6000

# Two straight single quotes or two backticks stand for a double mark (NYT and LaTeX-style copy).
_MARK_RE = re.compile("''|``|[\"“”„«»‟‘’'‚]")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` inside the marks, ``outer_start``/``outer_end`` including them."""

    start: int
    end: int
    outer_start: int
    outer_end: int


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """All quotations of ``text`` in order; nested quotes inside a quotation are not reported."""
    quotes: list[Quote] = []
    open_at: int | None = None
    open_width = 1
    checked_to = 0  # paragraph breaks before this offset belong to an accepted multi-paragraph quote
    single_open_at: int | None = None
    n = len(text)
    for match in _MARK_RE.finditer(text):
        i = match.start()
        width = match.end() - i
        ch = '"' if width == 2 else text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + width] if i + width < n else " "
        if ch in DOUBLE_MARKS:
            single_open_at = None
            if open_at is None:
                if nxt.isspace() and ch in '"”»':
                    continue  # a closing mark with nothing open: stray
                open_at = checked_to = i
                open_width = width
                continue
            # Something is open: a paragraph break between decides continuation or a stray opener.
            between = text[checked_to + 1 : i]
            if "\n" in between:
                last_break = between.rfind("\n") + checked_to + 1
                # Multi-paragraph quote: the new paragraph starts with an opening mark, keep it open.
                if text[last_break + 1 : i].strip() == "" and ch in DOUBLE_OPENERS and not nxt.isspace():
                    checked_to = i
                    continue
            # Across a paragraph break, or too far away, the old opener was stray: this mark starts a
            # fresh quotation if it can.
            if "\n" in between or i - open_at > MAX_QUOTE_CHARS:
                open_at = checked_to = i
                open_width = width
                if nxt.isspace():
                    open_at = None
                continue
            if i - open_at > 1:
                quotes.append(Quote(open_at + open_width, i, open_at, i + width))
            open_at = None
            continue
        if open_at is not None:
            continue  # single quotes inside a double quotation are nested quotes or apostrophes
        if single_open_at is None:
            if ch in SINGLE_OPEN and not _is_word(prev) and _is_word(nxt):
                single_open_at = i
            continue
        if ch in SINGLE_CLOSE and not _is_word(nxt) and not prev.isspace():
            if ch == "'" and prev in "sS" and nxt == " " and i - single_open_at < 3:
                continue
            if "\n" not in text[single_open_at:i] and i - single_open_at <= MAX_SINGLE_QUOTE_CHARS:
                quotes.append(Quote(single_open_at + 1, i, single_open_at, i + 1))
            single_open_at = None
        elif "\n" in text[single_open_at:i]:
            single_open_at = None
    return [q for q in quotes if text[q.start : q.end].strip()]
