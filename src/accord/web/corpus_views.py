"""The API's shape of event clusters with their reports (what ``/api/event-clusters`` and its pages return;
a divergence's shape is ``accord.store.divergence_items``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accord.store import Page
from accord.store.cluster_samples import SAMPLED_REPORTS, sampled_clusters
from accord.store.clusters import StoredCluster, list_event_clusters
from accord.store.entity_pages import link_entities
from accord.store.filters import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    check_assertion,
    check_count,
    check_dates,
    check_event_type,
    check_page,
    check_text,
)
from accord.store.records import CLUSTER_KEY_PREFIX


@dataclass
class ClusterReport:
    """One article's report of a clustered event: where to read it and the trigger's span."""

    article_id: int
    article_title: str | None
    article_url: str | None
    article_source: str | None
    article_published: str | None
    event: str
    trigger: dict[str, Any]
    sentence: str | None
    place: str | None = None  # the event's place as this report names it
    quantities: list[dict[str, Any]] = field(default_factory=list)  # numbers the report gives (prisoners exchanged)
    negated: bool = False
    assertion: str = "asserted"  # asserted, or how it is not: future, hypothetical, demanded, denied, historical


@dataclass
class ClusterView:
    """A real-world event with every report of it, as the API returns it."""

    id: str
    type: str
    date: str | None
    place: str | None
    codes: list[str]
    names: list[str]
    reports: list[ClusterReport] = field(default_factory=list)
    report_count: int | None = None  # all its reports, when ``reports`` holds only a sample of them
    cluster_id: int | None = None  # the store's id of the cluster (its page, ``/clusters/<cluster_id>``)
    # Each name with the store entity it belongs to, when the reports say ({"name", "entity_id"}).
    parties: list[dict[str, Any]] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "cluster_id": self.cluster_id, "type": self.type, "date": self.date, "place": self.place,
            "codes": self.codes, "names": self.names, "parties": self.parties,
            "report_count": len(self.reports) if self.report_count is None else self.report_count,
            "reports": [vars(report).copy() for report in self.reports],
        }


# Clusters listed by default (API and page alike): every event, the most reported first.
DEFAULT_MIN_REPORTS = 1


def store_event_clusters(store: Any, since: str | None = None, until: str | None = None, type: str | None = None,  # noqa: A002
                         actor: str | None = None, min_reports: int = DEFAULT_MIN_REPORTS, limit: int = DEFAULT_LIMIT,
                         offset: int = 0, assertion: str | None = None) -> Page:
    """Clusters of reports of the same real-world event over the store, filtered and paginated.

    Reads the clusters persisted at ingest (``accord.store.clusters``), one page in SQL; the cluster's
    own date is filtered to [since, until] (a month when any of its days is in it). Items: the
    cluster's type, date, place, actor codes and names, and each report (article id/title/url, event
    id, trigger span). Clusters with more reports come first, then by date.
    """
    since, until = check_dates(since, until)
    min_reports = check_count("min_reports", min_reports, 1, MAX_OFFSET)
    limit, offset = check_page(limit, offset)
    clusters, total = list_event_clusters(store, since=since, until=until, type=type, actor=actor,
                                          min_reports=min_reports, limit=limit, offset=offset,
                                          assertion=check_assertion("assertion", assertion))
    _link_participants(store, clusters)
    return Page([_view(cluster).to_json_dict() for cluster in clusters], total)


def _link_participants(store: Any, clusters: list[StoredCluster]) -> None:
    """Give every actor and recipient of the clusters' reports its store entity id (one query), in place."""
    link_entities(store, [{"article_id": report["article_id"], "actors": report["event"].get("actors") or [],
                           "recipients": report["event"].get("recipients") or []}
                          for cluster in clusters for report in cluster.reports])


