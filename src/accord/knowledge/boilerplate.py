"""Outlet boilerplate (``data/boilerplate/outlet.json``): link kickers ("Read more:", "Related:") and single
boilerplate lines ("Follow us on …", credits).

One home for the patterns, read by the readers (which cut a trailing run of them from the text) and by the
statements stage (whose cues in the headlines listed under a kicker say nothing in this article; the events stage
skips the same listed lines, ``stages.statements.link_lists``).
"""

from __future__ import annotations

import functools
import re

from accord.knowledge.loader import read_json

BOILERPLATE_FILE = "boilerplate/outlet.json"


def _joined(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation of the patterns."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The kicker and single-line patterns, each compiled once into one alternation."""
    document = read_json(BOILERPLATE_FILE)
    return _joined(document["kickers"]), _joined(document["lines"])


def kicker_pattern() -> re.Pattern[str]:
    """Lines that introduce a list of links ("Read more: …", "Related stories"), to be matched in full against
    one stripped line."""
    return _patterns()[0]


@functools.lru_cache(maxsize=1)
def notice_pattern() -> re.Pattern[str]:
    """A page's notices that may stand anywhere in a text (a video player's error line), to be matched in full
    against one stripped line."""
    return _joined(read_json(BOILERPLATE_FILE)["notices"])


def boilerplate_line_pattern() -> re.Pattern[str]:
    """Single boilerplate lines ("Follow us on …", "(Reporting by …)"), to be matched in full against one
    stripped line."""
    return _patterns()[1]
