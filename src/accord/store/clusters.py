"""Persisted event clusters: each stored event row points at the real-world event it reports.

At ingest (inside the article's transaction) every new event is compared, by
``accord.clustering.matching_clusters``, with the already clustered events an indexed query finds:
same type and negation, an actor code in common, dated within the clustering window, from another
article. Reads (``list_event_clusters``) page over ``event_clusters`` in SQL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from accord.clustering import EventReport, candidate_window, group_reports, matching_clusters, report_from
from accord.records import Event
from accord.store import schema

# Articles read per batch when a migration clusters an existing store's events (bounded memory).
BACKFILL_BATCH = 500

_events, _articles, _clusters, _participants = (
    schema.events, schema.articles, schema.event_clusters, schema.event_participants,
)


def _codes_text(codes: set[str] | frozenset[str]) -> str:
    """How ``event_clusters.codes`` keeps a set of actor codes: sorted, space-separated."""
    return " ".join(sorted(codes))


def _candidates(connection: Connection, report: EventReport, article_id: int) -> dict[int, list[EventReport]]:
    """Clustered reports of other articles this report could join, by cluster id (indexed look-up)."""
    window = candidate_window(report)
    if window is None or not report.codes:
        return {}
    if isinstance(window, str):  # a month
        dated = sa.and_(_events.c.date_granularity == "month", _events.c.date.between(window, window + "-99"))
    else:
        dated = sa.and_(_events.c.date_granularity == "day",
                        _events.c.date.between(window[0].isoformat(), window[1].isoformat()))
    sharing_a_code = sa.select(_participants.c.event_id).where(_participants.c.code.in_(sorted(report.codes)))
    query = (
        sa.select(_events.c.cluster_id, _events.c.article_id, _events.c.record, _articles.c.published)
        .join(_articles, _articles.c.id == _events.c.article_id)
        .where(_events.c.event == report.type, _events.c.negated == report.negated, dated,
               _events.c.cluster_id.is_not(None), _events.c.article_id != article_id,
               _events.c.id.in_(sharing_a_code))
    )
    found: dict[int, list[EventReport]] = defaultdict(list)
    for row in connection.execute(query):
        event = Event.model_validate_json(row.record)
        found[row.cluster_id].append(report_from(str(row.article_id), row.published, event))
    return found


def _new_cluster(connection: Connection, report: EventReport, event: Event) -> int:
    date = report.day.isoformat() if report.day else report.month
    values = {"type": report.type, "negated": report.negated, "date": date,
              "place": event.location.name if event.location else None, "codes": _codes_text(report.codes)}
    return connection.execute(sa.insert(_clusters).returning(_clusters.c.id), values).scalar_one()


def _join(connection: Connection, cluster_ids: list[int], report: EventReport, event: Event) -> int:
    """Put the report into the first cluster, merging the others into it; update its summary."""
    target = cluster_ids[0]
    rows = connection.execute(sa.select(_clusters).where(_clusters.c.id.in_(cluster_ids)).order_by(_clusters.c.id)).all()
    codes = set(report.codes).union(*(row.codes.split() for row in rows))
    date = next((row.date for row in rows if row.date), None) or (report.day.isoformat() if report.day else report.month)
    place = next((row.place for row in rows if row.place), None) or (event.location.name if event.location else None)
    others = cluster_ids[1:]
    if others:
        connection.execute(sa.update(_events).where(_events.c.cluster_id.in_(others)).values(cluster_id=target))
        connection.execute(sa.delete(_clusters).where(_clusters.c.id.in_(others)))
    connection.execute(sa.update(_clusters).where(_clusters.c.id == target)
                       .values(codes=_codes_text(codes), date=date, place=place))
    return target


def cluster_ids_for(connection: Connection, article_id: int, published: str | None, events: Sequence[Event]) -> list[int]:
    """The cluster of each event of one article (before its rows are inserted): an existing cluster it
    reports, else a new one. Candidates come from other articles only, so the order of insertion is free."""
    ids = []
    for event in events:
        report = report_from(str(article_id), published, event)
        joined = matching_clusters(report, _candidates(connection, report, article_id))
        ids.append(_join(connection, joined, report, event) if joined else _new_cluster(connection, report, event))
    return ids


def article_cluster_ids(connection: Connection, article_id: int) -> list[int]:
    """The clusters an article's events belong to (read before its events are deleted)."""
    query = sa.select(_events.c.cluster_id).where(_events.c.article_id == article_id,
                                                  _events.c.cluster_id.is_not(None)).distinct()
    return list(connection.execute(query).scalars())


def drop_empty_clusters(connection: Connection, cluster_ids: list[int]) -> None:
    """Delete the given clusters that no event belongs to any more."""
    if not cluster_ids:
        return
    still_used = sa.select(_events.c.id).where(_events.c.cluster_id == _clusters.c.id).exists()
    connection.execute(sa.delete(_clusters).where(_clusters.c.id.in_(cluster_ids), ~still_used))


def regroup_clusters(connection: Connection, cluster_ids: list[int]) -> None:
    """Re-partition clusters that lost reports (an article was replaced): a removed report may have been
    the only link between others, which then become separate events; summaries are recomputed."""
    for cluster_id in cluster_ids:
        rows = connection.execute(
            sa.select(_events.c.id, _events.c.article_id, _events.c.record, _articles.c.published)
            .join(_articles, _articles.c.id == _events.c.article_id)
            .where(_events.c.cluster_id == cluster_id).order_by(_events.c.id)
        ).all()
        if not rows:
            continue
        events = {row.id: Event.model_validate_json(row.record) for row in rows}
        reports = {row.id: report_from(str(row.article_id), row.published, events[row.id]) for row in rows}
        row_of = {report.key: row_id for row_id, report in reports.items()}
        groups = sorted(([row_of[r.key] for r in group] for group in group_reports(list(reports.values()))), key=min)
        for number, group in enumerate(groups):
            values = _summary([reports[row_id] for row_id in group], [events[row_id] for row_id in group])
            if number == 0:
                connection.execute(sa.update(_clusters).where(_clusters.c.id == cluster_id).values(**values))
                continue
            new_id = connection.execute(sa.insert(_clusters).returning(_clusters.c.id), values).scalar_one()
            connection.execute(sa.update(_events).where(_events.c.id.in_(group)).values(cluster_id=new_id))


