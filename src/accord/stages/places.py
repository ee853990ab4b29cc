"""Places: each event's location, geocoded offline."""

from __future__ import annotations

from accord.stages.base import ArticleState, Stage


def run(state: ArticleState) -> None:
    """Fill ``event.location`` for the events in ``state.events``."""


STAGE = Stage("places", run, reads=("doc", "events"), writes=("events",))
