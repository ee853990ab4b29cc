"""A local text/HTML file without URL or id is one article by its resolved path: edited and ingested
again it is updated (version bumped, rows replaced in one transaction); unchanged text changes nothing.
JSONL lines, URLs and records with their own id keep their own identity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from accord.article import Article, content_id
from accord.ingest import ingest_paths
from accord.store import get_article, ingest_records, open_store
from accord.store import schema
from accord.readers import article_file

FIRST = "The foreign minister said the talks would resume on Monday in Istanbul."
EDITED = "The foreign minister said the talks would not resume before June, officials reported."
PAGE = ("<html><head><title>Talks</title></head><body><article><p>{text}</p><p>Delegations from both sides "
        "met for several hours and agreed to meet again after consultations with their governments.</p>"
        "</article></body></html>")


def _articles(store) -> list[dict]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(schema.articles.c.id, schema.articles.c.key, schema.articles.c.version,
                                            schema.articles.c.text).order_by(schema.articles.c.id))
        return [dict(row._mapping) for row in rows]


def _offsets_hold(store, article_id: int) -> bool:
    article = get_article(store, article_id)
    text = article["text"]
    spans = [s["content"] for s in article["statements"]] + [e["trigger"] for e in article["events"]]
    return bool(spans) and all(text[span["start"]:span["end"]] == span["text"] for span in spans)


@pytest.mark.parametrize(("name", "template"), [("story.txt", "{text}"), ("story.html", PAGE)])
def test_edited_file_is_updated_in_place_and_identical_text_is_unchanged(db_url, tmp_path, name, template):
    path = tmp_path / name
    path.write_text(template.format(text=FIRST), encoding="utf-8")
    assert ingest_paths([str(path)], db_url).as_dict() == {"new": 1, "updated": 0, "unchanged": 0, "failed": 0}
    path.write_text(template.format(text=EDITED), encoding="utf-8")
    assert ingest_paths([str(path)], db_url).as_dict() == {"new": 0, "updated": 1, "unchanged": 0, "failed": 0}
    assert ingest_paths([str(path)], db_url).as_dict() == {"new": 0, "updated": 0, "unchanged": 1, "failed": 0}
    with open_store(db_url) as store:
        [article] = _articles(store)
        assert article["version"] == 2 and "not resume before June" in article["text"]
        assert article["key"] == f"file:{path.resolve()}"
        assert _offsets_hold(store, article["id"])
        stored = get_article(store, article["id"])
        assert all("Monday" not in statement["content"]["text"] for statement in stored["statements"])


def test_the_same_file_by_relative_path_or_through_its_directory_is_one_article(db_url, tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "story.txt").write_text(FIRST, encoding="utf-8")
    assert ingest_paths([str(folder)], db_url).new == 1
    (folder / "story.txt").write_text(EDITED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert ingest_paths(["corpus/story.txt"], db_url).updated == 1
    with open_store(db_url) as store:
        assert [article["version"] for article in _articles(store)] == [2]


def test_two_files_are_two_articles_and_jsonl_lines_are_not_keyed_by_their_file(db_url, tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(EDITED, encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"text": FIRST + " Second source."}) + "\n", encoding="utf-8")
    assert ingest_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(lines)], db_url).new == 3
    # A JSONL line without id has no identity but its text: new text there is another article.
    lines.write_text(json.dumps({"text": EDITED + " Second source."}) + "\n", encoding="utf-8")
    assert ingest_paths([str(lines)], db_url).new == 1
    with open_store(db_url) as store:
        keys = [article["key"] for article in _articles(store)]
    assert keys[:2] == [f"file:{(tmp_path / 'a.txt').resolve()}", f"file:{(tmp_path / 'b.txt').resolve()}"]
    assert keys[2:] == [None, None]


def test_a_file_stored_before_files_had_an_identity_is_updated_and_takes_the_key(db_url, tmp_path, make_record,
                                                                                 monkeypatch):
    """An article stored key-less under the file's path (an older accord) is the file's article."""
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(FIRST, encoding="utf-8")
    legacy = make_record(FIRST, record_id=content_id(FIRST), source="story.txt")
    assert ingest_records([legacy], db_url).new == 1
    with open_store(db_url) as store:
        assert [article["key"] for article in _articles(store)] == [None]
    # Same text: unchanged, and the row now carries the file's key.
    assert ingest_paths(["story.txt"], db_url).unchanged == 1
    with open_store(db_url) as store:
        assert [article["key"] for article in _articles(store)] == [f"file:{(tmp_path / 'story.txt').resolve()}"]
    Path("story.txt").write_text(EDITED, encoding="utf-8")
    assert ingest_paths(["story.txt"], db_url).updated == 1
    with open_store(db_url) as store:
        assert [(article["version"], article["text"]) for article in _articles(store)] == [(2, EDITED)]


def test_a_failed_update_leaves_the_previous_version_whole(db_url, tmp_path, monkeypatch):
    """Deleting the old rows and writing the new ones is one transaction: a failure keeps version 1."""
    from accord.store import write

    path = tmp_path / "story.txt"
    path.write_text(FIRST, encoding="utf-8")
    ingest_paths([str(path)], db_url)
    with open_store(db_url) as store:
        [before] = _articles(store)
        statements_before = get_article(store, before["id"])["statements"]

    def broken(*args, **kwargs):
        raise SQLAlchemyError("disk full")

    monkeypatch.setattr(write, "_insert_children", broken)
    path.write_text(EDITED, encoding="utf-8")
    failures: list[str] = []
    assert ingest_paths([str(path)], db_url, on_failure=lambda source, reason: failures.append(reason)).failed == 1
    with open_store(db_url) as store:
        [after] = _articles(store)
        assert (after["version"], after["text"]) == (1, FIRST)
        assert get_article(store, after["id"])["statements"] == statements_before and statements_before
    assert failures and "disk full" in failures[0]


@pytest.mark.parametrize(
    ("name", "url", "given_id", "whole_file"),
    [("a.txt", None, None, True), ("a.html", None, None, True), ("a.md", None, None, True),
     ("a.txt", "https://news.example/a", None, False), ("a.txt", None, "wire-17", False),
     ("a.jsonl", None, None, False), ("missing.txt", None, None, False)],
)
def test_which_articles_are_whole_files(tmp_path, name, url, given_id, whole_file):
    path = tmp_path / name
    if name != "missing.txt":
        path.write_text(FIRST, encoding="utf-8")
    article = Article(text=FIRST, source=str(path), id=given_id, url=url)
    assert article_file(article) == (str(path.resolve()) if whole_file else None)


def test_standard_input_is_not_a_file():
    assert article_file(Article(text=FIRST, source="-")) is None
