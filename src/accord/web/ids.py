"""Numbers in paths and forms: ASCII digits only.

``str.isdigit`` accepts superscripts and other scripts' digits ("¹", "٣") that ``int`` then refuses or
reads unexpectedly; ids and counts in URLs are 0-9 and nothing else.
"""

from __future__ import annotations


def ascii_digits(raw: str) -> bool:
    """True when ``raw`` is one or more of the characters 0-9."""
    return raw.isascii() and raw.isdigit()
