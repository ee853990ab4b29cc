"""One event, many reports: merge the events of several articles that report the same real-world event.

Two reports are the same event when they have the same PLOVER type, the same negation, at least one
actor code in common, compatible places and dates within a window. Events are blocked by type and
actor code and sorted by date, so the pass is near-linear in the number of events.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from accord.records import ArticleRecord, Event

# Reports of one event date it within a day of each other (time zones, "overnight", late filing).
DAY_WINDOW = 1
# An undated report ("the two sides agreed to a swap") is about a recent event: one that happened at
# most this many days before its article was published. Short, so a later agreement is not confused
# with an earlier one; an undated report joins a dated cluster only when exactly one cluster fits.
UNDATED_LAG_DAYS = 3


@dataclass(frozen=True)
class EventReport:
    """One article's report of an event, with the fields that identify the real-world event."""

    article: str
    event: str
    type: str
    negated: bool
    codes: frozenset[str]
    day: dt.date | None
    month: str | None
    place: str | None
    published: dt.date | None = None

    @property
    def key(self) -> str:
        return f"{self.article}:{self.event}"


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


def report_from(article: str, published: str | None, event: Event) -> EventReport:
    """The identifying features of ``event`` reported by article ``article`` published on ``published``."""
    codes = frozenset(a.code for a in [*event.actors, *event.recipients] if a.code)
    day = month = None
    if event.date is not None and event.date.resolved:
        if event.date.granularity == "day":
            day = dt.date.fromisoformat(event.date.value)
        elif event.date.granularity == "month":
            month = event.date.value[:7]
    place = event.location.name.lower() if event.location else None
    try:
        published_day = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        published_day = None
    return EventReport(article, event.id, event.event, event.negated, codes, day, month,
                       place, published_day)


def compatible(a: EventReport, b: EventReport) -> bool:
    """Same type and negation, an actor code in common, no conflicting places: dates aside, one event."""
    if a.type != b.type or a.negated != b.negated or not (a.codes & b.codes):
        return False
    return not (a.place and b.place and a.place != b.place)


def same_event(a: EventReport, b: EventReport) -> bool:
    """Whether two dated reports describe one real-world event."""
    if not compatible(a, b):
        return False
    if a.day and b.day:
        return abs((a.day - b.day).days) <= DAY_WINDOW
    if a.month and b.month:
        return a.month == b.month
    return False


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def cluster_events(records: Iterable[ArticleRecord]) -> list[EventCluster]:
    """Group every event of the records into clusters of reports of the same real-world event.

    Two reports in one article are not linked directly (an article that names two talks means two
    talks). Dated reports are merged first; then an undated report joins the one cluster of dated,
    compatible reports from other articles dated up to ``UNDATED_LAG_DAYS`` before its publication
    (none or several candidates: it stays alone). Two undated reports are never merged. Events that did
    not happen (future, hypothetical, demanded, denied: ``Event.reported``) are left out.
    """
    reports = [report_of(record, event) for record in records for event in record.events if event.reported]
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


def group_reports(reports: list[EventReport]) -> list[list[EventReport]]:
    """Partition reports into groups of the same real-world event (the rules of ``cluster_events``)."""
    union = _UnionFind()
    blocks: dict[tuple[str, bool, str], list[EventReport]] = defaultdict(list)
    for report in reports:
        union.find(report.key)
        for code in report.codes:
            blocks[(report.type, report.negated, code)].append(report)
    for block in blocks.values():
        dated = sorted((r for r in block if r.day), key=lambda r: r.day)
        for i, report in enumerate(dated):
            for other in dated[i + 1 :]:
                if (other.day - report.day).days > DAY_WINDOW:
                    break
                if other.article != report.article and same_event(report, other):
                    union.union(report.key, other.key)
        by_month: dict[str, list[EventReport]] = defaultdict(list)
        for report in block:
            if report.month and not report.day:
                by_month[report.month].append(report)
        for same_month in by_month.values():
            first = same_month[0]
            for other in same_month[1:]:
                if other.article != first.article and same_event(first, other):
                    union.union(first.key, other.key)
    _attach_undated(reports, blocks, union)
    members: dict[str, list[EventReport]] = defaultdict(list)
    for report in reports:
        members[union.find(report.key)].append(report)
    return list(members.values())


def _attach_undated(reports: list[EventReport], blocks: dict[tuple[str, bool, str], list[EventReport]],
                    union: _UnionFind) -> None:
    """Link each undated report to the single dated cluster it can be a report of (over all its blocks)."""
    dated_blocks: dict[tuple[str, bool, str], tuple[list[dt.date], list[EventReport]]] = {}
    for key, block in blocks.items():
        dated = sorted((r for r in block if r.day), key=lambda r: r.day)
        dated_blocks[key] = ([r.day for r in dated], dated)
    links: list[tuple[str, str]] = []
    for report in reports:
        if report.day or report.month or report.published is None:
            continue
        earliest = report.published - dt.timedelta(days=UNDATED_LAG_DAYS)
        latest = report.published + dt.timedelta(days=DAY_WINDOW)
        candidates: set[str] = set()
        for code in report.codes:
            days, dated = dated_blocks[(report.type, report.negated, code)]
            for other in dated[bisect.bisect_left(days, earliest):bisect.bisect_right(days, latest)]:
                if other.article != report.article and compatible(report, other):
                    candidates.add(union.find(other.key))
        if len(candidates) == 1:
            links.append((report.key, candidates.pop()))
    for key, cluster in links:  # after every look-up, so one undated report cannot bridge two clusters
        union.union(key, cluster)


def candidate_window(report: EventReport) -> tuple[dt.date, dt.date] | str | None:
    """Where the reports it can join are dated: a day range, a month (``"2025-05"``), or None (nowhere).

    Dated reports join within ``DAY_WINDOW`` days; undated ones look at dated reports from
    ``UNDATED_LAG_DAYS`` before their publication to ``DAY_WINDOW`` after it (as ``cluster_events``).
    """
    if report.day:
        return report.day - dt.timedelta(days=DAY_WINDOW), report.day + dt.timedelta(days=DAY_WINDOW)
    if report.month:
        return report.month
    if report.published is None:
        return None
    return report.published - dt.timedelta(days=UNDATED_LAG_DAYS), report.published + dt.timedelta(days=DAY_WINDOW)


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
