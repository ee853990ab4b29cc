"""Acts told as under way, then detailed with their day (issue 14 item 5): "The senator is criticizing the
plan. In a statement, the senator on Tuesday dismissed it as ..." dates the act under way by the next sentence.

A story sums up an act in the present progressive and details it in the next sentence in the simple past with
the day ("Obama is defending his actions. The president said Tuesday ..."); the summary names no day itself.
The act under way takes that day only when every sign says the next sentence details it: the act is told in
the story's voice (not a quote), in a main clause, with no habit, shift in time or date of its own sentence;
the next sentence tells exactly one day, a day of the story (an act under way is of now), in the story's
voice; its head verb is in the simple past and its subject names the act's doer again: the same resolved
entity, or a pronoun or a definite description ("the Kentucky Republican") whose code, if any, is the doer's
and that names no other party of the summary's sentence.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, EventDate
from accord.stages.anchors import EventAnchors, undated_told_events
from accord.stages.base import ArticleState
from accord.stages.dates.attachment import (
    in_direct_quote,
    is_bound,
    main_clause,
    shifted_in_time,
    simple_past,
    to_event_date,
)
from accord.stages.dates.calendar import parse_published, story_day
from accord.stages.dates.context import present_progressive
from accord.stages.dates.followup import sentence_entities
from accord.stages.dates.statement_index import statement_index
from accord.stages.entities import resolve_mention
from accord.stages.events.habitual import tells_habit
from accord.stages.events.references import has_definite_determiner
from accord.stages.grammar import MODAL_TAG, SUBJECT_DEPS
from accord.stages.token_filters import sentence_of, token_sentences

# Pronouns naming again a doer just named ("He said Tuesday ...").
ANAPHORS = frozenset({"he", "she", "they", "it"})


def _under_way(state: ArticleState, event: Event, anchors: EventAnchors, dates: dict[int, SpacySpan]) -> bool:
    """An act told as under way ("is criticizing") in the story's voice, in a main clause of a sentence
    telling no time, with no habit, modal or shift in time."""
    anchor = state.doc[anchors.anchor]
    return (present_progressive(anchor) and main_clause(anchor) and not in_direct_quote(state, event)
            and not tells_habit(anchor) and not shifted_in_time(anchor)
            and not any(c.tag_ == MODAL_TAG for c in anchor.children)
            and not any(t.i in dates for t in sentence_of(anchor)))


def _one_story_day(state: ArticleState, sentence: SpacySpan, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The one day a sentence tells in the story's voice, when it tells exactly one and it is the story's."""
    published = parse_published(state.article.published)
    quotes = statement_index(state)
    found: dict[str, EventDate] = {}
    for ent in {dates[t.i] for t in sentence if t.i in dates}:
        date = None if is_bound(ent) or quotes.in_direct_quote(ent.start_char) else to_event_date(state, ent, False)
        if date is None:
            return None  # "until Friday", a quoted "today", an unresolved time: not the plain day of a done act
        found[date.value] = date
    if len(found) != 1:
        return None
    date = next(iter(found.values()))
    return date if story_day(date, published) else None


def _doer_entities(state: ArticleState, event: Event) -> set[str]:
    """The entities of the event's doers: their own, or their span's when the event carries none ("Governor Ana
    Ruiz", with no country code)."""
    found: set[str] = set()
    for actor in event.actors:
        mention = None if actor.entity else resolve_mention(state, actor.start, actor.end)
        entity = actor.entity or (mention.entity if mention is not None else None)
        if entity:
            found.add(entity)
    return found


def _names_doer_again(state: ArticleState, event: Event, subject: Token, others: set[str]) -> bool:
    """Whether a subject names the event's doer again: the same resolved entity, or a pronoun or definite
    description ("The president", "the Kentucky Republican") whose code, if it has one, is the doer's and
    which names no other party of the summary's sentence (``others``: "criticizing the utility. The company
    said ...")."""
    mention = resolve_mention(state, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
    doers = _doer_entities(state, event)
    if mention is not None and mention.entity and mention.entity in doers:
        return True
    if mention is not None and mention.entity in others:
        return False
    anaphoric = subject.lower_ in ANAPHORS or has_definite_determiner(subject)
    codes = {a.code for a in event.actors if a.code}
    return anaphoric and (mention is None or mention.code is None or mention.code in codes)


def date_underway_summaries(state: ArticleState, dates: dict[int, SpacySpan]) -> list[Event]:
    """Give an undated act told as under way the day of the next sentence detailing it; returns the events
    dated."""
    changed: list[Event] = []
    for event, anchors in undated_told_events(state):
        if not _under_way(state, event, anchors, dates):
            continue
        sentence = token_sentences(state.doc)[anchors.anchor]
        if sentence.end >= len(state.doc):
            continue
        following = token_sentences(state.doc)[sentence.end]
        root = following.root
        if not simple_past(root) or _in_quote(state, root):
            continue
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
        others = sentence_entities(state, sentence) - _doer_entities(state, event)
        if not subjects or not all(_names_doer_again(state, event, s, others) for s in subjects):
            continue
        day = _one_story_day(state, following, dates)
        if day is not None:
            event.date = day
            changed.append(event)
    return changed


def _in_quote(state: ArticleState, token: Token) -> bool:
    """Whether a word lies in a direct quote (the speaker's words, not the story's narration)."""
    return statement_index(state).in_direct_quote(token.idx)
