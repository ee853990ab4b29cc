"""Which verb reports an event noun ("held talks", "took part in talks", "cancelled two days of talks"):
the anchor whose tense, negation, date and place the noun takes."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.events.triggers import Trigger

# Dependencies by which a nominal trigger hangs on the verb that reports it ("held talks").
NOUN_ANCHOR_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# A nominal trigger that is the subject of a verb takes that verb's tense, negation, date and place
# ("the talks will take place next week"), but not its subject.
SUBJECT_ANCHOR_DEPS = frozenset({"nsubj"})
# Prepositions through which a participation verb governs the event noun ("took part in talks").
PARTICIPATION_PREPS = frozenset({"in", "at"})


def anchor_of(trigger: Trigger, light: frozenset[str], participation: frozenset[str], responsibility: frozenset[str] = frozenset(),
              measures: frozenset[str] = frozenset()) -> Token:
    """The word that reports an event: a verb trigger itself, else the verb an event noun hangs on
    ("held talks", "took part in talks", "wrapped up two days of talks"), else the noun."""
    token = trigger.token
    if trigger.pos != "noun":
        return token
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in measures \
            and head.head.dep_ in NOUN_ANCHOR_DEPS and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head  # "wrapped up two days of talks": the verb of the measure phrase reports the event
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in responsibility \
            and head.head.dep_ in NOUN_ANCHOR_DEPS and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head  # "X claimed responsibility for an attack": X is the attack's actor
    if token.dep_ in NOUN_ANCHOR_DEPS | SUBJECT_ANCHOR_DEPS and head.pos_ in ("VERB", "AUX"):
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in PARTICIPATION_PREPS and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if verb.lemma_.lower() in participation:
            return verb
    return token


def measure_phrase(noun: Token, measures: frozenset[str]) -> Token | None:
    """The measure noun an event noun is counted by when that phrase is a verb's object or passive subject
    ("the fourth round of talks was postponed", "cancelled two days of talks"), else None."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return None
    measure = of.head
    if measure.lemma_.lower() in measures and measure.dep_ in NOUN_ANCHOR_DEPS and measure.head.pos_ in ("VERB", "AUX"):
        return measure
    return None
