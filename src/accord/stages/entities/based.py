"""The country a "‹Place›-based" description places a person in ("a Los Angeles-based attorney" -> USA).

Where a person works or lives is their affiliation when the text says nothing else (the annotation
standard: a resident is the country's); without it the story's country was handed to a speaker the
text places elsewhere.
"""

from __future__ import annotations

import re

from accord.stages.gazetteer import named_place_country

# "Los Angeles-based", "U.S.-based", "London-based": capitalised words joined to "based" by a hyphen.
_BASED = re.compile(r"\b([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})\s?-\s?based\b")


def based_country(text: str, at_end: bool = False) -> str | None:
    """The country of the place a "‹Place›-based" phrase in ``text`` names (``at_end``: only one ending the
    text, the modifier right before a title): a country, a region or state, or a major city (a small
    town's name is too often a person's or another place's), else None."""
    for match in _BASED.finditer(text):
        if at_end and text[match.end():].strip():
            continue
        words = match.group(1).split()
        # "The Shanghai-based firm": a capitalised article or other word may open the match; the place is the
        # longest run of its last words that names one
        code = next((c for i in range(len(words)) if (c := named_place_country(" ".join(words[i:])))), None)
        if code:
            return code
    return None
