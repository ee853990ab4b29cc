"""The two principal parties of an article: who "both sides" and "the two parties" stand for.

The parties the article names most often (every coded person, organisation and country mention counts
for its code), leaving out its mediators, whose own acts are never "both sides" ("Oman, which mediated
the talks", "Omani-mediated talks", "Halloran, who acted as chief mediator"), and organisations. Two
parties only when they are clear: the second named at least ``PRINCIPAL_SHARE`` as often as the first
(an article about one country's politics has no two sides) and a third not as often as the second.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from accord.records import Entity
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.positions import NON_STATE_CODES
from accord.stages.token_filters import indices_with_words

# The second principal party is named at least this share as often as the first: two sides of one
# negotiation are both talked about (18 and 8 mentions in a report of a US–Iran round), while a domestic
# story's one foreign mention (40 and 2) makes no second side.
PRINCIPAL_SHARE = 0.3
# Words naming a mediator's role; the party they are said of mediates.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _said_of(token: Token) -> list[Token]:
    """The words a mediator word is said of: its head and modifiers ("Omani-mediated", "Oman's
    mediation"), its "by"/"of" objects ("mediated by Oman"), and the subject of the clause calling
    someone a mediator ("Oman has mediated", "Halloran, who acted as chief mediator")."""
    near = [token.head, *token.children]
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "of"):
            near.extend(g for g in child.children if g.dep_ == "pobj")
    clause = token  # the mediator word's own clause when it is a verb ("Oman has mediated")
    if token.dep_ == "pobj" and token.head.lower_ == "as":  # "served as chief mediator"
        clause = token.head.head
    elif token.dep_ in ("attr", "oprd"):  # "Oman is the main mediator", "named him mediator"
        clause = token.head
    elif token.pos_ not in ("VERB", "AUX"):
        return near  # "talks held through Omani mediation": the clause's subject is no mediator
    for subject in (c for c in clause.children if c.dep_ in SUBJECT_DEPS):
        near.append(clause.head if subject.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl" else subject)
    return near


def mediator_codes(doc: Doc, entities: Iterable[Entity], words: frozenset[str]) -> set[str]:
    """Codes of the parties an article says mediate (see ``_said_of``)."""
    spans = [(m.start, m.end, e.code) for e in entities if e.code for m in e.mentions]
    found: set[str] = set()
    for i in indices_with_words(doc, words):
        for word in _said_of(doc[i]):
            found.update(code for start, end, code in spans if start <= word.idx < end)
    return found


def principal_parties(doc: Doc, entities: list[Entity], mediators: frozenset[str]) -> tuple[tuple[str, str | None], ...]:
    """(code, name) of the article's two principal parties, or none when they are not clear; ``mediators``:
    the codes of the parties it says mediate (``mediator_codes``)."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for entity in entities:
        if entity.code and entity.code not in NON_STATE_CODES and entity.code not in mediators:
            counts[entity.code] += max(len(entity.mentions), 1)
            if entity.kind == "country":
                names.setdefault(entity.code, entity.name)
    ranked = counts.most_common()
    if len(ranked) < 2 or ranked[1][1] < PRINCIPAL_SHARE * ranked[0][1]:
        return ()
    if len(ranked) > 2 and ranked[2][1] >= ranked[1][1]:
        return ()
    return tuple((code, names.get(code)) for code, _ in ranked[:2])
