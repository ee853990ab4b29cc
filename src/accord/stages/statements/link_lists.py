"""Link lists: a "Related:" or "Read more:" label followed by the headlines of other stories.

A web page pasted as text keeps its lists of links to other stories ("Related:" then "Senator Responds To
Question About Wages"). Those lines are other articles' headlines, not something said in this one: their verbs
("Responds", "Says") make no statement and their words name no speaker (issue 13 item 5).
"""

from __future__ import annotations

import re

# A paragraph opening a list of links: the label, its colon, perhaps quotation marks around it.
LINK_LABEL = re.compile(r"^[ \t\"“]*(?:related(?: stories| coverage| articles| links)?|read more|see also|also read"
                        r"|more on this|recommended)[ \t]*:[ \t\"”]*", re.IGNORECASE | re.MULTILINE)
# A headline of the list is short: a longer line is prose that follows the list.
MAX_HEADLINE_WORDS = 25
# Words this long count for the headline test; shorter ones ("of", "the", "to") may stay lower case in a title.
MIN_COUNTED_LENGTH = 4
# Share of the counted words written with a capital for a line to read as a title-case headline.
MIN_CAPITALISED_SHARE = 0.8
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_title_line(line: str) -> bool:
    """Whether a line reads as a headline in title case ("Senator Responds To Question About Wages.")."""
    words = WORD.findall(line)
    counted = [w for w in words if len(w) >= MIN_COUNTED_LENGTH]
    if not words or len(words) > MAX_HEADLINE_WORDS or len(counted) < 2:
        return False
    return sum(w[0].isupper() for w in counted) >= MIN_CAPITALISED_SHARE * len(counted)


def link_list_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the headline lines that follow a link label, up to the first line that is no
    headline (blank lines between them are passed over)."""
    ranges: list[tuple[int, int]] = []
    for label in LINK_LABEL.finditer(text):
        position = label.end()
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            line = text[position:end]
            if line.strip():
                if not is_title_line(line):
                    break
                ranges.append((position, end))
            position = end + 1
    return ranges
