"""Where a speaker fled from: a refugee's country is the one the text says they left (issue 13).

"Having fled Sudan last year, the family said ..." places the family in Sudan, not in the country of the camp
or of the story: a named person's own flight clause is read by ``entities.descriptions``, but a speaker named
by a description ("the family", "the couple") has no name to hang it on. The story often names the people
first and tells their flight in the next sentence of a pronoun or a group noun ("At a shelter, Ahmad Halabi and
his wife, Rania, waited. Having fled Syria in 2015, the couple ..."): the people introduced in the sentence
before take that origin too.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from accord.knowledge.loader import read_json
from accord.records import Entity, Speaker
from accord.stages.entities.descriptions import subject_origins
from accord.stages.gazetteer import named_place_country
from accord.stages.token_filters import document_sentences

ORIGIN_WORDS_FILE = "actors/origin_subjects.json"


@functools.lru_cache(maxsize=1)
def _followers() -> frozenset[str]:
    """Subjects that take up the people the sentence before introduced ("they", "the couple", "the family":
    data/actors/origin_subjects.json)."""
    return frozenset(read_json(ORIGIN_WORDS_FILE)["followers"])


def _origin(subject: Token) -> str | None:
    """The one country a flight clause on ``subject`` names as left ("fled Syria", "driven from Sudan")."""
    codes = {code for span in subject_origins(subject) if (code := named_place_country(span.text))}
    return codes.pop() if len(codes) == 1 else None


def _subjects(sentence: Span) -> list[Token]:
    """The subjects of a sentence's main clauses."""
    return [token for token in sentence if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "conj")
            and token.head.sent == sentence]


def _follower_origin(sentence: Span) -> str | None:
    """The origin a sentence tells of a subject taking up the people named before ("the couple fled ...")."""
    for subject in _subjects(sentence):
        words = " ".join(t.lower_ for t in subject.subtree if t.dep_ != "det")
        if words in _followers() and (code := _origin(subject)):
            return code
    return None


def origin_codes(doc: Doc, speakers: Sequence[Speaker], entities: Mapping[str, Entity]) -> list[str | None]:
    """Per speaker, the country its flight clause names ("Having fled Sudan, the family said"), else for a person
    the one the sentence after its introduction tells of "they" or "the couple"; None otherwise."""
    sentences = document_sentences(doc)
    starts = [sentence.start_char for sentence in sentences]
    introduced: dict[str, str | None] = {}
    codes: list[str | None] = []
    for speaker in speakers:
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        code = _origin(span.root) if span is not None and len(span) else None
        entity = entities.get(speaker.entity or "")
        if code is None and entity is not None and entity.kind == "person" and entity.mentions:
            if entity.id not in introduced:
                introduced[entity.id] = _next_sentence_origin(sentences, starts, min(m.start for m in entity.mentions))
            code = introduced[entity.id]
        codes.append(code)
    return codes


def _next_sentence_origin(sentences: Sequence[Span], starts: Sequence[int], offset: int) -> str | None:
    """The origin the sentence after the one holding ``offset`` tells of a subject that takes up its people."""
    index = bisect_right(starts, offset) - 1
    if index < 0 or index + 1 >= len(sentences):
        return None
    return _follower_origin(sentences[index + 1])
