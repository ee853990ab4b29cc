"""Reading the store: statements, events, entities and articles, filtered and paginated.

Each query returns ``Page(items, total)``; items are JSON-ready dicts (contract objects plus the
article they come from). Used by ``accord query``, the web API and tests alike.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Row

from accord.store import schema
from accord.store.db import Store
from accord.store.filters import (
    DEFAULT_LIMIT,
    assertion_conditions,
    at_place,
    check_entity_kind,
    check_event_type,
    check_page,
    check_text,
    date_range,
    fulltext_matches,
    newest_first,
    oldest_first,
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


def page_slice(items: Sequence, limit: int = DEFAULT_LIMIT, offset: int = 0) -> tuple[list, int]:
    """One page of a list computed whole (divergences: topics are built in Python, not selected by SQL) and
    how many it holds in all; ``limit`` and ``offset`` checked as every page's are (``check_page``)."""
    limit, offset = check_page(limit, offset)
    return list(items[offset:offset + limit]), len(items)


def _page(store: Store, query: sa.Select, conditions: list, order: list, limit: int, offset: int,
          key: sa.ColumnElement) -> tuple[list[Row], int]:
    """Rows of one page of ``query`` and the total count under ``conditions``.

    The page is chosen by sorting keys only (``key``: the rows' primary key), then its rows are read by
    key: sorting every matching row with its stored record (or computing its per-row counts) would cost
    as much as reading them all. The total comes with the keys (``count(*) over ()``, computed before
    LIMIT), so the filters, which may scan whole tables (a speaker's name in every mention), run once;
    only a page past the end needs a separate count.
    """
    limit, offset = check_page(limit, offset)
    query = query.where(*conditions)
    total_column = sa.func.count().over().label("page_total")
    with store.engine.connect() as connection:
        found = connection.execute(query.with_only_columns(key, total_column).order_by(*order).limit(limit)
                                   .offset(offset)).all()
        total = _total(connection, query, found, offset)
        if not found:
            return [], total
        position = {row[0]: number for number, row in enumerate(found)}
        rows = connection.execute(query.add_columns(key.label("page_key")).where(key.in_(list(position)))).all()
    return sorted(rows, key=lambda row: position[row.page_key]), total


def _total(connection: sa.Connection, query: sa.Select, rows: list[Row], offset: int) -> int:
    """How many rows ``query`` matches: given with the page, counted only when the page is empty past the start."""
    if rows:
        return rows[0].page_total
    if not offset:
        return 0
    return connection.execute(sa.select(sa.func.count()).select_from(query.order_by(None).subquery())).scalar_one()


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


def statement_conditions(store: Store, speaker: str | None = None, party: str | None = None, q: str | None = None,
                         since: str | None = None, until: str | None = None) -> list:
    """The statement pages' filters as conditions on ``statements`` joined to ``articles`` (validated here)."""
    speaker, party, q = check_text("speaker", speaker), check_text("party", party), check_text("q", q)
    conditions = date_range(schema.articles.c.published, since, until)
    if speaker:
        conditions.append(speaker_matches(speaker))
    if party:
        conditions.append(party_matches(party))
    if q:
        conditions.append(fulltext_matches(store, q))
    return conditions


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
    articles_in: Sequence[int] | None = None,
) -> Page:
    """Statements by speaker (name or any mention of them), party, words, date and article."""
    statements, articles = schema.statements, schema.articles
    conditions = statement_conditions(store, speaker, party, q, since, until)
    if article is not None:
        conditions.append(statements.c.article_id == article)
    if articles_in is not None:
        conditions.append(statements.c.article_id.in_(sorted(set(articles_in))))
    query = sa.select(statements.c.record, statements.c.speaker_entity_id, *_ARTICLE_COLUMNS).select_from(
        statements.join(articles, statements.c.article_id == articles.c.id)
    )
    order = [*oldest_first(articles.c.published), articles.c.id, statements.c.content_start, statements.c.id]
    rows, total = _page(store, query, conditions, order, limit, offset, key=statements.c.id)
    items = [json.loads(row.record) | _article_fields(row) | {"speaker_entity_id": row.speaker_entity_id} for row in rows]
    return Page(items, total)


