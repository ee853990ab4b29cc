"""One contract serializer: ``accord extract``'s JSON Lines, a batch shard line, the record the store keeps and
``accord export``'s JSON Lines are the same bytes for the same record (``accord.formats.contract``)."""

from __future__ import annotations

import io

import pytest
from store_support import build_record

from accord.batch.extract import record_line
from accord.formats.contract import contract_json
from accord.formats.writers import write_json, write_jsonl
from accord.records import ArticleRecord
from accord.store import export, ingest_records, open_store

TEXT = "Russia's envoy said the talks would resume on Monday, «without conditions» — Kyiv disagreed."
OTHER = "Protesters marched in Tbilisi, police said."


def _records() -> list[ArticleRecord]:
    return [
        build_record(TEXT, record_id="w1", with_text=True),
        build_record(OTHER, record_id="w2", with_text=True, url="https://news.example/w2"),
    ]


def test_extract_batch_and_export_write_the_same_bytes(db_url, tmp_path) -> None:
    records = _records()
    printed = io.StringIO()
    write_jsonl(records, printed)
    extract_lines = printed.getvalue().splitlines()
    assert extract_lines == [contract_json(record) for record in records]
    # A batch shard always carries the text: the same bytes as extract --with-text.
    with_text = records[0]
    assert record_line(with_text, with_text.text) == extract_lines[0]
    without_text = records[1].model_copy(update={"text": None})
    assert record_line(without_text, OTHER) == extract_lines[1]
    # The store keeps the record without its text and exports it back, byte for byte.
    with open_store(db_url) as store:
        assert ingest_records(records, store).failed == 0
        export(store, "jsonl", tmp_path / "out.jsonl")
    exported = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert exported == extract_lines


def test_json_array_holds_the_same_objects() -> None:
    records = _records()
    out = io.StringIO()
    write_json(records, out)
    body = out.getvalue()
    assert all(contract_json(record) in body for record in records)


@pytest.mark.parametrize("with_text", [True, False])
def test_error_and_text_appear_only_when_set(with_text) -> None:
    failed = ArticleRecord(id="x1", source="broken.html", language="en", error="unreadable: empty page", text="t")
    line = contract_json(failed, with_text=with_text)
    assert '"error":"unreadable: empty page"' in line
    assert ('"text":"t"' in line) is with_text
    fine = build_record(TEXT, with_text=False)
    assert '"error"' not in contract_json(fine) and '"text"' not in contract_json(fine)
