"""Kin and friends of a placed person: a relative or friend quoted about someone takes that person's country.

News about the victims of a crash or an attack abroad quotes their families ("his brother, Karim Nouri, said",
"the widow of Ali Nouri told reporters", "a cousin of the pilot said"): the text rarely gives the relative a
country of their own, and the back-offs then handed them the story's country (a Chadian cadet's brother became
French in a story set in France). The annotation standard gives a person the country of the society they belong
to, which for a relative the text says nothing else about is the family's. Kin nouns are the speaker cues'
(data/cues/speakers.json ``kin_nouns``) and data/actors/kin_ties.tsv's; a friend takes the country only of a
private person (a friend of a head of state may be anyone, data/actors/relation_nouns.tsv).

The tie is read on the speaker's mention and on every mention of its entity ("his brother Karim Nouri" named
once, "he" later): the kin noun is the mention's head, the noun the name stands in apposition with, or an
apposition on the name ("Karim Nouri, his brother"). Its owner is the possessor ("Ali Nouri's", or "his"/"her":
the nearest person named before it in its sentence or the one before, of no other known gender) or the person
an "of" phrase names ("the widow of Ali Nouri"). The owner must be a person coded with a country.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence

from spacy.tokens import Doc, Token

from accord.knowledge.actors import first_name_genders, hyphenated_heritage
from accord.knowledge.loader import read_json, read_rows
from accord.records import Entity, Speaker
from accord.stages.entities.context import NON_STATE_CODES, STATE_SECTORS
from accord.stages.grammar import span_text
from accord.stages.token_filters import document_sentences

KIN_TIES_FILE = "actors/kin_ties.tsv"
SPEAKER_WORDS_FILE = "cues/speakers.json"
KIN_TIE = "kin"
FRIEND_TIE = "friend"
# Possessive pronouns -> the gender guess ("m"/"f", the entities stage's) an owner they stand for may not contradict.
POSSESSIVE_GENDERS: Mapping[str, str] = {"his": "m", "her": "f"}
# Subject pronouns a speaker may be written as, with the gender they tell of the person they were resolved to.
SUBJECT_GENDERS: Mapping[str, str] = {"he": "m", "she": "f"}
# Sentences before the kin noun's own searched for the person "his"/"her" stands for: the one that names the victim
# ("Ali Nouri, a cadet, was on board. His brother said ...") and no further.
OWNER_SENTENCES_BACK = 1
# Sentences searched back for the person a definite noun describes ("a friend of the cadet" two sentences after
# "Ali Nouri, a Chadian cadet,"): the noun must match the person's description, so the window may be wider.
DESCRIBED_SENTENCES_BACK = 2
# Sectors whose holders' friends are no guide to a friend's country ("a friend of the prime minister"), with parties.
PUBLIC_SECTORS = STATE_SECTORS | {"PTY"}
# Codes and sectors of an office, not a family: a pope's or a cleric's nephew is of no Holy See (review1 item 7).
OFFICE_ONLY_CODES = frozenset({"VAT"})
RELIGIOUS_SECTORS = frozenset({"REL"})


@functools.lru_cache(maxsize=1)
def kin_ties() -> dict[str, str]:
    """Lemma -> tie ("kin" or "friend"): the speaker cues' kin nouns and data/actors/kin_ties.tsv."""
    ties = {word: KIN_TIE for word in read_json(SPEAKER_WORDS_FILE)["kin_nouns"]}
    ties.update({row["word"]: row["tie"] for row in read_rows(KIN_TIES_FILE, ("word", "tie"))})
    return ties


def _tie_noun(root: Token) -> Token | None:
    """The kin or friend noun a mention's head is or stands in apposition with ("his brother Karim Nouri")."""
    ties = kin_ties()
    if root.lemma_.lower() in ties and root.pos_ == "NOUN":
        return root
    if root.dep_ == "appos" and root.head.lemma_.lower() in ties and root.head.pos_ == "NOUN":
        return root.head
    return next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ties),
                None)


