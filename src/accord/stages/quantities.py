"""Quantities: numbers attached to events (people, dead, injured, hours)."""

from __future__ import annotations

from accord.stages.base import ArticleState, Stage


def run(state: ArticleState) -> None:
    """Fill ``event.quantities`` for the events in ``state.events``."""


STAGE = Stage("quantities", run, reads=("doc", "events"), writes=("events",))
