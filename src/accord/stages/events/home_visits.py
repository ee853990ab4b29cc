"""A visit to one's own country's towns, counties or states: campaigning or touring at home, no consultation.

PLOVER's CONSULT visit is travel to meet another party (manual 3.2); "Trump visited Richmond for a rally", "the
district she's touring", "Dunn hardly toured the province in 2014" name a place of the visitor's own country and no
host. Seen on unseen PolNeAR train (seed 80701: 7 of 8 visit events were a candidate's trips at home, all false).
The words and the why live in ``frames.json`` ("senses" / "home_visits")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import ActorRef
from accord.stages.events.actor_backoff import mentioned_countries
from accord.stages.gazetteer import find_city, named_place_country
from accord.stages.grammar import PLACE_LABELS, entity_span, preposition_objects


def _visited(token: Token, rule: dict[str, Any]) -> list[Token]:
    """The places a visit word names as visited: the verb's object, a "to" object (or an "in" object naming a place,
    "arrived in Iowa") of the word or of the clause that tells it ("a visit Clinton made to the area"), the noun a
    relative "visiting" hangs on ("the county he's visiting"); through a quantity ("some of the state's
    battlegrounds") and appositions ("Richmond, Virginia")."""
    heads = [token] + [c for c in token.children if c.dep_ == "relcl"]
    places = [c for c in token.children if c.dep_ == "dobj"]
    places += [o for h in heads for o in preposition_objects(h, tuple(rule["place_preps"]))]
    # "arrived in Iowa": an "in" object counts only when it is a named place ("in June" says when, and "arrived in
    # the city" may be a foreign city named before: multi-outlet set, a minister arriving for talks)
    places += [o for h in heads for o in preposition_objects(h, tuple(rule["arrival_preps"])) if o.ent_type_ in PLACE_LABELS]
    if token.dep_ == "relcl" and not places:  # "the sheriff of the district she's touring": the parser may hang it on the noun
        head = token.head
        places.append(head if _place_like(head, rule) else next(iter(preposition_objects(head, ("of",))), head))
    places = [next(iter(preposition_objects(p, ("of",))), p) if p.lower_ in rule["quantity_words"] else p for p in places]
    return places + [c for p in places for c in p.children if c.dep_ == "appos"] + [c for p in places for c in p.conjuncts]


def _place_like(token: Token, rule: dict[str, Any]) -> bool:
    """Whether a word names a place: a place entity or a home-place noun ("county", "state")."""
    return token.ent_type_ in PLACE_LABELS or token.lemma_.lower() in rule["home_place_nouns"]


def _place_country(name: str) -> str | None:
    """The country of a place name: a country, a region or a major city, else the most populous town so named
    ("Richmond")."""
    country = named_place_country(name)
    if country is None and (city := find_city(name)) is not None:
        country = city.country
    return country


def _at_home(place: Token, codes: set[str], rule: dict[str, Any]) -> bool:
    """Whether a visited place lies in one of the visitor's countries: a named place there, or a home-place noun."""
    if place.ent_type_ in PLACE_LABELS:
        return _place_country(entity_span(place).text) in codes
    return place.ent_type_ == "" and place.lemma_.lower() in rule["home_place_nouns"]


def home_visit(token: Token, event_type: str, mode: str | None, actors: list[ActorRef], recipients: list[ActorRef],
               sentence: SpacySpan, senses: dict[str, Any]) -> bool:
    """"Visiting Richmond, Virginia, for a rally, Trump ...", "Trump's visits to the state's battlegrounds": a visit
    to places of the visitor's own country with no host named; "Modi visited Moscow" (a host country) stays."""
    rule = senses["home_visits"]
    if event_type not in rule["types"] or mode not in rule["modes"] or any(r.code for r in recipients):
        return False
    codes = {a.code for a in actors if a.code}
    if not codes or not set(mentioned_countries(sentence)) <= codes:
        return False  # an unnamed visitor, or another country in the sentence: perhaps a host
    places = _visited(token, rule)
    return bool(places) and all(_at_home(p, codes, rule) for p in places)
