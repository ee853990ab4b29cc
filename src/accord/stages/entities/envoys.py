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

import re

from accord.knowledge.actors import lookup_actor
from accord.stages.gazetteer import named_place_country

# Codes of international bodies that receive ambassadors from states.
BODY_CODES = frozenset({"UNO", "IGO"})
_BODY = r"(?:U\.\s?N\.|UN|United\s+Nations|NATO|OSCE|OAS|Organization\s+of\s+American\s+States)"
_ENVOY_TO_BODY = re.compile(
    rf"(?:\b{_BODY}\s+(?:[Aa]mbassador|[Pp]ermanent\s+[Rr]epresentative)\b"
    rf"|\b(?:[Aa]mbassador|[Pp]ermanent\s+[Rr]epresentative|[Rr]epresentative)\s+to\s+(?:the\s+)?{_BODY})")


def envoy_to_body(text: str, code: str | None) -> bool:
    """Whether ``code`` (the body's) was read off an ambassador to that body ("former UN Ambassador")."""
    return code in BODY_CODES and _ENVOY_TO_BODY.search(text) is not None


# "ambassador to Israel", "special envoy to Sudan", "the ambassador in Kyiv": an envoy and the host named after.
_ENVOY_TO_HOST = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Ee]missary|[Cc]onsul(?:\s+[Gg]eneral)?|[Cc]harg[ée]\s+d'affaires)s?\s+(?:to|in)\s+"
    r"(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


def envoy_host(text: str) -> str | None:
    """The code of the country a description sends its envoy to ("then ambassador to Israel" -> ISR, "the ambassador
    in Kyiv" -> UKR) when it names no other country as the envoy's own before the title, else None."""
    match = _ENVOY_TO_HOST.search(text)
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
