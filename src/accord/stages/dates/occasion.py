"""The article's occasions (issue 14 item 5): the acts its lead dates to a day, and the later clauses that
name one of them again without a date of their own.

A story dates its main act once ("Serbia and Kosovo held indirect talks in Brussels on May 9") and then
tells it again by a definite noun: "The talks were brokered by Norway", "During the talks, the envoy conveyed
...", "Belgium's foreign minister hosted the meeting". Such a clause, told in the simple past with no date
in its sentence, takes the occasion's day. A noun set apart from it ("the first round", "previous
talks") names another occasion and carries nothing; nor does the thing the occasion acted on, named again in
another party's report of its own act ("Insurgents said they ambushed the column" after troops attacked it).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, EventDate
from accord.stages.anchors import EventAnchors, event_anchors
from accord.stages.base import ArticleState
from accord.stages.dates.calendar import date_words
from accord.stages.dates.attachment import own_dates, shifted_in_time, simple_past
from accord.stages.events.references import DEFINITE_DETERMINERS, event_noun_type
from accord.stages.grammar import SUBJECT_DEPS, VERB_POS, preposition_objects
from accord.stages.token_filters import document_sentences, sentence_of

# The lead and the sentences right after it: where a story gives the day of its main act.
LEAD_SENTENCES = 3
# How many sentences after the occasion's its parties' undated acts are that day's follow-ups.
# How a clause names an occasion: as its subject or object, or through "at", "during" or "in".
NAMING_DEPS = SUBJECT_DEPS | {"dobj"}
# A possessive naming the occasion's party ("In her meeting with Minister Halloran") makes a noun definite too.
DEFINITE_DEPS = frozenset({"det", "poss"})
# Modalities of the clauses that may take the occasion's day: a done act, told again.
CARRIED_MODALITIES = frozenset({"asserted"})
# How a verb is coordinated with the one before it ("expressed satisfaction ... and commended ...").
CONJUNCT_DEP = "conj"
# How a doer stands as a clause's subject (a passive subject is the thing acted on), the tag of a personal
# pronoun, the parts of speech of a doer told by a noun, and how a reported clause hangs on its speech verb.
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj"})
PRONOUN_TAG = "PRP"
DOER_POS = frozenset({"NOUN", "PROPN"})
REPORTED_DEPS = frozenset({"ccomp"})


@dataclass(frozen=True)
class Occasion:
    """The lead's day-dated act: its day, its type, and the words that name it ("talks", "meeting")."""

    date: EventDate
    event_type: str
    lemmas: frozenset[str]
    start: int  # the character where its trigger starts: only later clauses name it again
    # the head nouns of its doers as told ("Government troops attacked ..." -> {"troop"}): a thing it acted on,
    # named again in another party's report of its own act, is no re-mention of it
    doers: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _other_occasion_words() -> frozenset[str]:
    return frozenset(date_words()["other_occasion_words"])


def lead_occasions(state: ArticleState) -> list[Occasion]:
    """The asserted acts of the lead's sentences dated to a day, in text order (the lead may date an agreement
    and the talks it ended: "settled on expert meetings ..., the minister said on Saturday"; "The talks ended on
    Saturday"): a later clause may name any of them again."""
    sentences = document_sentences(state.doc)[:LEAD_SENTENCES]
    if not sentences:
        return []
    lead_end = sentences[-1].end_char
    anchors = event_anchors(state)
    found: list[Occasion] = []
    for event in sorted(state.events, key=lambda e: e.trigger.start):
        if event.trigger.start >= lead_end:
            break
        if event.modality in CARRIED_MODALITIES and event.date is not None and event.date.granularity == "day" \
                and event.id in anchors:
            own = state.doc[anchors[event.id].own]
            lemmas = {own.lemma_.lower()} | {c.lemma_.lower() for c in own.children if c.dep_ == "dobj"}
            found.append(Occasion(event.date, event.event, frozenset(lemmas), event.trigger.start,
                                  frozenset(doer_heads(state.doc[anchors[event.id].anchor]))))
    return found


def doer_heads(verb: Token) -> set[str]:
    """The head nouns of a clause's doers as told ("Government troops attacked ..." -> {"troop"})."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS and c.pos_ in DOER_POS}


def reporting_party(verb: Token) -> set[str]:
    """For a reported clause told with a pronoun subject, the head nouns of its reporter's subject ("Insurgents
    said they ambushed ..." -> {"insurgent"}): a party telling its own act. Empty for any other clause."""
    if verb.dep_ not in REPORTED_DEPS or not any(c.dep_ in ACTIVE_SUBJECT_DEPS and c.tag_ == PRONOUN_TAG
                                                 for c in verb.children):
        return set()
    return doer_heads(verb.head)


