"""Links between an article's events and later mentions of them ("After the talks, ...", "The talks took place in ...").

A definite event noun ("the talks", "the meeting") that is not itself an emitted event refers back to the
most recent earlier event whose trigger has the same lemma or the same PLOVER type.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.records import Event
from accord.stages.anchors import event_anchors
from accord.stages.base import ArticleState
from accord.stages.events.lexicon import load_lexicon

DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Pronouns are coded through the entities stage, the clause's speaker or the enclosing statement's speaker.
PRONOUN_POS = "PRON"


def has_definite_determiner(noun: Token) -> bool:
    """Whether a noun is told as known by its determiner ("the talks", "this round", ``DEFINITE_DETERMINERS``)."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def told_as_known(noun: Token) -> bool:
    """Whether a noun is told as known: a definite determiner or a pronoun possessor ("the talks", "his visit")."""
    return has_definite_determiner(noun) or any(c.dep_ == "poss" and c.pos_ == PRONOUN_POS for c in noun.children)


def event_noun_type(token: Token) -> str | None:
    """The PLOVER type a noun names per the lexicon (its first sense), or None."""
    return next(iter(event_noun_types(token)), None)


def event_noun_types(token: Token) -> list[str]:
    """The PLOVER types a noun names per the lexicon, one per sense in lexicon order ("strike": a protest or an
    attack)."""
    types = [entry.type for entry in load_lexicon().candidates("noun", token.lemma_.lower()) if entry.type and entry.type != "-"]
    return list(dict.fromkeys(types))


def trigger_token_index(state: ArticleState, event: Event) -> int | None:
    found = event_anchors(state).get(event.id)
    return found.own if found else None


def referenced_event(state: ArticleState, noun: Token, before_char: int) -> Event | None:
    """The earlier event a definite event noun refers back to, if any."""
    if not has_definite_determiner(noun) and not any(c.dep_ == "amod" for c in noun.children):
        return None
    noun_type = event_noun_type(noun)
    if noun_type is None:
        return None
    lemma = noun.lemma_.lower()
    best: Event | None = None
    for event in state.events:
        if event.trigger.start >= before_char:
            break
        index = trigger_token_index(state, event)
        same_word = index is not None and state.doc[index].lemma_.lower() == lemma
        if same_word or event.event == noun_type:
            best = event
    return best
