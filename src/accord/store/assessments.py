"""Assessed statements over time: what the positions chart plots (party, issue, assessment, date).

A statement's party is the one the corpus divergence assigns it (``accord.corpus.divergence.statement_side``
needs the article's mentions, so here: the statement's own ``party``, else the speaker's affiliation).
"""

from __future__ import annotations

import functools
import json
from typing import Any

import sqlalchemy as sa

from accord.knowledge.loader import read_json
from accord.store import schema
from accord.store.db import Store
from accord.store.filters import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    ParameterError,
    check_count,
    check_dates,
    check_text,
    date_range,
    newest_first,
    party_matches,
)
from accord.store.query import Page

# Statements a chart reads at most: the latest ones when more match (a chart of more points is unreadable).
CHART_POINTS = 1000


@functools.cache
def issue_labels() -> dict[str, str]:
    """Issue id -> its label, from the positions taxonomy (``data/positions/issues.json``)."""
    return {issue["id"]: issue.get("label") or issue["id"].replace("_", " ")
            for issue in read_json("positions/issues.json")["issues"]}


def check_issue(name: str, value: str | None) -> str | None:
    """An issue id of the taxonomy (``ceasefire``), or a ParameterError listing them; blank is absent."""
    value = check_text(name, value)
    if value is not None and value not in issue_labels():
        raise ParameterError(name, value, "unknown issue; expected one of " + ", ".join(issue_labels()))
    return value


def assessed_statements(store: Store, party: str | None = None, issue: str | None = None, since: str | None = None,
                        until: str | None = None, limit: int = CHART_POINTS,
                        offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Statements carrying an assessment (positive, negative or neutral) on a dated article, optionally of
    one party (as ``party`` filters statements) and about one issue (an id of ``issue_labels``); the latest
    ``limit`` after the latest ``offset``, in date order, and how many match in all."""
    statements, articles = schema.statements, schema.articles
    party, issue = check_text("party", party), check_issue("issue", issue)
    since, until = check_dates(since, until)
    limit = check_count("limit", limit, 1, max(CHART_POINTS, MAX_LIMIT))
    offset = check_count("offset", offset, 0, MAX_OFFSET)
    conditions = [statements.c.polarity.is_not(None), articles.c.published.is_not(None),
                  *date_range(articles.c.published, since, until)]
    if party:
        conditions.append(party_matches(party))
    if issue:
        # Issues live in the statement's record (a JSON list of ids): match the quoted id exactly.
        conditions.append(statements.c.record.contains(json.dumps(issue), autoescape=True))
    base = (sa.select(statements.c.record, statements.c.speaker_entity_id, articles.c.id.label("article_id"),
                      articles.c.title, articles.c.url, articles.c.published)
            .join(articles, articles.c.id == statements.c.article_id).where(*conditions))
    order = (*newest_first(articles.c.published), articles.c.id.desc(), statements.c.content_start, statements.c.id)
    with store.engine.connect() as connection:
        # The latest statements chosen by sorting ids only, then read: sorting records would read them all.
        # Their total comes with them (counted before LIMIT), so the filters scan the statements once.
        latest = connection.execute(base.with_only_columns(statements.c.id, sa.func.count().over().label("total"))
                                    .order_by(*order).limit(limit).offset(offset)).all()
        total = latest[0].total if latest else 0
        rows = connection.execute(base.where(statements.c.id.in_([row.id for row in latest])).order_by(*order)).all() \
            if latest else []
    items = []
    for row in reversed(rows):
        record = json.loads(row.record)
        if issue and issue not in (record.get("issues") or []):
            continue  # the id appeared in the text of the record, not in its issues
        speaker = record.get("speaker") or {}
        items.append(record | {
            "article_id": row.article_id, "article_title": row.title, "article_url": row.url,
            "article_published": row.published, "speaker_entity_id": row.speaker_entity_id,
            "side": record.get("party") or speaker.get("affiliation"),
        })
    return items, total


def positions_page(store: Store, party: str | None = None, issue: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page:
    """One page of what the Positions page plots (``/api/positions``, ``accord query positions``): the assessed
    statements, the latest first pages, each in date order with its ``side`` (party) and article."""
    items, total = assessed_statements(store, party, issue, since, until, limit, offset)
    return Page(items, total)
