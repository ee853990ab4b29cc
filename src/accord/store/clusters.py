"""Persisted event clusters: each stored event row points at the real-world event it reports.

At ingest (inside the article's transaction) every new event is matched against the
``event_cluster_keys`` of existing clusters: one indexed query per event with bound parameters
(same type and negation, an actor code in common, dated within the clustering window, no
conflicting place). The keys are the distinct identifying features of each cluster's dated reports,
so the look-up reads no report and its cost does not grow with the number of reports of an event;
the result is what the reference ``matching_clusters`` (tests/clustering_reference.py) decides over the reports themselves.
Reads (``list_event_clusters``) page over ``event_clusters`` in SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from accord.corpus.clustering import EventReport, candidate_window, group_reports, report_from
from accord.records import Event
from accord.store import schema

# Articles (or clustered events) read per batch when a migration clusters or keys an existing
# store's events (bounded memory).
BACKFILL_BATCH = 500
# Where a key has no place: '' rather than NULL, so the unique index keeps keys distinct.
NO_PLACE = ""

_events, _articles, _clusters, _participants, _keys = (
    schema.events, schema.articles, schema.event_clusters, schema.event_participants, schema.event_cluster_keys,
)


def _codes_text(codes: set[str] | frozenset[str]) -> str:
    """How ``event_clusters.codes`` keeps a set of actor codes: sorted, space-separated."""
    return " ".join(sorted(codes))


def _matching_statement(at_place: bool) -> sa.Select:
    """Clusters with a key that a report matches (built once; parameters bound per report).

    ``at_place``: the report has a place, so keys at another place do not match it.
    """
    conditions = [
        _keys.c.type == sa.bindparam("type"),
        _keys.c.negated == sa.bindparam("negated"),
        _keys.c.granularity == sa.bindparam("granularity"),
        _keys.c.code.in_(sa.bindparam("codes", expanding=True)),
        _keys.c.date.between(sa.bindparam("low"), sa.bindparam("high")),
    ]
    if at_place:
        conditions.append(sa.or_(_keys.c.place == NO_PLACE, _keys.c.place == sa.bindparam("place")))
    return sa.select(_keys.c.cluster_id).where(*conditions).distinct().order_by(_keys.c.cluster_id)


_MATCHING_ANYWHERE = _matching_statement(at_place=False)
_MATCHING_AT_PLACE = _matching_statement(at_place=True)
_KEY_COLUMNS = ("type", "negated", "granularity", "code", "date", "place")
_KEYS_OF = sa.select(*(_keys.c[name] for name in _KEY_COLUMNS)).where(
    _keys.c.cluster_id.in_(sa.bindparam("cluster_ids", expanding=True)))
_DELETE_KEYS = sa.delete(_keys).where(_keys.c.cluster_id.in_(sa.bindparam("cluster_ids", expanding=True)))
_NEW_CLUSTER = sa.insert(_clusters).returning(_clusters.c.id)
_NEW_CLUSTERS = sa.insert(_clusters).returning(_clusters.c.id, sort_by_parameter_order=True)
# Only the columns ``_join`` reads: migration 0004 runs this on its own revision's table, which a later
# revision's extra column would not have.
_CLUSTERS_BY_ID = sa.select(_clusters.c.id, _clusters.c.codes, _clusters.c.date, _clusters.c.place).where(
    _clusters.c.id.in_(sa.bindparam("cluster_ids", expanding=True))).order_by(_clusters.c.id)
_MOVE_EVENTS = sa.update(_events).where(_events.c.cluster_id.in_(sa.bindparam("cluster_ids", expanding=True))).values(
    cluster_id=sa.bindparam("target"))
_DELETE_CLUSTERS = sa.delete(_clusters).where(_clusters.c.id.in_(sa.bindparam("cluster_ids", expanding=True)))
_UPDATE_SUMMARY = sa.update(_clusters).where(_clusters.c.id == sa.bindparam("cluster_id"))


# INSERT into ``event_cluster_keys`` skipping keys the cluster has already, per dialect (built once).
_INSERT_KEYS: dict[str, sa.Insert] = {
    "postgresql": postgresql_insert(_keys).on_conflict_do_nothing(),
    "sqlite": sqlite_insert(_keys).on_conflict_do_nothing(),
}


def report_keys(report: EventReport) -> list[dict[str, Any]]:
    """The key rows of one report (without cluster id): one per actor code; none when it is undated,
    as an undated report is never what another report matches (``accord.corpus.clustering``)."""
    if report.day:
        granularity, date = "day", report.day.isoformat()
    elif report.month:
        granularity, date = "month", report.month
    else:
        return []
    return [{"type": report.type, "negated": report.negated, "granularity": granularity, "code": code,
             "date": date, "place": report.place or NO_PLACE} for code in sorted(report.codes)]


def _add_keys(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert key rows (with cluster id), skipping those their cluster has already (unique index)."""
    if rows:
        connection.execute(_INSERT_KEYS[connection.dialect.name], rows)


