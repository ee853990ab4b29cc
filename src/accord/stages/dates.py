"""Dates: each event's date, resolved against the article's publication date."""

from __future__ import annotations

from accord.stages.base import ArticleState, Stage


def run(state: ArticleState) -> None:
    """Fill ``event.date`` for the events in ``state.events``."""


STAGE = Stage("dates", run, reads=("doc", "events"), writes=("events",))
