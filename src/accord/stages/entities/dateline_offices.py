"""The dateline's country for speakers holding an office of the place a story is filed from.

"AUSTIN, Texas — Mexican President X said the inspections hurt Mexico ... Gov. Greg Abbott said they would go on":
the story's most named country is Mexico, but the governor, a state senator, the sheriff, "a senior administration
official" (an office of the filing place: data/actors/dateline_offices.json) serve the country of the dateline.
Without this the context-country back-off gave them the country the story is about (issue 13: a US official quoted
in a story about another country). Only speakers the text gives no country reach this; a demonym or a country's
possessive ("Mexico's attorney general") always wins.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from accord.knowledge.loader import read_json
from accord.records import Entity, Speaker

OFFICES_FILE = "actors/dateline_offices.json"


@functools.lru_cache(maxsize=1)
def _office_words() -> dict[str, list[str]]:
    """The office phrases and the words that make them another body's (data/actors/dateline_offices.json)."""
    return read_json(OFFICES_FILE)


def _phrases(words: list[str]) -> re.Pattern[str]:
    """Whole-word alternation of lower-case phrases, longest first ("sen." ends on a dot, not a word boundary)."""
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _office_pattern() -> re.Pattern[str]:
    """Any office of the filing place."""
    return _phrases(_office_words()["offices"])


@functools.lru_cache(maxsize=1)
def _except_pattern() -> re.Pattern[str]:
    """Words making an office another body's ("central bank governor")."""
    return _phrases(_office_words()["except"])


def holds_filing_office(texts: Iterable[str | None]) -> bool:
    """Whether a speaker's descriptions (its words, title, entity title) name an office of the filing place."""
    written = [t for t in texts if t]
    if any(_except_pattern().search(t) for t in written):
        return False
    return any(_office_pattern().search(t) for t in written)


def dateline_homes(speakers: Sequence[Speaker], entities: dict[str, Entity], dateline: str | None,
                   descriptions: Sequence[str] | None = None) -> list[str | None]:
    """Per speaker (aligned), the ``dateline`` country when the speaker holds an office of the filing place."""
    if dateline is None:
        return [None] * len(speakers)
    homes: list[str | None] = []
    for i, speaker in enumerate(speakers):
        entity = entities.get(speaker.entity or "")
        texts = (speaker.text, speaker.title, entity.title if entity is not None else None,
                 descriptions[i] if descriptions is not None else None)
        homes.append(dateline if holds_filing_office(texts) else None)
    return homes
