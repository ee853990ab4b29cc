"""Events: who did what to whom, coded in PLOVER 2.0 (triggers, frames, participants, negation, modality)."""

from __future__ import annotations

from accord.stages.anchors import ANCHORS_KEY
from accord.stages.base import ArticleState, Stage
from accord.stages.entities import RESOLVE_READS
from accord.stages.events.extraction import extract_events
from accord.stages.statements.link_lists import LINK_LISTS_KEY


def run(state: ArticleState) -> None:
    """Find PLOVER events and write them to ``state.events``."""
    state.events = extract_events(state)


STAGE = Stage(
    "events", run, reads=("article", "doc", "entities", "statements", f"scratch.{LINK_LISTS_KEY}", *RESOLVE_READS), writes=("events", f"scratch.{ANCHORS_KEY}")
)
