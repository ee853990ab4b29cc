"""The body a role is written as belonging to by a noun that refers back ("the group's director", "the bloc's
spokesman"), or a bloc speaking as itself ("the 27-nation bloc said"): the nearest organisation the article named
before, with its code.

"Amnesty International said police used force. The group's director said ..." — the director is Amnesty's (NGO),
not of the story's country; "the bloc's spokesman" after "the European Union" is the EU's (EUR). Without this the
context-country back-off gave such speakers the country the story is about (issue 13). A news outlet named before
("told Reuters") is never the body; a bloc noun takes only a union of states (data/actors/body_nouns.json).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from accord.knowledge.loader import read_json
from accord.records import Entity, Speaker
from accord.stages.entities.context import OUTLET_SECTORS

BODY_NOUNS_FILE = "actors/body_nouns.json"
# How far back (characters) the body may be named: about three news paragraphs; further back the noun more
# likely refers to a body the article describes without naming.
MAX_BODY_DISTANCE = 1200
_CODE = re.compile(r"[A-Z]{3}")
# The capitalised parts of a glued name ("NordAir": Nord, Air): a capital and the lower-case letters after it.
GLUED_PART = re.compile(r"[A-Z][a-z]+")
# Sectors of bodies a referring noun's name words never stand for ("the airline" is no "Air Force").
MILITARY_SECTORS = frozenset({"MIL"})


@functools.lru_cache(maxsize=1)
def _nouns() -> dict[str, list[str]]:
    """The referring nouns (data/actors/body_nouns.json)."""
    return read_json(BODY_NOUNS_FILE)


@functools.lru_cache(maxsize=1)
def _owner_pattern() -> re.Pattern[str]:
    """'the group's ‹role›' at the start of a speaker's words; group 1 is the noun."""
    nouns = sorted(set(_nouns()["bodies"]) | set(_nouns()["blocs"]) | set(_nouns()["named_bodies"]),
                   key=len, reverse=True)
    return re.compile(rf"^(?:the\s+)?({'|'.join(map(re.escape, nouns))})(?:'s|’s)\s+\w", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _bloc_pattern() -> re.Pattern[str]:
    """A bloc speaking as itself: "the bloc", "the 27-nation bloc", "the 10-member alliance"."""
    # "the union said" is more often a trade union than the EU: only nouns that name no other body
    nouns = sorted(set(_nouns()["blocs"]) - set(_nouns()["bodies"]), key=len, reverse=True)
    return re.compile(rf"^(?:the\s+)?(?:[\w-]+-(?:nation|member|country)\s+)?(?:{'|'.join(map(re.escape, nouns))})$",
                      re.IGNORECASE)


def named_body_words(noun: str) -> frozenset[str]:
    """The name words a referring noun stands for ("airline" → airlines, airways, air), empty for other nouns."""
    return frozenset(_nouns()["named_bodies"].get(noun.lower(), ()))


def company_nouns() -> frozenset[str]:
    """The nouns that refer back to a named business ("the company", "the firm"; data/actors/body_nouns.json)."""
    return frozenset(_nouns()["companies"])


def company_name_words() -> frozenset[str]:
    """Lower-case words of a name that make it a company's ("Corp.", "Holdings"; data/actors/body_nouns.json)."""
    return frozenset(_nouns()["company_name_words"])


def company_descriptions() -> frozenset[str]:
    """Nouns that describe a named body as a company ("carmaker", "a drug company"; data/actors/body_nouns.json)."""
    return frozenset(_nouns()["company_descriptions"])


def company_stakes() -> frozenset[str]:
    """Lemmas of what only a company has ("Acme's stock", "shares of Acme"; data/actors/body_nouns.json)."""
    return frozenset(_nouns()["company_stakes"])


def glued_parts(name: str) -> set[str]:
    """The capitalised parts of a name's glued words, lower-cased ("NordAir" -> nord, air); none of plain words."""
    return {part.lower() for word in name.split() if len(GLUED_PART.findall(word)) > 1
            for part in GLUED_PART.findall(word)}


def _nearest_body(entities: Mapping[str, Entity], before: int, bloc: bool,
                  name_words: frozenset[str] = frozenset()) -> str | None:
    """The code of the organisation mentioned nearest before ``before`` (within MAX_BODY_DISTANCE); with
    ``name_words``, of the nearest one whose name holds one of them ("the bank's" → the last bank named)."""
    best: tuple[int, str] | None = None
    codes = frozenset(_nouns()["bloc_codes"])
    for entity in entities.values():
        if entity.kind != "organisation" or not _CODE.fullmatch(entity.code or "") or entity.sector in OUTLET_SECTORS:
            continue
        if bloc and entity.code not in codes:
            continue
        if name_words and (name_words.isdisjoint({*entity.name.lower().split(), *glued_parts(entity.name)})
                           or entity.sector in MILITARY_SECTORS):
            continue  # "the airline's pilot" names "NordAir", no "Air Force"
        for mention in entity.mentions:
            if before - MAX_BODY_DISTANCE <= mention.end <= before and (best is None or mention.end > best[0]):
                best = (mention.end, entity.code or "")
    return best[1] if best else None


def body_owners(speakers: Sequence[Speaker], entities: Mapping[str, Entity]) -> list[str | None]:
    """Per speaker (aligned), the code of the body its referring noun names ("the group's director"), else None."""
    owners: list[str | None] = []
    blocs = frozenset(_nouns()["blocs"]) - frozenset(_nouns()["bodies"])
    for speaker in speakers:
        if _bloc_pattern().match(speaker.text.strip()):
            owners.append(_nearest_body(entities, speaker.start, bloc=True))  # "the 27-nation bloc said"
            continue
        before = speaker.start
        match = _owner_pattern().match(speaker.text)
        if match is None:
            # "it" resolved to "the bank's board" is the board's as well: the body named before the board's words
            match = _owner_pattern().match(speaker.name or "")
            entity = entities.get(speaker.entity or "")
            if entity is not None and entity.mentions:
                before = entity.mentions[0].start
        noun = match.group(1).lower() if match else ""
        owners.append(_nearest_body(entities, before, noun in blocs, named_body_words(noun)) if match else None)
    return owners
