"""Writing one article per transaction: classify it (new / updated / unchanged), then store its rows.

A killed process loses only the article whose transaction was open; a committed article is whole.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from accord.records import ArticleRecord
from accord.store import schema
from accord.store.clusters import article_cluster_ids, cluster_ids_for, drop_empty_clusters, regroup_clusters
from accord.store.db import Store
from accord.store.identity import entity_identity, scoped
from accord.store.rows import (
    article_key,
    content_hash,
    event_row,
    participant_rows,
    record_without_text,
    statement_row,
)

Outcome = Literal["new", "updated", "unchanged", "failed"]
# Cross-article entity ids remembered by one writer: enough for the distinct actors of a large
# corpus, bounded so memory does not grow with the number of articles.
ENTITY_CACHE_SIZE = 50_000
# PostgreSQL advisory lock taken by every article's write transaction: classifying and writing an
# article must not interleave with another writer's (two ingests of one text would both see
# "new"). SQLite gets the same from BEGIN IMMEDIATE. Per-article transactions last milliseconds.
POSTGRES_WRITE_LOCK = 0x61636364  # "accd"
_WRITE_LOCK = sa.text("SELECT pg_advisory_xact_lock(:lock)").bindparams(lock=POSTGRES_WRITE_LOCK)


@dataclass(frozen=True)
class Plan:
    """What storing an article will do, decided from its key and content hash."""

    outcome: Outcome
    article_id: int | None = None
    version: int = 0


_BY_KEY = (
    sa.select(schema.articles.c.id, schema.articles.c.content_hash, schema.articles.c.version)
    .where(schema.articles.c.key == sa.bindparam("key"))
    .order_by(schema.articles.c.id.desc())
    .limit(1)
)
_BY_HASH = (
    sa.select(schema.articles.c.id, schema.articles.c.version)
    .where(schema.articles.c.content_hash == sa.bindparam("digest"))
    .limit(1)
)
# Statements built once: executing with parameter dicts reuses their compiled form (hot path).
_INSERT_ARTICLE = sa.insert(schema.articles).returning(schema.articles.c.id)
_UPDATE_ARTICLE = sa.update(schema.articles).where(schema.articles.c.id == sa.bindparam("article_id"))
_INSERT_MENTIONS = sa.insert(schema.mentions)
_INSERT_STATEMENTS = sa.insert(schema.statements)
_INSERT_EVENTS = sa.insert(schema.events).returning(schema.events.c.id, sort_by_parameter_order=True)
_INSERT_PARTICIPANTS = sa.insert(schema.event_participants)
_ENTITY_ID = sa.select(schema.entities.c.id).where(schema.entities.c.identity == sa.bindparam("identity"))
_DELETE_CHILDREN = tuple(
    sa.delete(table).where(table.c.article_id == sa.bindparam("article_id")) for table in schema.ARTICLE_CHILD_TABLES
)


def classify(connection: Connection, key: str | None, digest: str) -> Plan:
    """Same key + same text, or same text anywhere: unchanged; same key + new text: updated; else new."""
    if key is not None:
        row = connection.execute(_BY_KEY, {"key": key}).first()
        if row is not None:
            if row.content_hash == digest:
                return Plan("unchanged", row.id, row.version)
            return Plan("updated", row.id, row.version)
    row = connection.execute(_BY_HASH, {"digest": digest}).first()
    if row is not None:
        return Plan("unchanged", row.id, row.version)
    return Plan("new")


def now() -> dt.datetime:
    """The current time in UTC (what ``ingested_at`` and failure times record)."""
    return dt.datetime.now(dt.UTC)


class EntityResolver:
    """Finds or creates the cross-article entity row of an article entity (race-free upsert)."""

    def __init__(self, store: Store) -> None:
        self.dialect = store.dialect
        self._known: OrderedDict[str, int] = OrderedDict()
        self._insert_entity = self._upsert()

    def _upsert(self) -> sa.Insert:
        """INSERT ... ON CONFLICT (identity) DO NOTHING, in this dialect (both support it)."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(schema.entities).on_conflict_do_nothing(index_elements=["identity"])

    def resolve(
        self, connection: Connection, record: ArticleRecord, article_scope: str, created: dict[str, int]
    ) -> dict[str, int]:
        """Local entity id ("n1") -> entities.id for the record; new identities land in ``created``."""
        ids: dict[str, int] = {}
        for entity in record.entities:
            identity = entity_identity(entity)
            key = identity.identity if identity.cross_article else scoped(identity.identity, article_scope)
            entity_id = self._known.get(key) or created.get(key)
            if entity_id is None:
                values = {
                    "identity": key,
                    "name": identity.name,
                    "norm_name": identity.norm_name,
                    "code": identity.code,
                    "kind": identity.kind,
                    "sector": identity.sector,
                    "title": identity.title,
                }
                connection.execute(self._insert_entity, values)
                entity_id = connection.execute(_ENTITY_ID, {"identity": key}).scalar_one()
                created[key] = entity_id
            ids[entity.id] = entity_id
        return ids

    def remember(self, created: dict[str, int]) -> None:
        """Cache ids only once their transaction has committed."""
        for identity, entity_id in created.items():
            self._known[identity] = entity_id
            self._known.move_to_end(identity)
        while len(self._known) > ENTITY_CACHE_SIZE:
            self._known.popitem(last=False)


