"""Cluster keys: ingest matches a new report against the distinct keys of stored clusters instead of
their reports. The clusters it builds are exactly those of the in-memory rule over the same articles in
the same order (``group_reports`` of ``accord.corpus.clustering``, via tests/clustering_reference.py)."""

from __future__ import annotations

import random

import pytest
import sqlalchemy as sa
from clustering_reference import cluster_events
from store_support import engine_at_revision

from accord.corpus.clustering import report_from
from accord.records import ActorRef, ArticleRecord, Event, EventDate, Location, Span
from accord.store import ingest_records, open_store

CODES = ("RUS", "UKR", "TUR")
PLACES = ("Istanbul", "Geneva")
TYPES = ("CONSULT", "AGREE")
WORDS = (*CODES, *PLACES, "talks")


def _text(record_id: str = "") -> str:
    """One text holding every word events point at; the record id makes each article's text its own."""
    return " ".join(WORDS) + f". Report {record_id}."


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span.of(text, start, start + len(word))


def make_event(text: str, number: int, event_type: str, codes: list[str], date: EventDate | None, place: str | None,
               negated: bool = False) -> Event:
    actors = [ActorRef(**_span(text, code).model_dump(), code=code) for code in codes]
    location = Location(**_span(text, place).model_dump(), name=place) if place else None
    return Event(id=f"e{number}", event=event_type, negated=negated, actors=actors, trigger=_span(text, "talks"),
                 date=date, location=location)


def make_article(record_id: str, published: str, events: list[Event]) -> ArticleRecord:
    return ArticleRecord(id=record_id, source="test", url=f"https://news.example/{record_id}", published=published,
                         language="en", text=_text(record_id), events=events)


def random_articles(seed: int, count: int) -> list[ArticleRecord]:
    """Articles of 1-3 events over a few days, codes, places, types; some month-dated, undated, negated."""
    rng = random.Random(seed)
    text = _text()
    articles = []
    for number in range(count):
        published = f"2025-05-{rng.randint(12, 20):02d}"
        events = []
        for event_number in range(1, rng.randint(1, 3) + 1):
            kind = rng.random()
            if kind < 0.6:
                date = EventDate(value=f"2025-05-{rng.randint(10, 20):02d}", granularity="day")
            elif kind < 0.7:
                date = EventDate(value=rng.choice(("2025-05", "2025-04")), granularity="month")
            elif kind < 0.75:
                date = EventDate(value="2025-05-12", granularity="day", resolved=False)
            else:
                date = None
            codes = rng.sample(CODES, rng.randint(1, 2))
            place = rng.choice((None, None, *PLACES))
            events.append(make_event(text, event_number, rng.choice(TYPES), codes, date, place,
                                     negated=rng.random() < 0.1))
        articles.append(make_article(f"r{number}", published, events))
    return articles


def reference_partition(records: list[ArticleRecord]) -> set[frozenset[str]]:
    """The in-memory clustering of the records in ingest order (what ingest must equal)."""
    return {frozenset(cluster.reports) for cluster in cluster_events(records)}


