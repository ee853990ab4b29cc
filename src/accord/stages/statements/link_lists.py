"""Link lists: a "Related:" or "Read more:" label followed by the headlines of other stories.

A web page pasted as text keeps its lists of links to other stories ("Related:" then "Senator Responds To
Question About Wages"). Those lines are other articles' headlines, not something said or done in this one: their
verbs ("Responds", "Says") make no statement (issue 13 item 5) and tell no event of this article (issue 14). The
statements stage finds the ranges once and leaves them in ``state.scratch[LINK_LISTS_KEY]`` for the events stage.
A page's notice lines (a video player's error line, ``notices`` in outlet.json) are added to the ranges wherever they stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from accord.knowledge.boilerplate import kicker_pattern, notice_pattern

# The scratch key of the article's link-list ranges (written by the statements stage, read by the events stage).
LINK_LISTS_KEY = "link_lists"
# Where a kicker's label ends and the first link may follow on its line ("Related: Senator Responds To ...").
LABEL_END = re.compile(r"[:：|»›>]|\s[-–—]\s")
# Characters that may surround a kicker line: spacing and the quotation marks of a pasted page.
KICKER_WRAPPING = " \t\r\"“”"
# A headline of the list is short: a longer line is prose that follows the list.
MAX_HEADLINE_WORDS = 25
# Words this long count for the headline test; shorter ones ("of", "the", "to") may stay lower case in a title.
MIN_COUNTED_LENGTH = 4
# Share of the counted words written with a capital for a line to read as a title-case headline.
MIN_CAPITALISED_SHARE = 0.8
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A sentence-case headline has a subject and a verb at least: a lone word under a kicker is no link we can tell.
MIN_HEADLINE_WORDS = 2
# How a line of prose ends: a headline in sentence case ("Talks yield a prisoner swap") carries none of these.
SENTENCE_END = re.compile(r"[.!?:;\"”’)…]\s*$")


def is_title_line(line: str) -> bool:
    """Whether a line reads as a headline in title case ("Senator Responds To Question About Wages.")."""
    words = WORD.findall(line)
    counted = [w for w in words if len(w) >= MIN_COUNTED_LENGTH]
    if not words or len(words) > MAX_HEADLINE_WORDS or len(counted) < 2:
        return False
    return sum(w[0].isupper() for w in counted) >= MIN_CAPITALISED_SHARE * len(counted)


def is_headline_line(line: str) -> bool:
    """Whether a line under a kicker reads as a linked story's headline: in title case, or short and in sentence
    case without the closing punctuation of prose ("Russia-Ukraine talks yield a prisoner swap")."""
    if is_title_line(line):
        return True
    words = WORD.findall(line)
    return MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS and SENTENCE_END.search(line) is None


def _kicker_lines(text: str) -> Iterator[tuple[int, int]]:
    """For each line that is a link kicker (``data/boilerplate/outlet.json``, the readers' kickers too): where
    its first link may start (after the label's colon or bar; the line end when it has none) and the line end."""
    for _, end, line in _lines_matching(text, kicker_pattern()):
        label_end = LABEL_END.search(line)
        if label_end is None:
            yield end, end
        else:
            rest = line[label_end.end():]
            yield end - len(rest.lstrip(KICKER_WRAPPING)), end  # the link starts past spaces and quotes


def _notice_lines(text: str) -> Iterator[tuple[int, int]]:
    """The ranges of the lines that are a page's notices (``notices`` in ``data/boilerplate/outlet.json``: a video
    player's error line), wherever they stand."""
    for start, end, _ in _lines_matching(text, notice_pattern()):
        yield start, end


def _lines_matching(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """Each line whose text, stripped of spaces and quotes, the pattern matches in full: its start, end and text."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip(KICKER_WRAPPING)
        if stripped and pattern.fullmatch(stripped):
            yield start, end, line
        start = end + 1


def link_list_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the headline lines that follow a link kicker (on its line or below it), up to the
    first line that is no headline (blank lines between them are passed over), and of a page's notice lines."""
    ranges: list[tuple[int, int]] = list(_notice_lines(text))
    for position, kicker_end in _kicker_lines(text):
        if not text[position:kicker_end].strip(KICKER_WRAPPING):
            position = kicker_end + 1  # the label alone: its links follow on the next lines
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            line = text[position:end]
            if line.strip():
                if not is_headline_line(line):
                    break
                ranges.append((position, end))
            position = end + 1
    return ranges


def in_link_list(offset: int, links: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls inside one of the link-list ranges (``link_list_ranges``)."""
    return any(start <= offset < end for start, end in links)
