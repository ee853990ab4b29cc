"""Responses (issue 14 item 5): an act told as a direct answer to the dated act just before it takes its day.

A story dates an act once and tells the answer to it right after, with no date word: "The U.S. imposed
tariffs on European steel on Tuesday. Europe quickly retaliated ..."; "Hamas fired rockets at Israel on
Monday. In response, Israel struck Gaza". Such an act is dated only when it is told in the simple past in
the story's own voice, as a response (a reaction verb, or "in response", "in retaliation"), by or to a
party of a day-dated act told within ``RESPONSE_SENTENCES`` before it, with no other time told between:
an answer told further on, or after "last year" or "earlier", may be days apart. A remark told on a day is
answered as an act is ("The army chief said Friday that the rebels broke the truce. In response, the rebel
commander accused ..."): a statement whose cue the story dates to the day counts as its speaker's act.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, EventDate
from accord.stages.anchors import event_anchors
from accord.stages.base import ArticleState
from accord.stages.dates.calendar import date_words
from accord.stages.dates.attachment import (
    in_direct_quote,
    main_clause,
    placed_in_time,
    shifted_in_time,
    simple_past,
    to_event_date,
)
from accord.stages.dates.context import StatementDates, coordinated_act_date
from accord.stages.dates.statement_index import statement_index
from accord.stages.events.habitual import tells_habit
from accord.stages.grammar import VERB_POS, preposition_objects
from accord.stages.token_filters import document_sentences, sentence_of

# How many sentences after a dated act an answer to it may be told and still take its day: about a
# paragraph, where a story tells one exchange; further on, a response is as often days later.
RESPONSE_SENTENCES = 2
# How the parser hangs the particle of a phrasal reaction verb ("hit back"): as a particle or an adverb.
PARTICLE_DEPS = frozenset({"prt", "advmod"})
# The preposition telling how a response was made ("responded by accusing").
BY = "by"


@functools.lru_cache(maxsize=1)
def _response_words() -> dict:
    return date_words()["response"]


def tells_response(verb: Token) -> bool:
    """Whether a clause tells a response: a reaction verb ("retaliated", "hit back") or "in response",
    "in retaliation", "as a reprisal" on it."""
    words = _response_words()
    if tells_habit(verb):
        return False  # "Israel often retaliated": a habit, not the answer to this act
    lemma = verb.lemma_.lower()
    if lemma in words["verbs"]:
        return True
    particles = words["phrasal"].get(lemma)
    if particles and any(c.dep_ in PARTICLE_DEPS and c.lower_ in particles for c in verb.children):
        return True
    nouns = set(words["nouns"])
    return any(n.lemma_.lower() in nouns for n in preposition_objects(verb, set(words["preps"])))


def _answers_by(gerund: Token) -> bool:
    """Whether an act is told as the way a response was made ("The White House responded by accusing ..."): a
    gerund under "by" on a verb telling a response."""
    return gerund.dep_ == "pcomp" and gerund.head.lower_ == BY and gerund.head.head.pos_ in VERB_POS \
        and tells_response(gerund.head.head)


def _parties(event: Event) -> set[str]:
    """The event's doers and targets, by resolved entity and by actor code ("Ukraine" is one party whether
    resolved in one act and only coded in the other)."""
    return {key for p in [*event.actors, *event.recipients] for key in (p.entity, p.code) if key}


def _other_time_between(state: ArticleState, start: int, end: int, day: EventDate, dates: dict[int, SpacySpan]) -> bool:
    """Whether a date expression between token ``start`` and ``end`` names another time than the occasion's
    day ("Last year, ...", "in 2019"): the story has moved on from the answered act's day."""
    for ent in {dates[i] for i in range(start, end) if i in dates}:
        found = to_event_date(state, ent, False)
        if found is None or found.value != day.value:
            return True
    return False


def _may_answer(state: ArticleState, event: Event, anchor: Token, dates: dict[int, SpacySpan]) -> bool:
    """An undated act done and told in the story's voice, in the simple past, in a main clause, in a sentence
    with no date, not set apart in time ("had earlier retaliated") nor placed relative to another time (told
    by ``anchor``: its verb, or the response verb of "responded by accusing")."""
    return (event.date is None and event.modality == "asserted" and event.assertion in (None, "asserted")
            and simple_past(anchor) and not shifted_in_time(anchor) and not placed_in_time(anchor)
            and main_clause(anchor) and not in_direct_quote(state, event)
            and not any(t.i in dates for t in sentence_of(anchor)))


