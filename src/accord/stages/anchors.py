"""Each event's token anchors: left by the events stage for the dates, places and quantities stages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from accord.records import Event
from accord.stages.base import ArticleState

# Scratch key under which the events stage leaves ``EventAnchors`` by event id.
ANCHORS_KEY = "event_anchors"


@dataclass(frozen=True)
class EventAnchors:
    """Token indices (into the Doc) an event was found at."""

    own: int  # the event's own word: its trigger, or the noun that stands for it ("talks" in "held talks")
    anchor: int  # the verb the event hangs on (the trigger itself for a verb trigger)
    inherit_from: int | None  # the token whose event this one takes its date and actors from, if any
    complement: int | None  # the complement naming what the event is about, when the trigger is its own word
    is_complement: bool  # whether the event is a frame's second complement (its anchor belongs to another event)


def event_anchors(state: ArticleState) -> dict[str, EventAnchors]:
    """The anchors the events stage left, by event id (empty before it ran)."""
    return state.scratch.get(ANCHORS_KEY, {})


def set_event_anchors(state: ArticleState, event_id: str, anchors: EventAnchors) -> None:
    """Record one event's anchors for the later stages."""
    state.scratch.setdefault(ANCHORS_KEY, {})[event_id] = anchors


def anchored_events(state: ArticleState) -> Iterator[tuple[Event, EventAnchors]]:
    """The article's events that have anchors, each with its anchors, in event order."""
    anchors = event_anchors(state)
    for event in state.events:
        found = anchors.get(event.id)
        if found is not None:
            yield event, found


def undated_told_events(state: ArticleState) -> Iterator[tuple[Event, EventAnchors]]:
    """The anchored events told as done that have no date yet, with their anchors: what the context
    rules of the dates stage may date (an event dated during the walk is not yielded again)."""
    for event, anchors in anchored_events(state):
        if event.date is None and event.modality == "asserted" and event.assertion in (None, "asserted"):
            yield event, anchors
