"""Persisted event clusters: each stored event row points at the real-world event it reports.

At ingest (inside the article's transaction) every new event that its article does not anchor on
another of its events is matched against the ``event_cluster_keys`` of existing clusters: one indexed
query per event with bound parameters (same type, negation and facet, an actor code in common, dated
within the clustering window, no conflicting place), which also returns each candidate cluster's
traits (its pair of parties, issues, quantities); the report joins the one best-matching cluster
(``accord.corpus.clustering.best_cluster``), never two. The keys are the distinct identifying features
of each cluster's dated reports, so the look-up reads no report and its cost does not grow with the
number of reports of an event; the result is what ``accord.corpus.clustering.group_reports`` decides
in memory. Reads (``list_event_clusters``) page over ``event_clusters`` in SQL.
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

from accord.corpus.clustering import (
    Candidate,
    ClusterTraits,
    EventReport,
    candidate_window,
    group_reports,
    key_tuples,
    PUBLISHED,
    place_article,
    published_window,
    report_from,
)
from accord.records import Event
from accord.store import schema
from accord.store.filters import assertion_conditions, at_place, participant_matches

# Articles (or clustered events) read per batch when a migration clusters or keys an existing
# store's events (bounded memory).
BACKFILL_BATCH = 500
# Where a key has no place: '' rather than NULL, so the unique index keeps keys distinct.
NO_PLACE = ""

_events, _articles, _clusters, _participants, _keys = (
    schema.events, schema.articles, schema.event_clusters, schema.event_participants, schema.event_cluster_keys,
)
_KEY_COLUMNS = ("type", "negated", "facet", "granularity", "code", "date", "place")


def _codes_text(codes: set[str] | frozenset[str]) -> str:
    """How ``event_clusters.codes`` keeps a set of actor codes: sorted, space-separated."""
    return " ".join(sorted(codes))


def _matching_statement(day: bool, at_place: bool) -> sa.Select | sa.CompoundSelect:
    """Keys a report matches, with their cluster's traits (built once; parameters bound per report).

    ``day``: the report may also join clusters of undated reports, keyed by their publication day in
    its ``published_window``; ``at_place``: the report has a place, so keys at another place do not.
    Each branch is a range of the unique index (type, negated, facet, granularity, code, date), so a
    look-up reads only the keys it returns, however many the store holds.
    """
    def branch(granularity: sa.BindParameter | str, low: str, high: str) -> sa.Select:
        conditions = [
            _keys.c.type == sa.bindparam("type"),
            _keys.c.negated == sa.bindparam("negated"),
            _keys.c.facet == sa.bindparam("facet"),
            _keys.c.granularity == granularity,
            _keys.c.code.in_(sa.bindparam("codes", expanding=True)),
            _keys.c.date.between(sa.bindparam(low), sa.bindparam(high)),
        ]
        if at_place:
            conditions.append(sa.or_(_keys.c.place == NO_PLACE, _keys.c.place == sa.bindparam("place")))
        return (sa.select(_keys.c.cluster_id, _keys.c.date, _keys.c.granularity, _keys.c.code, _clusters.c.traits)
                .join(_clusters, _clusters.c.id == _keys.c.cluster_id).where(*conditions))

    dated = branch(sa.bindparam("granularity"), "low", "high")
    if not day:
        return dated.distinct()
    return sa.union(dated, branch(PUBLISHED, "published_low", "published_high"))


_MATCHING = {(day, at_place): _matching_statement(day, at_place) for day in (False, True) for at_place in (False, True)}
_DELETE_KEYS = sa.delete(_keys).where(_keys.c.cluster_id.in_(sa.bindparam("cluster_ids", expanding=True)))
_NEW_CLUSTER = sa.insert(_clusters).returning(_clusters.c.id)
_NEW_CLUSTERS = sa.insert(_clusters).returning(_clusters.c.id, sort_by_parameter_order=True)
_CLUSTERS_BY_ID = sa.select(_clusters.c.id, _clusters.c.codes, _clusters.c.date, _clusters.c.place,
                            _clusters.c.traits).where(
    _clusters.c.id.in_(sa.bindparam("cluster_ids", expanding=True))).order_by(_clusters.c.id)
_UPDATE_SUMMARY = sa.update(_clusters).where(_clusters.c.id == sa.bindparam("cluster_id"))


# INSERT into ``event_cluster_keys`` skipping keys the cluster has already, per dialect (built once).
_INSERT_KEYS: dict[str, sa.Insert] = {
    "postgresql": postgresql_insert(_keys).on_conflict_do_nothing(),
    "sqlite": sqlite_insert(_keys).on_conflict_do_nothing(),
}


def report_keys(report: EventReport, founding: bool = True) -> list[dict[str, Any]]:
    """The key rows of one report (without cluster id): one per actor code (``key_tuples``)."""
    return [dict(zip(_KEY_COLUMNS, key, strict=True)) for key in key_tuples(report, founding)]


def _add_keys(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert key rows (with cluster id), skipping those their cluster has already (unique index)."""
    if rows:
        connection.execute(_INSERT_KEYS[connection.dialect.name], rows)


