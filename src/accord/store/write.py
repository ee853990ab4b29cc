"""Writing one article per transaction: classify it (new / updated / unchanged), then store its rows.

A killed process loses only the article whose transaction was open; a committed article is whole.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from accord.formats.contract import contract_json
from accord.records import ArticleRecord
from accord.store import schema
from accord.store.clusters import article_cluster_ids, cluster_ids_for, drop_empty_clusters, regroup_clusters
from accord.store.db import Store
from accord.store.identity import entity_identity, same_people, same_within, scoped
from accord.store.rows import (
    article_key,
    content_hash,
    event_row,
    legacy_sources,
    participant_rows,
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
    # The article was found by its file's old, key-less row: storing gives that row the file key.
    adopt_key: bool = False


_BY_KEY = (
    sa.select(schema.articles.c.id, schema.articles.c.content_hash, schema.articles.c.version)
    .where(schema.articles.c.key == sa.bindparam("key"))
    .order_by(schema.articles.c.id.desc())
    .limit(1)
)
# A file's article stored before files had an identity: no key, recorded under the same path.
# (The rows whose source starts like that path, few; the newest key-less one under exactly that path is
# picked in Python: more conditions in SQL lead SQLite away from the expression index, to a scan.)
_LEGACY_FILE = sa.select(
    schema.articles.c.id, schema.articles.c.key, schema.articles.c.source, schema.articles.c.content_hash,
    schema.articles.c.version,
).where(schema.source_prefix(schema.articles.c.source).in_(sa.bindparam("prefixes", expanding=True)))
_SET_KEY = sa.update(schema.articles).where(schema.articles.c.id == sa.bindparam("article_id")).values(
    key=sa.bindparam("key"))
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
_RENAME_ENTITY = sa.update(schema.entities).where(schema.entities.c.id == sa.bindparam("entity_id")).values(
    name=sa.bindparam("name"))
_ENTITY_IDS = sa.select(schema.entities.c.id, schema.entities.c.identity).where(
    schema.entities.c.identity.in_(sa.bindparam("identities", expanding=True)))
_DELETE_CHILDREN = tuple(
    sa.delete(table).where(table.c.article_id == sa.bindparam("article_id")) for table in schema.ARTICLE_CHILD_TABLES
)


def classify(connection: Connection, key: str | None, digest: str, file_sources: Sequence[str] = ()) -> Plan:
    """Same key + same text, or same text anywhere: unchanged; same key + new text: updated; else new.

    ``file_sources``: for a local file's article, the names its key-less row may have been stored
    under before files had an identity; such a row counts as the same article (and takes the key).
    """
    if key is not None:
        row = connection.execute(_BY_KEY, {"key": key}).first()
        if row is not None:
            if row.content_hash == digest:
                return Plan("unchanged", row.id, row.version)
            return Plan("updated", row.id, row.version)
        if file_sources:
            prefixes = list(dict.fromkeys(name[:schema.SOURCE_PREFIX_CHARS] for name in file_sources))
            rows = connection.execute(_LEGACY_FILE, {"prefixes": prefixes})
            row = max((row for row in rows if row.key is None and row.source in file_sources),
                      key=lambda row: row.id, default=None)
            if row is not None:
                outcome: Outcome = "unchanged" if row.content_hash == digest else "updated"
                return Plan(outcome, row.id, row.version, adopt_key=True)
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
        """INSERT ... ON CONFLICT (identity) DO NOTHING RETURNING the rows it made (both dialects
        support it; executed with many rows at once, an identity already stored returns nothing)."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return (insert(schema.entities).on_conflict_do_nothing(index_elements=["identity"])
                .returning(schema.entities.c.id, schema.entities.c.identity))

    def resolve(
        self, connection: Connection, record: ArticleRecord, article_scope: str, created: dict[str, int]
    ) -> dict[str, int]:
        """Local entity id ("n1") -> entities.id for the record; new identities land in ``created``.

        Identities this writer has not seen are inserted in one statement and the ones another writer
        (or an earlier run) stored already are read in one more: two statements per article at most.
        """
        key_of: dict[str, str] = {}
        unknown: dict[str, dict] = {}
        people = []
        for entity in record.entities:
            identity = entity_identity(entity)
            key = identity.identity if identity.cross_article else scoped(identity.identity, article_scope)
            key_of[entity.id] = key
            # A person is looked up in every article, cached or not: who a name is depends on what the article
            # says of him (``same_people``), and a cached identity may be stored for someone else.
            if key not in unknown and (identity.family and identity.cross_article
                                       or key not in self._known and key not in created):
                if identity.family and identity.cross_article:
                    people.append(identity)
                unknown[key] = {
                    "identity": key,
                    "name": identity.name,
                    "norm_name": identity.norm_name,
                    "code": identity.code,
                    "kind": identity.kind,
                    "sector": identity.sector,
                    "title": identity.title,
                    "family": identity.family,
                }
        # A new spelling of a stored person is that person (one indexed query for the article's people);
        # two spellings of one new person in this article are one.
        apart: dict[str, str] = {}
        for key, stored in same_people(connection, people).items() if people else ():
            if stored.entity_id is None and stored.apart:
                # Its own identity is stored for someone else ("Quillon" the baker): a new row keyed apart.
                apart[key] = stored.apart
                continue
            created[key] = stored.entity_id
            unknown.pop(key, None)
            if stored.fuller:
                connection.execute(_RENAME_ENTITY, {"entity_id": stored.entity_id, "name": stored.fuller})
        aliases = same_within([person for person in people
                               if person.identity in unknown and person.identity not in apart])
        for key, target in aliases.items():
            unknown.pop(key, None)
        for key, new_key in apart.items():
            if (row := unknown.pop(key, None)) is not None:
                unknown[new_key] = row | {"identity": new_key}
        key_of = {local: apart.get(key) or aliases.get(key, key) for local, key in key_of.items()}
        if unknown:
            rows = connection.execute(self._insert_entity, list(unknown.values())).all()
            created.update((row.identity, row.id) for row in rows)
            stored_before = [key for key in unknown if key not in created]
            if stored_before:
                found = connection.execute(_ENTITY_IDS, {"identities": stored_before})
                created.update((row.identity, row.id) for row in found)
        # This article's own resolution first: a family name alone may be another person than the cache's.
        return {local: created.get(key) or self._known[key] for local, key in key_of.items()}

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
    """Write an article's mentions, statements, events (each in its cluster) and event participants."""
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
        # Each event's real-world event (cluster), decided before its row is written.
        clusters = cluster_ids_for(connection, article_id, record.published, record.events)
        rows = [event_row(article_id, e) | {"cluster_id": c} for e, c in zip(record.events, clusters, strict=True)]
        # Database ids of the events, in order: their participants point at them.
        event_ids = connection.execute(_INSERT_EVENTS, rows).scalars().all()
        participants = [
            row
            for event_id, event in zip(event_ids, record.events, strict=True)
            for row in participant_rows(article_id, event_id, event, entity_ids)
        ]
        if participants:
            connection.execute(_INSERT_PARTICIPANTS, participants)


