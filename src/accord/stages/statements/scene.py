"""The place a sentence opens on ("In Khartoum, protesters said ..."): where its speaker speaks from.

A speaker the text gives no country of, in a sentence that opens with "In ‹Place›,", is placed in that
place's country, before the story's country: "In Sudan, opposition leader Ahmed Musa said" in a story
mostly about Chad is Sudanese (issue 13 item 2: "In ‹Country›, X").

A speaker whose own sentence opens on no place takes the place that opens the sentence introducing its
entity: "In London, Ann Lowe, a columnist, left the studio. Ms. Lowe argued ..." is British, not of the
story's country (PolNeAR train, seed 150162: a London columnist in a roundup of reactions to a US attack
was coded USA).

An international body named barely in a sentence opening on its seat ("In Brussels, the Commission said")
is that body, not the host country's (data/places/seated_bodies.tsv): it takes the body's code. A place
name two countries share (Georgia: data/actors/shared_place_names.tsv) reads as the country the article's
entities name more often, else as none (PolNeAR train, seed 150244: results from a US state's districts
were coded as the Caucasus country's). The opening phrase makes its name a place, so a town the gazetteer knows
of PLACED_TOWN_MIN_POPULATION people will do ("In Kherson, residents said"), where an untagged name elsewhere must
be a major city.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from accord.knowledge.loader import read_rows
from accord.records import Entity, Speaker
from accord.stages.entities.homonyms import US, shared_names, us_states
from accord.stages.gazetteer import PLACED_TOWN_MIN_POPULATION, find_major_city, named_place_country
from accord.stages.token_filters import document_sentences

# Longest place name between "In" and the comma ("In the Democratic Republic of Congo,").
MAX_PLACE_TOKENS = 6
# How far back a speaker's sentence start is looked for: "In ‹Place›," must open the speaker's own clause.
MAX_SENTENCE_TOKENS = 60
SEATED_BODIES_FILE = "places/seated_bodies.tsv"


@functools.lru_cache(maxsize=1)
def seated_bodies() -> dict[tuple[str, str], str]:
    """(seat city, the body's bare name as written) -> the body's code (data/places/seated_bodies.tsv)."""
    return {(row["place"], row["body"]): row["code"]
            for row in read_rows(SEATED_BODIES_FILE, ("place", "body", "code"))}


def opening_place(doc: Doc, offset: int, sentence_starts: Sequence[int], body: str | None = None,
                  counts: Mapping[str, int] | None = None) -> str | None:
    """The country of the "In ‹Place›," that opens the sentence holding character ``offset``, or None
    (``sentence_starts``: the token index of each sentence's first word, in order); the code of the body a
    speaker named ``body`` is when that place is the body's seat ("In Brussels, the Commission"). A name two
    countries share takes the one the article's entities name more often (``counts``: code -> entities), else none."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    first = sentence_starts[bisect_right(sentence_starts, span[0].i) - 1]
    if span[0].i - first > MAX_SENTENCE_TOKENS or doc[first].lower_ != "in" or span[0].i - first < 3:
        return None
    tokens = list(doc[first + 1:min(len(doc), first + MAX_PLACE_TOKENS + 2)])
    comma = next((i for i, token in enumerate(tokens) if token.text == ","), None)
    if not comma:
        return None
    words = [t for t in tokens[:comma] if t.lower_ != "the"]
    if not words or not all(t.text[:1].isupper() or t.lower_ in ("of", "and") for t in words):
        return None  # "In an interview,", "In 2018,": no place
    if offset < tokens[comma].idx:
        return None  # the speaker is inside the place phrase
    after = tokens[comma].i + 1  # the word after the comma, and the one after it in the document
    state = doc[after].text if after < len(doc) else ""
    closed = after + 1 < len(doc) and doc[after + 1].text == ","
    if state in us_states() and state not in shared_names() and closed:
        # "In San Jose, Calif., ...", "In Athens, Ga., ...": the US city, whatever its homonyms; a state's
        # name that opens the clause ("In Beijing, Washington's envoy said") is no state after a city
        return US
    place = " ".join(t.text for t in words)
    seated = seated_bodies().get((place, body)) if body else None
    if seated is None and place in shared_names():
        return _shared_reading(shared_names()[place], counts or {})
    code = seated or named_place_country(place)
    if code is None and (town := find_major_city(place, PLACED_TOWN_MIN_POPULATION)) is not None:
        code = town.country  # "In Kherson, ...": the opening phrase makes the name a place, a town will do
    return code


def _shared_reading(codes: tuple[str, str], counts: Mapping[str, int]) -> str | None:
    """The one of a shared name's two countries the article's entities name more often, else None: "In
    Georgia," of a US primaries story is the state, of a story about Tbilisi and Moscow the country."""
    first, second = (counts.get(code, 0) for code in codes)
    return codes[0] if first > second else codes[1] if second > first else None


def scene_codes(doc: Doc, speakers: Sequence[Speaker], entities: Mapping[str, Entity]) -> list[str | None]:
    """Per speaker, the country the opening "In ‹Place›," of its sentence names, else the one opening the
    sentence of its entity's first mention (where the text introduces it), else None."""
    starts = [sentence.start for sentence in document_sentences(doc)]  # once, not a walk back to the start per speaker
    counts = Counter(entity.code for entity in entities.values() if entity.code)
    introduced: dict[str, str | None] = {}
    codes: list[str | None] = []
    for speaker in speakers:
        code = opening_place(doc, speaker.start, starts, speaker.name, counts)
        entity = entities.get(speaker.entity or "")
        if code is None and entity is not None and entity.mentions:
            if entity.id not in introduced:
                introduced[entity.id] = opening_place(doc, min(m.start for m in entity.mentions), starts, None, counts)
            code = introduced[entity.id]
        codes.append(code)
    return codes
