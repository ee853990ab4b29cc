"""Whom a personal pronoun stands for, by gender and nearness (issue 14 item 1): the one person of that gender
the entities stage named just before it. An object "him"/"her" looks one sentence back and never at its own
clause's subject; a doer "he"/"she" looks two sentences back (a story names its doer, then tells of them as "he"
for a sentence or two). Deliberately narrow: one such person or none; several name nobody in particular.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from accord.stages.base import ArticleState
from accord.stages.entities import BY_ID_KEY, GENDER_KEY, MENTIONS_KEY, STARTS_KEY
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.token_filters import sentence_of

# Object pronouns and the gender of the one person each can stand for.
OBJECT_PRONOUN_GENDERS = {"him": "male", "her": "female"}
# The entities stage's gender guesses, as the genders above.
GENDER_NAMES = {"m": "male", "f": "female", "male": "male", "female": "female"}
# Dependencies of a pronoun that make it what an act is done to ("endorsed her", "spoke with him", "gave him").
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
# How many sentences before the pronoun's own an antecedent may be named in: further back, a reader needs more
# than a gender to know whom it means.
ANTECEDENT_SENTENCES_BACK = 1
# Subject pronouns and the gender of the one person each can stand for ("He criticized Turkey").
SUBJECT_PRONOUN_GENDERS = {"he": "male", "she": "female"}
# Dependencies of a pronoun that make it the doer of its clause.
SUBJECT_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass"})
# A story names its doer, then tells of them as "he" or "she" for a sentence or two ("X arrived in Ankara on
# Monday. The visit came amid tension. He met ..."): the window for a doer's antecedent, when exactly one person
# of that gender is named in it (fewer than an object's reach would miss the doer; more would guess).
SUBJECT_SENTENCES_BACK = 2


def verb_of(token: Token) -> Token:
    """The verb an object is the object of, directly or through a preposition ("spoke with him")."""
    return token.head.head if token.dep_ == "pobj" else token.head


def _window_start(token: Token, sentences_back: int = ANTECEDENT_SENTENCES_BACK) -> int:
    """The character offset where an antecedent may first be named: the start of the sentence ``sentences_back``
    before the pronoun's."""
    sentence = sentence_of(token)
    for _ in range(sentences_back):
        if sentence.start == 0:
            break
        sentence = sentence_of(token.doc[sentence.start - 1])
    return sentence.start_char


def object_antecedent(state: ArticleState, token: Token) -> str | None:
    """The entity id of the one person an object "him"/"her" can stand for, else None. The verb's own subject
    is never it ("she commended her" is about another woman)."""
    gender = OBJECT_PRONOUN_GENDERS.get(token.lower_)
    if gender is None or token.dep_ not in OBJECT_DEPS:
        return None
    subjects = [s.idx for s in verb_of(token).children if s.dep_ in SUBJECT_DEPS]
    return _one_person(state, token, gender, _window_start(token), subjects)


def subject_antecedent(state: ArticleState, token: Token) -> str | None:
    """The entity id of the one person a doer "he"/"she" can stand for (``subject_candidates``); else None."""
    found = subject_candidates(state, token)
    return next(iter(found)) if len(found) == 1 else None


def subject_candidates(state: ArticleState, token: Token) -> frozenset[str]:
    """The entity ids of the persons of a doer "he"/"she"'s gender named in its sentence before it or in the
    ``SUBJECT_SENTENCES_BACK`` sentences before; empty for any other word."""
    gender = SUBJECT_PRONOUN_GENDERS.get(token.lower_)
    if gender is None or token.dep_ not in SUBJECT_PRONOUN_DEPS:
        return frozenset()
    return _persons(state, token, gender, _window_start(token, SUBJECT_SENTENCES_BACK), [])


def _one_person(state: ArticleState, token: Token, gender: str, start: int, skipped: list[int]) -> str | None:
    """The one person entity ``_persons`` finds, else None."""
    found = _persons(state, token, gender, start, skipped)
    return next(iter(found)) if len(found) == 1 else None


def _persons(state: ArticleState, token: Token, gender: str, start: int, skipped: list[int]) -> frozenset[str]:
    """The person entities of ``gender`` mentioned from ``start`` up to ``token`` (mentions holding an offset of
    ``skipped`` aside)."""
    genders: dict[str, str | None] = state.scratch.get(GENDER_KEY, {})
    by_id = state.scratch.get(BY_ID_KEY) or {}
    mentions = state.scratch.get(MENTIONS_KEY, [])
    starts: list[int] = state.scratch.get(STARTS_KEY) or [m.start for m in mentions]
    found: set[str] = set()
    for mention in mentions[bisect_left(starts, start):bisect_left(starts, token.idx)]:  # the window's, sorted by start
        if any(mention.start <= s < mention.end for s in skipped):
            continue
        entity = by_id.get(mention.entity)
        if entity is not None and entity.kind == "person" and GENDER_NAMES.get(genders.get(mention.entity) or "") == gender:
            found.add(mention.entity)
    return frozenset(found)
