"""An ambassador to an international body is a state's envoy, not the body's official.

"Former U.N. Ambassador Carla Brennan" and "the ambassador to NATO" represent their country at the
body; the body's own officials are its envoys and staff ("the UN special envoy for Syria", "UN
Secretary-General"). A description that codes such an ambassador by the body gives no code; a country
named in it ("U.S. Ambassador to the UN") codes it already.
"""

from __future__ import annotations

import re

# Codes of international bodies that receive ambassadors from states.
BODY_CODES = frozenset({"UNO", "IGO"})
_BODY = r"(?:U\.\s?N\.|UN|United\s+Nations|NATO|OSCE|OAS|Organization\s+of\s+American\s+States)"
_ENVOY_TO_BODY = re.compile(
    rf"(?:\b{_BODY}\s+(?:[Aa]mbassador|[Pp]ermanent\s+[Rr]epresentative)\b"
    rf"|\b(?:[Aa]mbassador|[Pp]ermanent\s+[Rr]epresentative|[Rr]epresentative)\s+to\s+(?:the\s+)?{_BODY})")


def envoy_to_body(text: str, code: str | None) -> bool:
    """Whether ``code`` (the body's) was read off an ambassador to that body ("former UN Ambassador")."""
    return code in BODY_CODES and _ENVOY_TO_BODY.search(text) is not None