def _view(cluster: StoredCluster) -> ClusterView:
    """The API view of a persisted cluster: its reports with their sources, participant names."""
    members: list[ClusterReport] = []
    names: set[str] = set()
    entity_of: dict[str, int | None] = {}
    for report in cluster.reports:
        event = report["event"]
        location = event.get("location") or {}
        sentence = event.get("sentence") or {}
        members.append(ClusterReport(
            report["article_id"], report["article_title"], report["article_url"], report["article_source"],
            report["article_published"], event["id"], event["trigger"], sentence.get("text"), location.get("name"),
            event.get("quantities") or [], bool(event.get("negated")),
            event.get("assertion") or event.get("modality") or "asserted"))
        for participant in [*event.get("actors", []), *event.get("recipients", [])]:
            name = participant.get("name") or participant["text"]
            names.add(name)
            if entity_of.get(name) is None:
                entity_of[name] = participant.get("entity_id")
    members.sort(key=lambda r: (r.article_published or "", r.article_id, r.event))
    # Named by its first report ("12:e1"), as before clusters were persisted: links stay valid.
    first = min(members, key=lambda r: (r.article_id, r.event), default=None)
    view_id = f"{first.article_id}:{first.event}" if first else f"{CLUSTER_KEY_PREFIX}{cluster.id}"
    place = next((r.place for r in members if r.place), cluster.place)
    return ClusterView(view_id, cluster.type, cluster.date, place, cluster.codes, sorted(names), members,
                       max(cluster.report_count, len(members)), cluster.id,
                       [{"name": name, "entity_id": entity_of.get(name)} for name in sorted(names)])


def sampled_event_clusters(store: Any, types: tuple[str, ...] = (), since: str | None = None, until: str | None = None,
                           min_reports: int = DEFAULT_MIN_REPORTS, limit: int = DEFAULT_LIMIT, offset: int = 0,
                           by_date: bool = False, reports_each: int = SAMPLED_REPORTS, actor: str | None = None,
                           assertion: str | None = None, ids: tuple[int, ...] = (), recipient: str | None = None,
                           place: str | None = None) -> Page:
    """Like ``store_event_clusters`` (same item shape) but with only the first ``reports_each`` reports of
    each cluster and its full ``report_count``: what the pages show, at a cost that does not grow with
    the number of reports of an event."""
    since, until = check_dates(since, until)
    min_reports = check_count("min_reports", min_reports, 1, MAX_OFFSET)
    limit, offset = check_page(limit, offset)
    clusters, total = sampled_clusters(store, types, since, until, min_reports, limit, offset, by_date, reports_each,
                                       check_text("actor", actor), check_assertion("assertion", assertion), ids,
                                       check_text("recipient", recipient), check_text("place", place))
    _link_participants(store, clusters)
    return Page([_view(cluster).to_json_dict() for cluster in clusters], total)


# Reports listed per event cluster by default: a round of talks may have hundreds; the count gives them all.
API_CLUSTER_REPORTS = 20


def event_clusters_page(store: Any, type: str | None = None, actor: str | None = None,  # noqa: A002 - the API's name
                        recipient: str | None = None, since: str | None = None, until: str | None = None,
                        place: str | None = None, min_reports: int = DEFAULT_MIN_REPORTS,
                        reports: int = API_CLUSTER_REPORTS, assertion: str | None = None, limit: int = DEFAULT_LIMIT,
                        offset: int = 0) -> Page:
    """One page of ``/api/event-clusters`` (and ``accord query clusters``) under the API's parameter names, each
    checked by the one validator: events listed when a report the timeline lists with the same filters is one of
    them, each with its first ``reports`` reports and its ``report_count``."""
    event_type = check_event_type("type", type)
    reports = check_count("reports", reports, 1, MAX_LIMIT)
    return sampled_event_clusters(store, (event_type,) if event_type else (), since=since, until=until,
                                  min_reports=min_reports, limit=limit, offset=offset, reports_each=reports,
                                  actor=actor, assertion=assertion, recipient=recipient, place=place)