def _summary(reports: list[EventReport], events: list[Event]) -> dict[str, Any]:
    """A cluster row's columns from its reports: the first date and place given, every actor code."""
    dated = next((r for r in reports if r.day), None) or next((r for r in reports if r.month), None)
    return {
        "type": reports[0].type, "negated": reports[0].negated,
        "date": (dated.day.isoformat() if dated.day else dated.month) if dated else None,
        "place": next((e.location.name for e in events if e.location), None),
        "codes": _codes_text(frozenset().union(*(r.codes for r in reports))),
    }


def backfill_clusters(connection: Connection) -> None:
    """Cluster every stored event that has no cluster yet, article by article in store order (migration)."""
    last_id = 0
    while True:
        batch = connection.execute(
            sa.select(_articles.c.id, _articles.c.published).where(_articles.c.id > last_id)
            .order_by(_articles.c.id).limit(BACKFILL_BATCH)
        ).all()
        if not batch:
            return
        for article in batch:
            rows = connection.execute(
                sa.select(_events.c.id, _events.c.record)
                .where(_events.c.article_id == article.id, _events.c.cluster_id.is_(None)).order_by(_events.c.id)
            ).all()
            events = [Event.model_validate_json(row.record) for row in rows]
            for row, cluster_id in zip(rows, cluster_ids_for(connection, article.id, article.published, events),
                                       strict=True):
                connection.execute(sa.update(_events).where(_events.c.id == row.id).values(cluster_id=cluster_id))
        last_id = batch[-1].id


@dataclass
class StoredCluster:
    """One persisted cluster and its reports (event record + article fields), as a page item."""

    id: int
    type: str
    date: str | None
    place: str | None
    codes: list[str]
    report_count: int
    reports: list[dict[str, Any]] = field(default_factory=list)


def _date_bounds(column: sa.ColumnElement, since: str | None, until: str | None) -> list[sa.ColumnElement]:
    """A cluster date (day or month) in [since, until]: a month is in range when any of its days is."""
    conditions: list[sa.ColumnElement] = []
    if since:
        conditions.append(column >= sa.func.substr(sa.literal(since), 1, sa.func.length(column)))
    if until:
        conditions.append(column <= sa.func.substr(sa.literal(until), 1, sa.func.length(column)))
    return conditions


def list_event_clusters(store: Any, since: str | None = None, until: str | None = None, type: str | None = None,  # noqa: A002
                        actor: str | None = None, min_reports: int = 1, limit: int = 50,
                        offset: int = 0) -> tuple[list[StoredCluster], int]:
    """Clusters whose date is in [since, until], of a type, with an actor (code or name substring) and
    at least ``min_reports`` reports; most reported first, then by date. Parameters already checked."""
    counts = (sa.select(_events.c.cluster_id, sa.func.count().label("reports"))
              .where(_events.c.cluster_id.is_not(None)).group_by(_events.c.cluster_id).subquery())
    conditions: list[sa.ColumnElement] = [counts.c.reports >= min_reports,
                                          *_date_bounds(_clusters.c.date, since, until)]
    if type:
        conditions.append(_clusters.c.type == type.upper())
    if actor:
        by_name = (sa.select(_events.c.id).join(_participants, _participants.c.event_id == _events.c.id)
                   .where(_events.c.cluster_id == _clusters.c.id,
                          sa.func.lower(sa.func.coalesce(_participants.c.name, _participants.c.text))
                          .contains(actor.lower(), autoescape=True)).exists())
        by_code = (sa.literal(" ") + _clusters.c.codes + sa.literal(" ")).contains(f" {actor.upper()} ", autoescape=True)
        conditions.append(sa.or_(by_code, by_name))
    base = sa.select(_clusters, counts.c.reports).join(counts, counts.c.cluster_id == _clusters.c.id).where(*conditions)
    ordered = base.order_by(counts.c.reports.desc(), _clusters.c.date.is_(None), _clusters.c.date, _clusters.c.id)
    with store.engine.connect() as connection:
        total = connection.execute(sa.select(sa.func.count()).select_from(base.subquery())).scalar_one()
        page = [StoredCluster(row.id, row.type, row.date, row.place, row.codes.split(), row.reports)
                for row in connection.execute(ordered.limit(limit).offset(offset))]
        by_id = {cluster.id: cluster for cluster in page}
        if by_id:
            members = (
                sa.select(_events.c.cluster_id, _events.c.record, _articles.c.id.label("article_id"),
                          _articles.c.title, _articles.c.url, _articles.c.source, _articles.c.published)
                .join(_articles, _articles.c.id == _events.c.article_id)
                .where(_events.c.cluster_id.in_(list(by_id)))
                .order_by(_articles.c.published, _articles.c.id, _events.c.id)
            )
            for row in connection.execute(members):
                by_id[row.cluster_id].reports.append({
                    "event": json.loads(row.record), "article_id": row.article_id, "article_title": row.title,
                    "article_url": row.url, "article_source": row.source, "article_published": row.published,
                })
    return page, total