def store_record(store: Store, record: ArticleRecord, text: str, resolver: EntityResolver,
                 file_path: str | None = None) -> Outcome:
    """Store one extracted article in one transaction; ``text`` is what its offsets point into.

    ``file_path``: the resolved local file the article is the whole of (``accord.readers.article_file``), its
    identity when it has no URL or id: the same file with new text replaces the article.
    """
    digest = content_hash(text)
    key = article_key(record.url, record.id, record.source, text, file_path)
    file_sources = legacy_sources(record.source, file_path) if file_path else []
    created: dict[str, int] = {}
    with store.writer.begin() as connection:
        if store.dialect == "postgresql":
            connection.execute(_WRITE_LOCK)
        plan = classify(connection, key, digest, file_sources)
        if plan.outcome == "unchanged":
            if plan.adopt_key:
                connection.execute(_SET_KEY, {"article_id": plan.article_id, "key": key})
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
            "record": contract_json(record, with_text=False),
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


def is_unchanged(store: Store, url: str | None, record_id: str | None, source: str | None, text: str,
                 file_path: str | None = None) -> bool:
    """True when storing this text would change nothing (checked before extracting it). An old
    key-less row of the same file is not "nothing": storing gives it the file's key."""
    file_sources = legacy_sources(source, file_path) if file_path else []
    with store.engine.connect() as connection:
        plan = classify(connection, article_key(url, record_id, source, text, file_path), content_hash(text),
                        file_sources)
    return plan.outcome == "unchanged" and not plan.adopt_key
