"""Positions: issues and assessment (polarity with evidence) of statements and events."""

from __future__ import annotations

from accord.stages.base import ArticleState, Stage


def run(state: ArticleState) -> None:
    """Tag statements and events with issues and polarity."""


STAGE = Stage("positions", run, reads=("doc", "statements", "events"), writes=("statements", "events"))
