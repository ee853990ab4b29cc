"""Dates: each event's date, resolved against the article's publication date.

Order of evidence: a date expression on the event itself (its own modifiers or its clause's verb), the
date of the event it is inherited from or refers to ("After the talks, ..."), a free temporal adjunct of
a clause above it in the sentence; else no date. Events dated well before publication are historical.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, EventDate
from accord.stages.anchors import ANCHORS_KEY, event_anchors
from accord.stages.base import ArticleState, Stage
from accord.stages.calendar import date_words, parse_published, resolve
from accord.stages.dateline import dateline_date
from accord.stages.events.references import event_noun_type
from accord.stages.grammar import preposition_objects

# An event dated more than this many days before publication is historical (PLOVER auxiliary mode).
HISTORICAL_DAYS = 365
# How many heads up from the event's anchor a free temporal adjunct may attach.
CLAUSE_HOPS = 4
DATE_LABELS = frozenset({"DATE"})
# Clauses that modify a noun ("the leader, who was defeated in 2013, ..."): their dates are their own.
MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# How many characters back a dated act of the same actor may carry its date to an undated one.
CARRY_REACH = 400


def _date_entities(state: ArticleState) -> dict[int, SpacySpan]:
    """Date entities by each of their token indices."""
    index: dict[int, SpacySpan] = {}
    for ent in state.doc.ents:
        if ent.label_ in DATE_LABELS:
            for i in range(ent.start, ent.end):
                index[i] = ent
    return index


def _attachment(ent: SpacySpan) -> Token:
    """The word a date expression modifies: the head of its preposition, or its syntactic head."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        return head.head
    return head


