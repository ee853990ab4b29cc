"""Whether two descriptions can be one person: a description's country, party or place that contradicts the
named person's ("Ukraine's foreign minister" is not the US secretary of state named next; "a lawmaker from
Miami" is not a teacher in Houston; "the Republican nominee" is not the Libertarian candidate)."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_rows
from accord.records import Speaker
from accord.stages.entities.country_offices import office_country
from accord.stages.entities.title_references import title_head_words
from accord.stages.gazetteer import place_readings
from accord.stages.grammar import document_entities, document_text

PARTY_FILE = "actors/party_families.tsv"
HELD_OFFICES_FILE = "actors/held_offices.tsv"
# Words that make a title another office than its head's ("vice president", "deputy mayor", "lieutenant governor")
# or one held before ("former senator"): such a title rules no one out by its office.
OTHER_OFFICE_WORDS = frozenset({"vice", "deputy", "lieutenant", "lt.", "former", "ex", "assistant", "acting"})
_TITLE_WORD = re.compile(r"[a-z]+\.?")
# Entity labels of places a description may set a person in ("from Miami", "in Houston").
PLACE_LABELS = frozenset({"GPE"})


@functools.lru_cache(maxsize=1)
def _parties() -> tuple[re.Pattern[str], dict[str, str]]:
    """Whole-word, case-sensitive pattern of party words and each word's party (data/actors/party_families.tsv)."""
    parties = {row["word"]: row["party"] for row in read_rows(PARTY_FILE, ("word", "party")) if row["word"]}
    body = "|".join(re.escape(w) for w in sorted(parties, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})\b"), parties


def parties_in(text: str | None) -> frozenset[str]:
    """The parties a description names ("Republican nominee" -> {"republican"})."""
    if not text:
        return frozenset()
    pattern, parties = _parties()
    return frozenset(parties[m.group(0)] for m in pattern.finditer(text))


def _places_in(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The places the model labels inside a character range of the text."""
    return frozenset(ent.text for ent in document_entities(doc) if ent.label_ in PLACE_LABELS
                     and ent.start_char >= start and ent.end_char <= end)


@functools.lru_cache(maxsize=1)
def _held_offices() -> dict[str, str]:
    """Title word -> the office one person holds at a time that it names (data/actors/held_offices.tsv)."""
    return {row["word"]: row["office"] for row in read_rows(HELD_OFFICES_FILE, ("word", "office"))}


def held_office(text: str | None) -> str | None:
    """The one-holder office a description or title names by its head word, the office noun it ends on ("Georgia's
    governor" -> governor, "Sen." -> senator, "Justice Minister" -> minister); None when the head names none ("the
    governor's spokesman": a modifier or a possessor is no office held), or for a deputy's or a former holder's."""
    if OTHER_OFFICE_WORDS & set(_TITLE_WORD.findall((text or "").lower())):
        return None
    head = _TITLE_WORD.findall(" ".join(title_head_words(text)[-2:]).lower())
    if not head:
        return None
    # an office of two words first ("prime minister"), then the head noun alone ("minister")
    return _held_offices().get(" ".join(head[-2:])) or _held_offices().get(head[-1])


def _nested(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether one place reading contains the other (a reading is a path: country, region, city)."""
    size = min(len(one), len(other))
    return one[:size] == other[:size]


def places_conflict(one: str, other: str) -> bool:
    """Whether two place names cannot hold one person: neither contains the other in any reading ("Miami" is
    in "Florida", "Kyiv" in "Ukraine"; "Houston" and "Miami" are in different states). A name the gazetteer
    does not know conflicts with any other name, as before."""
    if one == other:
        return False
    readings, other_readings = place_readings(one), place_readings(other)
    if not readings or not other_readings:
        return True
    return not any(_nested(a, b) for a in readings for b in other_readings)


def _country(speaker: Speaker) -> str | None:
    """The country a speaker's own words give: a one-country office ("Secretary of State") or its coded text."""
    office = office_country((speaker.title, speaker.text))
    if office:
        return office
    actor = lookup_actor(speaker.text)
    return actor.code if actor is not None else None


def contradicts(described: Speaker, named: Speaker, doc: Doc) -> bool:
    """Whether a description's country, party, place or one-holder office rules out the named person (each side
    must give one)."""
    office, other_office = held_office(described.text), held_office(named.title)
    if office and other_office and office != other_office:
        return True  # "the governor" is not the senator named next
    country, other_country = _country(described), _country(named) or named.affiliation
    if country and other_country and country != other_country:
        return True
    parties, other_parties = parties_in(described.text), parties_in(named.title) | parties_in(named.text)
    if parties and other_parties and not parties & other_parties:
        return True
    places = _places_in(doc, described.start, described.end)
    other_places = frozenset(p for p in _places_in(doc, 0, len(document_text(doc))) if named.title and p in named.title)
    return bool(places and other_places and all(places_conflict(p, q) for p in places for q in other_places))
