"""Offices only some countries have: a back-off country that lacks the speaker's office is the wrong guess.

"BEIRUT — ... Secretary of State X said ... Prime Minister Y said ... Former Senator Z said": the speakers the
text places are mostly American, so the unplaced prime minister took the United States, and the senator took
Lebanon from the dateline. Neither country has that office (data/actors/office_systems.json): a minister is the
dateline's or the story's other country, a senator the one of a country with a Senate, else the default (USA).
Only the country a back-off guessed is checked; a country the text gives ("Lebanese Prime Minister") always wins.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from accord.knowledge.loader import read_json

SYSTEMS_FILE = "actors/office_systems.json"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class OfficeSystem:
    """Offices some countries have: the title heads and starts naming them, words making them another body's, and
    the countries that have (``having``) or lack (``lacking``) them, with a ``default`` holder country."""

    name: str
    heads: frozenset[str]
    starts: tuple[str, ...]
    excepted: re.Pattern[str]
    having: frozenset[str] | None
    lacking: frozenset[str]
    default: str | None

    def has_office(self, code: str) -> bool:
        """Whether the country ``code`` has this office."""
        return code not in self.lacking and (self.having is None or code in self.having)


@functools.lru_cache(maxsize=1)
def office_systems() -> tuple[OfficeSystem, ...]:
    """The office systems of data/actors/office_systems.json."""
    return tuple(
        OfficeSystem(
            name=row["name"], heads=frozenset(row["heads"]), starts=tuple(row["starts"]),
            excepted=_any_word(row["except"]),
            having=frozenset(row["having"]) if "having" in row else None,
            lacking=frozenset(row.get("lacking", ())), default=row.get("default"),
        )
        for row in read_json(SYSTEMS_FILE)["systems"]
    )


@functools.lru_cache(maxsize=1)
def _head_end() -> re.Pattern[str]:
    """Where a title's head ends: a comma, semicolon or parenthesis, or one of the file's ``head_end_words``
    ("minister under X", "friend of Y"): its holder's office is written before it."""
    words = "|".join(re.escape(w) for w in read_json(SYSTEMS_FILE)["head_end_words"])
    return re.compile(rf"\s*(?:[,;(]|\b(?:{words})\b)", re.IGNORECASE)


def _any_word(words: list[str]) -> re.Pattern[str]:
    """Whole-word alternation of lower-case words ("rev." ends on a dot); never matches when ``words`` is empty."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"(?<![\w.])(?:{body})(?!\w)")


def _words(text: str) -> str:
    """Lower case, one space between words."""
    return _SPACES.sub(" ", text.strip().lower())


def _holds(system: OfficeSystem, title: str) -> bool:
    """Whether a title names the system's office: its head ends on one of the system's heads ("former foreign
    minister under X"), or it starts with one of its starts ("member of parliament for Y")."""
    written = _words(title)
    if system.excepted.search(written):
        return False
    if written.startswith(system.starts):
        return True
    head = _head_end().split(written, maxsplit=1)[0].strip(" ,")
    return any(head == word or head.endswith(" " + word) for word in system.heads)


def office_system(texts: Sequence[str | None]) -> OfficeSystem | None:
    """The office system of the first of a speaker's titles that names one, else None."""
    for text in texts:
        if text and (system := _system_of(text)) is not None:
            return system
    return None


# Titles whose office system is remembered: an article's speakers carry the same few titles, each read anew.
SYSTEM_CACHE_SIZE = 16384


@functools.lru_cache(maxsize=SYSTEM_CACHE_SIZE)
def _system_of(title: str) -> OfficeSystem | None:
    """The first office system whose office ``title`` names, else None."""
    return next((system for system in office_systems() if _holds(system, title)), None)


def fitting_country(code: str | None, system: OfficeSystem | None, dateline: str | None, context: str | None,
                    counts: Counter[str]) -> str | None:
    """The back-off country ``code`` when it has the speaker's office (or the speaker holds none listed); else the
    first of the dateline's, the context's and the article's most named countries (``counts``, ahead of the next)
    that has it; else the system's default holder country (or None)."""
    if system is None or code is None or system.has_office(code):
        return code
    for candidate in (dateline, context):
        if candidate and system.has_office(candidate):
            return candidate
    ranked = [(c, n) for c, n in counts.most_common() if system.has_office(c)]
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return system.default