def matching_cluster_ids(connection: Connection, report: EventReport) -> list[int]:
    """The stored clusters ``report`` belongs to, by the rules of the reference ``matching_clusters`` (tests/clustering_reference.py):
    a dated report joins every cluster with a key it matches (several are one event, to be merged); an
    undated one joins the one cluster dated in its window, none or several: it stays alone."""
    window = candidate_window(report)
    if window is None or not report.codes:
        return []
    if isinstance(window, str):
        granularity, low, high = "month", window, window
    else:
        granularity, low, high = "day", window[0].isoformat(), window[1].isoformat()
    parameters: dict[str, Any] = {"type": report.type, "negated": report.negated, "granularity": granularity,
                                  "codes": sorted(report.codes), "low": low, "high": high}
    statement = _MATCHING_ANYWHERE
    if report.place:
        statement, parameters["place"] = _MATCHING_AT_PLACE, report.place
    found = list(connection.execute(statement, parameters).scalars())
    if report.day or report.month:
        return found
    return found if len(found) == 1 else []


def _new_cluster_values(report: EventReport, event: Event) -> dict[str, Any]:
    """The ``event_clusters`` row of a cluster whose first report is ``report``."""
    date = report.day.isoformat() if report.day else report.month
    return {"type": report.type, "negated": report.negated, "date": date,
            "place": event.location.name if event.location else None, "codes": _codes_text(report.codes)}


def _join(connection: Connection, cluster_ids: list[int], report: EventReport, event: Event) -> int:
    """Put the report into the first cluster, merging the others (reports and keys) into it; update its summary."""
    target = cluster_ids[0]
    rows = connection.execute(_CLUSTERS_BY_ID, {"cluster_ids": cluster_ids}).all()
    codes = set(report.codes).union(*(row.codes.split() for row in rows))
    date = next((row.date for row in rows if row.date), None) or (report.day.isoformat() if report.day else report.month)
    place = next((row.place for row in rows if row.place), None) or (event.location.name if event.location else None)
    others = cluster_ids[1:]
    if others:
        moved = [row._asdict() | {"cluster_id": target}
                 for row in connection.execute(_KEYS_OF, {"cluster_ids": others})]
        connection.execute(_MOVE_EVENTS, {"cluster_ids": others, "target": target})
        connection.execute(_DELETE_KEYS, {"cluster_ids": others})
        connection.execute(_DELETE_CLUSTERS, {"cluster_ids": others})
        _add_keys(connection, moved)
    connection.execute(_UPDATE_SUMMARY, {"cluster_id": target, "codes": _codes_text(codes), "date": date,
                                         "place": place})
    return target


def _final(cluster_id: int, merged_into: dict[int, int]) -> int:
    """Where a cluster ended up after the merges made while clustering one article."""
    while cluster_id in merged_into:
        cluster_id = merged_into[cluster_id]
    return cluster_id


def cluster_ids_for(connection: Connection, article_id: int, published: str | None, events: Sequence[Event]) -> list[int]:
    """The cluster of each event of one article (before its rows are inserted): an existing cluster it
    reports, else a new one. Candidates come from other articles only (the article's own clusters and
    keys are added after all its events are placed), so the order of insertion is free."""
    placed: list[int | None] = []
    reports: list[EventReport] = []
    merged_into: dict[int, int] = {}
    for event in events:
        report = report_from(str(article_id), published, event)
        joined = matching_cluster_ids(connection, report)
        if joined:
            placed.append(_join(connection, joined, report, event))
            merged_into.update((other, joined[0]) for other in joined[1:])
        else:
            placed.append(None)
        reports.append(report)
    alone = [number for number, cluster_id in enumerate(placed) if cluster_id is None]
    if alone:
        rows = [_new_cluster_values(reports[number], events[number]) for number in alone]
        for number, cluster_id in zip(alone, connection.execute(_NEW_CLUSTERS, rows).scalars().all(), strict=True):
            placed[number] = cluster_id
    # An earlier event of this article may sit in a cluster a later one merged away.
    ids = [_final(cluster_id, merged_into) for cluster_id in placed if cluster_id is not None]
    _add_keys(connection, [key | {"cluster_id": cluster_id}
                           for cluster_id, report in zip(ids, reports, strict=True) for key in report_keys(report)])
    return ids


