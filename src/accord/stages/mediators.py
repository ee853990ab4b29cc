"""Mediators: the parties an article says mediate its talks ("Omani-mediated talks", "mediated by Oman",
"Oman, which mediated the talks", "Halloran, who acted as chief mediator").

Read by the events stage (a mediator is never one of "both sides") and the positions stage (a
mediator's view of the talks is its own, not a third party's account).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_json
from accord.records import Entity
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.token_filters import indices_with_words

# Relative pronouns whose clause is said of its head ("Oman, which mediated").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _said_of(token: Token) -> list[Token]:
    """The words a mediator word is said of: its head and modifiers ("Omani-mediated", "Oman's
    mediation"), its "by"/"of" objects ("mediated by Oman"), and the subject of the clause calling
    someone a mediator (``_mediating_subjects``)."""
    near = [token.head, *token.children]
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "of"):
            near.extend(g for g in child.children if g.dep_ == "pobj")
    return near + _mediating_subjects(token)


def _mediating_subjects(token: Token) -> list[Token]:
    """The subject of the clause a mediator word calls someone a mediator in ("Oman has mediated", "Halloran, who
    acted as chief mediator"), a relative pronoun read as the noun it stands for; none for a noun outside such a
    clause ("talks held through Omani mediation": the clause's subject is no mediator)."""
    clause = token  # the mediator word's own clause when it is a verb ("Oman has mediated")
    if token.dep_ == "pobj" and token.head.lower_ == "as":  # "served as chief mediator"
        clause = token.head.head
    elif token.dep_ in ("attr", "oprd"):  # "Oman is the main mediator", "named him mediator"
        clause = token.head
    elif token.pos_ not in ("VERB", "AUX"):
        return []
    return [clause.head if subject.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl" else subject
            for subject in clause.children if subject.dep_ in SUBJECT_DEPS]


def _nationality_code(word: Token) -> str | None:
    """The country a nationality adjective names ("Omani-mediated talks"): no entity mention holds it."""
    if word.ent_type_ != "NORP":
        return None
    actor = lookup_actor(word.text)
    return actor.code if actor is not None and actor.kind == "country" else None


def said_to_mediate(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The words an article says mediate (see ``_said_of``): "Oman" of "mediated by Oman", "Omani" of
    "Omani-mediated talks", "Halloran" of "Halloran, who acted as chief mediator"."""
    return [word for i in indices_with_words(doc, words) for word in _said_of(doc[i])]


def mediator_names(doc: Doc, words: frozenset[str]) -> frozenset[str]:
    """The proper names the article says mediate, lower-cased ("halvorsen" of "the talks were mediated by
    Halvorsen"): each mention of that name is the mediator, whatever type the entities stage gave it."""
    return frozenset(word.lower_ for word in said_to_mediate(doc, words) if word.pos_ == "PROPN")


def _named_as_mediator(token: Token) -> list[Token]:
    """The words a mediator word names as the mediator itself, never the thing mediated: its "by" agent ("mediated
    by Halloran"), the subject of the clause saying someone mediates (``_mediating_subjects``) and the name a
    mediator noun stands beside ("Halloran, the mediator", "mediator Halloran"); not the head of a participle
    ("talks mediated by X": the talks mediate nothing)."""
    near = [g for child in token.children if child.dep_ in ("prep", "agent") and child.lower_ == "by"
            for g in child.children if g.dep_ == "pobj"]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("appos", "compound"):
        near.append(token.head)
    if token.dep_ not in ("acl", "amod"):  # a participle's clause is its head noun's, which mediates nothing
        near += _mediating_subjects(token)
    return near


def mediator_agents(doc: Doc, words: frozenset[str]) -> frozenset[str]:
    """The proper names, lower-cased, the article names as the mediator (``_named_as_mediator``): the entities
    stage makes a lone surname among them a person ("mediated by al-Nasiri"), so the mediated noun ("Talks
    between ..., mediated by X") must never be one."""
    return frozenset(word.lower_ for i in indices_with_words(doc, words) for word in _named_as_mediator(doc[i])
                     if word.pos_ == "PROPN")


def mediator_codes(doc: Doc, entities: Iterable[Entity], words: frozenset[str]) -> set[str]:
    """Codes of the parties an article says mediate (see ``_said_of``): the entity mentioned, or the
    country of a nationality adjective."""
    spans = [(m.start, m.end, e.code) for e in entities if e.code for m in e.mentions]
    found: set[str] = set()
    for word in said_to_mediate(doc, words):
        codes = {code for start, end, code in spans if start <= word.idx < end}
        nationality = None if codes else _nationality_code(word)
        found.update(codes if nationality is None else (nationality,))
    return found


@functools.lru_cache(maxsize=1)
def mediator_words() -> frozenset[str]:
    """Lemmas naming a mediator's role (``frames.json`` ``both_sides.mediator_words``), read once."""
    return frozenset(read_json("events/frames.json")["both_sides"]["mediator_words"])
