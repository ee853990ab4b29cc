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

from accord.corpus.divergence import (
    ASSESSED_EVENT_TYPES,
    ISSUE_WINDOW_DAYS,
    POLAR,
    Divergence,
    EventTopic,
    assess_topics,
)
from accord.records import ArticleRecord, Entity
from accord.store import schema
from accord.store.db import Store, stream_rows
from accord.store.filters import check_window, date_range, newest_first

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
    query = sa.select(*_ARTICLE_COLUMNS).where(*conditions).order_by(*newest_first(articles.c.published), articles.c.id.desc())
    for row in stream_rows(store, query):
        stored = _stored(row)
        if stored is not None:
            yield stored


# A topic's cluster key is this prefix and the store id of its event cluster ("c13").
CLUSTER_KEY_PREFIX = "c"


def event_topics(store: Store, since: str | None = None, until: str | None = None) -> dict[tuple[str, str], EventTopic]:
    """(store article id, event id) -> the persisted cluster of each event of an assessed type
    (``ASSESSED_EVENT_TYPES``) of the articles published in [since, until], in one query."""
    events, clusters, articles = schema.events, schema.event_clusters, schema.articles
    query = (sa.select(events.c.article_id, events.c.local_id, clusters.c.id, clusters.c.type, clusters.c.date,
                       clusters.c.place)
             .join(clusters, clusters.c.id == events.c.cluster_id)
             .join(articles, articles.c.id == events.c.article_id)
             .where(events.c.event.in_(ASSESSED_EVENT_TYPES), *date_range(articles.c.published, since, until)))
    return {(str(row.article_id), row.local_id): EventTopic(f"{CLUSTER_KEY_PREFIX}{row.id}", row.type, row.date,
                                                            row.place)
            for row in stream_rows(store, query)}


def cluster_store_id(key: str | None) -> int | None:
    """The store id of the cluster a topic key (``"c13"``, ``event_topics``) names: the ``cluster_id`` the
    event-clusters API lists and ``/clusters/<id>`` shows; None for no key or one not made here."""
    if not key or not key.startswith(CLUSTER_KEY_PREFIX):
        return None
    digits = key[len(CLUSTER_KEY_PREFIX):]
    return int(digits) if digits.isascii() and digits.isdigit() else None


def _statements_read(since: str | None, until: str | None) -> sa.Select:
    """The statements a divergence reads, newest article first (as ``iter_articles``), each article's in
    record order: the assessed ones (positive, negative) and any other overlapping one of them in its
    article, since a remark nested in another of the same party is counted once (``distinct_remarks``).
    The statements table's polarity and offsets select them; nothing else of an article is read."""
    statements, articles = schema.statements, schema.articles
    assessed = statements.alias("assessed")
    overlapping = sa.exists().where(assessed.c.article_id == statements.c.article_id, assessed.c.polarity.in_(POLAR),
                                    assessed.c.content_start < statements.c.content_end,
                                    statements.c.content_start < assessed.c.content_end)
    return (sa.select(articles.c.id, articles.c.published, statements.c.record)
            .join(articles, articles.c.id == statements.c.article_id)
            .where(articles.c.error.is_(None), *date_range(articles.c.published, since, until),
                   sa.or_(statements.c.polarity.in_(POLAR), overlapping))
            .order_by(*newest_first(articles.c.published), articles.c.id.desc(), statements.c.id))


def _held_events(store: Store, since: str | None, until: str | None) -> dict[int, str]:
    """The stored events that can be an article's main event (``main_event``: asserted, not negated, of an
    assessed type), per article published in [since, until], as one comma-joined JSON text each, in record
    order; one query. Kept as text: holding thousands of small objects would slow every collection of the
    garbage collector while the scan builds its records."""
    events, articles = schema.events, schema.articles
    query = (sa.select(events.c.article_id, events.c.record)
             .join(articles, articles.c.id == events.c.article_id)
             .where(articles.c.error.is_(None), *date_range(articles.c.published, since, until),
                    events.c.event.in_(ASSESSED_EVENT_TYPES), events.c.modality == "asserted",
                    events.c.negated.is_(False))
             .order_by(events.c.article_id, events.c.id))
    held: dict[int, str] = {}
    for row in stream_rows(store, query):
        held[row.article_id] = f"{held[row.article_id]},{row.record}" if row.article_id in held else row.record
    return held


def _coded_entities(store: Store, article_ids: list[int]) -> dict[int, list[Entity]]:
    """The coded entities (with their mentions) of each of ``article_ids``: what places a third party's
    remark (``statement_side``), read only for the articles that have one."""
    if not article_ids:
        return {}
    query = sa.select(schema.articles.c.id, schema.articles.c.record).where(schema.articles.c.id.in_(article_ids))
    found: dict[int, list[Entity]] = {}
    for row in stream_rows(store, query):
        try:
            found[row.id] = [Entity.model_validate(entity) for entity in json.loads(row.record).get("entities") or []
                             if entity.get("code")]
        except (ValidationError, ValueError, AttributeError):
            continue
    return found


def _article_json(article_id: int, published: str | None, statements: str, events: str) -> str:
    """One article's record as JSON text, assembled from stored statement and event records (each already the
    contract's JSON, comma-joined): validated in one call, as a whole record would be, but without what no
    divergence reads."""
    return (f'{{"id":"{article_id}","source":null,"published":{json.dumps(published)},"language":"en",'
            f'"statements":[{statements}],"events":[{events}],"entities":[]}}')


def _with_entities(store: Store, record: ArticleRecord) -> ArticleRecord:
    """``record`` with its coded entities when a third party's assessment needs them to find the party it
    describes (``statement_side``); one look-up by primary key, for those articles only."""
    if not any(s.third_party and s.polarity in POLAR for s in record.statements):
        return record
    coded = _coded_entities(store, [int(record.id)]).get(int(record.id))
    return record.model_copy(update={"entities": coded}) if coded else record


def divergence_records(store: Store, since: str | None = None, until: str | None = None) -> Iterator[ArticleRecord]:
    """What ``find_divergences`` reads of the articles published in [since, until], newest first: each article
    with an assessed statement, with its id (the store id), date, the statements that matter
    (``_statements_read``), the events that can be its main event, and its coded entities when a third
    party's remark needs them.

    Reads rows of the statements and events tables instead of whole records (most of a record is entities,
    mentions and events no divergence looks at): two queries, each article assembled as JSON text and
    validated in one call (plus one look-up for the entities of an article where a third party assesses)."""
    held = _held_events(store, since, until)
    texts: list[str] = []
    current: tuple[int, str | None] | None = None
    parts: list[str] = []
    for row in stream_rows(store, _statements_read(since, until)):
        if current is not None and row.id != current[0]:
            texts.append(_article_json(*current, ",".join(parts), held.get(current[0], "")))
            parts = []
        current = (row.id, row.published)
        parts.append(row.record)
    if current is not None:
        texts.append(_article_json(*current, ",".join(parts), held.get(current[0], "")))
    # One record alive at a time: holding a batch of models makes the garbage collector's passes (which
    # walk every surviving object) cost more than the validation itself.
    for text in texts:
        try:
            record = ArticleRecord.model_validate_json(text)
        except ValidationError:  # the store keeps whatever was ingested; a view skips what the contract refuses
            continue
        yield _with_entities(store, record)


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
    return assess_topics(divergence_records(store, since, until), window_days, clusters=topics)


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
