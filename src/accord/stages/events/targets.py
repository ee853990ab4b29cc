"""Codes for the parties an act is done to that ``code_all`` cannot code (issue 14 item 1).

An object "him"/"her" stands for the one person it can mean, never its own clause's subject ("Clinton commended
him": the one man named just before; "Brown endorsed her" is not Brown); a person's name no lexicon codes
("accused Sanders") takes that person's code in the article: the entities stage's, else that of the speaker the
statements stage placed. Deliberately narrow: only "him" and "her", only a person the entities stage gave that
gender, only when exactly one such person is named in the pronoun's sentence or the one before it, and never
the article's host country (a person acted on is often a foreigner the story is about: VOA dev, 3 of 7 such
codes wrong, Uyghurs held in Thailand coded THA). Anything else stays uncoded: no code beats a wrong one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Token

from accord.records import ActorRef
from accord.stages.base import ArticleState
from accord.stages.entities import BY_ID_KEY, GENDER_KEY, MENTIONS_KEY, STARTS_KEY, resolve_mention
from accord.stages.events.actor_backoff import ActorBackoff, backoff_words
from accord.stages.events.arguments import subject_tokens
from accord.stages.events.coding import dedupe_refs, phrase_tokens
from accord.stages.events.references import PRONOUN_POS
from accord.stages.grammar import SUBJECT_DEPS

# Object pronouns and the gender of the one person each can stand for.
OBJECT_PRONOUN_GENDERS = {"him": "male", "her": "female"}
# The entities stage's gender guesses, as the genders above.
GENDER_NAMES = {"m": "male", "f": "female", "male": "male", "female": "female"}
# Dependencies of a pronoun that make it what an act is done to ("endorsed her", "spoke with him", "gave him").
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
# Dependencies of a region's adjective on the target it describes ("European steel", "Europe's carmakers").
REGION_MODIFIER_DEPS = frozenset({"amod", "compound", "poss"})
# How many sentences before the pronoun's own an antecedent may be named in: further back, a reader needs more
# than a gender to know whom it means.
ANTECEDENT_SENTENCES_BACK = 1


def _verb_of(token: Token) -> Token:
    """The verb an object is the object of, directly or through a preposition ("spoke with him")."""
    return token.head.head if token.dep_ == "pobj" else token.head


def _window_start(token: Token) -> int:
    """The character offset where an antecedent may first be named: the start of the sentence before."""
    sentence = token.sent
    for _ in range(ANTECEDENT_SENTENCES_BACK):
        if sentence.start == 0:
            break
        sentence = token.doc[sentence.start - 1].sent
    return sentence.start_char


def object_antecedent(state: ArticleState, token: Token) -> str | None:
    """The entity id of the one person an object "him"/"her" can stand for, else None. The verb's own subject
    is never it ("she commended her" is about another woman)."""
    gender = OBJECT_PRONOUN_GENDERS.get(token.lower_)
    if gender is None or token.dep_ not in OBJECT_DEPS:
        return None
    genders: dict[str, str | None] = state.scratch.get(GENDER_KEY, {})
    by_id = state.scratch.get(BY_ID_KEY) or {}
    subjects = [s.idx for s in _verb_of(token).children if s.dep_ in SUBJECT_DEPS]
    start = _window_start(token)
    mentions = state.scratch.get(MENTIONS_KEY, [])
    starts: list[int] = state.scratch.get(STARTS_KEY) or [m.start for m in mentions]
    found: set[str] = set()
    for mention in mentions[bisect_left(starts, start):bisect_left(starts, token.idx)]:  # the window's, sorted by start
        if any(mention.start <= s < mention.end for s in subjects):
            continue
        entity = by_id.get(mention.entity)
        if entity is not None and entity.kind == "person" and GENDER_NAMES.get(genders.get(mention.entity) or "") == gender:
            found.add(mention.entity)
    return found.pop() if len(found) == 1 else None


class TargetCoder:
    """Codes an act's targets, one article's."""

    def __init__(self, state: ArticleState, backoff: ActorBackoff, code_all: Callable[[list[Token]], list[ActorRef]],
                 object_control: frozenset[str], documents: frozenset[str]) -> None:
        self.state = state
        self.backoff = backoff
        self.code_all = code_all  # the event builder's coding of participants (lexicon, entities, places)
        self.object_control = object_control
        self.documents = documents

    def code(self, tokens: list[Token]) -> list[ActorRef]:
        """``code_all`` for the parties an act is done to, with an object pronoun resolved (and never to its own
        clause's subject) and a person's name no lexicon codes coded by ``person_code``."""
        refs: list[ActorRef] = []
        for token in tokens:
            pronoun = token.pos_ == PRONOUN_POS and token.lower_ in OBJECT_PRONOUN_GENDERS
            ref = self._object_person(token) if pronoun else None
            if ref is not None:
                refs.append(ref)
                continue
            coded = self.code_all([token])
            if pronoun:  # "Brown endorsed her": an object pronoun never stands for its own clause's subject
                subjects = [(t.idx, t.idx + len(t)) for t in subject_tokens(_verb_of(token), self.object_control, self.documents)[0]]
                coded = [r for r in coded if not any(r.start < end and start < r.end for start, end in subjects)]
            if not coded and token.pos_ == "PROPN":
                coded = [r for r in [self._named_person(token)] if r is not None]
            if not coded and token.pos_ == "NOUN":
                coded = [r for r in [self._region_modified(token)] if r is not None]
            refs.extend(coded)
        return dedupe_refs(refs)

    def person_code(self, entity_id: str | None) -> tuple[str, str | None] | None:
        """The code and sector of a person entity: its own, else the affiliated speaker's of that entity; else None."""
        entity = self.state.scratch.get(BY_ID_KEY, {}).get(entity_id) if entity_id is not None else None
        if entity is None or entity.kind != "person":
            return None
        if entity.code:
            return entity.code, entity.sector
        speaker = next((r for r in self.backoff.speaker_codes().values() if r.entity == entity.id), None)
        if speaker is not None and speaker.code:
            return speaker.code, entity.sector or speaker.sector
        return None

    def _named_person(self, token: Token) -> ActorRef | None:
        """A person's name no lexicon codes, coded by ``person_code``; else None."""
        found = resolve_mention(self.state, token.idx, token.idx + len(token))
        coded = self.person_code(found.entity) if found is not None else None
        if found is None or coded is None:
            return None
        run = phrase_tokens(token)
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        return ActorRef(text=self.state.text[start:end], start=start, end=end, name=found.name, code=coded[0],
                        sector=coded[1], entity=found.entity)

    def _region_modified(self, token: Token) -> ActorRef | None:
        """A target a region's adjective describes ("tariffs on European steel"): the region's code (EUR), from the
        back-off's region words; else None."""
        regions: dict[str, str] = backoff_words()["region_codes"]  # type: ignore[assignment]
        modifier = next((c for c in token.children if c.dep_ in REGION_MODIFIER_DEPS and c.i < token.i
                         and c.lower_ in regions), None)
        if modifier is None:
            return None
        start, end = modifier.idx, token.idx + len(token)
        return ActorRef(text=self.state.text[start:end], start=start, end=end, code=regions[modifier.lower_])

    def _object_person(self, token: Token) -> ActorRef | None:
        """An object "him"/"her" coded as the one person it can stand for (``object_antecedent``); else None."""
        entity_id = object_antecedent(self.state, token)
        coded = self.person_code(entity_id)
        if entity_id is None or coded is None:
            return None
        name = self.state.scratch[BY_ID_KEY][entity_id].name
        return ActorRef(text=token.text, start=token.idx, end=token.idx + len(token), name=name, code=coded[0],
                        sector=coded[1], entity=entity_id)
