"""Acts told again in a reported clause (issue 14): a dated act of the story's lead told once more in the next
sentence or two as what someone reported takes the lead act's day.

A story tells its lead act with its day and then tells it again, or a part of it, as a source put it: "A van
rammed into a crowd in the square on Friday night. The van struck dozens of people near the harbor, police
said." The act said is not in a main clause, so the carried-date and follow-up rules (``dates.stage``,
``dates.followup``) leave it. It takes the earlier act's day only when every sign says it is the same act or
a part of it: it is the reported clause of a speech verb heading its sentence ("police said"), told in the
simple past (not "had seized", nor set apart or placed against another time, nor a habit), with no time
written in its sentence; the earlier act is asserted, in the story's voice, of the same PLOVER type, told at
most ``RETOLD_SENTENCES`` sentences before with its day written in its own sentence, and no other time is told
between them; and the two share a doer (the same entity, or the same head noun: "a van ... the van") or the
thing acted on, told as known ("a crowd ... the crowd"), unless a party other than the lead's doers reports its own
act on it ("Insurgents said they ambushed the column"). A different doer acting on a different thing is another act;
so is one by a party coded otherwise or told with other modifiers ("the government army" after "the rebel army"),
one on a new thing of the kind ("a village" again), or one at a place the earlier sentence does not name (review3 M3).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import ActorRef, Event, EventDate
from accord.stages.anchors import EventAnchors, event_anchors
from accord.stages.base import ArticleState
from accord.stages.dates.attachment import (
    in_direct_quote,
    main_clause,
    own_dates,
    placed_in_time,
    shifted_in_time,
    simple_past,
    tags_a_quote,
)
from accord.stages.dates.clauses import another_time_between
from accord.stages.dates.followup import OBJECT_DEPS
from accord.stages.dates.occasion import doer_heads, reporting_party
from accord.stages.events.habitual import tells_habit
from accord.stages.events.references import told_as_known
from accord.stages.grammar import MODAL_TAG
from accord.stages.positions import speech_verbs
from accord.stages.token_filters import document_sentences

# How many sentences before the reported act the dated act may be told: a story tells its lead again in the
# next sentence or the one after; further on, a reported act is as often another one of the same kind.
RETOLD_SENTENCES = 2
# Date precisions the reported act takes: a day (or a time of it); a month or a year is a background time.
RETOLD_GRANULARITIES = frozenset({"day"})
# How a reported clause hangs on the speech verb reporting it ("the van struck ..., police said").
REPORTED_DEPS = frozenset({"ccomp"})
# Parts of speech a shared head noun is compared on: a noun ("van", "crowd"), or a name (the parser tags a
# capitalised "The Van" at a sentence start as one).
SHARED_NOUN_POS = frozenset({"NOUN", "PROPN"})
# Links of the words that tell which one of a kind a doer is ("the rebel army", "Ukrainian forces", "Kyiv's army"):
# one head noun with other such words names another party (review3 M3).
DOER_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# Entity labels of a place the later clause names: a place the earlier sentence does not name is another act's.
RETOLD_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _reported(anchor: Token) -> bool:
    """Whether a verb is the reported clause of a speech verb heading its sentence, told without a modal
    ("..., police said", "officials say ..."): not a clause reported as to come or as possible."""
    head = anchor.head
    return (anchor.dep_ in REPORTED_DEPS and head.i != anchor.i and main_clause(head)
            and head.lemma_.lower() in speech_verbs() and not any(c.tag_ == MODAL_TAG for c in head.children))


def _may_be_retold(state: ArticleState, event: Event, anchors: EventAnchors, dates: dict[int, SpacySpan],
                   sentence: SpacySpan) -> bool:
    """An undated asserted act reported in the simple past, not set apart or placed in time, with no time
    written in its sentence."""
    anchor = state.doc[anchors.anchor]
    return (event.date is None and event.modality == "asserted" and event.assertion in (None, "asserted")
            and not event.negated and anchors.own == anchors.anchor and _reported(anchor) and simple_past(anchor)
            and not shifted_in_time(anchor) and not placed_in_time(anchor) and not tells_habit(anchor)
            and not in_direct_quote(state, event) and not tags_a_quote(state, event)
            and not own_dates(anchor, dates) and not any(i in dates for i in range(sentence.start, sentence.end)))


def _heads(state: ArticleState, participants: Iterable[ActorRef]) -> set[str]:
    """The head nouns of the participants' spans ("the van" -> "van")."""
    found: set[str] = set()
    for participant in participants:
        span = state.doc.char_span(participant.start, participant.end, alignment_mode="expand")
        if span is not None and span.root.pos_ in SHARED_NOUN_POS:
            found.add(span.root.lemma_.lower())
    return found


