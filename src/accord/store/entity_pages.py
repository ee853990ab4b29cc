"""Reading one cross-article entity (a person, an organisation, a country) and linking records to entities.

``get_entity`` gathers what an entity page shows: its names and spellings as written, title and
affiliation, every statement it made and every event it took part in, and when it was first and last
seen. ``link_entities`` gives the records of a page (statements, events) the store id of each speaker
and participant, in one query, so every name on a page can link to its entity.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from accord.store import schema
from accord.store.db import Store
from accord.store.filters import MAX_LIMIT, assertion_conditions, newest_first

# Records listed on one entity page (each list): the most recent first; the counts say how many in all.
ENTITY_RECORDS_SHOWN = 200

_mentions, _entities, _statements, _events, _participants, _articles = (
    schema.mentions, schema.entities, schema.statements, schema.events, schema.event_participants, schema.articles,
)


def _refs(item: Mapping[str, Any]) -> Iterable[dict]:
    """The speaker and participants of a statement or event item (the dicts that name an entity)."""
    speaker = item.get("speaker")
    if isinstance(speaker, dict):
        yield speaker
    for role in ("actors", "recipients"):
        yield from (ref for ref in item.get(role) or [] if isinstance(ref, dict))


def link_entities(store: Store, items: list[dict]) -> list[dict]:
    """Set ``entity_id`` (the store's entity) on each speaker, actor and recipient of ``items``, in place.

    Records name entities by their article-local id (``"n2"``); one query over the mentions of the
    items' articles maps them to store ids. A statement's ``speaker_entity_id`` is used when present.
    """
    article_ids = sorted({item["article_id"] for item in items if isinstance(item.get("article_id"), int)})
    local_ids = sorted({ref["entity"] for item in items for ref in _refs(item) if isinstance(ref.get("entity"), str)})
    if not article_ids:
        return items
    known: dict[tuple[int, str], int] = {}
    if local_ids:
        # Only the mentions of the entities the records name (not every mention of their articles).
        query = (sa.select(_mentions.c.article_id, _mentions.c.local_entity, _mentions.c.entity_id)
                 .where(_mentions.c.article_id.in_(article_ids), _mentions.c.local_entity.in_(local_ids),
                        _mentions.c.entity_id.is_not(None)).distinct())
        with store.engine.connect() as connection:
            known = {(row.article_id, row.local_entity): row.entity_id for row in connection.execute(query)}
    for item in items:
        for ref in _refs(item):
            found = known.get((item.get("article_id"), ref.get("entity")))
            if found is not None:
                ref["entity_id"] = found
        speaker = item.get("speaker")
        if isinstance(speaker, dict) and speaker.get("entity_id") is None and item.get("speaker_entity_id") is not None:
            speaker["entity_id"] = item["speaker_entity_id"]
    return items


def party_entities(store: Store, codes: Iterable[str | None]) -> dict[str, int]:
    """The entity page of each party code (``RUS`` -> the entity of Russia), so a party's name links like a
    person's: of the entities with that code that are not people, a country first, then the most mentioned."""
    wanted = sorted({code for code in codes if code})
    if not wanted:
        return {}
    mentioned = sa.func.count(_mentions.c.id)
    query = (sa.select(_entities.c.id, _entities.c.code, _entities.c.kind, mentioned.label("mentions"))
             .join(_mentions, _mentions.c.entity_id == _entities.c.id)
             .where(_entities.c.code.in_(wanted), sa.func.coalesce(_entities.c.kind, "") != "person")
             .group_by(_entities.c.id, _entities.c.code, _entities.c.kind))
    best: dict[str, tuple[bool, int, int]] = {}
    with store.engine.connect() as connection:
        for row in connection.execute(query):
            rank = (row.kind == "country", row.mentions, -row.id)
            if row.code not in best or rank > best[row.code]:
                best[row.code] = rank
    return {code: -rank[2] for code, rank in best.items()}


def _article_fields(row: sa.Row) -> dict[str, Any]:
    return {"article_id": row.article_id, "article_title": row.title, "article_url": row.url,
            "article_source": row.source, "article_published": row.published}


_ARTICLE = (_articles.c.id.label("article_id"), _articles.c.title, _articles.c.url, _articles.c.source,
            _articles.c.published)


def get_entity(store: Store, entity_id: int, limit: int = ENTITY_RECORDS_SHOWN,
               assertion: str | None = None) -> dict[str, Any] | None:
    """One entity: name, code, kind, title; its spellings with counts; its statements and events
    (newest first, at most ``limit`` each, with totals; asserted events only unless ``assertion`` is ``all``);
    first and last publication date it appears in."""
    limit = max(1, min(limit, MAX_LIMIT))
    asserted = assertion_conditions(assertion)
    with store.engine.connect() as connection:
        row = connection.execute(sa.select(_entities).where(_entities.c.id == entity_id)).first()
        if row is None:
            return None
        spellings = [
            {"text": text, "count": count}
            for text, count in connection.execute(
                sa.select(_mentions.c.text, sa.func.count()).where(_mentions.c.entity_id == entity_id)
                .group_by(_mentions.c.text).order_by(sa.func.count().desc(), _mentions.c.text))
        ]
        seen = connection.execute(
            sa.select(sa.func.min(_articles.c.published), sa.func.max(_articles.c.published),
                      sa.func.count(sa.distinct(_articles.c.id)))
            .select_from(_mentions.join(_articles, _articles.c.id == _mentions.c.article_id))
            .where(_mentions.c.entity_id == entity_id)).one()
        said = (sa.select(_statements.c.record, _statements.c.speaker_entity_id, *_ARTICLE)
                .join(_articles, _articles.c.id == _statements.c.article_id)
                .where(_statements.c.speaker_entity_id == entity_id))
        statement_total = connection.execute(
            sa.select(sa.func.count()).select_from(said.subquery())).scalar_one()
        statements = [json.loads(r.record) | _article_fields(r) | {"speaker_entity_id": r.speaker_entity_id}
                      for r in connection.execute(
                          said.order_by(*newest_first(_articles.c.published), _articles.c.id.desc(),
                                        _statements.c.content_start).limit(limit))]
        taking_part = sa.select(_participants.c.event_id).where(_participants.c.entity_id == entity_id)
        acted = (sa.select(_events.c.record, *_ARTICLE).join(_articles, _articles.c.id == _events.c.article_id)
                 .where(_events.c.id.in_(taking_part), *asserted))
        event_total = connection.execute(sa.select(sa.func.count()).select_from(acted.subquery())).scalar_one()
        events = [json.loads(r.record) | _article_fields(r)
                  for r in connection.execute(
                      acted.order_by(*newest_first(sa.func.coalesce(_events.c.date, _articles.c.published)),
                                     _articles.c.id.desc(), _events.c.trigger_start).limit(limit))]
        affiliations = [
            {"code": code, "count": count}
            for code, count in connection.execute(
                sa.select(_statements.c.speaker_affiliation, sa.func.count())
                .where(_statements.c.speaker_entity_id == entity_id, _statements.c.speaker_affiliation.is_not(None))
                .group_by(_statements.c.speaker_affiliation).order_by(sa.func.count().desc()))
        ]
    link_entities(store, statements)
    link_entities(store, events)
    return {
        "id": row.id, "name": row.name, "code": row.code, "kind": row.kind, "sector": row.sector, "title": row.title,
        "spellings": spellings, "affiliations": affiliations,
        "first_seen": seen[0], "last_seen": seen[1], "articles": seen[2],
        "statements": statements, "statement_total": statement_total,
        "events": events, "event_total": event_total,
    }


def store_is_empty(store: Store) -> bool:
    """Whether the store holds no article at all (pages then say how to ingest)."""
    with store.engine.connect() as connection:
        return connection.execute(sa.select(_articles.c.id).limit(1)).first() is None
