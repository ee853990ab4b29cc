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

from collections.abc import Callable

from spacy.tokens import Token

from accord.records import ActorRef
from accord.stages.base import ArticleState
from accord.stages.entities import BY_ID_KEY, resolve_mention
from accord.stages.events.actor_backoff import ActorBackoff, backoff_words
from accord.stages.events.antecedents import OBJECT_PRONOUN_GENDERS, object_antecedent, subject_antecedent, verb_of
from accord.stages.events.arguments import subject_tokens
from accord.stages.events.coding import dedupe_refs, phrase_tokens
from accord.stages.events.references import PRONOUN_POS

# Dependencies of a region's adjective on the target it describes ("European steel", "Europe's carmakers").
REGION_MODIFIER_DEPS = frozenset({"amod", "compound", "poss"})


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
                subjects = [(t.idx, t.idx + len(t)) for t in subject_tokens(verb_of(token), self.object_control, self.documents)[0]]
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

    def subject_person(self, token: Token) -> ActorRef | None:
        """A doer "he"/"she" coded as the one person it can stand for (``subject_antecedent``); else None."""
        return self._pronoun_person(token, subject_antecedent(self.state, token))

    def _object_person(self, token: Token) -> ActorRef | None:
        """An object "him"/"her" coded as the one person it can stand for (``object_antecedent``); else None."""
        return self._pronoun_person(token, object_antecedent(self.state, token))

    def _pronoun_person(self, token: Token, entity_id: str | None) -> ActorRef | None:
        """The pronoun as the person ``entity_id`` with that person's code; None without an entity or a code."""
        coded = self.person_code(entity_id)
        if entity_id is None or coded is None:
            return None
        name = self.state.scratch[BY_ID_KEY][entity_id].name
        return ActorRef(text=token.text, start=token.idx, end=token.idx + len(token), name=name, code=coded[0],
                        sector=coded[1], entity=entity_id)
