"""Which quotation or reported content holds an offset: reported speech hides its names from pronouns outside it."""

from __future__ import annotations


# Marks that may open a quoted sentence (straight, curly and doubled single quotes).
OPENING_MARKS = frozenset("\"'“‘«")


def past_opening_marks(text: str, offset: int) -> int:
    """The offset of the first character at or after ``offset`` that is no quotation mark or space."""
    while offset < len(text) and (text[offset] in OPENING_MARKS or text[offset].isspace()):
        offset += 1
    return offset


def innermost_range(ranges: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The shortest of the sorted ``ranges`` that contains ``offset``, or None."""
    innermost: tuple[int, int] | None = None
    for range_ in ranges:
        if range_[0] > offset:
            break
        if offset < range_[1] and (innermost is None or range_[1] - range_[0] < innermost[1] - innermost[0]):
            innermost = range_
    return innermost
