"""An ambassador to an international body is a state's envoy, not the body's official; an envoy to a country
is not that country's.

"Former U.N. Ambassador Carla Brennan" and "the ambassador to NATO" represent their country at the
body; the body's own officials are its envoys and staff ("the UN special envoy for Syria", "UN
Secretary-General"). A description that codes such an ambassador by the body gives no code; a country
named in it ("U.S. Ambassador to the UN") codes it already. Likewise "then ambassador to Israel", "the special
envoy to Sudan", "the ambassador in Kyiv" serve another country than their host (issue 13: a diplomat in
another capital keeps their own country): the host's code read off such a description is no code, and the
story's country is not given them when it is the host's (a US ambassador to Israel in a story about Israel was
ISR on PolNeAR train, seed 90702); a sending country named ("the U.S. ambassador to Israel", "Israel's
ambassador to Washington") codes them as before.
"""

from __future__ import annotations

import functools
import re

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_json
from accord.stages.gazetteer import named_place_country

ENVOYS_FILE = "actors/envoys.json"
# Codes of international bodies that receive ambassadors from states.
BODY_CODES = frozenset({"UNO", "IGO"})


def _alternatives(phrases: list[str], either_case: bool) -> str:
    """A regex alternation of written phrases, longest first, any run of spaces matching any whitespace;
    ``either_case``: each word of a lower-case phrase may open with a capital ("Ambassador", "Consul General")."""
    def word_pattern(word: str) -> str:
        if either_case and word[:1].isalpha():
            return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"
        return re.escape(word)

    def pattern(phrase: str) -> str:
        return r"\s+".join(word_pattern(word) for word in phrase.split())
    return "(?:" + "|".join(pattern(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ambassador-to-a-body and envoy-to-a-host patterns, built from data/actors/envoys.json."""
    words = read_json(ENVOYS_FILE)
    body = _alternatives(words["bodies_receiving_envoys"], either_case=False)
    representative = _alternatives(words["body_representative_titles"], either_case=True)
    envoy = _alternatives(words["envoy_titles"], either_case=True)
    to_body = re.compile(rf"(?:\b{body}\s+{representative}\b|\b{representative}\s+to\s+(?:the\s+)?{body})")
    # "ambassador to Israel", "special envoy to Sudan", "the ambassador in Kyiv": an envoy and the host named after.
    to_host = re.compile(rf"\b{envoy}s?\s+(?:to|in)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})")
    return to_body, to_host


def envoy_to_body(text: str, code: str | None) -> bool:
    """Whether ``code`` (the body's) was read off an ambassador to that body ("former UN Ambassador")."""
    return code in BODY_CODES and _patterns()[0].search(text) is not None


def envoy_host(text: str) -> str | None:
    """The code of the country a description sends its envoy to ("then ambassador to Israel" -> ISR, "the ambassador
    in Kyiv" -> UKR) when it names no other country as the envoy's own before the title, else None."""
    match = _patterns()[1].search(text)
    if match is None:
        return None
    host = match.group(1).rstrip(".,;")
    actor = lookup_actor(host)
    code = actor.code if actor is not None and actor.kind == "country" else named_place_country(host)
    if not code:
        return None
    own = lookup_actor(text[:match.start()]) if text[:match.start()].strip() else None
    if own is not None and own.code and own.code != code:
        return None  # "the U.S. ambassador to Israel": the sending country is named
    return code


def envoy_to_host(text: str, code: str | None) -> bool:
    """Whether ``code`` was read off the host of an envoy the description sends there ("ambassador to Russia")."""
    return code is not None and envoy_host(text) == code
