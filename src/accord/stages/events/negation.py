"""Negation of an event (PLOVER auxiliary mode): "did not", "no ceasefire agreement", "failed to"."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.events.lexicon import Lexicon

# How far up the head chain a "failed to" governor may sit above the trigger (fail -> xcomp -> trigger).
FAILURE_HOPS = 2


def _has_negation_child(token: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "preconj") and c.lower_ in words) for c in token.children)


def is_negated(trigger: Token, anchor: Token, lexicon: Lexicon) -> bool:
    """True when the trigger (or the verb it hangs on) is negated or governed by a failure verb."""
    cues = lexicon.cues
    words = frozenset(cues["negation_words"])
    determiners = frozenset(cues["negating_determiners"])
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in determiners for c in trigger.children):
        return True
    for token in {trigger, anchor}:
        if _has_negation_child(token, words):
            return True
    failure = frozenset(lexicon.frames["failure_verbs"])
    current = anchor
    for _ in range(FAILURE_HOPS):
        if current.dep_ not in ("xcomp", "conj") or current.head is current:
            break
        current = current.head
        if current.lemma_.lower() in failure and not _has_negation_child(current, words):
            return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ in cues["negating_governors"]:
        return True
    return False
