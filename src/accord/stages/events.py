"""Events: who did what to whom, coded in PLOVER 2.0."""

from __future__ import annotations

from accord.stages.base import ArticleState, Stage


def run(state: ArticleState) -> None:
    """Find PLOVER events and write them to ``state.events``."""


STAGE = Stage("events", run, reads=("doc", "entities", "statements"), writes=("events",))
