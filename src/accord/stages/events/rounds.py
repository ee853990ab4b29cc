"""Sessions and outcomes of a negotiation: a numbered round told as done on a day ("the first round of talks
took place on April 12"), talks told as going on ("talks will continue") and the event whose outcome a ``with`` phrase tells ("talks ended with further
negotiations planned")."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.stages.grammar import SUBJECT_DEPS, TIME_LABELS, entities_in, misparsed_predicate


def numbered_round(noun: Token, round_nouns: frozenset[str]) -> Token | None:
    """The ordinal round an event noun is counted in ("the first round of talks", "a third round of
    negotiations"), else None: a numbered round told as done on a day (``told_as_done``) is a session of
    the negotiation the article reports."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in round_nouns:
        return None
    measure = of.head
    if measure.tag_ != "NN":
        return None  # "the first two rounds of talks": several sessions told as one
    return measure if any(c.ent_type_ == "ORDINAL" and c.dep_ in ("amod", "nummod") for c in measure.children) else None


def continued(noun: Token, continuation_verbs: frozenset[str]) -> bool:
    """Whether an event noun is told as going on ("talks will continue next week", "the negotiations resumed"):
    the subject of a continuation verb; when no party is named on it, the negotiation the article reports."""
    return noun.dep_ in SUBJECT_DEPS and noun.head.lemma_.lower() in continuation_verbs


def told_as_done(anchor: Token, sentence_of: list[SpacySpan]) -> bool:
    """Whether an event is told as done on a day: its verb in the simple past (not a copula: "this was the
    fourth round" is a re-mention) in a sentence with a time expression ("took place on April 12")."""
    sentence = sentence_of[anchor.i]
    return anchor.tag_ == "VBD" and anchor.lemma_.lower() != "be" and any(e.label_ in TIME_LABELS for e in entities_in(sentence))


def outcome_of(participle: Token, trigger_index: Mapping[int, object]) -> Token | None:
    """The event whose outcome a ``with`` phrase's participle tells ("talks ended with further negotiations
    planned": the talks' parties planned them): the event noun that is the subject of the verb the phrase
    modifies (or whose clause it predicates when misparsed: ``misparsed_predicate``), else None."""
    if participle.tag_ != "VBN":
        return None
    noun = participle.head
    if participle.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb = noun.head.head
    elif participle.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in participle.children):
        verb = participle.head  # parsed as a clause: "with [further negotiations planned]"
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        subject = misparsed_predicate(verb)  # "Talks ... over the programme ended on Sunday with ..."
    return subject if subject is not None and subject.i in trigger_index else None
