"""Voices of a two-sided story that belong to neither side: the story-country back-off leaves them unplaced.

A report of talks between two parties names one of them most, and the last affiliation back-off
(``identity.consolidate``) gives an unplaced speaker that country. That is right for the side's own unnamed
officials and wrong for a voice that is both sides ("the two sides said"), an unnamed insider whose side the text
withholds ("sources familiar with the talks"), the go-between ("the talks were mediated by al-Nasiri", then
"al-Nasiri said") or a journalist following the talks ("X, who covers the negotiations, wrote"). This module
marks those speakers; it reads only stories with two principal parties (``events.principals``), so a one-country
story keeps its back-off. Phrases and heads live in data/actors/neutral_voices.json.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from accord.knowledge.loader import read_json
from accord.records import Entity, Speaker
from accord.stages.mediators import mediator_codes, mediator_names, mediator_words

NEUTRAL_VOICES_FILE = "actors/neutral_voices.json"
_CODE = re.compile(r"[A-Z]{3}")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    """The phrase and head lists of data/actors/neutral_voices.json, read once."""
    return read_json(NEUTRAL_VOICES_FILE)


def _phrases(key: str) -> re.Pattern[str]:
    """A case-blind pattern matching any phrase of one list as whole words, a space matching any whitespace."""
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split()))
                            for phrase in sorted(_words()[key], key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _sides() -> re.Pattern[str]:
    """Phrases naming both sides of the talks together ("the two sides")."""
    return _phrases("sides_phrases")


@functools.lru_cache(maxsize=1)
def _insider() -> re.Pattern[str]:
    """Phrases making an unnamed speaker an insider of the talks ("familiar with", "briefed on")."""
    return _phrases("insider_phrases")


def _last_word(text: str | None) -> str:
    """The last word of a name or phrase, lower-cased, its particle dropped ("al-Nasiri" -> "nasiri")."""
    words = (text or "").split()
    return words[-1].rsplit("-", 1)[-1].strip(".,;:'’\"“”()").lower() if words else ""


def _insider_voice(speaker: Speaker) -> bool:
    """Whether an unnamed speaker is an insider of the talks: an insider head ("sources", "a person") with an
    insider phrase whose object is the talks ("familiar with the negotiations", not "close to the minister")."""
    heads = frozenset(_words()["insider_heads"])
    head = (speaker.name or "").split()[-1:] or [""]
    phrase = _insider().search(speaker.text)
    if head[0].lower() not in heads or phrase is None:
        return False
    topics = frozenset(_words()["insider_topics"])
    return any(word.strip(".,;:'’\"“”()").lower() in topics for word in speaker.text[phrase.end():].split())


def _observer(doc: Doc, speaker: Speaker, entity: Entity | None, description: str) -> bool:
    """Whether a person no code places is described as reporting on the story: a journalist's title or
    apposition ("correspondent"), or a relative clause with an observer verb on a mention ("who follows the
    talks")."""
    if entity is None or entity.kind != "person" or _CODE.fullmatch(entity.code or ""):
        return False
    heads = frozenset(_words()["observer_heads"])
    described = " ".join(filter(None, (speaker.title, entity.title, description))).lower()
    if any(word.strip(".,;:'’\"“”()") in heads for word in described.split()):
        return True
    verbs = frozenset(_words()["observer_verbs"])
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span) and any(
                child.dep_ == "relcl" and child.lemma_.lower() in verbs for child in span.root.children):
            return True
    return False


def neutral_voices(doc: Doc, speakers: Sequence[Speaker], entities: Mapping[str, Entity],
                   descriptions: Sequence[str]) -> list[bool]:
    """Per speaker (aligned with ``speakers``; ``descriptions``: each one's appositions), whether the story-country
    back-off must leave it unplaced: in a story with two principal parties, both sides speaking together, an
    unnamed insider of the talks, the go-between the article names, or an observer reporting on the talks."""
    # read here, not at import: the events package imports the statements package
    from accord.stages.events.principals import principal_parties

    everyone = list(entities.values())
    mediators = frozenset(mediator_codes(doc, everyone, mediator_words()))
    if not principal_parties(doc, everyone, mediators):
        return [False] * len(speakers)
    go_betweens = mediator_names(doc, mediator_words())
    marks = []
    for speaker, description in zip(speakers, descriptions, strict=True):
        entity = entities.get(speaker.entity or "")
        marks.append(_sides().search(speaker.text) is not None or _insider_voice(speaker)
                     or (bool(go_betweens) and _last_word(speaker.name or speaker.text) in go_betweens)
                     or _observer(doc, speaker, entity, description))
    return marks