def event_conditions(type: str | None = None, actor: str | None = None, recipient: str | None = None,  # noqa: A002
                     since: str | None = None, until: str | None = None, place: str | None = None,
                     assertion: str | None = None) -> list:
    """The timeline's filters as conditions on ``events`` joined to ``articles`` (validated here).

    The date is the event's own, else its article's: an undated event is kept by when it was reported.
    Only asserted events unless ``assertion`` is ``all`` (``accord.store.filters.check_assertion``)."""
    events, articles = schema.events, schema.articles
    event_type = check_event_type("type", type)
    actor, recipient, place = check_text("actor", actor), check_text("recipient", recipient), check_text("place", place)
    conditions = assertion_conditions(assertion)
    conditions += date_range(sa.func.coalesce(events.c.date, articles.c.published), since, until)
    if place:
        conditions.append(at_place(place))
    if event_type:
        conditions.append(events.c.event == event_type)
    if actor:
        conditions.append(events.c.id.in_(participant_matches(actor, "actor")))
    if recipient:
        conditions.append(events.c.id.in_(participant_matches(recipient, "recipient")))
    return conditions


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
    place: str | None = None,
    assertion: str | None = None,
) -> Page:
    """Events by PLOVER type, actor, recipient, date (the event's own, else the article's) and article;
    asserted ones only unless ``assertion`` is ``all``.

    Dated events come first, in date order; undated ones (dated by their article only) after them."""
    events, articles = schema.events, schema.articles
    when = sa.func.coalesce(events.c.date, articles.c.published)
    conditions = event_conditions(type, actor, recipient, since, until, place, assertion)
    if article is not None:
        conditions.append(events.c.article_id == article)
    # How many reports (events of any article) its real-world event has: an indexed count per row.
    sibling = events.alias("sibling")
    reports = (sa.select(sa.func.count()).where(sibling.c.cluster_id == events.c.cluster_id)
               .scalar_subquery().label("reports"))
    query = sa.select(events.c.record, events.c.cluster_id, reports, *_ARTICLE_COLUMNS).select_from(
        events.join(articles, events.c.article_id == articles.c.id)
    )
    order = [events.c.date.is_(None), when, articles.c.id, events.c.trigger_start, events.c.id]
    rows, total = _page(store, query, conditions, order, limit, offset, key=events.c.id)
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
    q, kind, code = check_text("q", q), check_entity_kind("kind", kind), check_text("code", code)
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
        conditions.append(sa.func.lower(entities.c.kind) == kind)
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
    rows, total = _page(store, query, conditions, [mention_count.desc(), entities.c.name, entities.c.id], limit, offset,
                        key=entities.c.id)
    names = _mention_names(store, [row.id for row in rows])
    columns = [column.name for column in query.selected_columns]  # not the page's key
    items = [{name: row._mapping[name] for name in columns} | {"names": names.get(row.id, [])} for row in rows]
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


def _counts(table: sa.Table, label: str, *conditions: sa.ColumnElement) -> sa.Label[int]:
    """The number of ``table`` rows of each article (under ``conditions``), as a column named ``label``."""
    return (
        sa.select(sa.func.count()).where(table.c.article_id == schema.articles.c.id, *conditions)
        .scalar_subquery().label(label)
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
    assertion: str | None = None,
) -> Page:
    """Articles (without text), newest publication first; ``q`` matches title, URL or source. Each says how
    many statements and events it holds (asserted events only unless ``assertion`` is ``all``)."""
    articles = schema.articles
    q = check_text("q", q)
    counted = assertion_conditions(assertion)
    conditions = date_range(articles.c.published, since, until)
    if q:
        conditions.append(
            sa.or_(
                articles.c.title.icontains(q, autoescape=True),
                articles.c.url.icontains(q, autoescape=True),
                articles.c.source.icontains(q, autoescape=True),
            )
        )
    query = sa.select(*_ARTICLE_LIST_COLUMNS, _counts(schema.statements, "statements"),
                      _counts(schema.events, "events", *counted))
    order = [*newest_first(articles.c.published), articles.c.id.desc()]
    # By key: the statement and event counts are computed for the page's articles only.
    rows, total = _page(store, query, conditions, order, limit, offset, key=articles.c.id)
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
