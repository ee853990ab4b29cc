"""The country a national office holder acts for, read off the sentence that introduces them.

"Ready or not, Kenya's government says the refugees must leave. On March 24, Interior Minister Fred Matiangi
announced ...": a minister the text gives no country serves the one country named as the acting party just
before (issue 13 item 2, "the country the institution acts for in the sentence"). Without this the story's
most mentioned country was used (Somalia, in a story about Somali refugees in Kenya). Only national offices
(data/actors/national_offices.tsv: ministers, ministries, cabinets); only country names, demonyms and capitals
used for their governments (never a city, where a minister may merely be) naming a clause's subject or its
owner ("Kenya's government says", "Iran condemned"); only outside what any statement says; and only when
exactly one country is named: the speaker's own sentence before the speaker, else the nearest of the two
sentences before it that names any.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_rows
from accord.records import Speaker
from accord.stages.entities.context import NON_STATE_CODES
from accord.stages.entities.homonyms import shared_names
from accord.stages.entities.institution_place import inside_contents
from accord.stages.grammar import GEO_LABELS, SUBJECT_DEPS, document_entities

OFFICES_FILE = "actors/national_offices.tsv"
_WORD = re.compile(r"[a-z]+")
# Sentences before the speaker's read for the acting country: the parser cuts a quotation's tail ("... details...
# (they) may be extended") into sentences of its own.
SENTENCES_BACK = 2
# Dependencies of a place owning or qualifying a clause's subject ("Kenya's government", "Kenyan officials").
OWNER_DEPS = frozenset({"poss", "compound", "amod"})
# Stands for a place the sentence names that may be either of two countries.
UNDECIDED = "?"


@functools.lru_cache(maxsize=1)
def national_office_words() -> frozenset[str]:
    """Title words naming a national government's office (data/actors/national_offices.tsv)."""
    return frozenset(row["word"] for row in read_rows(OFFICES_FILE, ("word",)))


def holds_national_office(speaker: Speaker, title: str | None) -> bool:
    """Whether the speaker's title (or, unnamed, its own words: "the interior minister") names a national office."""
    words = _WORD.findall(f"{title or ''} {speaker.name or speaker.text}".lower())
    return any(word in national_office_words() for word in words)


def office_places(doc: Doc, speakers: Sequence[Speaker], titles: Sequence[str | None],
                  contents: Sequence[tuple[int, int]]) -> list[str | None]:
    """Per speaker (``titles`` aligned with it), for a national office holder, the one country its sentence names
    before it outside what any statement says, else the one the sentence before names; None for anyone else."""
    said = sorted(contents)
    holders = [holds_national_office(speaker, title) for speaker, title in zip(speakers, titles, strict=True)]
    ents = list(document_entities(doc)) if any(holders) else []  # once: each Span.ents walks every entity of the document
    return [_acting_country(doc, speaker, said, ents) if holder else None
            for speaker, holder in zip(speakers, holders, strict=True)]


def _acting_country(doc: Doc, speaker: Speaker, said: Sequence[tuple[int, int]], ents: Sequence[Span]) -> str | None:
    """The one country named before the speaker in its sentence, else in the nearest sentence before that names
    any (at most SENTENCES_BACK back; see module)."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span[0].sent
    part: Span = doc[sentence.start:span.start]
    for _ in range(1 + SENTENCES_BACK):
        codes = _countries(_ents_within(ents, part), said)
        if codes:
            return codes.pop() if len(codes) == 1 and UNDECIDED not in codes else None
        if part.start == 0:
            return None
        part = doc[part.start - 1].sent
    return None


def _ents_within(ents: Sequence[Span], part: Span) -> list[Span]:
    """The entities of the document's sorted ``ents`` lying wholly inside ``part``, as ``part.ents`` gives them,
    found by bisection instead of a walk over the whole document."""
    i = bisect.bisect_left(ents, part.start, key=lambda ent: ent.start)
    found: list[Span] = []
    while i < len(ents) and ents[i].end <= part.end:
        found.append(ents[i])
        i += 1
    return found


def _countries(ents: Sequence[Span], said: Sequence[tuple[int, int]]) -> set[str]:
    """The state codes of the countries, demonyms and capitals named by ``ents`` outside statement contents."""
    codes: set[str] = set()
    for ent in ents:
        if ent.label_ not in GEO_LABELS | {"NORP"} or inside_contents(said, ent.start_char) or not _acting(ent.root):
            continue
        name = ent.text.removeprefix("the ").removeprefix("The ")
        if name in shared_names():
            codes.add(UNDECIDED)  # "Georgia": the US state's or the country's, so the sentence cannot say
            continue
        actor = lookup_actor(name)
        if actor is not None and actor.kind == "country" and actor.code and actor.code not in NON_STATE_CODES:
            codes.add(actor.code)
    return codes


def _acting(token: Token) -> bool:
    """Whether a place names a party acting in its clause: its subject ("Iran condemned"), the possessor or
    modifier of its subject ("Kenya's government says", "the Kenyan government said"), never a place things come
    from or happen in ("travelers arriving from the Indian sub-continent")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ in OWNER_DEPS and token.head.dep_ in SUBJECT_DEPS