class _People:
    """The article's person mentions in text order, to find the person at a token or the one named before it."""

    def __init__(self, doc: Doc, entities: Mapping[str, Entity], speakers: Sequence[Speaker] = ()) -> None:
        self.doc = doc
        self.entities = entities
        self.voices = sorted((speaker.start, speaker.entity) for speaker in speakers if speaker.entity)
        self.mentions = sorted((span.start, span.end, entity.id) for entity in entities.values()
                               if entity.kind == "person" for span in entity.mentions)
        self.starts = [start for start, _, _ in self.mentions]
        # No mention starting further back than the longest one can cover a token: where ``at`` stops walking.
        self.longest = max((end - start for start, end, _ in self.mentions), default=0)
        self.sentence_starts = [sentence.start_char for sentence in document_sentences(doc)]

    def at(self, token: Token) -> Entity | None:
        """The person whose mention covers the token (walking back no further than the longest mention)."""
        index = bisect_left(self.starts, token.idx + 1) - 1
        while index >= 0 and self.mentions[index][0] >= token.idx - self.longest:
            start, end, entity = self.mentions[index]
            if start <= token.idx < end:
                return self.entities[entity]
            index -= 1
        return None

    def _named_before(self, token: Token, kin: Entity | None, back: int) -> Iterator[Entity]:
        """The people named before the token, last first, from ``back`` sentences back, the kin itself left out."""
        sentences = document_sentences(self.doc)
        index = bisect_right(self.sentence_starts, token.idx) - 1
        floor = sentences[max(0, index - back)].start_char
        position = bisect_left(self.starts, token.idx) - 1
        while position >= 0 and self.mentions[position][0] >= floor:
            start, end, entity_id = self.mentions[position]
            position -= 1
            if end <= token.idx and (kin is None or entity_id != kin.id):
                yield self.entities[entity_id]

    def before(self, token: Token, kin: Entity | None, gender: str, genders: Mapping[str, str | None]) -> Entity | None:
        """The person "his"/"her" stands for: a fitting person named just before who is no quoted source."""
        # Of the people named from OWNER_SENTENCES_BACK sentences back whose gender guess (``_gender``) fits, those
        # who are no source quoted there, else all; none when they differ in code.
        named = [person for person in self._named_before(token, kin, OWNER_SENTENCES_BACK)
                 if _gender(person, genders) in (None, gender)]
        voices = self._voices_before(token)
        # "X was arrested, said Y, a French lawyer. His family said": the family is the one the news is about.
        candidates = [person for person in named if person.id not in voices] or named
        if len({person.code for person in candidates}) > 1:
            return None  # two people of two countries "his" may stand for: it tells neither
        return candidates[0] if candidates else None

    def _voices_before(self, token: Token) -> set[str]:
        """The entities quoted as speakers from OWNER_SENTENCES_BACK sentences back up to the token."""
        sentences = document_sentences(self.doc)
        index = bisect_right(self.sentence_starts, token.idx) - 1
        floor = sentences[max(0, index - OWNER_SENTENCES_BACK)].start_char
        low = bisect_left(self.voices, (floor, ""))
        return {entity for start, entity in self.voices[low:] if start < token.idx}

    def described_before(self, noun: Token, kin: Entity | None) -> Entity | None:
        """The person named last before a definite noun ("the cadet") whom the article describes by it."""
        # From DESCRIBED_SENTENCES_BACK sentences back; described as ``_described`` tells.
        return next((person for person in self._named_before(noun, kin, DESCRIBED_SENTENCES_BACK)
                     if _described(person, noun)), None)


def _gender(person: Entity, genders: Mapping[str, str | None]) -> str | None:
    """A person's gender guess: the entities stage's (honorifics), else their first name's (first_names.tsv)."""
    words = person.name.split()
    return genders.get(person.id) or (first_name_genders().get(words[0]) if len(words) > 1 else None)