def _objects(verb: Token) -> set[str]:
    """The head nouns of what a verb acts on, as its object or after its preposition ("rammed into a crowd")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return {o.lemma_.lower() for o in objects if o.pos_ in SHARED_NOUN_POS}


def _subjects(verb: Token) -> set[str]:
    """The head nouns of a verb's subjects ("a van rammed" -> "van"): the doer as told, whether or not the events
    stage made it a party (a vehicle is none: it acts for an unnamed driver)."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" and c.pos_ in SHARED_NOUN_POS}


def _definite_objects(verb: Token) -> set[str]:
    """The head nouns of what a verb acts on told as known ("the village", "its camp"): a new one ("a village") may
    be another of the kind."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return {o.lemma_.lower() for o in objects if o.pos_ in SHARED_NOUN_POS and told_as_known(o)}


def _doer_modifiers(verb: Token) -> set[str]:
    """The words telling which one a verb's subject is ("the rebel army" -> {"rebel"})."""
    return {m.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"
            for m in c.children if m.dep_ in DOER_MODIFIER_DEPS}


def _other_party_or_place(event: Event, anchor: Token, earlier: Event, earlier_anchor: Token) -> bool:
    """Whether the later act is told of another party or place: doers coded differently, a doer's modifiers
    other than the earlier one's ("the government army" after "the rebel army"), or a place its clause names
    that the earlier sentence does not ("arrested a reporter in Grodno" after an arrest in Minsk)."""
    codes, before = {a.code for a in event.actors if a.code}, {a.code for a in earlier.actors if a.code}
    if codes and before and codes != before:
        return True
    modifiers, told_modifiers = _doer_modifiers(anchor), _doer_modifiers(earlier_anchor)
    if modifiers and told_modifiers and modifiers != told_modifiers:
        return True
    told = {t.lower_ for t in earlier_anchor.sent}
    return any(t.ent_type_ in RETOLD_PLACE_LABELS and t.lower_ not in told for t in anchor.subtree)


def _same_act(state: ArticleState, event: Event, anchor: Token, earlier: Event, earlier_anchor: Token) -> bool:
    """Whether two acts of one type share a doer (entity or head noun) or the thing acted on, told as known, with no
    other party or place (``_other_party_or_place``)."""
    if event.event != earlier.event or _other_party_or_place(event, anchor, earlier, earlier_anchor):
        return False
    doers = {a.entity for a in event.actors if a.entity}
    if doers & {a.entity for a in earlier.actors if a.entity} or ((_heads(state, event.actors) | _subjects(anchor))
                                                                 & (_heads(state, earlier.actors) | _subjects(earlier_anchor))):
        return True
    targets = {a.entity for a in event.recipients if a.entity}
    if targets & {a.entity for a in earlier.recipients if a.entity}:
        return True
    told, before = reporting_party(anchor), doer_heads(earlier_anchor) | _heads(state, earlier.actors)
    if told and before and not told & before:
        return False  # "Insurgents said they ambushed the column" after troops attacked it: others acting on the thing
    return bool(_definite_objects(anchor) & (_heads(state, earlier.recipients) | _objects(earlier_anchor)))


def date_retold_acts(state: ArticleState, dates: dict[int, SpacySpan]) -> list[Event]:
    """Give a dated act's day to the same act told again in a reported clause in the next sentences; returns
    the events dated. A date given here is not carried on."""
    anchors_by_id = event_anchors(state)
    sentences = document_sentences(state.doc)
    starts = [s.start for s in sentences]
    # the dated acts told in the story's voice with their day written in their own sentence, by sentence
    told: dict[int, list[tuple[Event, Token, EventDate]]] = {}
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        date = event.date
        if (anchors is None or date is None or event.modality != "asserted" or event.negated
                or date.granularity not in RETOLD_GRANULARITIES):
            continue
        anchor = state.doc[anchors.anchor]
        index = bisect_right(starts, anchor.i) - 1
        sentence = sentences[index]
        if in_direct_quote(state, event) or not any(i in dates for i in range(sentence.start, sentence.end)):
            continue
        told.setdefault(index, []).append((event, anchor, date))
    if not told:
        return []
    changed: list[Event] = []
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        if anchors is None:
            continue
        anchor = state.doc[anchors.anchor]
        index = bisect_right(starts, anchor.i) - 1
        if not _may_be_retold(state, event, anchors, dates, sentences[index]):
            continue
        for back in range(index - 1, max(-1, index - 1 - RETOLD_SENTENCES), -1):
            found = next((date for earlier, earlier_anchor, date in told.get(back, ())
                          if _same_act(state, event, anchor, earlier, earlier_anchor)), None)
            if found is not None:
                if not another_time_between(state, dates, sentences[back].end_char, sentences[index].start_char, found.value):
                    event.date = found
                    changed.append(event)
                break
    return changed
