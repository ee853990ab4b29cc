"""The country of a regional office a speaker is written as holding by a noun that refers back to a region the
article named ("the province's environment minister", "the provincial finance minister", "the state's attorney
general"): the nearest province or state named before, with its owner country (``knowledge.regions``).

Without this such speakers took the country the story is about (a Canadian province's minister in a story filed
from the US was given USA; issue 13), as "the group's director" did before ``body_owners``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from accord.knowledge.regions import province_countries
from accord.records import Speaker

# How far back (characters) the region may be named: about three news paragraphs, as ``body_owners``' bodies.
MAX_REGION_DISTANCE = 1200
# "the province's minister", "the state's attorney general", "the provincial finance minister", "a state
# legislator". The bare adjective "state" counts only in lower case and not before a state body's noun ("State
# Department", "state media" are a country's, not a region's).
_REGIONAL_ROLE = re.compile(
    r"^(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:[Pp]rovince|[Ss]tate)(?:'s|’s)\s+|[Pp]rovincial\s+"
    r"|state\s+(?!(?:media|television|tv|news|radio|broadcaster|agency|department|run|owned|-)\b))\w")


@functools.lru_cache(maxsize=1)
def _region_names() -> re.Pattern[str]:
    """Whole-word, case-sensitive pattern of every region name ``_region_table`` knows."""
    names = sorted(province_countries(), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b")


def region_owners(speakers: Sequence[Speaker], text: str) -> list[str | None]:
    """Per speaker (aligned), the country of the region its regional role refers back to, else None."""
    owners: list[str | None] = []
    for speaker in speakers:
        if not _REGIONAL_ROLE.match(speaker.text.strip()):
            owners.append(None)
            continue
        window = text[max(0, speaker.start - MAX_REGION_DISTANCE):speaker.start]
        last = None
        for last in _region_names().finditer(window):
            pass
        owners.append(province_countries()[last.group(0)] if last is not None else None)
    return owners
