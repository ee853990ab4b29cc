"""Entities and speakers: people, organisations and countries with every mention, actor-coded."""

from __future__ import annotations

from accord.stages.base import ArticleState, Stage


def run(state: ArticleState) -> None:
    """Find the article's entities and write them to ``state.entities``."""


STAGE = Stage("entities", run, reads=("doc",), writes=("entities",))
