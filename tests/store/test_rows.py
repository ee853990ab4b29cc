"""Stored records: what ``articles.record`` keeps (without the text) and rebuilds is exactly the contract
object ``ArticleRecord.to_json_dict`` prints, including the rule that ``error`` appears only on failure."""

from __future__ import annotations

import json

import pytest
from store_support import build_record

from accord.records import ArticleRecord
from accord.formats.contract import contract_json
from accord.store.rows import record_with_text

TEXT = "Russia's envoy said the talks would resume on Monday."


def _records() -> list[ArticleRecord]:
    with_text = build_record(TEXT, with_text=True)
    without_text = build_record(TEXT, with_text=False)
    failed = ArticleRecord(id="x1", source="broken.html", language="en", error="unreadable: empty page")
    return [with_text, without_text, failed]


@pytest.mark.parametrize("record", _records(), ids=["with-text", "without-text", "failed"])
def test_stored_record_round_trips_to_the_contract_object(record: ArticleRecord) -> None:
    stored = contract_json(record, with_text=False)
    assert "text" not in json.loads(stored)
    rebuilt = record_with_text(stored, record.text or "", record.text is not None)
    assert rebuilt == record.to_json_dict()
    assert list(rebuilt) == list(record.to_json_dict())  # key order too: the printed line is the same
