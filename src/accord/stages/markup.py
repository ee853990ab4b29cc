"""Markup in plain text (`Minister <script>...`, `<div class="x">The <i>UN</i>`): a name read across it is
cut to its words. The one home of what counts as markup for speakers and entities."""

from __future__ import annotations

import re

# Any angle bracket: names never hold one.
BRACKET = re.compile(r"[<>]")
# A tag's remainder opening a name (`div class="x">The ...`), or a run closed by an end tag (`alert(1)</script> Officials`).
LEADING_FRAGMENT = re.compile(r"^(?:[^<>]*>|[^<>]*</[^<>]*>)")
# A tag cut off at a name's end (`Foreign Minister <script`).
TRAILING_FRAGMENT = re.compile(r"<[^<>]*$")
# A whole tag inside a name (`Ahmed <b>Khan</b>`).
TAG = re.compile(r"<[^<>]*>")


def has_markup(text: str) -> bool:
    """Whether ``text`` holds an angle bracket (a tag or a piece of one)."""
    return BRACKET.search(text) is not None


def leading_markup(text: str) -> int:
    """How many characters of markup open ``text`` (0 when none)."""
    match = LEADING_FRAGMENT.match(text)
    return match.end() if match else 0


def trailing_markup(text: str) -> int:
    """Where markup that ends ``text`` starts: a cut tag, a whole tag or a stray ``>`` (``len(text)`` when none)."""
    stripped = text.rstrip()
    cut = TRAILING_FRAGMENT.search(stripped)
    if cut is not None:
        return cut.start()
    if stripped.endswith(">"):
        tags = list(TAG.finditer(stripped))
        return tags[-1].start() if tags and tags[-1].end() == len(stripped) else len(stripped) - 1
    return len(text)


def clean_name(name: str) -> str:
    """``name`` without markup: a tag's remainder before it, a cut tag after it, whole tags inside; words only."""
    name = name[leading_markup(name):]
    name = TRAILING_FRAGMENT.sub("", name)
    name = TAG.sub(" ", name)
    return " ".join(BRACKET.sub(" ", name).split())


def has_word(text: str) -> bool:
    """Whether ``text`` holds a letter: a name, not punctuation."""
    return any(c.isalpha() for c in text)