def _described(entity: Entity, noun: Token) -> bool:
    """Whether the article describes a person by the noun: a word of their title, or an apposition with that head
    on one of their mentions ("Ali Nouri, a Chadian cadet," for "the cadet")."""
    lemma = noun.lemma_.lower()
    if lemma in (entity.title or "").lower().split():
        return True
    doc = noun.doc
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span) and any(c.dep_ == "appos" and c.lemma_.lower() == lemma
                                                  for c in span.root.children):
            return True
    return False


def _heritage_coded(person: Entity, doc: Doc) -> bool:
    """Whether a person's title or apposition reads a hyphenated heritage ("an Egyptian-American engineer")."""
    # Such a person is coded by the second country, while the family may be of the first.
    if hyphenated_heritage(person.title or ""):
        return True
    for mention in person.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span) and any(
                c.dep_ == "appos" and hyphenated_heritage(span_text(doc[c.left_edge.i : c.right_edge.i + 1]))
                for c in span.root.children):
            return True
    return False


def _owner(tie: Token, kin: Entity | None, people: _People, genders: Mapping[str, str | None]) -> Entity | None:
    """The person a kin or friend noun ties the speaker to: its possessor or the person its "of" phrase names."""
    for child in tie.children:
        if child.dep_ == "poss":
            gender = POSSESSIVE_GENDERS.get(child.lower_)
            if gender is not None:
                return people.before(tie, kin, gender, genders)
            return people.at(child) if child.pos_ == "PROPN" else None
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is None:
                return None
            if obj.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children):
                return people.described_before(obj, kin)  # "a cousin of the pilot": the pilot named just before
            return people.at(obj)
    return None


def _owner_code(tie: Token, kin: Entity | None, people: _People, genders: Mapping[str, str | None]) -> str | None:
    """The country of the person a tie noun names, for a kin tie to anyone or a friend tie to a private person."""
    owner = _owner(tie, kin, people, genders)
    if owner is None or owner is kin or not owner.code or owner.code in NON_STATE_CODES | OFFICE_ONLY_CODES:
        return None
    if owner.sector in RELIGIOUS_SECTORS or _heritage_coded(owner, people.doc):
        return None  # "Pope Francis ... his nephew"; "an Egyptian-American engineer ... his father": family elsewhere
    if kin_ties()[tie.lemma_.lower()] == FRIEND_TIE and owner.sector in PUBLIC_SECTORS:
        return None  # "a friend of the prime minister": a public figure's friends may be of any country
    return owner.code


def _pronoun_genders(speakers: Sequence[Speaker]) -> dict[str, str]:
    """Entity id -> gender, for the people the statements resolved a "he" or "she" speaker to."""
    genders: dict[str, str] = {}
    for speaker in speakers:
        gender = SUBJECT_GENDERS.get(speaker.text.lower())
        if gender and speaker.entity:
            genders.setdefault(speaker.entity, gender)
    return genders


def kin_codes(doc: Doc, speakers: Sequence[Speaker], entities: Mapping[str, Entity],
              genders: Mapping[str, str | None] | None = None) -> list[str | None]:
    """Per speaker, the country of the coded person it is named kin or friend of ("the widow of Ali Nouri")."""
    # Read on the speaker's mention and its entity's mentions; ``genders``: entity id -> "m"/"f" guess.
    people: _People | None = None
    known = {**(genders or {}), **_pronoun_genders(speakers)}
    by_entity: dict[str, str | None] = {}
    codes: list[str | None] = []
    for speaker in speakers:
        entity = entities.get(speaker.entity or "")
        if entity is not None and entity.id in by_entity:
            codes.append(by_entity[entity.id])
            continue
        spans = [(speaker.start, speaker.end), *((m.start, m.end) for m in (entity.mentions if entity else []))]
        code = None
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            tie = _tie_noun(span.root) if span is not None and len(span) else None
            if tie is None:
                continue
            people = people or _People(doc, entities, speakers)
            code = _owner_code(tie, entity, people, known)
            if code:
                break
        if entity is not None:
            by_entity[entity.id] = code
        codes.append(code)
    return codes
