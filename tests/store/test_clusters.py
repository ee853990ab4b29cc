"""Persisted event clusters: reports of one real-world event in several articles share one cluster row,
assigned at ingest, kept right on update, read a page at a time; an older store is upgraded in place."""

from __future__ import annotations

import sqlalchemy as sa
from store_support import build_record, engine_at_revision

from accord.web.corpus_views import store_event_clusters
from accord.records import ActorRef, ArticleRecord, EventDate, Location
from accord.store import ingest_records, open_store, query_events

PEOPLE = {"Russia": ("country", "RUS", ["Russian"]), "Ukraine": ("country", "UKR", ["Ukrainian"])}


def talks_report(record_id: str, day: str | None, place: str | None, published: str = "2025-05-17",
                 lead: str = "The Russian and Ukrainian delegations held talks") -> ArticleRecord:
    """One article reporting talks between Russia and Ukraine on ``day`` in ``place``."""
    text = f"{lead} in {place or 'the city'}. Officials said little, wire {record_id} reported."
    record = build_record(text, record_id=record_id, url=f"https://news.example/{record_id}", published=published,
                          people=PEOPLE, events=[("CONSULT", "Russian", "talks", "Ukrainian")])
    update: dict = {}
    if day:
        update["date"] = EventDate(value=day, granularity="day")
    if place:
        start = text.index(place)
        update["location"] = Location(text=place, start=start, end=start + len(place), name=place)
    return record.model_copy(update={"events": [record.events[0].model_copy(update=update)]})


def cluster_ids(store) -> dict[str, int | None]:
    """Each stored event's cluster id, by the article's record id."""
    with store.engine.connect() as connection:
        rows = connection.execute(sa.text(
            "SELECT a.record_id, e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id"))
        return {row.record_id: row.cluster_id for row in rows}


