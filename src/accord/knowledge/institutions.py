"""One key for the names of one institution: "Ministry of Foreign Affairs" ≡ "Foreign Ministry",
"Ministry of Defence" ≡ "Defense Ministry", "Department of Homeland Security" ≡ "Homeland Security
Department" (issue 13 item 2). Pure functions; the spellings live in ``data/actors/institution_spellings.tsv``.
"""

from __future__ import annotations

import functools
import re

from accord.knowledge.loader import read_rows

SPELLINGS_FILE = "actors/institution_spellings.tsv"
# Head nouns written either way round: "Ministry of X" / "X Ministry".
INSTITUTION_HEADS = ("ministry", "department", "office", "agency", "council", "commission", "committee")
# "Ministry of (the) Foreign Affairs" -> "foreign ministry": "affairs" only pads the inverted form.
_OF_FORM = re.compile(r"^(" + "|".join(INSTITUTION_HEADS) + r") of (?:the )?(.+?)(?: affairs)?$")
_AFFAIRS_FORM = re.compile(r"^(.+?) affairs (" + "|".join(INSTITUTION_HEADS) + r")$")
_LEADING_THE = re.compile(r"^the ")
_WORD = re.compile(r"[\w.'’-]+")


@functools.lru_cache(maxsize=1)
def spellings() -> dict[str, str]:
    """Variant word -> canonical spelling (data/actors/institution_spellings.tsv)."""
    return {row["variant"]: row["canonical"] for row in read_rows(SPELLINGS_FILE, ("variant", "canonical"))}


def institution_key(name: str) -> str:
    """A comparison key for an institution's name: lower case, one spelling, "X Ministry" word order."""
    words = [spellings().get(w, w) for w in _WORD.findall(name.lower())]
    text = _LEADING_THE.sub("", " ".join(words))
    if match := _OF_FORM.match(text):
        return f"{match.group(2)} {match.group(1)}"
    if match := _AFFAIRS_FORM.match(text):
        return f"{match.group(1)} {match.group(2)}"
    return text
