"""One event, many reports: clustering events across articles."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.clustering import cluster_events
from accord.records import ActorRef, ArticleRecord, Event, EventDate, Location, Span

TEXT = "Russia and Ukraine held talks in Istanbul."


def _event(eid: str, kind: str, codes: list[str], date: str | None, place: str | None = None,
           negated: bool = False) -> Event:
    actors = [ActorRef(text="Russia", start=0, end=6, code=code) for code in codes]
    return Event(
        id=eid, event=kind, actors=actors, negated=negated,
        date=EventDate(value=date, granularity="day" if len(date) == 10 else "month") if date else None,
        location=Location(name=place) if place else None,
        trigger=Span.of(TEXT, 24, 29),
    )


def _article(aid: str, *events: Event) -> ArticleRecord:
    return ArticleRecord(id=aid, source=aid, language="en", events=list(events))


def _clusters(*records: ArticleRecord) -> set[frozenset[str]]:
    return {frozenset(c.reports) for c in cluster_events(records)}


def test_reports_of_the_same_talks_merge():
    a = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul"))
    b = _article("b", _event("e1", "CONSULT", ["UKR"], "2025-05-16", "Istanbul"))
    c = _article("c", _event("e4", "CONSULT", ["RUS"], "2025-05-17", None))
    assert _clusters(a, b, c) == {frozenset({"a:e1", "b:e1", "c:e4"})}


def test_different_type_place_date_actor_or_negation_stay_apart():
    base = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul"))
    others = [
        _article("b", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-16", "Istanbul")),
        _article("c", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Riyadh")),
        _article("d", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-20", "Istanbul")),
        _article("e", _event("e1", "CONSULT", ["USA", "CHN"], "2025-05-16", "Istanbul")),
        _article("f", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul", negated=True)),
    ]
    clusters = _clusters(base, *others)
    assert len(clusters) == 6
    assert all(len(c) == 1 for c in clusters)


def test_undated_reports_and_same_article_reports_are_not_merged():
    a = _article("a", _event("e1", "CONSULT", ["RUS"], None), _event("e2", "CONSULT", ["RUS"], "2025-05-16"),
                 _event("e3", "CONSULT", ["RUS"], "2025-05-16"))
    b = _article("b", _event("e1", "CONSULT", ["RUS"], None))
    clusters = _clusters(a, b)
    assert frozenset({"a:e1"}) in clusters and frozenset({"b:e1"}) in clusters
    assert frozenset({"a:e2"}) in clusters and frozenset({"a:e3"}) in clusters


def test_month_granularity_reports_merge_within_the_month():
    a = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2022-03"))
    b = _article("b", _event("e7", "CONSULT", ["UKR"], "2022-03"))
    c = _article("c", _event("e2", "CONSULT", ["UKR"], "2022-04"))
    assert _clusters(a, b, c) == {frozenset({"a:e1", "b:e7"}), frozenset({"c:e2"})}


def _published(record: ArticleRecord, day: str) -> ArticleRecord:
    record.published = day
    return record


def test_undated_report_joins_the_one_recent_dated_event():
    a = _published(_article("a", _event("e1", "AGREE", ["ISR", "PSE"], "2025-01-15")), "2025-01-16")
    b = _published(_article("b", _event("e2", "AGREE", ["PSE"], None)), "2025-01-17")
    too_late = _published(_article("c", _event("e1", "AGREE", ["PSE"], None)), "2025-01-25")
    assert _clusters(a, b, too_late) == {frozenset({"a:e1", "b:e2"}), frozenset({"c:e1"})}
    [merged] = [c for c in cluster_events([a, b]) if len(c.reports) == 2]
    assert merged.date == "2025-01-15"


def test_undated_report_with_two_candidate_events_stays_alone():
    a = _published(_article("a", _event("e1", "AGREE", ["PSE"], "2025-01-15")), "2025-01-15")
    b = _published(_article("b", _event("e1", "AGREE", ["PSE"], "2025-01-13")), "2025-01-13")
    c = _published(_article("c", _event("e1", "AGREE", ["PSE"], None)), "2025-01-16")
    assert frozenset({"c:e1"}) in _clusters(a, b, c)


def _report(article: str, day: str | None, place: str | None = None, published: str | None = "2025-05-17"):
    from accord.clustering import EventReport

    return EventReport(article, "e1", "CONSULT", False, frozenset({"RUS", "UKR"}),
                       dt.date.fromisoformat(day) if day else None, None, place,
                       dt.date.fromisoformat(published) if published else None)


@pytest.mark.parametrize(
    ("report", "candidates", "expected"),
    [
        (("x", "2025-05-16"), {1: [("a", "2025-05-15")]}, [1]),
        (("x", "2025-05-16"), {1: [("a", "2025-05-12")]}, []),
        (("x", "2025-05-16", "geneva"), {1: [("a", "2025-05-16", "istanbul")]}, []),
        (("x", "2025-05-16"), {1: [("x", "2025-05-16")]}, []),  # same article: not linked
        (("x", "2025-05-16"), {2: [("a", "2025-05-15")], 1: [("b", "2025-05-17")]}, [1, 2]),  # bridges: merge
        (("x", None), {1: [("a", "2025-05-16")]}, [1]),
        (("x", None), {1: [("a", "2025-05-16")], 2: [("b", "2025-05-15")]}, []),  # two candidates: alone
        (("x", None), {1: [("a", "2025-05-01")]}, []),  # too long before publication
    ],
)
def test_matching_clusters_decides_membership_of_one_report(report, candidates, expected):
    from accord.clustering import matching_clusters

    found = matching_clusters(_report(*report), {c: [_report(*m) for m in ms] for c, ms in candidates.items()})
    assert found == expected


def test_events_that_did_not_happen_are_not_clustered():
    demanded = _event("e2", "CONSULT", ["RUS"], "2025-05-16", "Istanbul").model_copy(
        update={"modality": "hypothetical", "assertion": "demanded"})
    a = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul"))
    b = _article("b", demanded)
    assert _clusters(a, b) == {frozenset({"a:e1"})}
    assert not demanded.reported and a.events[0].reported