def cluster_count(store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(sa.text("SELECT count(*) FROM event_clusters")).scalar_one()


def test_three_reports_of_one_talks_are_one_cluster(store):
    ingest_records([talks_report("a", "2025-05-16", "Istanbul"), talks_report("b", "2025-05-16", "Istanbul"),
                    talks_report("c", "2025-05-15", None)], db=store)
    ids = cluster_ids(store)
    assert len(ids) == 3 and ids["a"] is not None and len(set(ids.values())) == 1 and cluster_count(store) == 1
    [cluster] = store_event_clusters(store).items
    assert cluster["report_count"] == 3 and cluster["type"] == "CONSULT" and cluster["codes"] == ["RUS", "UKR"]
    assert cluster["place"] == "Istanbul" and cluster["date"] == "2025-05-16"
    events = query_events(store).items
    assert {event["cluster_id"] for event in events} == {ids["a"]} and {event["reports"] for event in events} == {3}


def test_other_date_or_place_is_another_event(store):
    ingest_records([talks_report("a", "2025-05-16", "Istanbul"), talks_report("b", "2025-05-20", "Istanbul"),
                    talks_report("c", "2025-05-16", "Geneva")], db=store)
    assert len(set(cluster_ids(store).values())) == 3
    assert [item["report_count"] for item in store_event_clusters(store).items] == [1, 1, 1]


def test_undated_report_joins_the_one_recent_dated_cluster(store):
    ingest_records([talks_report("a", "2025-05-16", "Istanbul"), talks_report("b", None, None, published="2025-05-17")],
                   db=store)
    ids = cluster_ids(store)
    assert ids["a"] == ids["b"]


def test_updated_article_is_reassigned_and_leaves_no_empty_cluster(store):
    ingest_records([talks_report("a", "2025-05-16", "Istanbul"), talks_report("b", "2025-05-16", "Istanbul"),
                    talks_report("c", "2025-05-16", "Istanbul")], db=store)
    first = cluster_ids(store)["a"]
    # Same URL, new text, same event: still one cluster of three.
    summary = ingest_records([talks_report("b", "2025-05-16", "Istanbul", lead="Russian and Ukrainian envoys met for talks")],
                             db=store)
    assert summary.updated == 1
    assert set(cluster_ids(store).values()) == {first} and cluster_count(store) == 1
    # Corrected to another day: it leaves the cluster for its own.
    ingest_records([talks_report("c", "2025-06-02", "Istanbul", lead="Correction: Russian and Ukrainian talks")],
                   db=store)
    ids = cluster_ids(store)
    assert ids["a"] == ids["b"] == first and ids["c"] != first and cluster_count(store) == 2
    assert sorted(item["report_count"] for item in store_event_clusters(store).items) == [1, 2]
    # Corrected back, and the lone cluster it had is dropped.
    ingest_records([talks_report("c", "2025-05-16", "Istanbul", lead="Update: Russian and Ukrainian talks resumed")],
                   db=store)
    assert set(cluster_ids(store).values()) == {first} and cluster_count(store) == 1


def test_paging_and_filters_read_persisted_clusters(store):
    ingest_records([talks_report("a", "2025-05-16", "Istanbul"), talks_report("b", "2025-05-16", "Istanbul"),
                    talks_report("c", "2025-06-20", "Geneva")], db=store)
    everything = store_event_clusters(store)
    assert everything.total == 2 and [c["report_count"] for c in everything.items] == [2, 1]
    second = store_event_clusters(store, limit=1, offset=1)
    assert second.total == 2 and [c["id"] for c in second.items] == [everything.items[1]["id"]]
    assert store_event_clusters(store, since="2025-06-01").items[0]["place"] == "Geneva"
    assert store_event_clusters(store, min_reports=2).total == 1
    assert store_event_clusters(store, actor="rus").total == 2 and store_event_clusters(store, actor="TUR").total == 0
    assert store_event_clusters(store, actor="russi").total == 2  # participant name substring
    # The actor as /api/events reads it: Ukraine is the talks' recipient here, not their actor.
    assert store_event_clusters(store, actor="ukr").total == 0


def test_migration_upgrades_a_store_at_the_previous_head(db_url):
    """A store created and filled at revision 0002 gets clusters for its existing events on upgrade."""
    engine = engine_at_revision(db_url, "0002")
    reports = [talks_report(name, "2025-05-16", "Istanbul") for name in ("a", "b")]
    with engine.begin() as connection:
        for number, record in enumerate(reports, start=1):
            # Ids from the database (not given): on PostgreSQL a given id would not advance the sequence.
            article_id = connection.execute(sa.text(
                "INSERT INTO articles (key, record_id, language, text, content_hash, version, ingested_at, record,"
                " text_in_record, published) VALUES (:key, :rid, 'en', :text, :hash, 1, CURRENT_TIMESTAMP, '{}',"
                " false, :published) RETURNING id"), {"key": record.url, "rid": record.id, "text": record.text,
                                                      "hash": f"h{number}", "published": record.published}).scalar_one()
            event = record.events[0]
            event_id = connection.execute(sa.text(
                "INSERT INTO events (article_id, local_id, event, negated, modality, date, date_granularity,"
                " location_name, trigger_text, trigger_start, trigger_end, record) VALUES (:a, 'e1', 'CONSULT', false,"
                " 'asserted', :date, 'day', 'Istanbul', 'talks', 0, 5, :record) RETURNING id"),
                {"a": article_id, "date": event.date.value, "record": event.model_dump_json()}).scalar_one()
            for ref in [*event.actors, *event.recipients]:
                connection.execute(sa.text(
                    'INSERT INTO event_participants (event_id, article_id, role, text, start, "end", code)'
                    " VALUES (:e, :a, 'actor', :text, 0, 1, :code)"),
                    {"e": event_id, "a": article_id, "text": ref.text, "code": ref.code})
    engine.dispose()
    with open_store(db_url) as store:
        ids = cluster_ids(store)
        assert ids["a"] is not None and ids["a"] == ids["b"] and cluster_count(store) == 1
        assert store_event_clusters(store).items[0]["report_count"] == 2
        with store.engine.connect() as connection:
            keys = connection.execute(sa.text(
                "SELECT cluster_id, code, date, place FROM event_cluster_keys ORDER BY code")).all()
        assert [tuple(row) for row in keys] == [(ids["a"], "RUS", "2025-05-16", "istanbul"),
                                                (ids["a"], "UKR", "2025-05-16", "istanbul")]
        # The clusters the upgrade built are matched by what is ingested next.
        ingest_records([talks_report("c", "2025-05-17", None)], db=store)
        assert cluster_ids(store)["c"] == ids["a"]


def test_persisted_clusters_equal_the_batch_clustering_of_dated_reports(store):
    """Ingest-time assignment (one article at a time) partitions reports as ``cluster_events`` does;
    a late report resembling two earlier clusters joins the nearest one and never merges them."""
    from clustering_reference import cluster_events

    plan = [("a", "2025-05-14", "Istanbul"), ("b", "2025-05-16", "Istanbul"), ("c", "2025-05-16", "Geneva"),
            ("d", "2025-05-20", None), ("e", "2025-05-15", "Istanbul"), ("f", "2025-05-21", None),
            ("g", "2025-06-01", "Istanbul")]
    records = [talks_report(name, day, place) for name, day, place in plan]
    ingest_records(records, db=store)
    stored = cluster_ids(store)
    persisted = {frozenset(name for name, cluster in stored.items() if cluster == c) for c in set(stored.values())}
    batch = {frozenset(key.partition(":")[0] for key in cluster.reports) for cluster in cluster_events(records)}
    assert persisted == batch
    assert stored["a"] != stored["b"] and stored["e"] in {stored["a"], stored["b"]}  # no bridge
    assert frozenset("df") in persisted
    assert cluster_count(store) == len(batch)


def test_replacing_a_report_regroups_what_is_left(store):
    """a, e and b (14th, 15th, 16th): e joins a; e corrected to June leaves a alone and gets its own."""
    ingest_records([talks_report("a", "2025-05-14", "Istanbul"), talks_report("b", "2025-05-16", "Istanbul"),
                    talks_report("e", "2025-05-15", "Istanbul")], db=store)
    before = cluster_ids(store)
    assert before["a"] == before["e"] != before["b"]
    ingest_records([talks_report("e", "2025-06-15", "Istanbul", lead="Correction: Russian and Ukrainian talks")],
                   db=store)
    ids = cluster_ids(store)
    assert len({ids["a"], ids["b"], ids["e"]}) == 3 and cluster_count(store) == 3
    assert sorted(item["date"] for item in store_event_clusters(store).items) == ["2025-05-14", "2025-05-16", "2025-06-15"]


def test_another_pair_or_a_hypothetical_event_never_joins_held_talks(store):
    """Talks of Russia and Ukraine, then the same day a Russia-Turkey meeting and a hypothetical
    Russia-Ukraine meeting: three clusters."""
    talks = talks_report("a", "2025-05-16", "Istanbul")
    other_pair = talks_report("b", "2025-05-16", "Istanbul")
    turkey = ActorRef(text="Russian", start=other_pair.events[0].actors[0].start,
                      end=other_pair.events[0].actors[0].end, code="TUR")
    other_pair = other_pair.model_copy(update={"events": [other_pair.events[0].model_copy(
        update={"actors": [*other_pair.events[0].actors[:1]], "recipients": [turkey]})]})
    maybe = talks_report("c", "2025-05-16", "Istanbul")
    maybe = maybe.model_copy(update={"events": [maybe.events[0].model_copy(update={"modality": "hypothetical"})]})
    ingest_records([talks, other_pair, maybe], db=store)
    assert len(set(cluster_ids(store).values())) == 3


def test_undated_report_ingested_first_is_found_by_the_dated_one(store):
    """The undated report is keyed by its publication day; the dated report of the same parties joins it."""
    ingest_records([talks_report("a", None, None, published="2025-05-16"),
                    talks_report("b", "2025-05-16", "Istanbul", published="2025-05-17")], db=store)
    ids = cluster_ids(store)
    assert ids["a"] == ids["b"]
    [cluster] = store_event_clusters(store).items
    assert cluster["date"] == "2025-05-16" and cluster["report_count"] == 2


def test_divergence_topics_are_the_persisted_clusters(store):
    """Reports dated the 16th and the 17th are one cluster: their parties' views are one topic, named
    by the cluster's date; the same parties' views of talks a week later are another."""
    from accord.records import Span, Speaker, Statement
    from accord.store.records import store_divergences

    def with_view(record: ArticleRecord, party: str, polarity: str) -> ArticleRecord:
        text = record.text
        start = text.index("Officials said little")
        statement = Statement(id="s1", kind="indirect", content=Span.of(text, start, start + 21), cue=None,
                              speaker=Speaker(text="Officials", start=start, end=start + 9, affiliation=party),
                              party=party, polarity=polarity, issues=["negotiation_process"])
        return record.model_copy(update={"statements": [statement]})

    ingest_records([with_view(talks_report("a", "2025-05-16", "Istanbul"), "RUS", "positive"),
                    with_view(talks_report("b", "2025-05-17", None, published="2025-05-18"), "UKR", "negative"),
                    with_view(talks_report("c", "2025-05-23", "Istanbul", published="2025-05-24"), "UKR", "positive")],
                   db=store)
    ids = cluster_ids(store)
    assert ids["a"] == ids["b"] != ids["c"]
    [divergence] = store_divergences(store)
    assert divergence.topic == "CONSULT 2025-05-16 in Istanbul" and divergence.cluster == f"c{ids['a']}"
    assert {(s.party, s.polarity) for s in divergence.sides} == {("RUS", "positive"), ("UKR", "negative")}


def demands_report(record_id: str, days: tuple[str | None, str | None], published: str) -> ArticleRecord:
    """One article with two Russian demands on Ukraine: a reversal (``days[0]``) and an earlier cap (``days[1]``)."""
    text = (f"The Russian envoy demanded that the Ukrainian army halt the drills, wire {record_id} reported. "
            "Earlier the envoy had urged the army to cap the drills.")
    record = build_record(text, record_id=record_id, published=published, people=PEOPLE,
                          events=[("REQUEST", "Russian", "demanded", "Ukrainian"), ("REQUEST", "Russian", "urged", "Ukrainian")])
    events = [event.model_copy(update={"date": EventDate(value=day, granularity="day") if day else None})
              for event, day in zip(record.events, days, strict=True)]
    return record.model_copy(update={"events": events})


def test_demands_an_article_dates_on_two_days_are_two_events(store):
    """Monday's cap and Tuesday's reversal: the undated lede is Tuesday's news, and every later report
    joins the demand of its own day, however the look-ups fall."""
    ingest_records([demands_report("a", (None, "2025-04-14"), "2025-04-15"),
                    demands_report("b", ("2025-04-15", "2025-04-14"), "2025-04-16"),
                    demands_report("c", ("2025-04-15", "2025-04-14"), "2025-04-16")], db=store)
    with store.engine.connect() as connection:
        rows = connection.execute(sa.text(
            "SELECT a.record_id, e.local_id, e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id"))
        cluster = {(row.record_id, row.local_id): row.cluster_id for row in rows}
    reversal = {cluster[(r, "e1")] for r in "abc"}
    cap = {cluster[(r, "e2")] for r in "abc"}
    assert len(reversal) == 1 and len(cap) == 1 and reversal != cap
