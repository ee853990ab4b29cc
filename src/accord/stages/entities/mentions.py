"""Mention records of the entities stage and their lookup by character range.

``state.scratch["mentions"]`` holds ``Mention`` objects sorted by start; ``resolve`` finds the best
mention overlapping a character range with ``bisect`` (no scan over the whole article).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

# Longest mention, in characters, that ``resolve`` looks back for; mentions are names and titles.
MAX_MENTION_CHARS = 300


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: its whole span (titles included) and its head (the name itself)."""

    start: int
    end: int
    head_start: int
    head_end: int
    entity: str
    text: str
    # How the mention was found: name, surname, title (a title-only reference), metonym, group.
    via: str = "name"


@dataclass(frozen=True)
class ResolvedMention:
    """A mention resolved to its entity: what statements and events need to code an actor."""

    entity: str
    name: str
    title: str | None
    code: str | None
    sector: str | None
    kind: str | None
    start: int
    end: int
    text: str
    head_start: int
    head_end: int


def overlapping(mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int) -> list[Mention]:
    """Mentions overlapping ``[start, end)``, found by bisect over the sorted starts."""
    found: list[Mention] = []
    index = bisect.bisect_left(starts, end) - 1
    while index >= 0 and starts[index] >= start - MAX_MENTION_CHARS:
        mention = mentions[index]
        if mention.end > start and mention.start < end:
            found.append(mention)
        index -= 1
    found.reverse()
    return found


def best_mention(candidates: list[Mention], start: int, end: int) -> Mention | None:
    """The mention a range refers to: head inside the range first, then one not nested in another
    candidate ("U.S." inside "U.S. Treasury Secretary Scott Bessent"), then the earliest, then the longest overlap."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    nested = nested_ranges(candidates)

    def rank(m: Mention) -> tuple[int, int, int, int]:
        head_inside = m.head_start >= start and m.head_end <= end
        overlap = min(m.end, end) - max(m.start, start)
        return (0 if head_inside else 1, 1 if (m.start, m.end) in nested else 0, m.start if head_inside else -overlap, -overlap)

    return min(candidates, key=rank)


def nested_ranges(mentions: Sequence[Mention]) -> set[tuple[int, int]]:
    """The (start, end) ranges lying inside a longer range of another mention, in one sorted sweep
    (not a comparison of every pair: a long sentence range overlaps dozens of mentions)."""
    ranges = sorted({(m.start, m.end) for m in mentions}, key=lambda r: (r[0], -r[1]))
    nested: set[tuple[int, int]] = set()
    furthest_end = -1  # the largest end of the ranges before this one (starting earlier, or as early and ending later)
    for range_ in ranges:
        if furthest_end >= range_[1]:
            nested.add(range_)
        furthest_end = max(furthest_end, range_[1])
    return nested
