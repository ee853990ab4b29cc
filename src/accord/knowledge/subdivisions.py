"""Provinces and states of every country (pycountry's ISO 3166-2 subdivisions), by name: the one index the
actor lexicon ("British Columbia" is no Britain) and the entities stage ("a farmer from Punjab") read."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=None)
def subdivision_owners(types: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Province and state name -> the alpha-3 codes of the countries having a subdivision of that name, of the
    ISO 3166-2 ``types`` only when given ("Province", "State"; built once per ``types``, on first use: most
    phrases never need it)."""
    import pycountry

    owners: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is not None and (not types or subdivision.type in types):
            owners.setdefault(subdivision.name, set()).add(country.alpha_3)
    return {name: frozenset(codes) for name, codes in owners.items()}
