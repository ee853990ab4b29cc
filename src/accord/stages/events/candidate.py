"""An event under construction (``Candidate``).

Its own module so the type model and the article-wide dedupe read candidates without importing the builder.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from accord.records import ActorRef, Assertion, Modality
from accord.stages.events.triggers import Trigger


@dataclass
class Candidate:
    """An event under construction, before it becomes a contract record."""

    trigger: Trigger
    type: str
    mode: str | None
    anchor: Token
    span_tokens: list[Token]
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    negated: bool = False
    nobody: bool = False  # negated because its doer is none ("no one attacked"): never recoded as a refusal
    modality: Modality = "asserted"
    assertion: Assertion = "asserted"
    complement_key: frozenset[str] = frozenset()
    inherit_from: Token | None = None
    complement: Token | None = None
    inner: tuple[str, str | None] | None = None  # type and mode of what a frame word's complement names
    actor_tokens: list[Token] = field(default_factory=list)  # the participants named as doers, coded or not
    unnamed: bool = False  # no participant coded by name: its actor (if any) came from the back-off chain
    re_mentions: list[list[Token]] = field(default_factory=list)  # later mentions of this act, their words
    by_construction: bool = False  # its type comes from a construction rule (a predicative refusal), not the word
    from_statement: bool = False  # an ACCUSE built from what a speaker says (accusations.py): no trigger word to learn
    accused: list[Token] | None = None  # a legal accusation told from the accused's side (accused.py): who is accused
    investigated: list[Token] | None = None  # what an investigation "into" names as its target (accused.py)
