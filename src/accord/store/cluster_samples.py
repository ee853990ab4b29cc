"""Event clusters with a sample of their reports: what the negotiation page and the clusters page show.

``accord.store.clusters.list_event_clusters`` returns every report of every listed cluster (the API's
contract); on a large store a round of talks has hundreds of reports, so the pages read the clusters'
summaries with only the first reports of each (by store order, so the first report, which names the
cluster, is always among them) and the report count. One query for the page of clusters, one for the
sampled reports (a window function, on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa

from accord.store import schema
from accord.store.clusters import StoredCluster, _date_bounds, reported_with
from accord.store.db import Store
from accord.store.filters import assertion_conditions

# Reports read per cluster by default: enough to name its sources at a glance.
SAMPLED_REPORTS = 10

_events, _articles, _clusters = schema.events, schema.articles, schema.event_clusters


def sampled_clusters(store: Store, types: Sequence[str] = (), since: str | None = None, until: str | None = None,
                     min_reports: int = 1, limit: int = 50, offset: int = 0, by_date: bool = False,
                     reports_each: int = SAMPLED_REPORTS, actor: str | None = None,
                     assertion: str | None = None, ids: Sequence[int] = (), recipient: str | None = None,
                     place: str | None = None) -> tuple[list[StoredCluster], int]:
    """Clusters of ``types`` (any when empty) dated in [since, until] with at least ``min_reports`` reports
    (parameters already checked), most reported first (or by date when ``by_date``), each with its first
    ``reports_each`` reports and its full ``report_count``; and how many clusters match. Only asserted
    reports count and are read (clusters of none are left out) unless ``assertion`` is ``all``; ``actor``,
    ``recipient`` and ``place`` keep the clusters with such a report (``reported_with``); ``ids`` (when
    given) keeps only those clusters."""
    counted = assertion_conditions(assertion)
    counts = (sa.select(_events.c.cluster_id, sa.func.count().label("reports"))
              .where(_events.c.cluster_id.is_not(None), *counted).group_by(_events.c.cluster_id).subquery())
    conditions: list[sa.ColumnElement] = [counts.c.reports >= min_reports, *_date_bounds(_clusters.c.date, since, until)]
    if types:
        conditions.append(_clusters.c.type.in_(sorted(types)))
    conditions += reported_with(counted, actor, recipient, place)
    if ids:
        conditions.append(_clusters.c.id.in_(sorted(set(ids))))
    # The total comes with the page (counted before LIMIT): the report counts are grouped once.
    base = sa.select(_clusters.c.id, _clusters.c.type, _clusters.c.date, _clusters.c.place, _clusters.c.codes,
                     counts.c.reports, sa.func.count().over().label("total")
                     ).join(counts, counts.c.cluster_id == _clusters.c.id).where(*conditions)
    if by_date:
        order = [_clusters.c.date.is_(None), _clusters.c.date, _clusters.c.id]
    else:
        order = [counts.c.reports.desc(), _clusters.c.date.is_(None), _clusters.c.date, _clusters.c.id]
    with store.engine.connect() as connection:
        rows = connection.execute(base.order_by(*order).limit(limit).offset(offset)).all()
        if rows:
            total = rows[0].total
        else:  # nothing matches, or a page past the end: count on its own
            total = 0 if not offset else connection.execute(
                sa.select(sa.func.count()).select_from(base.with_only_columns(_clusters.c.id).subquery())).scalar_one()
        page = [StoredCluster(row.id, row.type, row.date, row.place, row.codes.split(), row.reports) for row in rows]
        by_id = {cluster.id: cluster for cluster in page}
        if by_id:
            # Reports ranked by their ids alone; only the first ``reports_each`` of each are read whole.
            rank = sa.func.row_number().over(partition_by=_events.c.cluster_id,
                                             order_by=(_events.c.article_id, _events.c.id)).label("rank")
            ranked = (sa.select(_events.c.id, rank).where(_events.c.cluster_id.in_(list(by_id)), *counted).subquery())
            members = (sa.select(_events.c.cluster_id, _events.c.record, _articles.c.id.label("article_id"),
                                 _articles.c.title, _articles.c.url, _articles.c.source, _articles.c.published)
                       .select_from(ranked.join(_events, _events.c.id == ranked.c.id)
                                    .join(_articles, _articles.c.id == _events.c.article_id))
                       .where(ranked.c.rank <= reports_each)
                       .order_by(_articles.c.published, _articles.c.id, ranked.c.rank))
            for row in connection.execute(members):
                by_id[row.cluster_id].reports.append({
                    "event": json.loads(row.record), "article_id": row.article_id, "article_title": row.title,
                    "article_url": row.url, "article_source": row.source, "article_published": row.published,
                })
    return page, total



def has_clusters(store: Store, event_type: str, assertion: str | None = None) -> bool:
    """Whether some stored (asserted, unless ``assertion`` is ``all``) event of ``event_type`` belongs to a
    cluster (one indexed look-up, no counting)."""
    member = sa.exists().where(_events.c.cluster_id == _clusters.c.id, *assertion_conditions(assertion))
    query = sa.select(_clusters.c.id).where(_clusters.c.type == event_type, member).limit(1)
    with store.engine.connect() as connection:
        return connection.execute(query).first() is not None
