"""Statements: who said what — direct, indirect and mixed quotes with resolved speakers."""

from __future__ import annotations

from accord.stages.base import ArticleState, Stage


def run(state: ArticleState) -> None:
    """Find reported statements and write them to ``state.statements``."""


STAGE = Stage("statements", run, reads=("doc", "entities"), writes=("statements",))
