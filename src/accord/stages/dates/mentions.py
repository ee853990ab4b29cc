"""Dates an event's own re-mentions give it (issue 14 items 4 and 5).

The events stage folds the later words that tell an act again into the one event it keeps ("The envoys held
talks. ... The envoy met the minister on Tuesday": one CONSULT, ``Event.mentions``); the kept event's words may
carry no day while a mention does. The walk reads only the kept words, so after it an undated done act takes
the day its mentions give, when every mention giving one gives the same day: one act has one day, and mentions
disagreeing say the grouping or a date is wrong.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, EventDate, Span
from accord.stages.base import ArticleState
from accord.stages.dates.attachment import (
    OBJECT_DEP,
    occasion_dates,
    occurrence_verb,
    own_dates,
    shifted_in_time,
    tells_occurrence,
    to_event_date,
)
from accord.stages.dates.clauses import told_ahead
from accord.stages.grammar import VERB_POS

# Modalities of an act the mentions may date: a done act, told again (the walk's own context modalities).
DATED_MODALITIES = frozenset({"asserted", "historical"})
# The tag of a verb's bare form and of a modal: a mention told so ("will meet on Friday") is an act to come.
BARE_VERB_TAG = "VB"
MODAL_TAG = "MD"
# Words placing a noun's occasion ahead of the act told ("before the talks", "ahead of Friday's vote", "prior to
# the summit"): a mention so placed may name an occasion still to come, read back as past.
AHEAD_WORDS = frozenset({"before", "ahead", "prior"})


def _told_ahead(verb: Token) -> bool:
    """Whether a verb mention tells its act as to come or wished for ("will meet on Friday", "to meet Friday"):
    its day is not the done act's."""
    return verb.tag_ == BARE_VERB_TAG or any(c.tag_ == MODAL_TAG for c in verb.children)


def _mention_dates(head: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The date expressions a mention's head word gives its act: a verb's own ("spoke on Tuesday with"); a
    noun's as an occasion ("Saturday's talks", "talks which took place on Sunday"), of the verb telling it took
    place ("the talks began Sunday"), or of the verb holding it as its object ("held discussions on Saturday")."""
    if head.pos_ in VERB_POS:
        return [] if _told_ahead(head) else own_dates(head, dates)
    if head.pos_ != "NOUN" or (head.head.pos_ in VERB_POS and _told_ahead(head.head)):
        return []  # "will hold discussions on Friday": the talks to come, whatever their day
    if head.dep_ == "pobj" and (head.head.lower_ in AHEAD_WORDS or head.head.head.lower_ in AHEAD_WORDS):
        return []  # "ahead of Saturday's talks": perhaps to come
    found = occasion_dates(head, dates)
    happened = occurrence_verb(head)
    if happened is not None and not _told_ahead(happened):  # not "the talks will begin Monday"
        found.extend(own_dates(happened, dates))
    holder = head.head
    if head.dep_ == OBJECT_DEP and holder.pos_ in VERB_POS and tells_occurrence(holder):
        found.extend(own_dates(holder, dates))
    return found


def mention_day(state: ArticleState, mentions: list[Span], dates: dict[int, SpacySpan]) -> EventDate | None:
    """The one date an event's re-mentions give it, when those giving one agree; else None."""
    found: dict[str, EventDate] = {}
    for mention in mentions:
        span = state.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if shifted_in_time(head):
            continue  # "had earlier met them on Monday": told at a time apart from the story's
        for ent in _mention_dates(head, dates):
            day = to_event_date(state, ent, False)
            if day is not None and not told_ahead(state, day):
                found.setdefault(day.value, day)
    return next(iter(found.values())) if len(found) == 1 else None


def date_from_mentions(state: ArticleState, dates: dict[int, SpacySpan]) -> list[Event]:
    """Date each undated done act by its re-mentions (``mention_day``); returns the events dated."""
    dated: list[Event] = []
    for event in state.events:
        if event.date is not None or not event.mentions or event.modality not in DATED_MODALITIES:
            continue
        day = mention_day(state, event.mentions, dates)
        if day is not None:
            event.date = day
            dated.append(event)
    return dated