def candidates(connection: Connection, report: EventReport) -> list[Candidate]:
    """The clusters whose keys ``report`` matches, with the matched key's date: one indexed query."""
    window = candidate_window(report)
    if window is None or not report.codes:
        return []
    if isinstance(window, str):
        granularity, low, high = "month", window, window
    else:
        granularity, low, high = "day", window[0].isoformat(), window[1].isoformat()
    parameters: dict[str, Any] = {"type": report.type, "negated": report.negated, "facet": report.facet,
                                  "granularity": granularity, "codes": sorted(report.codes), "low": low, "high": high}
    published = published_window(report)
    if published:
        parameters["published_low"], parameters["published_high"] = (day.isoformat() for day in published)
    if report.place:
        parameters["place"] = report.place
    statement = _MATCHING[(published is not None, report.place is not None)]
    return [Candidate(row.cluster_id, row.date, ClusterTraits.from_json(row.traits), row.granularity, row.code)
            for row in connection.execute(statement, parameters)]


def _summary(reports: Sequence[EventReport], events: Sequence[Event],
             start: dict[str, Any] | None = None) -> dict[str, Any]:
    """A cluster row's columns once ``reports`` have joined (``start``: its row so far, if any):
    the first date and place given, every actor code, the traits."""
    start = start or {}
    traits = ClusterTraits.from_json(start.get("traits"))
    for report in reports:
        traits = traits.with_report(report)
    dated = next((r for r in reports if r.day), None) or next((r for r in reports if r.month), None)
    date = start.get("date") or ((dated.day.isoformat() if dated.day else dated.month) if dated else None)
    place = start.get("place") or next((e.location.name for e in events if e.location), None)
    codes = set((start.get("codes") or "").split()).union(*(r.codes for r in reports))
    return {"type": reports[0].type, "negated": reports[0].negated, "date": date, "place": place,
            "codes": _codes_text(codes), "traits": traits.to_json()}


def _lead_of(placements: Sequence, index: int) -> int:
    """The unanchored event an anchored one leads back to through its chain of anchors (in any order)."""
    seen = {index}
    while placements[index].anchor is not None and placements[index].anchor not in seen:
        index = placements[index].anchor
        seen.add(index)
    return index


def cluster_ids_for(connection: Connection, article_id: int, published: str | None, events: Sequence[Event]) -> list[int]:
    """The cluster of each event of one article (before its rows are inserted): the one existing
    cluster it best matches, its anchor's (an undated re-mention of the article's dated event), else a
    new one. Candidates come from other articles only (the article's keys are added after all its
    events are placed); clusters are never merged."""
    reports = [report_from(str(article_id), published, event) for event in events]
    placements = place_article(reports, lambda report: candidates(connection, report))
    joined: dict[int, list[int]] = {}
    fresh: list[list[int]] = []
    owner: list[tuple[str, int]] = []
    for index, placement in enumerate(placements):
        if placement.anchor is not None:
            continue
        if placement.cluster is not None:
            joined.setdefault(placement.cluster, []).append(index)
            owner.append(("old", placement.cluster))
        else:
            fresh.append([index])
            owner.append(("new", len(fresh) - 1))
    lead = [index for index, placement in enumerate(placements) if placement.anchor is None]
    where = dict(zip(lead, owner, strict=True))
    for index, placement in enumerate(placements):
        if placement.anchor is not None:
            kind, number = where[_lead_of(placements, index)]  # an anchor may itself be anchored, later on
            (joined[number] if kind == "old" else fresh[number]).append(index)
            where[index] = (kind, number)
    if joined:
        rows = {row.id: row._asdict() for row in connection.execute(_CLUSTERS_BY_ID, {"cluster_ids": sorted(joined)})}
        for cluster_id, members in joined.items():
            values = _summary([reports[i] for i in members], [events[i] for i in members], rows[cluster_id])
            connection.execute(_UPDATE_SUMMARY, {"cluster_id": cluster_id, **{k: values[k] for k in
                                                                             ("codes", "date", "place", "traits")}})
    new_ids: list[int] = []
    if fresh:
        values = [_summary([reports[i] for i in members], [events[i] for i in members]) for members in fresh]
        new_ids = list(connection.execute(_NEW_CLUSTERS, values).scalars().all())
    ids = [number if kind == "old" else new_ids[number] for kind, number in (where[i] for i in range(len(events)))]
    _add_keys(connection, [key | {"cluster_id": cluster_id}
                           for cluster_id, report, placement in zip(ids, reports, placements, strict=True)
                           for key in report_keys(report, placement.founding)])
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
        connection.execute(sa.delete(_clusters).where(_clusters.c.id.in_(empty)))


