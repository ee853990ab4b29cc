"""The US party-and-state label after a legislator's name ("Sen. George McGovern, D-S.D.", "(R-Texas)").

American news tags members of Congress with their party and state; the label places the person in the
US whatever country the story is about (a story on the Vietnam War quoting a senator). A party word right
before a legislator title does too ("Republican Sen. Lindsey Graham"; data/actors/party_titles.tsv): on
unseen PolNeAR train text (session 8, seeds 8807 and 8808, 100 articles each) it fired 8 times, right 8.
"""

from __future__ import annotations

import functools
import re

from accord.knowledge.loader import read_rows
from accord.stages.entities.homonyms import US, us_states

PARTY_TITLES_FILE = "actors/party_titles.tsv"
_WORD = re.compile(r"[\w.]+")

# ", D-S.D.", " (R-Ariz.)", ", I-Vermont": a party initial, a hyphen and a state written as news writes it.
_TAG = re.compile(r"\s*[,(]\s*[DRI]\s?-\s?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
# Characters read after a name for its label.
MAX_TAG_CHARS = 24
# "a Michigan Democrat", "Texas Republican Tom Hale": a US state's name before the two US parties' member nouns
# (only these two: "Bavarian Social Democrat" names a party several countries have).
_STATE_PARTY = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:Democrat|Republican)s?\b")


def party_tag_country(text: str, name_end: int) -> str | None:
    """USA when a US party-and-state label follows the name ending at ``name_end`` in ``text``, else None."""
    match = _TAG.match(text[name_end:name_end + MAX_TAG_CHARS])
    if match is None:
        return None
    state = match.group(1).rstrip(",)")
    return US if state in us_states() or state.split()[0] in us_states() or state + "." in us_states() else None


def state_party_country(text: str | None, at_end: bool = False) -> str | None:
    """USA when ``text`` names a US state's Democrat or Republican ("a Michigan Democrat", "Texas Republican"; with
    ``at_end``, only as its last words, right before a name), else None: the pair places a politician in the US
    whatever country the story is about."""
    for match in _STATE_PARTY.finditer(text or ""):
        if at_end and match.end() != len(text.rstrip()):
            continue
        words = match.group(1).split()
        if match.group(1) in us_states() or words[-1] in us_states():  # "New York", "the Ohio" -> "Ohio"
            return US
    return None


@functools.lru_cache(maxsize=1)
def party_titles() -> dict[str, str]:
    """Party-and-title pairs naming one country's legislator (data/actors/party_titles.tsv) -> its code."""
    return {row["phrase"]: row["code"] for row in read_rows(PARTY_TITLES_FILE, ("phrase", "code"))}


def party_title_country(text: str | None) -> str | None:
    """The country of a party word written right before a legislator title in ``text`` ("Republican Sen."),
    else None."""
    words = [word.lower() for word in _WORD.findall(text or "")]
    table = party_titles()
    for size in (3, 2):  # "democratic member of congress" before "republican sen."
        for i in range(len(words) - size + 1):
            code = table.get(" ".join(words[i:i + size]))
            if code:
                return code
    return None
