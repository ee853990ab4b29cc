"""The target of words: what a verb that can tell violence ("attack", "hit", "target") hits when it reports a
view rather than violence (a person, a personal pronoun, a person's role, a stance), for the two stages that
ask it: the statements' cue check ("attacked the plan" is a view) and the events' verbal-attack sense ("hit
Sanders on immigration" is ACCUSE, not ASSAULT). The word lists are ``events/frames.json`` verbal_attacks."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from accord.knowledge.loader import read_json

# Entity labels of a party or body a statement's cue may hit in words ("the GOP", "Democrats").
PARTY_LABELS = frozenset({"ORG", "NORP"})
# Links of an owner or a name that makes a noun someone's stance or body ("his record", "Clinton's remarks",
# "The Wall Street Journal newspaper", "the Clinton campaign").
OWNER_DEPS = frozenset({"poss", "compound"})


@dataclass(frozen=True)
class WordTargets:
    """The verbal_attacks lists that say what words hit: the verbs, personal pronouns, roles and stances."""

    verbs: frozenset[str]
    pronouns: frozenset[str]
    roles: frozenset[str]  # a person's role ("rival", "a judge") or a role attacked as a group ("voters")
    stances: frozenset[str]  # a stance or a remark ("the plan", "the comment")

    @classmethod
    def of(cls, rule: Mapping[str, Any]) -> WordTargets:
        """The lists of one verbal_attacks rule (``senses["verbal_attacks"]``)."""
        return cls(verbs=frozenset(rule["verbs"]), pronouns=frozenset(rule["person_pronouns"]),
                   roles=frozenset(rule["role_nouns"]) | frozenset(rule["target_roles"]),
                   stances=frozenset(rule["stance_nouns"]))


@functools.cache
def word_targets() -> WordTargets:
    """The shipped lists (``events/frames.json`` senses verbal_attacks), read once."""
    return WordTargets.of(read_json("events/frames.json")["senses"]["verbal_attacks"])


def is_word_target(token: Token, targets: WordTargets, is_person: Callable[[Token], bool], parties: bool = False) -> bool:
    """Whether ``token`` is what words hit: a person (``is_person``), a personal pronoun, a person's role, or a stance
    that names no entity; with ``parties`` also a party or body (an ORG or NORP, a name the tagger left unlabelled)
    and a stance whatever its label (the statements' reading: a view of a party is a view)."""
    lemma = token.lemma_.lower()
    if is_person(token) or token.lower_ in targets.pronouns or lemma in targets.roles:
        return True
    if lemma in targets.stances and (parties or token.ent_type_ == ""):
        return True
    return parties and (token.ent_type_ in PARTY_LABELS or (token.pos_ == "PROPN" and token.ent_type_ == ""))


def _tagged_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


def _speaker_like(token: Token | None, targets: WordTargets) -> bool:
    """A doer who attacks in words: a person named, a personal pronoun ("he", "I") or a person's role."""
    if token is None:
        return False
    lemma = token.lemma_.lower()
    return _tagged_person(token) or token.lower_ in targets.pronouns or lemma in targets.roles or lemma in targets.stances


def attacked_in_words(verb: Token, target: Token, speaker: Token | None = None) -> bool:
    """Whether ``verb`` with ``target`` as what it hits reports a view (the statements' cue check): always for a verb
    that cannot be violence; for one that can, when a person does it (``speaker``: "he blasted the media", "Trump
    attacked loopholes") or it hits a target of words or a person's or party's own thing ("attacked Clinton", "his
    record"); not when a group or a force hits a thing ("Hamas would not attack the convoy", "they attacked the
    USS Cole")."""
    targets = word_targets()
    if verb.lemma_.lower() not in targets.verbs or _speaker_like(speaker, targets):
        return True
    if is_word_target(target, targets, _tagged_person, parties=True):
        return True
    return any(c.dep_ in OWNER_DEPS and (is_word_target(c, targets, _tagged_person, parties=True) or c.pos_ == "PRON")
               for c in target.children)