def regroup_clusters(connection: Connection, cluster_ids: list[int]) -> None:
    """Re-partition clusters that lost reports (an article was replaced): the remaining reports are
    grouped again in store order by the ingest rule (``group_reports``); summaries and keys are recomputed."""
    for cluster_id in cluster_ids:
        rows = connection.execute(
            sa.select(_events.c.id, _events.c.article_id, _events.c.record, _articles.c.published)
            .join(_articles, _articles.c.id == _events.c.article_id)
            .where(_events.c.cluster_id == cluster_id).order_by(_events.c.article_id, _events.c.id)
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
            keys.extend(key | {"cluster_id": group_id} for row_id in group
                        for key in report_keys(reports[row_id], founding=row_id == group[0]))
        _add_keys(connection, keys)


def _batches(connection: Connection, query: sa.Select, id_column: sa.ColumnElement) -> Iterable[list[sa.Row]]:
    """Rows of ``query`` in batches of ``BACKFILL_BATCH``, paged by ascending ``id_column`` (keyset)."""
    last_id = 0
    while True:
        batch = connection.execute(query.where(id_column > last_id).order_by(id_column).limit(BACKFILL_BATCH)).all()
        if not batch:
            return
        yield batch
        last_id = batch[-1].id


def _current_tables(connection: Connection) -> bool:
    """Whether the cluster tables have this revision's columns (keys with a facet, clusters with traits).

    Migrations 0003 and 0004 run before migration 0006 adds them: they leave clustering to it.
    """
    inspector = sa.inspect(connection)
    if not inspector.has_table(_keys.name):
        return False
    return ("facet" in {c["name"] for c in inspector.get_columns(_keys.name)}
            and "traits" in {c["name"] for c in inspector.get_columns(_clusters.name)})


def backfill_cluster_keys(connection: Connection) -> None:
    """Build the keys of every clustered event (migration 0004: stores clustered before keys existed);
    a no-op before migration 0006, which re-clusters every event."""
    if not _current_tables(connection):
        return
    query = sa.select(_events.c.id, _events.c.cluster_id, _events.c.record).where(_events.c.cluster_id.is_not(None))
    for batch in _batches(connection, query, _events.c.id):
        _add_keys(connection, [key | {"cluster_id": row.cluster_id} for row in batch
                               for key in report_keys(report_from("", None, Event.model_validate_json(row.record)))])


def reset_clusters(connection: Connection) -> None:
    """Forget every cluster and key (migration 0006: clusters built by older rules are rebuilt)."""
    connection.execute(sa.update(_events).where(_events.c.cluster_id.is_not(None)).values(cluster_id=None))
    connection.execute(sa.delete(_keys))
    connection.execute(sa.delete(_clusters))


def backfill_clusters(connection: Connection) -> None:
    """Cluster every stored event that has no cluster yet, article by article in store order (migration).

    Matching needs the current ``event_cluster_keys`` and cluster traits: called by migrations 0003
    and 0004, before they exist, it does nothing and migration 0006 does the work.
    """
    if not _current_tables(connection):
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


def reported_with(counted: list[sa.ColumnElement], actor: str | None = None, recipient: str | None = None,
                  place: str | None = None) -> list[sa.ColumnElement]:
    """The condition that a cluster holds a (``counted``) report by ``actor``, aimed at ``recipient``, at
    ``place``, each read as ``/api/events`` and the timeline read them (``participant_matches``, ``at_place``),
    so a cluster is listed when a report the timeline lists with the same filters belongs to it; none when
    none is given."""
    member = [*([_events.c.id.in_(participant_matches(actor, "actor"))] if actor else []),
              *([_events.c.id.in_(participant_matches(recipient, "recipient"))] if recipient else []),
              *([at_place(place)] if place else [])]
    if not member:
        return []
    return [sa.exists().where(_events.c.cluster_id == _clusters.c.id, *counted, *member)]


def list_event_clusters(store: Any, since: str | None = None, until: str | None = None, type: str | None = None,  # noqa: A002
                        actor: str | None = None, min_reports: int = 1, limit: int = 50,
                        offset: int = 0, assertion: str | None = None) -> tuple[list[StoredCluster], int]:
    """Clusters whose date is in [since, until], of a type, with a report by ``actor`` (``reported_with``) and
    at least ``min_reports`` reports; most reported first, then by date. Parameters already checked.
    Only asserted reports count (and clusters of none are left out) unless ``assertion`` is ``all``."""
    counted = assertion_conditions(assertion)
    counts = (sa.select(_events.c.cluster_id, sa.func.count().label("reports"))
              .where(_events.c.cluster_id.is_not(None), *counted).group_by(_events.c.cluster_id).subquery())
    conditions: list[sa.ColumnElement] = [counts.c.reports >= min_reports,
                                          *_date_bounds(_clusters.c.date, since, until)]
    if type:
        conditions.append(_clusters.c.type == type.upper())
    conditions += reported_with(counted, actor)
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
                .where(_events.c.cluster_id.in_(list(by_id)), *counted)
                .order_by(_articles.c.published, _articles.c.id, _events.c.id)
            )
            for row in connection.execute(members):
                by_id[row.cluster_id].reports.append({
                    "event": json.loads(row.record), "article_id": row.article_id, "article_title": row.title,
                    "article_url": row.url, "article_source": row.source, "article_published": row.published,
                })
    return page, total

