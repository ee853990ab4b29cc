"""Where a speaker fled from: a refugee's country is the one the text says they left (issue 13).

"Having fled Sudan last year, the family said ..." places the family in Sudan, not in the country of the camp
or of the story: a named person's own flight clause is read by ``entities.descriptions``, but a speaker named
by a description ("the family", "the couple") has no name to hang it on. The story often names the people
first and tells their flight in the next sentence of a pronoun or a group noun ("At a shelter, Ahmad Halabi and
his wife, Rania, waited. Having fled Syria in 2015, the couple ..."): the people the sentence before introduced
as its subject take that origin too, when the word agrees with them ("he" for the one man it names, "they" for
two or more) and they hold no sector (a reporter or an official who met the refugee is not one).
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.knowledge.loader import read_json
from accord.records import Entity, Speaker
from accord.stages.entities.descriptions import subject_origins
from accord.stages.gazetteer import named_place_country
from accord.stages.token_filters import document_sentences

ORIGIN_WORDS_FILE = "actors/origin_subjects.json"
# How many people a group noun subject ("the Halabi family") stands for: more than one, so "they" may take it up.
GROUP_PEOPLE = 2


@dataclass(frozen=True)
class Followers:
    """Subjects that take up the people the sentence before named: "he"/"she" (-> gender guess) for one person,
    "they", "the couple" for several; ``groups``: nouns of a subject standing for several people ("the family")."""

    singular: Mapping[str, str]
    plural: frozenset[str]
    groups: frozenset[str]


@functools.lru_cache(maxsize=1)
def _followers() -> Followers:
    """The follower words of data/actors/origin_subjects.json."""
    data = read_json(ORIGIN_WORDS_FILE)
    return Followers(dict(data["singular"]), frozenset(data["plural"]), frozenset(data["groups"]))


def _origin(subject: Token) -> str | None:
    """The one country a flight clause on ``subject`` names as left ("fled Syria", "driven from Sudan")."""
    codes = {code for span in subject_origins(subject) if (code := named_place_country(span.text))}
    return codes.pop() if len(codes) == 1 else None


def _subjects(sentence: Span) -> list[Token]:
    """The subjects of a sentence's main clauses."""
    return [token for token in sentence if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "conj")
            and sentence.start <= token.head.i < sentence.end]  # the head in this sentence (no Token.sent walk)


def _follower_origin(sentence: Span) -> tuple[str, str] | None:
    """The follower word and the origin a sentence tells of a subject taking up the people named before ("the
    couple fled ...")."""
    followers = _followers()
    for subject in _subjects(sentence):
        words = " ".join(t.lower_ for t in subject.subtree if t.dep_ != "det")
        if (words in followers.singular or words in followers.plural) and (code := _origin(subject)):
            return words, code
    return None


def _subject_group(sentence: Span) -> tuple[set[int], int]:
    """The token indices of the people a sentence names as its main subjects (conjoined subjects and their
    appositions: "Ahmad Halabi and his wife, Rania Halabi, waited"; the owner or name of a group noun: "the
    Halabi family") and how many people they are (a group noun counts as several)."""
    tokens: set[int] = set()
    people = 0
    for subject in _subjects(sentence) or _stranded_subjects(sentence):
        partner = _stranded_partner(sentence, subject)
        for head in (*([partner] if partner is not None else []), subject,
                     *(c for c in subject.conjuncts if c.i > subject.i)):
            if head.i in tokens:
                continue  # a conjunct reached from an earlier subject
            tokens.add(head.i)
            tokens.update(t.i for t in head.children if t.dep_ == "appos")
            if head.lemma_.lower() in _followers().groups:
                tokens.update(t.i for t in head.children if t.dep_ in ("poss", "compound") and t.pos_ == "PROPN")
                people += GROUP_PEOPLE
            else:
                people += 1
    return tokens, people


