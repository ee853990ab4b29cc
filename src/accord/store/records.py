"""Reading the store back as contract records for the corpus views (divergences), one query per scan.

A scan streams every matching article's stored record in a single query (no query per article) and
validates each record once from its JSON; the records are renamed to their store id, so every
qualified id in a view (``"12:s3"``, ``"12:e1"``) names a store article the web app can open.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import ValidationError

from accord.corpus.divergence import ASSESSED_EVENT_TYPES, ISSUE_WINDOW_DAYS, Divergence, EventTopic, assess_topics
from accord.records import ArticleRecord
from accord.store import schema
from accord.store.db import Store, stream_rows
from accord.store.filters import check_window, date_range

_ARTICLE_COLUMNS = (
    schema.articles.c.id, schema.articles.c.record_id, schema.articles.c.source, schema.articles.c.title,
    schema.articles.c.url, schema.articles.c.published, schema.articles.c.language, schema.articles.c.record,
)


@dataclass(frozen=True)
class StoredArticle:
    """One store article: its store id, how a list names it, and its contract record (id = store id)."""

    id: int
    record_id: str
    title: str | None
    url: str | None
    published: str | None
    record: ArticleRecord


def _stored(row: sa.Row) -> StoredArticle | None:
    """The contract record of one stored article (without its text), or None when it no longer validates."""
    try:
        record = ArticleRecord.model_validate_json(row.record)
    except ValidationError:  # the store keeps whatever was ingested; a view skips what the contract refuses
        return None
    record = record.model_copy(update={
        "id": str(row.id), "source": row.source, "title": row.title, "url": row.url,
        "published": row.published, "language": row.language or "en",
    })
    return StoredArticle(row.id, row.record_id or "", row.title, row.url, row.published, record)


def iter_articles(store: Store, since: str | None = None, until: str | None = None,
                  needs: Literal["statements", "events"] | None = None) -> Iterator[StoredArticle]:
    """Every successfully extracted store article published in [since, until], newest first, in one query.

    ``needs`` ("statements" or "events") keeps only articles with at least one of them, so a view reads
    only the articles that can contribute.
    """
    articles = schema.articles
    conditions = [articles.c.error.is_(None), *date_range(articles.c.published, since, until)]
    if needs is not None:
        table = schema.statements if needs == "statements" else schema.events
        conditions.append(sa.exists().where(table.c.article_id == articles.c.id))
    query = sa.select(*_ARTICLE_COLUMNS).where(*conditions).order_by(articles.c.published.desc(), articles.c.id.desc())
    for row in stream_rows(store, query):
        stored = _stored(row)
        if stored is not None:
            yield stored


def event_topics(store: Store, since: str | None = None, until: str | None = None) -> dict[tuple[str, str], EventTopic]:
    """(store article id, event id) -> the persisted cluster of each event of an assessed type
    (``ASSESSED_EVENT_TYPES``) of the articles published in [since, until], in one query."""
    events, clusters, articles = schema.events, schema.event_clusters, schema.articles
    query = (sa.select(events.c.article_id, events.c.local_id, clusters.c.id, clusters.c.type, clusters.c.date,
                       clusters.c.place)
             .join(clusters, clusters.c.id == events.c.cluster_id)
             .join(articles, articles.c.id == events.c.article_id)
             .where(events.c.event.in_(ASSESSED_EVENT_TYPES), *date_range(articles.c.published, since, until)))
    return {(str(row.article_id), row.local_id): EventTopic(f"c{row.id}", row.type, row.date, row.place)
            for row in stream_rows(store, query)}


def store_divergences(store: Store, since: str | None = None, until: str | None = None,
                      window_days: int = ISSUE_WINDOW_DAYS) -> list[Divergence]:
    """Divergences over the store's articles published in [since, until], event topics keyed on the
    persisted clusters; ids are ``"<store id>:<record id>"``."""
    return [topic for topic in store_assessments(store, since, until, window_days) if topic.divergent]


def store_assessments(store: Store, since: str | None = None, until: str | None = None,
                      window_days: int = ISSUE_WINDOW_DAYS) -> list[Divergence]:
    """Every topic the parties assess over the store's articles published in [since, until], divergent
    or not (each party's assessment of each round of talks), keyed like ``store_divergences``."""
    window_days = check_window(window_days)
    topics = event_topics(store, since, until)
    return assess_topics((a.record for a in iter_articles(store, since, until, needs="statements")), window_days,
                         clusters=topics)


def split_id(qualified: str) -> tuple[int, str] | None:
    """``"12:s3"`` -> ``(12, "s3")``; None when it is not a store-qualified id."""
    article, _, record = qualified.partition(":")
    return (int(article), record) if article.isascii() and article.isdigit() and record else None


def divergence_statements(store: Store, divergences: Iterable[Divergence]) -> dict[str, dict[str, Any]]:
    """The statements the divergences cite, by qualified id, each with its article's id, title, URL, source and date.

    A second, targeted pass: only the articles the divergences name, read in one query, as JSON (no models).
    """
    wanted: dict[int, set[str]] = {}
    for divergence in divergences:
        for side in divergence.sides:
            for found in map(split_id, side.statements):
                if found:
                    wanted.setdefault(found[0], set()).add(found[1])
    if not wanted:
        return {}
    query = sa.select(*_ARTICLE_COLUMNS).where(schema.articles.c.id.in_(sorted(wanted)))
    details: dict[str, dict[str, Any]] = {}
    for row in stream_rows(store, query):
        for statement in json.loads(row.record).get("statements") or []:
            if statement.get("id") in wanted[row.id]:
                details[f"{row.id}:{statement['id']}"] = {
                    **statement,
                    "article_id": row.id,
                    "article_title": row.title,
                    "article_url": row.url,
                    "article_source": row.source,
                    "article_published": row.published,
                }
    return details


def articles_by_id(store: Store, ids: Iterable[int]) -> list[StoredArticle]:
    """The stored articles with these ids (one query), as contract records renamed to their store id."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    query = sa.select(*_ARTICLE_COLUMNS).where(schema.articles.c.id.in_(wanted), schema.articles.c.error.is_(None))
    return [stored for stored in map(_stored, stream_rows(store, query)) if stored is not None]
