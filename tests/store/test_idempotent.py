"""Idempotence: the same article twice changes nothing; new text at the same URL is a new version."""

from __future__ import annotations

import sqlalchemy as sa

from accord.store import get_article, ingest_records, query_statements
from accord.store import schema


def _counts(store) -> dict[str, int]:
    with store.engine.connect() as connection:
        return {
            table.name: connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for table in (schema.articles, schema.statements, schema.events, schema.mentions, schema.entities)
        }


def test_reingesting_changes_nothing(store, two_articles):
    ingest_records(two_articles, store)
    before = _counts(store)
    summary = ingest_records(two_articles, store)
    assert summary.as_dict() == {"new": 0, "updated": 0, "unchanged": 2, "failed": 0}
    assert _counts(store) == before


def test_same_text_under_another_url_is_unchanged(store, make_record):
    text = "The foreign minister said the talks would resume on Monday."
    ingest_records([make_record(text, url="https://a.example/1")], store)
    summary = ingest_records([make_record(text, url="https://mirror.example/1", record_id="copy")], store)
    assert summary.unchanged == 1 and _counts(store)["articles"] == 1


def test_new_text_at_same_url_replaces_rows_and_bumps_version(store, make_record):
    url = "https://news.example/story"
    old = make_record(
        "Officials said the border was closed.", url=url,
        people={"Officials": ("group", None, ["Officials"])}, quotes=[("Officials", "said", "the border was closed")],
    )
    new = make_record(
        "Officials said the border had reopened. The mayor said trade resumed.", url=url,
        people={"Officials": ("group", None, ["Officials"]), "mayor": ("person", None, ["mayor"])},
        quotes=[("Officials", "said", "the border had reopened"), ("The mayor", "said", "trade resumed")],
    )
    ingest_records([old], store)
    summary = ingest_records([new], store)
    assert summary.updated == 1
    counts = _counts(store)
    assert counts["articles"] == 1 and counts["statements"] == 2
    (article_id,) = {item["id"] for item in get_article_ids(store)}
    article = get_article(store, article_id)
    assert article["version"] == 2 and "reopened" in article["text"]
    # The old statement is gone from full-text search too.
    assert query_statements(store, q="closed").total == 0
    assert query_statements(store, q="reopened").total == 1


def get_article_ids(store) -> list[dict]:
    with store.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(sa.select(schema.articles.c.id))]


def test_jsonl_ids_key_articles_within_their_source(store, make_record):
    first = make_record("Text one about the truce.", record_id="7", url=None, source="a.jsonl")
    edited = make_record("Text one about the truce, edited.", record_id="7", url=None, source="a.jsonl")
    other = make_record("Another text entirely.", record_id="7", url=None, source="b.jsonl")
    ingest_records([first], store)
    summary = ingest_records([edited, other], store)
    assert (summary.updated, summary.new) == (1, 1)