def _delete_rows(connection: Connection, article_id: int) -> None:
    """Remove an article's child rows (before its new version is written); its clusters are dropped
    when left empty, re-partitioned when it was what linked their other reports."""
    clusters = article_cluster_ids(connection, article_id)
    for statement in _DELETE_CHILDREN:
        connection.execute(statement, {"article_id": article_id})
    drop_empty_clusters(connection, clusters)
    regroup_clusters(connection, clusters)


def _insert_children(connection: Connection, article_id: int, record: ArticleRecord, entity_ids: dict[str, int]) -> None:
    mention_rows = [
        {
            "article_id": article_id,
            "entity_id": entity_ids.get(entity.id),
            "local_entity": entity.id,
            "start": span.start,
            "end": span.end,
            "text": span.text,
        }
        for entity in record.entities
        for span in entity.mentions
    ]
    if mention_rows:
        connection.execute(_INSERT_MENTIONS, mention_rows)
    if record.statements:
        connection.execute(_INSERT_STATEMENTS, [statement_row(article_id, s, entity_ids) for s in record.statements])
    if record.events:
        # Database ids of the events, in order: their participants point at them.
        # Each event's real-world event (cluster), decided before its row is written.
        clusters = cluster_ids_for(connection, article_id, record.published, record.events)
        rows = [event_row(article_id, e) | {"cluster_id": c} for e, c in zip(record.events, clusters, strict=True)]
        event_ids = connection.execute(_INSERT_EVENTS, rows).scalars().all()
        participants = [
            row
            for event_id, event in zip(event_ids, record.events, strict=True)
            for row in participant_rows(article_id, event_id, event, entity_ids)
        ]
        if participants:
            connection.execute(_INSERT_PARTICIPANTS, participants)


def store_record(store: Store, record: ArticleRecord, text: str, resolver: EntityResolver) -> Outcome:
    """Store one extracted article in one transaction; ``text`` is what its offsets point into."""
    digest = content_hash(text)
    key = article_key(record.url, record.id, record.source, text)
    created: dict[str, int] = {}
    with store.writer.begin() as connection:
        if store.dialect == "postgresql":
            connection.execute(_WRITE_LOCK)
        plan = classify(connection, key, digest)
        if plan.outcome == "unchanged":
            return "unchanged"
        values = {
            "key": key,
            "record_id": record.id,
            "source": record.source,
            "url": record.url,
            "title": record.title,
            "published": record.published,
            "language": record.language,
            "text": text,
            "content_hash": digest,
            "ingested_at": now(),
            "error": record.error,
            "record": record_without_text(record),
            "text_in_record": record.text is not None,
        }
        if plan.outcome == "updated" and plan.article_id is not None:
            article_id = plan.article_id
            _delete_rows(connection, article_id)
            connection.execute(_UPDATE_ARTICLE, {**values, "version": plan.version + 1, "article_id": article_id})
        else:
            article_id = connection.execute(_INSERT_ARTICLE, {**values, "version": 1}).scalar_one()
        entity_ids = resolver.resolve(connection, record, digest, created)
        _insert_children(connection, article_id, record, entity_ids)
    resolver.remember(created)
    return plan.outcome


def record_failure(store: Store, source: str, reason: str) -> None:
    """Log a bad input (its own small transaction, so it survives whatever follows)."""
    with store.writer.begin() as connection:
        connection.execute(sa.insert(schema.failures).values(source=source, reason=reason, time=now()))


def is_unchanged(store: Store, url: str | None, record_id: str | None, source: str | None, text: str) -> bool:
    """True when storing this text would change nothing (checked before extracting it)."""
    with store.engine.connect() as connection:
        plan = classify(connection, article_key(url, record_id, source, text), content_hash(text))
    return plan.outcome == "unchanged"
