"""The store's state token: changes with every ingest, and is read from a small index, not the article rows."""

from __future__ import annotations

import sqlalchemy as sa
from store_support import build_record, engine_at_revision

from accord.store import ingest_records, open_store
from accord.store.state import store_state


def test_a_store_at_0007_gets_the_state_index_on_upgrade(db_url):
    engine_at_revision(db_url, "0007").dispose()
    with open_store(db_url) as store:
        indexes = {index["name"] for index in sa.inspect(store.engine).get_indexes("articles")}
        assert "ix_articles_state" in indexes
        before = store_state(store)
        assert ingest_records([build_record("Talks resumed in Istanbul.", record_id="r1")], store).failed == 0
        after = store_state(store)
        assert after != before and after[0] == before[0] + 1


def test_the_state_is_read_from_the_index_not_the_articles(db_url):
    if not db_url.startswith("sqlite"):
        return  # the plan is SQLite's; PostgreSQL chooses by its statistics
    with open_store(db_url) as store:
        executed: list[str] = []

        def capture(conn, cursor, statement, parameters, context, executemany):
            executed.extend([statement] if statement.lstrip().upper().startswith("SELECT") else [])

        sa.event.listen(store.engine, "before_cursor_execute", capture)
        try:
            store_state(store)
        finally:
            sa.event.remove(store.engine, "before_cursor_execute", capture)
        with store.engine.connect() as connection:
            plan = " ".join(row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + executed[0]))
    assert "COVERING INDEX ix_articles_state" in plan