def _stranded_subjects(sentence: Span) -> list[Token]:
    """The person a sentence with no main-clause subject names first as a conjunct or an apposition of a place its
    opening phrase ends on: the parser's reading of a long opening phrase before the subject ("At a clinic in
    Nairobi, A and his wife, B, waited": A as a conjunct of Nairobi, the main verb left without a subject)."""
    return [token for token in sentence
            if token.dep_ in ("conj", "appos") and token.head.dep_ == "pobj" and token.ent_type_ == "PERSON"][:1]


def _stranded_partner(sentence: Span, subject: Token) -> Token | None:
    """The person joined to a subject by the "and" just before it that the parser hung on the opening phrase ("At
    a camp by Lake Turkana, A, 40, and his brother, B, waited": A as an apposition of the lake, "his brother" the
    subject)."""
    doc = subject.doc
    left = subject.left_edge.i - 1
    if left < sentence.start or doc[left].dep_ != "cc":
        return None
    partner = doc[left].head
    if partner.ent_type_ == "PERSON" and partner.dep_ in ("conj", "appos") and partner.head.i < partner.i < subject.i:
        return partner
    return None


def origin_codes(doc: Doc, speakers: Sequence[Speaker], entities: Mapping[str, Entity],
                 genders: Mapping[str, str | None] | None = None) -> list[str | None]:
    """Per speaker, the country its flight clause names ("Having fled Sudan, the family said"), else for a person
    of no sector the one the sentence after its introduction as subject tells of "he", "they" or "the couple"
    when that word agrees with the people introduced (``genders``: entity id -> "m"/"f" guess); None otherwise."""
    sentences = document_sentences(doc)
    starts = [sentence.start_char for sentence in sentences]
    persons = sorted((mention.start, entity.id) for entity in entities.values() if entity.kind == "person"
                     for mention in entity.mentions)
    introduced: dict[str, str | None] = {}
    codes: list[str | None] = []
    for speaker in speakers:
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        code = _origin(span.root) if span is not None and len(span) else None
        entity = entities.get(speaker.entity or "")
        if code is None and entity is not None and entity.kind == "person" and entity.mentions \
                and not entity.sector and not speaker.sector:
            # a reporter, an official ...: the people a flight clause takes up are not those with a sector
            if entity.id not in introduced:
                introduced[entity.id] = _taken_up_origin(doc, sentences, starts, entity, persons, genders or {})
            code = introduced[entity.id]
        codes.append(code)
    return codes


def _taken_up_origin(doc: Doc, sentences: Sequence[Span], starts: Sequence[int], entity: Entity,
                     persons: Sequence[tuple[int, str]], genders: Mapping[str, str | None]) -> str | None:
    """The origin the sentence after a person's introduction tells of a subject taking up that sentence's subject
    people, the person among them: "he"/"she" for exactly one person, the only one of that gender (or of none
    known) the sentence names; "they", "the couple" for two or more."""
    first = min(entity.mentions, key=lambda mention: mention.start)
    index = bisect_right(starts, first.start) - 1
    if index < 0 or index + 1 >= len(sentences):
        return None
    mention = doc.char_span(first.start, first.end, alignment_mode="expand")
    tokens, people = _subject_group(sentences[index])
    if mention is None or not len(mention) or mention.root.i not in tokens:
        return None  # the person is no subject of the sentence introducing them ("X interviewed Ahmad")
    follower = _follower_origin(sentences[index + 1])
    if follower is None:
        return None
    words, code = follower
    gender = _followers().singular.get(words)
    if gender is None:
        return code if people >= 2 else None
    if people != 1 or genders.get(entity.id) not in (None, gender):
        return None
    sentence = sentences[index]
    low, high = bisect_left(persons, (sentence.start_char, "")), bisect_left(persons, (sentence.end_char, ""))
    rivals = {other for _, other in persons[low:high] if other != entity.id and genders.get(other) in (None, gender)}
    return None if rivals else code
