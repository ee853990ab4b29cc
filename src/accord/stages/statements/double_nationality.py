"""Double nationalities written with a hyphen ("a Lebanese-Nigerian trader", "a Franco-Algerian couple"): the
person is of one of the two countries, never of a third.

The lexicon reads a heritage demonym before American, Canadian, Australian or British as descent ("a
Syrian-American doctor" is American: ``knowledge.actors.HYPHENATED_NATIONALITIES``); any other pair leaves the
speaker uncoded, and the story's country then stood for it (a Lebanese-Nigerian trader quoted in a story about
Syria became Syrian). The annotation standard gives a speaker of several nationalities none unless the text
tells which; the story's country is kept only when it is one of the two.
"""

from __future__ import annotations

import re

from accord.knowledge.actors import lexicon

# Two capitalised words joined by a hyphen with no space ("Lebanese-Nigerian", "Franco-Algerian").
_PAIR = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b")
# Combining forms of demonyms written before a hyphen in place of the demonym.
COMBINING_FORMS = {"Franco": "French", "Anglo": "English", "Sino": "Chinese", "Russo": "Russian",
                   "Italo": "Italian", "Greco": "Greek", "Indo": "Indian", "Afro": "African", "Judeo": "Jewish"}


def _demonym_code(word: str) -> str | None:
    """The country code of a demonym the lexicon knows ("Nigerian" -> NGA), else None."""
    entry = lexicon().entry(COMBINING_FORMS.get(word, word))
    return entry.code if entry is not None and entry.role == "demonym" and re.fullmatch(r"[A-Z]{3}", entry.code) else None


# A preposition or relative word ends a description's head phrase: a pair after it names what the person studies,
# mediates or works on ("a scholar of Sino-Japanese trade", "an envoy on the Russian-Georgian border"), not them.
_HEAD_END = re.compile(r"\b(?:of|in|on|at|for|with|about|over|between|among|to|from|into|during|under|against|"
                       r"who|whose|which|that|where)\b")


def double_nationality(text: str) -> frozenset[str] | None:
    """The two countries of a hyphenated pair of demonyms in a speaker's description's head phrase ("a
    Lebanese-Nigerian trader in the market"), else None; one after a preposition describes something else."""
    end = _HEAD_END.search(text)
    for match in _PAIR.finditer(text, 0, end.start() if end else len(text)):
        first, second = _demonym_code(match.group(1)), _demonym_code(match.group(2))
        if first and second and first != second:
            return frozenset({first, second})
    return None