def article_cluster_ids(connection: Connection, article_id: int) -> list[int]:
    """The clusters an article's events belong to (read before its events are deleted)."""
    query = sa.select(_events.c.cluster_id).where(_events.c.article_id == article_id,
                                                  _events.c.cluster_id.is_not(None)).distinct()
    return list(connection.execute(query).scalars())


def drop_empty_clusters(connection: Connection, cluster_ids: list[int]) -> None:
    """Delete the given clusters (and their keys) that no event belongs to any more."""
    if not cluster_ids:
        return
    still_used = sa.select(_events.c.id).where(_events.c.cluster_id == _clusters.c.id).exists()
    empty = list(connection.execute(sa.select(_clusters.c.id).where(_clusters.c.id.in_(cluster_ids), ~still_used))
                 .scalars())
    if empty:
        connection.execute(_DELETE_KEYS, {"cluster_ids": empty})
        connection.execute(_DELETE_CLUSTERS, {"cluster_ids": empty})


def regroup_clusters(connection: Connection, cluster_ids: list[int]) -> None:
    """Re-partition clusters that lost reports (an article was replaced): a removed report may have been
    the only link between others, which then become separate events; summaries and keys are recomputed."""
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
        connection.execute(_DELETE_KEYS, {"cluster_ids": [cluster_id]})
        keys: list[dict[str, Any]] = []
        for number, group in enumerate(groups):
            values = _summary([reports[row_id] for row_id in group], [events[row_id] for row_id in group])
            if number == 0:
                group_id = cluster_id
                connection.execute(sa.update(_clusters).where(_clusters.c.id == cluster_id).values(**values))
            else:
                group_id = connection.execute(_NEW_CLUSTER, values).scalar_one()
                connection.execute(sa.update(_events).where(_events.c.id.in_(group)).values(cluster_id=group_id))
            keys.extend(key | {"cluster_id": group_id} for row_id in group for key in report_keys(reports[row_id]))
        _add_keys(connection, keys)


def _summary(reports: list[EventReport], events: list[Event]) -> dict[str, Any]:
    """A cluster row's columns from its reports: the first date and place given, every actor code."""
    dated = next((r for r in reports if r.day), None) or next((r for r in reports if r.month), None)
    return {
        "type": reports[0].type, "negated": reports[0].negated,
        "date": (dated.day.isoformat() if dated.day else dated.month) if dated else None,
        "place": next((e.location.name for e in events if e.location), None),
        "codes": _codes_text(frozenset().union(*(r.codes for r in reports))),
    }


def _batches(connection: Connection, query: sa.Select, id_column: sa.ColumnElement) -> Iterable[list[sa.Row]]:
    """Rows of ``query`` in batches of ``BACKFILL_BATCH``, paged by ascending ``id_column`` (keyset)."""
    last_id = 0
    while True:
        batch = connection.execute(query.where(id_column > last_id).order_by(id_column).limit(BACKFILL_BATCH)).all()
        if not batch:
            return
        yield batch
        last_id = batch[-1].id


def backfill_cluster_keys(connection: Connection) -> None:
    """Build the keys of every clustered event (migration 0004: stores clustered before keys existed)."""
    query = sa.select(_events.c.id, _events.c.cluster_id, _events.c.record).where(_events.c.cluster_id.is_not(None))
    for batch in _batches(connection, query, _events.c.id):
        _add_keys(connection, [key | {"cluster_id": row.cluster_id} for row in batch
                               for key in report_keys(report_from("", None, Event.model_validate_json(row.record)))])


def backfill_clusters(connection: Connection) -> None:
    """Cluster every stored event that has no cluster yet, article by article in store order (migration).

    Matching needs ``event_cluster_keys``: called by migration 0003, before that table exists, it does
    nothing and migration 0004 does the work.
    """
    if not sa.inspect(connection).has_table(_keys.name):
        return
    query = sa.select(_articles.c.id, _articles.c.published)
    for batch in _batches(connection, query, _articles.c.id):
        for article in batch:
            rows = connection.execute(
                sa.select(_events.c.id, _events.c.record)
                .where(_events.c.article_id == article.id, _events.c.cluster_id.is_(None)).order_by(_events.c.id)
            ).all()
            events = [Event.model_validate_json(row.record) for row in rows]
            for row, cluster_id in zip(rows, cluster_ids_for(connection, article.id, article.published, events),
                                       strict=True):
                connection.execute(sa.update(_events).where(_events.c.id == row.id).values(cluster_id=cluster_id))


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