def stored_partition(store) -> set[frozenset[str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.text(
            "SELECT a.record_id, e.local_id, e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id"))
        groups: dict[int, set[str]] = {}
        for row in rows:
            groups.setdefault(row.cluster_id, set()).add(f"{row.record_id}:{row.local_id}")
    return {frozenset(group) for group in groups.values()}


def dangling_events(store) -> int:
    """Events whose cluster id names no cluster row (must be none)."""
    with store.engine.connect() as connection:
        return connection.execute(sa.text(
            "SELECT count(*) FROM events e LEFT JOIN event_clusters c ON c.id = e.cluster_id"
            " WHERE c.id IS NULL")).scalar_one()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_key_matching_clusters_as_matching_every_stored_report(store, seed):
    records = random_articles(seed, 40)
    ingest_records(records, db=store)
    assert stored_partition(store) == reference_partition(records)
    assert dangling_events(store) == 0


def test_keys_are_distinct_per_cluster_however_many_reports(store):
    """Fifty reports of one event (same day, place, codes) leave one key per code, not fifty."""
    text = _text()
    day = EventDate(value="2025-05-16", granularity="day")
    records = [make_article(f"r{n}", "2025-05-16", [make_event(text, 1, "CONSULT", ["RUS", "UKR"], day, "Istanbul")])
               for n in range(50)]
    ingest_records(records, db=store)
    with store.engine.connect() as connection:
        keys = connection.execute(sa.text("SELECT code FROM event_cluster_keys ORDER BY code")).scalars().all()
        clusters = connection.execute(sa.text("SELECT count(*) FROM event_clusters")).scalar_one()
    assert clusters == 1 and keys == ["RUS", "UKR"]


def test_two_events_of_one_article_join_one_cluster_each_and_merge_none(store):
    """c's events resemble a's and b's clusters: each joins its nearest, the two clusters stay apart."""
    text = _text()

    def day(value: str) -> EventDate:
        return EventDate(value=value, granularity="day")

    records = [
        make_article("a", "2025-05-14", [make_event(text, 1, "CONSULT", ["RUS"], day("2025-05-14"), "Istanbul")]),
        make_article("b", "2025-05-16", [make_event(text, 1, "CONSULT", ["RUS"], day("2025-05-16"), "Istanbul")]),
        make_article("c", "2025-05-17", [make_event(text, 1, "CONSULT", ["RUS"], day("2025-05-17"), "Istanbul"),
                                         make_event(text, 2, "CONSULT", ["RUS"], day("2025-05-13"), "Istanbul")]),
    ]
    ingest_records(records, db=store)
    assert stored_partition(store) == {frozenset({"a:e1", "c:e2"}), frozenset({"b:e1", "c:e1"})}
    assert dangling_events(store) == 0


def test_migration_builds_keys_for_a_store_clustered_at_0003(db_url):
    """A store clustered by revision 0003 (no keys) gets keys on upgrade, and new reports then join."""
    text = _text()
    day = EventDate(value="2025-05-16", granularity="day")
    first = make_article("a", "2025-05-16", [make_event(text, 1, "CONSULT", ["RUS", "UKR"], day, "Istanbul")])
    engine = engine_at_revision(db_url, "0003")
    event = first.events[0]
    with engine.begin() as connection:
        article_id = connection.execute(sa.text(
            "INSERT INTO articles (key, record_id, language, text, content_hash, version, ingested_at, record,"
            " text_in_record, published) VALUES ('url:a', 'a', 'en', :text, 'h1', 1, CURRENT_TIMESTAMP, '{}',"
            " false, '2025-05-16') RETURNING id"), {"text": text}).scalar_one()
        connection.execute(sa.text(
            "INSERT INTO event_clusters (id, type, negated, date, place, codes)"
            " VALUES (7, 'CONSULT', false, '2025-05-16', 'Istanbul', 'RUS UKR')"))
        connection.execute(sa.text(
            "INSERT INTO events (article_id, local_id, event, negated, modality, date, date_granularity,"
            " location_name, trigger_text, trigger_start, trigger_end, record, cluster_id) VALUES (:article, 'e1',"
            " 'CONSULT', false, 'asserted', '2025-05-16', 'day', 'Istanbul', 'talks', 0, 5, :record, 7)"),
            {"article": article_id, "record": event.model_dump_json()})
    engine.dispose()
    with open_store(db_url) as store:
        with store.engine.connect() as connection:
            keys = connection.execute(sa.text(
                "SELECT cluster_id, code, date, place FROM event_cluster_keys ORDER BY code")).all()
            cluster = connection.execute(sa.text("SELECT cluster_id FROM events")).scalar_one()
        # Migration 0006 clusters every event again by the current rule: new cluster, same keys.
        assert [tuple(row) for row in keys] == [(cluster, "RUS", "2025-05-16", "istanbul"),
                                                (cluster, "UKR", "2025-05-16", "istanbul")]
        second = make_article("b", "2025-05-17", [make_event(text, 1, "CONSULT", ["UKR"], day, None)])
        ingest_records([second], db=store)
        assert stored_partition(store) == {frozenset({"a:e1", "b:e1"})}


# Each stored event with its article's publication day (a report dated only by that month is keyed as undated).
_MEMBERS = sa.text("SELECT e.cluster_id, e.record, a.published FROM events e JOIN articles a ON a.id = e.article_id")


def stored_keys(store) -> set[tuple]:
    """The stored keys of dated reports (an undated report's publication-day key depends on whether it
    founded its cluster: ``published_keys_belong_to_undated_reports`` checks those)."""
    with store.engine.connect() as connection:
        return {tuple(row) for row in connection.execute(sa.text(
            "SELECT cluster_id, type, negated, facet, granularity, code, date, place FROM event_cluster_keys"
            " WHERE granularity <> 'undated'"))}


def published_keys_belong_to_undated_reports(store) -> bool:
    """Every publication-day key is held by a cluster with an undated report of that code."""
    with store.engine.connect() as connection:
        keys = connection.execute(sa.text(
            "SELECT cluster_id, code FROM event_cluster_keys WHERE granularity = 'undated'")).all()
        rows = connection.execute(_MEMBERS).all()
    undated = {(row.cluster_id, code) for row in rows
               for report in [report_from("", row.published, Event.model_validate_json(row.record))] if not report.dated
               for code in report.codes}
    return all(tuple(key) in undated for key in keys)


def keys_of_members(store) -> set[tuple]:
    """The keys the stored events' own records call for (what ``event_cluster_keys`` must hold)."""
    from accord.store.clusters import report_keys

    with store.engine.connect() as connection:
        rows = connection.execute(_MEMBERS).all()
    return {(row.cluster_id, *key.values()) for row in rows
            for key in report_keys(report_from("", row.published, Event.model_validate_json(row.record)), founding=False)}


def test_keys_follow_updates_merges_and_splits(store):
    """After articles are replaced (reports leave clusters, clusters split or empty), the keys are exactly
    those of the reports still stored, no event points at a missing cluster and no cluster is empty."""
    records = random_articles(7, 30)
    ingest_records(records, db=store)
    assert stored_keys(store) == keys_of_members(store)
    replacements = random_articles(8, 30)[:12]
    updated = [new.model_copy(update={"id": old.id, "url": old.url, "text": new.text + " Updated."})
               for old, new in zip(records, replacements, strict=False)]
    assert ingest_records(updated, db=store).updated == 12
    assert stored_keys(store) == keys_of_members(store)
    assert published_keys_belong_to_undated_reports(store)
    assert dangling_events(store) == 0
    with store.engine.connect() as connection:
        empty = connection.execute(sa.text(
            "SELECT count(*) FROM event_clusters c WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id)"
        )).scalar_one()
    assert empty == 0


def test_the_look_up_is_an_index_range_on_every_branch(tmp_path):
    """Each branch of the matching query searches the unique key index down to the date range (SQLite's
    plan): a look-up reads the keys it returns, not every key of the type."""
    from sqlalchemy import event as sa_event

    from accord.store.clusters import _MATCHING

    with open_store(f"sqlite:///{tmp_path / 'plan.db'}") as store:
        plans: list[str] = []

        @sa_event.listens_for(store.engine, "before_cursor_execute", retval=True)
        def explain(conn, cursor, statement, parameters, context, executemany):
            if "event_cluster_keys" in statement and statement.lstrip().upper().startswith("SELECT"):
                cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                plans.extend(row[3] for row in cursor.fetchall())
            return statement, parameters

        parameters = {"type": "CONSULT", "negated": False, "facet": "asserted||", "granularity": "day",
                      "codes": ["IRN", "USA"], "low": "2025-04-11", "high": "2025-04-13",
                      "published_low": "2025-04-11", "published_high": "2025-04-15", "place": "muscat"}
        with store.engine.connect() as connection:
            for statement in _MATCHING.values():
                connection.execute(statement, parameters).all()
    searches = [plan for plan in plans if "event_cluster_keys" in plan]
    assert len(searches) == 6  # two branches for a day-dated report, one otherwise
    assert all("uq_event_cluster_keys_match" in plan and "date>? AND date<?" in plan for plan in searches)
