"""The one mapping from an actor code to the name a reader knows it by ("RUS" -> "Russia", "EUR" -> "European Union")."""

from __future__ import annotations

import functools

import pycountry

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_rows


@functools.lru_cache(maxsize=1)
def _non_state_names() -> dict[str, str]:
    """The names of the codes that are no country (``actors/party_codes.tsv``: EUR, UNO, IGO ...)."""
    return {row["code"]: row["name"] for row in read_rows("actors/party_codes.tsv", ("code", "name")) if row["code"]}


@functools.lru_cache(maxsize=512)
def party_name(code: str) -> str | None:
    """The name of an actor code, or None when no data names it.

    A country's ISO name comes from pycountry and the actor lexicon turns it into the short name news
    uses ("Russian Federation" -> "Russia"); the non-state codes come from a data file.
    """
    named = _non_state_names().get(code)
    if named is not None:
        return named
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    known = lookup_actor(name)
    if known is not None and known.code == code and known.name:
        name = known.name
    return name
