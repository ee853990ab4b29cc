"""Responses to the lead's act (issue 14 item 5): an act the lead paragraphs tell as a direct answer to the
article's day-dated main act takes its day.

A story dates its main act once and tells the answer to it right after, with no date word: "The U.S.
imposed tariffs on European steel on Tuesday. Europe quickly retaliated ..."; "Hamas fired rockets at
Israel on Monday. In response, Israel struck Gaza". Such an act is dated only when it is told in the
simple past in the story's own voice, as a response (a reaction verb, or "in response", "in retaliation"),
by or to a party of the main act, within ``RESPONSE_SENTENCES`` of it, with no other time told between:
an answer told later in the story, or after "last year" or "earlier", may be days apart.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event
from accord.stages.anchors import EventAnchors, event_anchors
from accord.stages.base import ArticleState
from accord.stages.calendar import date_words
from accord.stages.date_attachment import placed_in_time, shifted_in_time, simple_past, to_event_date
from accord.stages.date_occasion import Occasion, main_occasion
from accord.stages.grammar import preposition_objects

# How many sentences after the main act's an answer to it may be told and still take its day: the lead
# paragraph, where a story tells the day's exchange; further on, a response is as often days later.
RESPONSE_SENTENCES = 2
# The statement kind of a direct quote, whose words' times are the speaker's.
DIRECT_KIND = "direct"
# How the parser hangs the particle of a phrasal reaction verb ("hit back"): as a particle or an adverb.
PARTICLE_DEPS = frozenset({"prt", "advmod"})


@functools.lru_cache(maxsize=1)
def _response_words() -> dict:
    return date_words()["response"]


def _tells_response(verb: Token) -> bool:
    """Whether a clause tells a response: a reaction verb ("retaliated", "hit back") or "in response",
    "in retaliation", "as a reprisal" on it."""
    words = _response_words()
    if any(c.dep_ == "advmod" and c.lower_ in words["habitual"] for c in verb.children):
        return False  # "Israel often retaliated": a habit, not the answer to this act
    lemma = verb.lemma_.lower()
    if lemma in words["verbs"]:
        return True
    particles = words["phrasal"].get(lemma)
    if particles and any(c.dep_ in PARTICLE_DEPS and c.lower_ in particles for c in verb.children):
        return True
    nouns = set(words["nouns"])
    return any(n.lemma_.lower() in nouns for n in preposition_objects(verb, set(words["preps"])))


def _parties(event: Event) -> set[str]:
    """The event's doers and targets, by resolved entity and by actor code ("Ukraine" is one party whether
    resolved in one act and only coded in the other)."""
    return {key for p in [*event.actors, *event.recipients] for key in (p.entity, p.code) if key}


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence or a clause coordinated with the head: the story's told act, not a
    reported, relative or subordinate one with a time of its own."""
    current = verb
    while current.dep_ == "conj":
        current = current.head
    return current.head.i == current.i


def _in_direct_quote(state: ArticleState, event: Event) -> bool:
    start = event.trigger.start
    return any(s.kind == DIRECT_KIND and s.content.start <= start < s.content.end for s in state.statements)


def _other_time_between(state: ArticleState, start: int, end: int, occasion: Occasion, dates: dict[int, SpacySpan]) -> bool:
    """Whether a date expression between token ``start`` and ``end`` names another time than the occasion's
    day ("Last year, ...", "in 2019"): the story has moved on from the main act's day."""
    for ent in {dates[i] for i in range(start, end) if i in dates}:
        found = to_event_date(state, ent, False)
        if found is None or found.value != occasion.date.value:
            return True
    return False


def _may_answer(state: ArticleState, event: Event, anchors: EventAnchors, dates: dict[int, SpacySpan]) -> bool:
    """An undated act done and told in the story's voice, in the simple past, in a main clause, in a sentence
    with no date, not set apart in time ("had earlier retaliated") nor placed relative to another time."""
    anchor = state.doc[anchors.anchor]
    return (event.date is None and event.modality == "asserted" and event.assertion in (None, "asserted")
            and simple_past(anchor) and not shifted_in_time(anchor) and not placed_in_time(anchor)
            and _main_clause(anchor) and not _in_direct_quote(state, event)
            and not any(t.i in dates for t in anchor.sent))


def date_responses(state: ArticleState, dates: dict[int, SpacySpan]) -> list[Event]:
    """Give the main act's day to the undated acts of the lead paragraphs told as direct answers to it by or
    to one of its parties; returns the events dated."""
    occasion = main_occasion(state)
    if occasion is None:
        return []
    main = next((e for e in state.events if e.trigger.start == occasion.start), None)
    if main is None or not _parties(main):
        return []
    sentences = list(state.doc.sents)
    main_sentence = state.doc.char_span(main.trigger.start, main.trigger.end, alignment_mode="expand")
    if main_sentence is None:
        return []
    first = next(i for i, s in enumerate(sentences) if s.start <= main_sentence.start < s.end)
    reach = sentences[first + 1:first + 1 + RESPONSE_SENTENCES]
    if not reach:
        return []
    anchors_by_id = event_anchors(state)
    changed: list[Event] = []
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        if anchors is None or event.id == main.id:
            continue
        anchor = state.doc[anchors.anchor]
        if not reach[0].start <= anchor.i < reach[-1].end or not _may_answer(state, event, anchors, dates):
            continue
        if not _tells_response(anchor) or not (_parties(event) & _parties(main)):
            continue
        if _other_time_between(state, sentences[first].end, anchor.sent.start, occasion, dates):
            continue
        event.date = occasion.date
        changed.append(event)
    return changed
