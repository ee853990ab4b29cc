"""Issue 16 (store): lone surrogates and NULs are replaced, identically on SQLite and PostgreSQL, per item."""

from __future__ import annotations

import json

from accord.ingest import ingest_paths
from accord.store import ingest_records
from accord.store.query import get_article, list_articles
from store_support import build_record

TEXT = 'Foreign Minister Anna Kovacs said\x00 on Friday that "the talks \ud800 will continue" in Geneva.'


def _stored_texts(store) -> list[str]:
    listed = list_articles(store)
    return sorted(get_article(store, item["id"])["text"] for item in listed.items)


def test_records_with_nul_and_surrogates_are_stored_alike_on_both_backends(store, caplog):
    dirty = build_record(TEXT.replace("\x00", " ").replace("\ud800", " "), record_id="dirty\x00", people={"Anna Kovacs": ("person", None, ["Anna Kovacs"])})
    dirty = dirty.model_copy(update={"text": TEXT, "title": "Talks\x00"})
    clean = build_record("Officials met in Vienna on Monday.", record_id="clean")
    summary = ingest_records([dirty, clean], store)
    assert (summary.new, summary.failed) == (2, 0)
    texts = _stored_texts(store)
    assert TEXT.replace("\x00", "\ufffd").replace("\ud800", "\ufffd") in texts
    assert "note: lone surrogate or NUL characters replaced" in caplog.text


def test_failure_with_unstorable_source_is_recorded_not_raised(store):
    from accord.article import InputError

    summary = ingest_records([InputError("bad\udcff.jsonl:line 1", "reason\x00")], store)
    assert summary.failed == 1


def test_jsonl_with_surrogate_and_nul_ingests_good_lines_on_both_backends(store, tmp_path, caplog):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "s", "text": "Talks \ud800 resumed in Geneva on Monday, officials said."},
        {"id": "n", "text": "Talks resumed\x00 in Vienna on Tuesday, officials said."},
        {"id": "g", "text": "Talks resumed in Doha on Wednesday, officials said."},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    summary = ingest_paths([str(path)], store)
    assert (summary.new, summary.failed) == (3, 0)
    texts = _stored_texts(store)
    assert "Talks \ufffd resumed in Geneva on Monday, officials said." in texts
    assert "Talks resumed\ufffd in Vienna on Tuesday, officials said." in texts
    assert "replaced by U+FFFD" in caplog.text


def test_warc_record_with_too_large_content_length_counts_as_failed(store, tmp_path):
    from robust_support import page, warc_records, with_content_length

    records = warc_records([page(i) for i in range(3)])
    records[1] = with_content_length(records[1], 5000)
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    failures: list[tuple[str, str]] = []
    summary = ingest_paths([str(path)], store, on_failure=lambda source, reason: failures.append((source, reason)))
    assert (summary.new, summary.failed) == (1, 1)
    assert failures[0][0] == f"{path}:https://news.example/1" and failures[0][1].startswith("truncated WARC record")


def test_a_store_error_without_a_message_fails_that_article_only(store, monkeypatch):
    import accord.store.runs as runs

    real = runs.store_record

    def refusing(store_, record, *args, **kwargs):
        if record.id == "refused":
            raise ValueError()  # no message at all: the failure line must still be made
        return real(store_, record, *args, **kwargs)

    monkeypatch.setattr(runs, "store_record", refusing)
    failures: list[tuple[str, str]] = []
    records = [build_record("Officials met in Vienna on Monday.", record_id="refused"),
               build_record("Officials met in Doha on Tuesday.", record_id="kept")]
    summary = ingest_records(records, store, on_failure=lambda source, reason: failures.append((source, reason)))
    assert (summary.new, summary.failed) == (1, 1)
    assert [reason for _, reason in failures] == ["not stored: ValueError"]
