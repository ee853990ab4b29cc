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

from accord.knowledge.actors import title_entry
from accord.knowledge.loader import read_json
from accord.records import Entity, Speaker
from accord.stages.mediators import mediator_codes, mediator_names, mediator_words

NEUTRAL_VOICES_FILE = "actors/neutral_voices.json"
_CODE = re.compile(r"[A-Z]{3}")
# Sectors of a person title that make its holder one side's own (a negotiator, minister, adviser, officer,
# lawmaker): such a person watching the talks is no observer. Journalists (JRN) are the observers; scholars and
# analysts (EDU, none) belong to no side the text gives.
SIDE_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB"})
# Words ending the head noun's phrase in a title or apposition ("correspondent for", "reporter who").
_HEAD_ENDS = frozenset({",", "who", "whom", "whose", "which", "that", "for", "at", "of", "with", "in", "on", "from",
                        "and", "or"})
# Words before a title that make it a past job ("a former reporter"): no observer now.
_PAST_MARKERS = frozenset({"former", "ex", "onetime", "one-time", "retired", "erstwhile"})


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
def _members_of_sides() -> re.Pattern[str]:
    """A neutral head's "from/on/of both sides" ("officials from both sides"), after the head noun."""
    return re.compile(r"^\s*(?:from|on|of)\s+(?:both|the\s+two)\s+sides\b", re.IGNORECASE)


def _both_sides(speaker: Speaker) -> bool:
    """Whether a speaker is both sides of the talks together: a sides phrase whose head noun is the sides themselves
    ("the two sides", "both parties"), or a neutral head then "from both sides" ("delegates from both sides"). Not
    "lawmakers from both parties": a legislator's parties are the story country's own."""
    phrase = _sides().search(speaker.text)
    if phrase is None:
        return False
    _, head = _head_noun(speaker.text)
    if head in _words()["sides_heads"]:
        return True
    found = re.search(rf"\b{re.escape(head)}\b", speaker.text, re.IGNORECASE) \
        if head in _words()["sides_member_heads"] else None
    return found is not None and _members_of_sides().match(speaker.text[found.end():]) is not None


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


def _head_noun(text: str) -> tuple[str, str]:
    """The head noun of a title or apposition and the word before it, lower-cased: the last word before its first
    relative pronoun, preposition or comma ("a radio correspondent for Radio Sur" -> ("radio", "correspondent"))."""
    words: list[str] = []
    for word in text.replace(",", " , ").split():
        bare = word.strip(".;:'’\"“”()").lower()
        if bare in _HEAD_ENDS:
            break
        if bare:
            words.append(bare)
    return (words[-2] if len(words) > 1 else "", words[-1] if words else "")


def _side_office(described: str) -> bool:
    """Whether a person's title or description names an office of a side of the talks ("negotiator", "adviser to
    the foreign minister"): the titles lexicon's person titles of a state or party sector."""
    words = [word.strip(".,;:'’\"“”()").lower() for word in described.split()]
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            entry = title_entry(" ".join(words[i:i + size]))
            if entry is not None and entry.kind == "person" and entry.sector in SIDE_OFFICE_SECTORS:
                return True
    return False


def _observer(doc: Doc, speaker: Speaker, entity: Entity | None, description: str) -> bool:
    """Whether a person no code places is described as reporting on the story: a journalist's title or
    apposition ("correspondent") as its head noun, or a relative clause with an observer verb on a mention ("who
    follows the talks"), and no office of a side ("negotiator", "adviser to the minister")."""
    if entity is None or entity.kind != "person" or _CODE.fullmatch(entity.code or ""):
        return False
    described = [text for text in (speaker.title, entity.title, description) if text]
    if _side_office(" ".join(described)):
        return False  # a side's own official watching the talks is that side's
    heads = frozenset(_words()["observer_heads"])
    for text in described:
        before, head = _head_noun(text)
        if head in heads and before not in _PAST_MARKERS:
            return True  # "a radio correspondent"; not "a former reporter", a past job
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
        marks.append(_both_sides(speaker) or _insider_voice(speaker)
                     or (bool(go_betweens) and _last_word(speaker.name or speaker.text) in go_betweens)
                     or _observer(doc, speaker, entity, description))
    return marks