def _own_dates(token: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    found: list[SpacySpan] = []
    for child in token.children:
        if child.i in dates:
            found.append(dates[child.i])
        elif child.dep_ == "prep":
            found.extend(dates[g.i] for g in child.children if g.dep_ == "pobj" and g.i in dates)
    return found


def reference_date(state: ArticleState) -> dt.date | None:
    """The day relative dates count from: the dateline's ("ISTANBUL, June 2 -"), else the publication's."""
    published = parse_published(state.article.published)
    return dateline_date(state.text, published) or published


def _to_event_date(state: ArticleState, ent: SpacySpan, future: bool) -> EventDate | None:
    resolved = resolve(ent.text, reference_date(state), future=future)
    if resolved is None:
        return None
    return EventDate(value=resolved.value, granularity=resolved.granularity, text=ent.text,
                     resolved=True, start=ent.start_char, end=ent.end_char)


def _referenced_date(state: ArticleState, anchor: Token, dated: dict[str, EventDate], event: Event) -> EventDate | None:
    """The date of an earlier event named in a same-day temporal phrase ("After the talks, ...")."""
    same_day = set(date_words()["same_day_preps"])
    for pobj in preposition_objects(anchor, same_day):
        if event_noun_type(pobj):
            earlier = [e for e in state.events if e.trigger.start < pobj.idx and e.id in dated and e.id != event.id]
            lemma = pobj.lemma_.lower()
            anchors = event_anchors(state)
            noun_type = event_noun_type(pobj)
            match = [e for e in earlier if e.event == noun_type and e.id in anchors
                     and (state.doc[anchors[e.id].own].lemma_.lower() == lemma or lemma in e.trigger.text.lower())]
            if match:
                return dated[match[-1].id]
    return None


def _date_for(state: ArticleState, event: Event, dates: dict[int, SpacySpan], dated: dict[str, EventDate]) -> EventDate | None:
    all_anchors = event_anchors(state)
    anchors = all_anchors.get(event.id)
    if anchors is None:
        return None
    doc = state.doc
    trigger, anchor = doc[anchors.own], doc[anchors.anchor]
    future = event.modality == "future"
    own_words = (trigger, anchor) if event_noun_type(trigger) in (None, event.event) else (anchor,)
    for token in own_words:
        if token is anchor and anchor is trigger and len(own_words) == 1:
            continue
        for ent in _own_dates(token, dates):
            found = _to_event_date(state, ent, future)
            if found:
                return found
    inherit = anchors.inherit_from
    if inherit is not None:
        source = next((e for e in state.events if e.id in all_anchors and all_anchors[e.id].own == inherit), None)
        if source is not None and source.id in dated:
            return dated[source.id]
        own = _own_dates(doc[inherit], dates)
        if own:
            return _to_event_date(state, own[0], future)
    referenced = _referenced_date(state, anchor, dated, event)
    if referenced is not None:
        return referenced
    return _date_up_the_clauses(state, anchor, dates, future, verbs_only=True)


def _sentence_date(state: ArticleState, event: Event, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The one date the event's sentence gives, when it gives exactly one ("Malawi's High Court on Jan. 14
    ordered ...", where the parse hangs the date on the subject)."""
    if event.sentence is None:
        return None
    found: dict[str, EventDate] = {}
    seen: set[int] = set()
    anchors = event_anchors(state).get(event.id)
    anchor = state.doc[anchors.anchor] if anchors is not None else None
    span = state.doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        ent = dates.get(token.i)
        if ent is None or ent.start in seen:
            continue
        seen.add(ent.start)
        owner = _attachment(ent)
        if owner.pos_ in ("NOUN", "PROPN") and event_noun_type(owner) is not None:
            continue  # "Friday's talks": the date of another event named in the sentence
        if owner.dep_ in MODIFIER_CLAUSE_DEPS and anchor is not None and not (owner.left_edge.i <= anchor.i <= owner.right_edge.i):
            continue  # "..., who was defeated in 2013, rejected ...": another clause's date
        resolved = _to_event_date(state, ent, event.modality == "future")
        if resolved is not None:
            found.setdefault(resolved.value, resolved)
    return next(iter(found.values())) if len(found) == 1 else None


def _statement_date(state: ArticleState, event: Event, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The date of the statement that reports the event ("'We urge ...,' he tweeted on Friday")."""
    statement = next((s for s in state.statements if s.id == event.statement), None) if event.statement else None
    if statement is None or statement.cue is None:
        return None
    cue = state.doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    if cue is None:
        return None
    return _date_up_the_clauses(state, cue.root, dates, False, verbs_only=False)


def _shifted_in_time(state: ArticleState, event: Event) -> bool:
    """The event's clause, or a clause above it, is set apart in time ("had previously said", "earlier")."""
    anchors = event_anchors(state).get(event.id)
    if anchors is None:
        return True
    shift = set(date_words()["time_shift_words"])
    current = state.doc[anchors.anchor]
    while True:
        for child in current.children:
            if child.dep_ == "advmod" and child.lower_ in shift:
                return True
            if child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ == "VBD":
                return True  # past perfect: before the time the story tells
        if current.head.i == current.i:
            return False
        current = current.head


def _carried_date(state: ArticleState, event: Event, earlier: list[tuple[Event, EventDate]]) -> EventDate | None:
    """The date of the same actor's dated act just before, close by ("Moise tweeted on Friday
    ... He also urged ..."): a story tells one actor's acts of one day together."""
    if event.modality != "asserted" or event.sentence is None or _shifted_in_time(state, event):
        return None
    codes = {a.code for a in event.actors if a.code}
    for previous, date in reversed(earlier):
        if previous.sentence is None or event.sentence.start - previous.sentence.end > CARRY_REACH:
            break
        if previous.modality == "asserted" and (codes & {a.code for a in previous.actors if a.code}
                                                 or (event.statement and event.statement == previous.statement)):
            return date
    return None


def _mark_historical(state: ArticleState, event: Event) -> None:
    published = parse_published(state.article.published)
    if published is None or event.date is None or not event.date.resolved or event.modality != "asserted":
        return
    parts = [int(p) for p in event.date.value.split("-")]
    when = dt.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 1)
    if (published - when).days > HISTORICAL_DAYS:
        event.modality = "historical"
        if event.assertion in (None, "asserted"):
            event.assertion = "historical"


def run(state: ArticleState) -> None:
    """Fill ``event.date`` for the events in ``state.events``."""
    if not state.events:
        return
    dates = _date_entities(state)
    dated: dict[str, EventDate] = {}
    earlier: list[tuple[Event, EventDate]] = []
    for event in state.events:
        found = _date_for(state, event, dates, dated) or _sentence_date(state, event, dates) \
            or _statement_date(state, event, dates) or _carried_date(state, event, earlier)
        if found is not None:
            earlier.append((event, found))
            event.date = found
            dated[event.id] = found
            _mark_historical(state, event)


STAGE = Stage("dates", run, reads=("article", "doc", "events", "statements", f"scratch.{ANCHORS_KEY}"), writes=("events",))


def _date_up_the_clauses(
    state: ArticleState, start: Token, dates: dict[int, SpacySpan], future: bool, verbs_only: bool
) -> EventDate | None:
    """The first resolvable date of ``start``'s clause or of the clauses above it (``CLAUSE_HOPS`` at most);
    with ``verbs_only``, only dates attached to a verb count."""
    current = start
    for _ in range(CLAUSE_HOPS):
        for ent in _own_dates(current, dates):
            if verbs_only and _attachment(ent).pos_ not in ("VERB", "AUX"):
                continue
            found = _to_event_date(state, ent, future)
            if found:
                return found
        if current.head is current:
            break
        current = current.head
    return None
