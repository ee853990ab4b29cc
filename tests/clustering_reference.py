"""The in-memory clustering reference: whole records in, clusters out, by the rules of
``accord.corpus.clustering`` — what the store's incremental clustering at ingest must equal.

Test and benchmark code, not production: the store persists clusters as articles arrive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from accord.corpus.clustering import EventReport, candidate_window, compatible, group_reports, report_from, same_event
from accord.records import ArticleRecord, Event


@dataclass
class EventCluster:
    """A real-world event and every report of it."""

    id: str
    type: str
    date: str | None
    place: str | None
    codes: list[str]
    reports: list[str] = field(default_factory=list)


def report_of(record: ArticleRecord, event: Event) -> EventReport:
    """The identifying features of one event as reported in one article."""
    return report_from(record.id, record.published, event)


def report_of(record: ArticleRecord, event: Event) -> EventReport:
    """The identifying features of one event as reported in one article."""
    return report_from(record.id, record.published, event)


def cluster_events(records: Iterable[ArticleRecord]) -> list[EventCluster]:
    """Group every event of the records into clusters of reports of the same real-world event.

    Two reports in one article are not linked directly (an article that names two talks means two
    talks). Dated reports are merged first; then an undated report joins the one cluster of dated,
    compatible reports from other articles dated up to ``UNDATED_LAG_DAYS`` before its publication
    (none or several candidates: it stays alone). Two undated reports are never merged.
    """
    reports = [report_of(record, event) for record in records for event in record.events]
    clusters = []
    for number, group in enumerate(sorted(group_reports(reports), key=lambda g: g[0].key), start=1):
        first = group[0]
        dated = next((r for r in group if r.day), None) or next((r for r in group if r.month), first)
        date = dated.day.isoformat() if dated.day else dated.month
        clusters.append(
            EventCluster(
                id=f"c{number}",
                type=first.type,
                date=date,
                place=next((r.place for r in group if r.place), None),
                codes=sorted(set().union(*(r.codes for r in group))),
                reports=[r.key for r in group],
            )
        )
    return clusters


def matching_clusters(report: EventReport, candidates: dict[int, list[EventReport]]) -> list[int]:
    """The clusters (id -> their reports) that ``report`` belongs to, by the rules of ``cluster_events``.

    A dated report joins every cluster holding a report of another article that is ``same_event``
    (several: they are one event and should be merged). An undated report joins the one cluster with
    a compatible dated report of another article in its window; none or several: it stays alone.
    """
    window = candidate_window(report)
    if window is None:
        return []
    if report.day or report.month:
        return sorted(cluster for cluster, members in candidates.items()
                      if any(m.article != report.article and same_event(report, m) for m in members))
    earliest, latest = window  # type: ignore[misc]
    fitting = [cluster for cluster, members in candidates.items()
               if any(m.article != report.article and m.day and earliest <= m.day <= latest and compatible(report, m)
                      for m in members)]
    return fitting if len(fitting) == 1 else []
