"""Outlet boilerplate at the end of an article ("Read more: …", "Follow us on …", credits) cut from its text.

The patterns are data (``data/boilerplate/outlet.json``, loaded by ``accord.knowledge.boilerplate``). Only a
trailing run of boilerplate lines is removed, so the cleaned text is a prefix of the text read: every offset into the Article text is the
same offset into the input, for plain text and JSONL (whose text is not printed) as for HTML.
"""

from __future__ import annotations

from accord.knowledge.boilerplate import boilerplate_line_pattern, kicker_pattern

# A link title listed under a kicker ("Read more:" then headlines): a short line that is no sentence.
# 160 characters is about the longest headline outlets print; prose lines end in a full stop.
HEADLINE_CHARS = 160
# At most this many link titles are taken as a kicker's list; more short lines are the article's own.
MAX_LISTED_LINKS = 12
SENTENCE_STOPS = (".", "。", ";", ",")


def _is_link_title(line: str) -> bool:
    """Whether a stripped line reads like a headline in a link list rather than a sentence of prose."""
    return len(line) <= HEADLINE_CHARS and not line.endswith(SENTENCE_STOPS)


def trailer_start(text: str) -> int | None:
    """Where the trailing boilerplate of ``text`` begins (a line start), or None when it has none."""
    kickers, lines = kicker_pattern(), boilerplate_line_pattern()
    cut: int | None = None
    listed = 0  # link titles seen after the current cut, waiting for a kicker above them
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end - 1 if text[end - 1] == "\n" else end) + 1
        line = text[start:end].strip()
        end = start
        if not line:
            continue
        if kickers.fullmatch(line):
            cut, listed = start, 0
        elif lines.fullmatch(line) and listed == 0:
            cut = start
        elif _is_link_title(line) and listed < MAX_LISTED_LINKS:
            listed += 1
        else:
            break
    if cut is None or not text[:cut].strip():
        return None  # no trailer, or nothing but boilerplate: keep the text as read
    return cut


def without_trailers(text: str) -> str:
    """``text`` without its trailing boilerplate lines (and the blank space before them): a prefix of it."""
    cut = trailer_start(text)
    return text if cut is None else text[:cut].rstrip()
