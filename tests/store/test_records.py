"""Reading the store back as records for the corpus views: one query per scan, whatever the corpus size
(no query per article), and the same records ``get_article`` shows."""

from __future__ import annotations

from contextlib import contextmanager

import sqlalchemy as sa
from store_support import build_record

from accord.store import get_article, ingest_records, list_articles
from accord.store.records import divergence_statements, iter_articles, store_divergences

QUOTE = "Russia's envoy said the talks in Istanbul were «a real step forward»."


@contextmanager
def counted(store):
    """Count the SQL statements the store runs inside the block."""
    calls: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        calls.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield calls
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", count)


def _fill(store, articles: int) -> None:
    records = [build_record(f"{QUOTE} Report {number}.", record_id=f"r{number}",
                            people={"Russia": ("country", "RUS", ["Russia"])},
                            quotes=[("Russia's envoy", "said", "the talks in Istanbul were «a real step forward»")])
               for number in range(articles)]
    assert ingest_records(records, store).failed == 0


def test_a_corpus_scan_is_one_query_whatever_its_size(store) -> None:
    _fill(store, 3)
    with counted(store) as small:
        assert len(list(iter_articles(store))) == 3
    _fill_more = [build_record(f"{QUOTE} Later {n}.", record_id=f"l{n}") for n in range(12)]
    assert ingest_records(_fill_more, store).failed == 0
    with counted(store) as large:
        assert len(list(iter_articles(store))) == 15
    assert len(large) == len(small) <= 2  # the scan (and at most a connection check), never one per article


def test_scanned_records_are_what_get_article_shows(store) -> None:
    _fill(store, 2)
    for stored in iter_articles(store, needs="statements"):
        article = get_article(store, stored.id)
        assert stored.record.id == str(stored.id)
        assert [s.model_dump(mode="json") for s in stored.record.statements] == article["statements"]
        assert stored.published == article["published"] and stored.title == article["title"]


def test_cited_statements_are_read_in_one_query(store) -> None:
    from analysis_support import ANALYSIS_RECORDS

    assert ingest_records([build() for build in ANALYSIS_RECORDS], store).failed == 0
    found = store_divergences(store)
    assert found
    with counted(store) as calls:
        details = divergence_statements(store, found)
    assert len(calls) <= 2
    cited = {statement for divergence in found for side in divergence.sides for statement in side.statements}
    assert set(details) == cited
    ids = {item["id"] for item in list_articles(store).items}
    assert all(detail["article_id"] in ids for detail in details.values())
