"""Ingesting records: rows, offsets, cross-article identity, failures, and the schema on both backends."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from accord.article import InputError
from accord.store import get_article, ingest_records, list_articles, open_store, query_entities
from accord.store import schema


def test_fresh_database_is_migrated_on_open(db_url):
    with open_store(db_url) as store:
        names = set(sa.inspect(store.engine).get_table_names())
    assert {"articles", "statements", "events", "entities", "mentions", "failures", "alembic_version"} <= names


def test_open_twice_is_harmless(db_url):
    from alembic.script import ScriptDirectory

    from accord.store.db import MIGRATIONS

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    open_store(db_url).close()
    with open_store(db_url) as store:
        with store.engine.connect() as connection:
            assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == head == "0009"


def test_ingest_stores_every_row_with_offsets(store, two_articles):
    summary = ingest_records(two_articles, store)
    assert summary.as_dict() == {"new": 2, "updated": 0, "unchanged": 0, "failed": 0}
    with store.engine.connect() as connection:
        texts = dict(connection.execute(sa.select(schema.articles.c.id, schema.articles.c.text)).all())
        for table, prefix in ((schema.statements, "content"), (schema.events, "trigger")):
            rows = connection.execute(sa.select(table)).mappings().all()
            assert rows
            for row in rows:
                text = texts[row["article_id"]]
                assert text[row[f"{prefix}_start"]:row[f"{prefix}_end"]] == row[f"{prefix}_text"]
        for row in connection.execute(sa.select(schema.mentions)).mappings():
            assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"]


def test_same_person_and_country_across_articles_is_one_entity(store, two_articles):
    ingest_records(two_articles, store)
    medinsky = query_entities(store, q="Medinsky").items
    assert len(medinsky) == 1
    assert medinsky[0]["articles"] == 2 and medinsky[0]["statements"] == 3
    russia = query_entities(store, code="RUS", kind="country").items
    assert [item["name"] for item in russia] == ["Russia"]
    assert set(russia[0]["names"]) == {"Moscow", "Russia"}


def test_bad_inputs_are_recorded_counted_and_the_run_goes_on(store, two_articles):
    failures: list[tuple[str, str]] = []
    broken = two_articles[0].model_copy(update={"error": "extraction failed: boom", "id": "broken"})
    items = [InputError("missing.txt", "no such file or directory"), broken, two_articles[1]]
    summary = ingest_records(items, store, on_failure=lambda source, reason: failures.append((source, reason)))
    assert (summary.new, summary.failed) == (1, 2)
    assert failures[0] == ("missing.txt", "no such file or directory")
    with store.engine.connect() as connection:
        logged = connection.execute(sa.select(schema.failures.c.source, schema.failures.c.reason)).all()
    assert ("missing.txt", "no such file or directory") in logged and len(logged) == 2


def test_get_article_gives_text_records_and_entity_ids(store, two_articles):
    ingest_records(two_articles, store)
    listed = list_articles(store)
    assert listed.total == 2 and listed.items[0]["published"] == "2025-05-18"  # newest first
    article = get_article(store, listed.items[1]["id"])
    assert article is not None and article["record_id"] == "first"
    for statement in article["statements"]:
        content = statement["content"]
        assert article["text"][content["start"]:content["end"]] == content["text"]
    assert all(isinstance(entity["entity_id"], int) for entity in article["entities"])
    assert get_article(store, 10_000) is None


def test_record_json_is_kept_whole(store, two_articles):
    ingest_records(two_articles[:1], store)
    with store.engine.connect() as connection:
        stored = json.loads(connection.execute(sa.select(schema.articles.c.record)).scalar_one())
    expected = two_articles[0].to_json_dict()
    expected.pop("text")
    assert stored == expected


def test_read_only_store_refuses_writes(db_url, two_articles):
    ingest_records(two_articles, db_url)
    with open_store(db_url, read_only=True) as store:
        assert list_articles(store).total == 2
        with pytest.raises(sa.exc.DBAPIError):
            with store.engine.begin() as connection:
                connection.execute(sa.delete(schema.articles))


def test_generic_groups_stay_within_their_article(store, make_record):
    first = make_record("Police said the road was closed.", record_id="p1", url="https://a.example/1",
                        people={"Police": ("group", None, ["Police"])}, quotes=[("Police", "said", "the road was closed")])
    second = make_record("Police said the bridge was open.", record_id="p2", url="https://a.example/2",
                         people={"Police": ("group", None, ["Police"])}, quotes=[("Police", "said", "the bridge was open")])
    ingest_records([first, second], store)
    police = query_entities(store, q="Police").items
    assert len(police) == 2 and all(item["articles"] == 1 for item in police)