def _sentence_index(state: ArticleState) -> tuple[tuple[SpacySpan, ...], list[int]]:
    sentences = document_sentences(state.doc)
    return sentences, [s.start for s in sentences]


# A dated act or remark a response may answer: its clause's sentence, its parties, its day, and the sentence
# telling it (an act's own word may sit in another sentence than the verb it hangs on).
Answerable = tuple[int, set[str], EventDate, int]


def _answered(event: Event, sentence: int, candidates: list[Answerable]) -> tuple[int, EventDate] | None:
    """The sentence and day of what the event answers: the last day-dated act or remark told in the
    ``RESPONSE_SENTENCES`` sentences before its own, by or to one of its parties."""
    parties = _parties(event)
    for index, others, day, told in reversed(candidates):
        if index >= sentence:
            continue
        if sentence - index > RESPONSE_SENTENCES:
            return None
        if parties & others:
            return told, day
    return None


def _dated_remarks(state: ArticleState, said_on: StatementDates, starts: list[int]) -> list[Answerable]:
    """The statements the story dates to a day, told in its own voice (a cue outside any quote), with their
    sentence's index and their speaker's entity and affiliation: a remark a response may answer."""
    quotes = statement_index(state)
    found: list[Answerable] = []
    for statement in state.statements:
        speaker = statement.speaker
        if statement.cue is None or speaker is None or quotes.in_direct_quote(statement.cue.start):
            continue
        parties = {key for key in (speaker.entity, speaker.affiliation) if key}
        day = said_on.date(statement) if parties else None
        if day is None or day.granularity != "day":
            continue
        cue = state.doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
        if cue is not None:
            index = bisect_right(starts, cue.root.i) - 1
            found.append((index, parties, day, index))
    return found


def date_responses(state: ArticleState, dates: dict[int, SpacySpan], said_on: StatementDates | None = None) -> list[Event]:
    """Give an act's day to the undated act told right after it as a direct answer to it, by or to one of its
    parties ("Hamas fired rockets at Israel on Monday. In response, Israel struck ..."), or to a remark the
    story dates (with ``said_on``, ``_dated_remarks``); returns the events dated."""
    sentences, starts = _sentence_index(state)
    anchors_by_id = event_anchors(state)
    dated: list[Answerable] = []  # day-dated asserted acts, then remarks
    remarks = None
    changed: list[Event] = []
    for event in sorted(state.events, key=lambda e: e.trigger.start):
        anchors = anchors_by_id.get(event.id)
        if anchors is None:
            continue
        anchor = state.doc[anchors.anchor]
        sentence = bisect_right(starts, anchor.i) - 1
        if event.date is not None:
            if event.modality == "asserted" and event.date.granularity == "day":
                told = bisect_right(starts, state.doc.char_span(
                    event.trigger.start, event.trigger.end, alignment_mode="expand").start) - 1
                dated.append((sentence, _parties(event), event.date, told))
            continue
        verb = anchor.head.head if _answers_by(anchor) else anchor  # "responded by accusing": told by "responded"
        if not _may_answer(state, event, verb, dates) or not tells_response(verb):
            continue
        if remarks is None:  # worked out only for an article telling a response
            remarks = _dated_remarks(state, said_on, starts) if said_on is not None else []
        answered = _answered(event, sentence, sorted(dated + remarks, key=lambda c: c[0]))
        if answered is None:
            continue
        answered_sentence, day = answered
        if _other_time_between(state, sentences[answered_sentence].end, sentence_of(anchor).start, day, dates):
            continue
        event.date = day
        changed.append(event)
    return changed + _linked_to(state, changed)


def _linked_to(state: ArticleState, answers: list[Event]) -> list[Event]:
    """Date the undated acts whose clauses are coordinated with or subordinate to a dated answer's, as the
    walk does for any dated act ("Europe quickly retaliated ..., while Canada imposed new tariffs")."""
    anchors_by_id = event_anchors(state)
    dated = {anchors_by_id[e.id].anchor: e.date for e in answers if e.date is not None}
    linked: list[Event] = []
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        if event.date is not None or anchors is None:
            continue
        found = coordinated_act_date(state, event, state.doc[anchors.anchor], dated)
        if found is not None:
            event.date = found
            linked.append(event)
    return linked
