"""Delayed identification: a lede's described speaker named a sentence or two later (issue 13 item 1).

News often opens with a description and names the person after it: "A woman who has accused X said ...
She also described ... Dora Keane, who said ..., recounted" or "Guild chief says Hale can win. The
head of the guild is uneasy ... Rita Blomqvist said". The description's statements are that person's.
Later in a story only a definite, singular description does so ("The deputy head of Peru's delegation
said ... “...,” Rear Admiral Ana Quispe told reporters"): one person, one name and one country.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from accord.knowledge.actors import lookup_actor, title_entry
from accord.records import Entity, Speaker
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.description_conflicts import contradicts
from accord.stages.token_filters import document_sentences

# Only a description in the article's opening (headline and lede) waits for its name: later in a story a
# description is a new, unnamed source. Sentences counted from the text's start, headline lines included.
LEDE_SENTENCES = 3
# The name must come at most this many sentences after the description's first sentence.
IDENTIFY_WITHIN_SENTENCES = 2
# Tags of a singular noun heading a described speaker.
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
# Determiners of a description after the lede that singles out one person ("the deputy head of X's
# delegation"): news names such a person right after; "a local official" is a new, unnamed source.
DEFINITE_DETERMINERS = frozenset({"the"})


def _sentence_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _described_head(speaker: Speaker, entities: Mapping[str, Entity], person_heads: Mapping[str, str | None],
                    surrogates: frozenset[str]) -> str | None:
    """The person noun heading a described speaker ("son", "woman", "chief"), or None when the speaker is named."""
    name = speaker.name or ""
    words = name.split()
    if not words or not _person_noun(words[-1].lower(), person_heads, surrogates):
        return None
    entity = entities.get(speaker.entity or "")
    if entity is not None and entity.kind == "person" and not _role_word(entity.name.split()[-1].lower(), person_heads):
        return None  # resolved to a named person already
    if entity is not None and entity.kind != "person":
        return None
    return words[-1].lower()


def _role_word(word: str, person_heads: Mapping[str, str | None]) -> bool:
    """A word that describes rather than names a person ("Romanian hacker" is no name): a speaker-title word,
    a gendered noun, or an agent noun the titles lexicon marks as a person."""
    entry = title_entry(word)
    return word in person_heads or (entry is not None and entry.kind == "person")


def _person_noun(word: str, person_heads: Mapping[str, str | None], surrogates: frozenset[str]) -> bool:
    """A noun naming a person ("son", "woman", "chief", "hacker"), not a body or a modifier ("campaign", "party",
    "state"), nor an anonymous source's role ("a senior U.S. official", "a spokesman"): news keeps those unnamed.
    Any agent noun the titles lexicon marks as a person counts, not only the speaker-title words."""
    if word in surrogates:
        return False
    entry = title_entry(word)
    return person_heads.get(word) is not None or (entry is not None and entry.kind == "person")


def _agent_fits(head: str, person_heads: Mapping[str, str | None], title: str | None) -> bool:
    """Whether a lexicon agent noun ("hacker", "pollster") can describe the person named next: that person has no
    title, or a title with that noun. A speaker-title or gendered head ("chief", "woman") is left to the other checks."""
    if head in person_heads or not title:
        return True
    return head in title.lower().split()


def _introduced_as_subject(doc: Doc, entity: Entity) -> int | None:
    """The start of a person's first mention when that mention is the subject of its clause, else None."""
    first = min(entity.mentions, key=lambda m: m.start)
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return None
    return first.start if span.root.dep_ in SUBJECT_DEPS else None


def _introduced_with_role(entities: Mapping[str, Entity], named: Mapping[str, Speaker], head: str, after: int,
                          sentence: int, starts: list[int]) -> str | None:
    """The person first named within IDENTIFY_WITHIN_SENTENCES sentences after ``after`` under a title with the
    description's head noun, whatever the mention's place in its clause ("Envoy praises deal. The deal has an
    admirer in envoy Sir Tom Hale"): the headline's role, given again with the name."""
    found = []
    for entity_id in named:
        entity = entities[entity_id]
        first = min(m.start for m in entity.mentions)
        if first > after and 0 < _sentence_of(starts, first) - sentence <= IDENTIFY_WITHIN_SENTENCES \
                and head in (entity.title or "").lower().split():
            found.append((first, entity_id))
    return min(found)[1] if found else None


def _definite_singular(speaker: Speaker, doc: Doc) -> bool:
    """Whether a described speaker is one definite person ("The deputy head of the delegation"), not an
    indefinite or plural one ("a local official", "the protesters")."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ not in DEFINITE_DETERMINERS:
        return False
    return span.root.tag_ in SINGULAR_NOUN_TAGS


def identify_described(speakers: Sequence[Speaker], entities: Mapping[str, Entity], doc: Doc,
                       genders: Mapping[str, str | None], person_heads: Mapping[str, str | None],
                       surrogates: frozenset[str] = frozenset()) -> None:
    """Give a lede's described speaker (later in the story, a definite singular one: ``_definite_singular``) and
    the pronouns that follow it the person named right after it:
    the first person introduced as a clause subject within IDENTIFY_WITHIN_SENTENCES sentences, who speaks in
    the article and whose gender and country do not contradict the description's ("woman", "son", "Omani")."""
    starts = [s.start_char for s in document_sentences(doc)]
    named: dict[str, Speaker] = {}
    for speaker in speakers:
        entity = entities.get(speaker.entity or "")
        if entity is not None and entity.kind == "person" and len(entity.name.split()) > 1 \
                and entity.name[:1].isupper() and not _role_word(entity.name.split()[-1].lower(), person_heads):
            named.setdefault(entity.id, speaker)
    introductions = sorted((start, entity_id) for entity_id in named
                           if (start := _introduced_as_subject(doc, entities[entity_id])) is not None)
    done: set[tuple[str | None, str | None]] = set()
    for speaker in sorted(speakers, key=lambda s: s.start):
        head = _described_head(speaker, entities, person_heads, surrogates)
        key = (speaker.name, speaker.entity)
        if head is None or key in done:
            continue
        done.add(key)
        sentence = _sentence_of(starts, speaker.start)
        if sentence >= LEDE_SENTENCES and not _definite_singular(speaker, doc):
            continue
        wanted = person_heads.get(head)
        person = next((entity_id for start, entity_id in introductions
                       if start > speaker.end and 0 < _sentence_of(starts, start) - sentence <= IDENTIFY_WITHIN_SENTENCES),
                      None)
        if person is None:
            person = _introduced_with_role(entities, named, head, speaker.end, sentence, starts)
        if person is None:
            continue
        gender = {"m": "male", "f": "female"}.get(genders.get(person) or "")
        if wanted and gender and wanted != gender:
            continue
        source = named[person]
        if not _agent_fits(head, person_heads, source.title):
            continue  # "the pilot" is not the Labor Secretary named next
        described = lookup_actor(speaker.text)
        if contradicts(speaker, source, doc):
            continue  # "an unidentified Omani official" is not the Iranian spokesman named next
        first_named = min(m.start for m in entities[person].mentions)
        for other in speakers:
            if (other.name, other.entity) == key and other.start < first_named:
                other.name, other.entity, other.title = source.name, source.entity, source.title
                other.affiliation = (described.code if described is not None else None) or source.affiliation
                other.sector = source.sector
