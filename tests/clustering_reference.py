"""The in-memory clustering reference: whole records in, clusters out, by the rules of
``accord.corpus.clustering`` (``group_reports``, articles in the order given) — what the store's
incremental clustering at ingest must equal.

Test and benchmark code, not production: the store persists clusters as articles arrive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from accord.corpus.clustering import EventReport, group_reports, report_from
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


def cluster_events(records: Iterable[ArticleRecord]) -> list[EventCluster]:
    """Group every event of the records into clusters of reports of the same real-world event, the
    articles taken in the order given (as ingest takes them)."""
    reports = [report_of(record, event) for record in records for event in record.events]
    clusters = []
    for number, group in enumerate(sorted(group_reports(reports), key=lambda g: g[0].key), start=1):
        first = group[0]
        dated = next((r for r in group if r.day), None) or next((r for r in group if r.month), None)
        date = (dated.day.isoformat() if dated.day else dated.month) if dated else None
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
