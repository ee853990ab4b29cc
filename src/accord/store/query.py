"""Reading the store: statements, events, entities and articles, filtered and paginated.

Each query returns ``Page(items, total)``; items are JSON-ready dicts (contract objects plus the
article they come from). Used by ``accord query``, the web API and tests alike.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Row

from accord.store import schema
from accord.store.db import Store
from accord.store.filters import (
    DEFAULT_LIMIT,
    check_event_type,
    check_page,
    check_text,
    date_range,
    fulltext_matches,
    participant_matches,
    party_matches,
    speaker_matches,
)
from accord.store.rows import record_with_text

# Distinct mention texts listed with each entity (its names as written across the corpus).
ENTITY_NAMES_SHOWN = 20


@dataclass
class Page:
    """One page of results and how many match in all."""

    items: list[dict] = field(default_factory=list)
    total: int = 0

    def as_dict(self) -> dict:
        return {"items": self.items, "total": self.total}


def _page(store: Store, query: sa.Select, conditions: list, order: list, limit: int, offset: int) -> tuple[list[Row], int]:
    """Rows of one page of ``query`` and the total count under ``conditions``."""
    limit, offset = check_page(limit, offset)
    query = query.where(*conditions)
    counted = sa.select(sa.func.count()).select_from(query.order_by(None).subquery())
    with store.engine.connect() as connection:
        total = connection.execute(counted).scalar_one()
        rows = connection.execute(query.order_by(*order).limit(limit).offset(offset)).all() if total else []
    return rows, total


def _article_fields(row: Row) -> dict:
    return {
        "article_id": row.article_id,
        "article_title": row.article_title,
        "article_published": row.article_published,
        "article_url": row.article_url,
    }


_ARTICLE_COLUMNS = (
    schema.articles.c.id.label("article_id"),
    schema.articles.c.title.label("article_title"),
    schema.articles.c.published.label("article_published"),
    schema.articles.c.url.label("article_url"),
)


def query_statements(
    store: Store,
    speaker: str | None = None,
    party: str | None = None,
    q: str | None = None,
    since: str | None = None,
    until: str | None = None,
    article: int | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Page:
    """Statements by speaker (name or any mention of them), party, words, date and article."""
    statements, articles = schema.statements, schema.articles
    speaker, party, q = check_text("speaker", speaker), check_text("party", party), check_text("q", q)
    conditions = date_range(articles.c.published, since, until)
    if speaker:
        conditions.append(speaker_matches(speaker))
    if party:
        conditions.append(party_matches(party))
    if q:
        conditions.append(fulltext_matches(store, q))
    if article is not None:
        conditions.append(statements.c.article_id == article)
    query = sa.select(statements.c.record, statements.c.speaker_entity_id, *_ARTICLE_COLUMNS).select_from(
        statements.join(articles, statements.c.article_id == articles.c.id)
    )
    order = [articles.c.published, articles.c.id, statements.c.content_start, statements.c.id]
    rows, total = _page(store, query, conditions, order, limit, offset)
    items = [json.loads(row.record) | _article_fields(row) | {"speaker_entity_id": row.speaker_entity_id} for row in rows]
    return Page(items, total)


def query_events(
    store: Store,
    type: str | None = None,  # noqa: A002 - the API's parameter name
    actor: str | None = None,
    recipient: str | None = None,
    since: str | None = None,
    until: str | None = None,
    article: int | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Page:
    """Events by PLOVER type, actor, recipient, date (the event's own, else the article's) and article."""
    events, articles = schema.events, schema.articles
    when = sa.func.coalesce(events.c.date, articles.c.published)
    event_type = check_event_type("type", type)
    actor, recipient = check_text("actor", actor), check_text("recipient", recipient)
    conditions = date_range(when, since, until)
    if event_type:
        conditions.append(events.c.event == event_type)
    if actor:
        conditions.append(events.c.id.in_(participant_matches(actor, "actor")))
    if recipient:
        conditions.append(events.c.id.in_(participant_matches(recipient, "recipient")))
    if article is not None:
        conditions.append(events.c.article_id == article)
    # How many reports (events of any article) its real-world event has: an indexed count per row.
    sibling = events.alias("sibling")
    reports = (sa.select(sa.func.count()).where(sibling.c.cluster_id == events.c.cluster_id)
               .scalar_subquery().label("reports"))
    query = sa.select(events.c.record, events.c.cluster_id, reports, *_ARTICLE_COLUMNS).select_from(
        events.join(articles, events.c.article_id == articles.c.id)
    )
    order = [when, articles.c.id, events.c.trigger_start, events.c.id]
    rows, total = _page(store, query, conditions, order, limit, offset)
    return Page([json.loads(row.record) | {"cluster_id": row.cluster_id, "reports": row.reports or 1}
                 | _article_fields(row) for row in rows], total)


def _mention_names(store: Store, entity_ids: list[int]) -> dict[int, list[str]]:
    """Distinct mention texts of each entity (at most ENTITY_NAMES_SHOWN each)."""
    if not entity_ids:
        return {}
    mentions = schema.mentions
    query = (
        sa.select(mentions.c.entity_id, mentions.c.text)
        .where(mentions.c.entity_id.in_(entity_ids))
        .distinct()
        .order_by(mentions.c.entity_id, mentions.c.text)
    )
    names: dict[int, list[str]] = {entity_id: [] for entity_id in entity_ids}
    with store.engine.connect() as connection:
        for entity_id, text in connection.execute(query):
            if len(names[entity_id]) < ENTITY_NAMES_SHOWN:
                names[entity_id].append(text)
    return names


def query_entities(
    store: Store,
    q: str | None = None,
    kind: str | None = None,
    code: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Page:
    """Cross-article entities by name or mention, kind and actor code; most mentioned first."""
    entities, mentions, statements = schema.entities, schema.mentions, schema.statements
    q, kind, code = check_text("q", q), check_text("kind", kind), check_text("code", code)
    # Only entities some stored article still mentions (an updated article may have dropped one).
    conditions: list = [sa.exists().where(mentions.c.entity_id == entities.c.id)]
    if q:
        conditions.append(
            sa.or_(
                entities.c.name.icontains(q, autoescape=True),
                entities.c.id.in_(sa.select(mentions.c.entity_id).where(mentions.c.text.icontains(q, autoescape=True))),
            )
        )
    if kind:
        conditions.append(sa.func.lower(entities.c.kind) == kind.strip().lower())
    if code:
        conditions.append(entities.c.code == code.strip().upper())
    mention_count = (
        sa.select(sa.func.count()).where(mentions.c.entity_id == entities.c.id).scalar_subquery().label("mentions")
    )
    article_count = (
        sa.select(sa.func.count(sa.distinct(mentions.c.article_id)))
        .where(mentions.c.entity_id == entities.c.id)
        .scalar_subquery()
        .label("articles")
    )
    statement_count = (
        sa.select(sa.func.count())
        .where(statements.c.speaker_entity_id == entities.c.id)
        .scalar_subquery()
        .label("statements")
    )
    query = sa.select(
        entities.c.id, entities.c.name, entities.c.code, entities.c.kind, entities.c.sector, entities.c.title,
        article_count, mention_count, statement_count,
    )
    rows, total = _page(store, query, conditions, [mention_count.desc(), entities.c.name, entities.c.id], limit, offset)
    names = _mention_names(store, [row.id for row in rows])
    items = [dict(row._mapping) | {"names": names.get(row.id, [])} for row in rows]
    return Page(items, total)


_ARTICLE_LIST_COLUMNS = (
    schema.articles.c.id,
    schema.articles.c.record_id,
    schema.articles.c.source,
    schema.articles.c.url,
    schema.articles.c.title,
    schema.articles.c.published,
    schema.articles.c.language,
    schema.articles.c.version,
    schema.articles.c.ingested_at,
    schema.articles.c.error,
)


def _counts(table: sa.Table, label: str) -> sa.Label[int]:
    """The number of ``table`` rows of each article, as a column named ``label``."""
    return (
        sa.select(sa.func.count()).where(table.c.article_id == schema.articles.c.id).scalar_subquery().label(label)
    )


def _article_item(row: Row) -> dict:
    item = {column.name: getattr(row, column.name) for column in _ARTICLE_LIST_COLUMNS}
    item["ingested_at"] = row.ingested_at.isoformat() if row.ingested_at else None
    item["statements"] = row.statements
    item["events"] = row.events
    return item


def list_articles(
    store: Store,
    q: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Page:
    """Articles (without text), newest publication first; ``q`` matches title, URL or source."""
    articles = schema.articles
    q = check_text("q", q)
    conditions = date_range(articles.c.published, since, until)
    if q:
        conditions.append(
            sa.or_(
                articles.c.title.icontains(q, autoescape=True),
                articles.c.url.icontains(q, autoescape=True),
                articles.c.source.icontains(q, autoescape=True),
            )
        )
    query = sa.select(*_ARTICLE_LIST_COLUMNS, _counts(schema.statements, "statements"), _counts(schema.events, "events"))
    order = [articles.c.published.desc(), articles.c.id.desc()]
    rows, total = _page(store, query, conditions, order, limit, offset)
    return Page([_article_item(row) for row in rows], total)


def get_article(store: Store, id: int) -> dict | None:  # noqa: A002 - the API's parameter name
    """One article with its text, statements, events and entities (each with its corpus entity id)."""
    articles, mentions = schema.articles, schema.mentions
    query = sa.select(
        *_ARTICLE_LIST_COLUMNS,
        articles.c.text,
        articles.c.record,
        articles.c.text_in_record,
        _counts(schema.statements, "statements"),
        _counts(schema.events, "events"),
    ).where(articles.c.id == id)
    with store.engine.connect() as connection:
        row = connection.execute(query).first()
        if row is None:
            return None
        links = dict(
            connection.execute(
                sa.select(mentions.c.local_entity, mentions.c.entity_id).where(mentions.c.article_id == id).distinct()
            ).all()
        )
    record = record_with_text(row.record, row.text, row.text_in_record)
    item = _article_item(row)
    item["text"] = row.text
    item["statements"] = record.get("statements", [])
    item["events"] = record.get("events", [])
    item["entities"] = [entity | {"entity_id": links.get(entity.get("id"))} for entity in record.get("entities", [])]
    return item