def _another_doer_on_its_thing(noun: Token, anchor: Token, occasion: Occasion) -> bool:
    """Whether a clause names the occasion only by the thing it acted on ("the column"), not by a noun naming
    the occasion itself ("the talks"), while a party other than the occasion's doers reports acting on it
    ("Insurgents said they ambushed the column" after troops attacked it): another party's act, whose day the
    text does not tell."""
    if noun.i == anchor.i or event_noun_type(noun) is not None:
        return False
    reporters = reporting_party(anchor)
    return bool(reporters) and bool(occasion.doers) and not reporters & occasion.doers


def _names_occasion(noun: Token, occasion: Occasion, dates: dict[int, SpacySpan]) -> bool:
    """Whether a noun names the occasion again: a definite noun of its word or type, with no word setting it
    apart ("the first round", "the next talks") and no date of its own."""
    if noun.pos_ != "NOUN" or not any(c.dep_ in DEFINITE_DEPS and (c.dep_ == "poss" or c.lower_ in DEFINITE_DETERMINERS)
                                      for c in noun.children):
        return False
    if noun.lemma_.lower() not in occasion.lemmas and event_noun_type(noun) != occasion.event_type:
        return False
    others = _other_occasion_words()
    return not any(t.lower_ in others for t in noun.subtree) and not own_dates(noun, dates)


def _named_nouns(anchor: Token, same_type: bool) -> list[Token]:
    """The nouns through which a clause may name its occasion: the object of an occasion preposition on it or
    on an adverbial clause of it ("During the talks, ..."), and, for an act of the occasion's own type, its
    subject or object ("The talks were brokered by Norway", "hosted the meeting"); an act of another type
    takes its subject or object as its content ("Moscow denied the charges"), which may be days later."""
    preps = set(date_words()["occasion_preps"])
    found = [c for c in anchor.children if c.dep_ in NAMING_DEPS] if same_type else []
    found += preposition_objects(anchor, preps)
    for clause in (c for c in anchor.children if c.dep_ == "advcl"):
        found += preposition_objects(clause, preps)
    return found + _fronted_occasions(anchor, preps)


def _fronted_occasions(anchor: Token, preps: set[str]) -> list[Token]:
    """The occasion a coordinated verb shares with the first ("In his meeting with the envoy, she voiced hope
    and praised ..."): the parser hangs the phrase set before the clause on the first verb only."""
    if anchor.dep_ != CONJUNCT_DEP or anchor.head.pos_ not in VERB_POS:
        return []
    first = anchor.head
    return [n for n in preposition_objects(first, preps) if n.i < first.i]


def _clause_verb(anchor: Token) -> Token:
    """The verb an event's anchor is told by: the anchor itself, or for an act named by the object of an occasion
    preposition ("In his meeting with the envoy, she voiced hope"), the verb that phrase sets the scene of."""
    if anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" and anchor.head.lower_ in date_words()["occasion_preps"] \
            and anchor.head.head.pos_ in VERB_POS:
        return anchor.head.head
    return anchor


def _sentence_has_date(token: Token, dates: dict[int, SpacySpan]) -> bool:
    return any(t.i in dates for t in sentence_of(token))


def _may_take(state: ArticleState, event: Event, anchors: EventAnchors, dates: dict[int, SpacySpan]) -> bool:
    """An undated act done and told in the simple past, in a sentence with no date of its own, not set apart
    in time ("had earlier met")."""
    anchor = _clause_verb(state.doc[anchors.anchor])
    return (event.date is None and event.modality in CARRIED_MODALITIES and event.assertion in (None, "asserted")
            and simple_past(anchor) and not shifted_in_time(anchor) and not _sentence_has_date(anchor, dates))


def date_occasion_mentions(state: ArticleState, dates: dict[int, SpacySpan]) -> list[Event]:
    """Give each lead occasion's day to the later undated clauses that name it again (the first occasion named
    wins); returns the events dated."""
    occasions = lead_occasions(state)
    if not occasions:
        return []
    anchors_by_id = event_anchors(state)
    changed: list[Event] = []
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        if anchors is None or event.trigger.start <= occasions[0].start or not _may_take(state, event, anchors, dates):
            continue
        for occasion in occasions:
            if event.trigger.start <= occasion.start:
                break
            nouns = _named_nouns(state.doc[anchors.anchor], event.event == occasion.event_type) + [state.doc[anchors.own]]
            anchor = state.doc[anchors.anchor]
            if any(_names_occasion(n, occasion, dates) and not _another_doer_on_its_thing(n, anchor, occasion)
                   for n in nouns):
                event.date = occasion.date
                changed.append(event)
                break
    return changed

