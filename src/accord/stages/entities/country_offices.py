"""The country of an office only one country has ("Secretary of State", "Senate Majority Leader"), for a speaker
the text gives no country.

"Russian missiles struck Kyiv ... Secretary of State Ann Lowe, speaking in Kyiv, said ...": the story's country is
Ukraine, but the secretary of state is the US one (data/actors/country_offices.tsv). Without this the context-country
back-off gave a US official the country the story is about (issue 13). "Secretary of State for Wales" (a British
post) and the Vatican's "Cardinal Secretary of State" are excepted.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from accord.knowledge.loader import read_rows
from accord.records import Entity, Speaker

OFFICES_FILE = "actors/country_offices.tsv"
# Words beside a listed title that make it another country's post.
_EXCEPTED = re.compile(r"\b(?:secretary\s+of\s+state\s+for|cardinal|vatican|holy\s+see)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _offices() -> tuple[re.Pattern[str], dict[str, str]]:
    """Whole-word pattern of the listed titles and each title's country (data/actors/country_offices.tsv)."""
    rows = read_rows(OFFICES_FILE, ("phrase", "code"))
    codes = {row["phrase"]: row["code"] for row in rows}
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(codes, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE), codes


def office_country(texts: Sequence[str | None]) -> str | None:
    """The country of the one-country office a speaker's descriptions name, else None."""
    pattern, codes = _offices()
    for text in texts:
        if not text or _EXCEPTED.search(text):
            continue
        match = pattern.search(text)
        if match:
            return codes[" ".join(match.group(0).lower().split())]
    return None


def office_countries(speakers: Sequence[Speaker], entities: Mapping[str, Entity]) -> list[str | None]:
    """Per speaker (aligned), the country of the one-country office it holds, else None."""
    countries: list[str | None] = []
    for speaker in speakers:
        entity = entities.get(speaker.entity or "")
        countries.append(office_country((speaker.title, speaker.text, entity.title if entity is not None else None)))
    return countries
