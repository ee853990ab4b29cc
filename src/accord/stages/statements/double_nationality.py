"""Double nationalities written with a hyphen ("a Lebanese-Nigerian trader", "a Franco-Algerian couple"): the
person is of one of the two countries, never of a third.

The lexicon reads a heritage demonym before American, Canadian, Australian or British as descent ("a
Syrian-American doctor" is American: ``knowledge.actors.HYPHENATED_NATIONALITIES``); any other pair leaves the
speaker uncoded, and the story's country then stood for it (a Lebanese-Nigerian trader quoted in a story about
Syria became Syrian). The annotation standard gives a speaker of several nationalities none unless the text
tells which; the story's country is kept only when it is one of the two.
"""

from __future__ import annotations

import functools
import re

from accord.knowledge.actors import lexicon
from accord.knowledge.loader import read_json

# Two capitalised words joined by a hyphen with no space ("Lebanese-Nigerian", "Franco-Algerian").
_PAIR = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b")
# The combining forms of demonyms and the words ending a description's head phrase.
PAIRS_FILE = "actors/double_nationality.json"


@functools.lru_cache(maxsize=1)
def _combining_forms() -> dict[str, str]:
    """Combining forms written before a hyphen in place of a demonym ("Franco" -> "French"), from PAIRS_FILE."""
    return dict(read_json(PAIRS_FILE)["combining_forms"])


@functools.lru_cache(maxsize=1)
def _head_end() -> re.Pattern[str]:
    """The first of PAIRS_FILE's ``head_end_words`` (a preposition or relative word) in a description: a pair after
    it names what the person studies, mediates or works on ("a scholar of Sino-Japanese trade"), not them."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in read_json(PAIRS_FILE)["head_end_words"]) + r")\b")


def _demonym_code(word: str) -> str | None:
    """The country code of a demonym the lexicon knows ("Nigerian" -> NGA), else None."""
    entry = lexicon().entry(_combining_forms().get(word, word))
    return entry.code if entry is not None and entry.role == "demonym" and re.fullmatch(r"[A-Z]{3}", entry.code) else None


def double_nationality(text: str) -> frozenset[str] | None:
    """The two countries of a hyphenated pair of demonyms in a speaker's description's head phrase ("a
    Lebanese-Nigerian trader in the market"), else None; one after a preposition describes something else."""
    end = _head_end().search(text)
    for match in _PAIR.finditer(text, 0, end.start() if end else len(text)):
        first, second = _demonym_code(match.group(1)), _demonym_code(match.group(2))
        if first and second and first != second:
            return frozenset({first, second})
    return None
