"""Shard writing and the manifest: order, durability steps, refusal of a mismatched folder."""

from __future__ import annotations

import json
import os

import pyarrow.parquet as pq
import pytest
from batch_support import write_jsonl

from accord.batch.manifest import BatchError, Manifest
from accord.batch.shards import input_file
from accord.batch.writer import PARTIAL_DIR, ChunkResult, ShardSink


def _line(article_id: str, error: str | None = None) -> str:
    record = {"id": article_id, "source": "s", "language": "en", "text": "t", "statements": [], "events": [], "entities": []}
    if error:
        record["error"] = error
    return json.dumps(record)


@pytest.fixture
def setup(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ["1"])
    file = input_file(source, str(source))
    output = tmp_path / "out"
    output.mkdir()

    def make(fmt: str = "jsonl"):
        manifest = Manifest.open(output, fmt, shard_size=4)
        assert manifest.pending(file) is not None
        return manifest, ShardSink(output, fmt, manifest, {file.key: file})

    return file, output, make


def test_chunks_arriving_out_of_order_are_written_in_order_and_listed_when_complete(setup):
    file, output, make = setup
    manifest, sink = make()
    sink.accept(ChunkResult(file.key, 0, 1, True, None, [_line("c"), _line("d", "empty text")], ["x: empty text"]))
    assert manifest.shards == []  # chunk 0 still missing: nothing finished, nothing listed
    assert not (output / f"{file.shard_name(0)}.jsonl").exists()
    sink.accept(ChunkResult(file.key, 0, 0, False, None, [_line("a"), _line("b")]))
    [entry] = manifest.shards
    assert entry["articles"] == 4 and entry["errors"] == 1 and entry["part"] == 0
    lines = (output / entry["file"]).read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b", "c", "d"]
    assert not os.listdir(output / PARTIAL_DIR)
    assert not manifest.is_complete(file.key)  # the end marker has not come yet
    sink.accept(ChunkResult(file.key, -1, 0, False, 1))
    on_disk = json.loads((output / "manifest.json").read_text())
    assert on_disk["inputs"][file.key]["complete"] is True
    assert on_disk["inputs"][file.key]["articles"] == 4


def test_parquet_shards_hold_nested_contract_columns(setup):
    file, output, make = setup
    manifest, sink = make("parquet")
    sink.accept(ChunkResult(file.key, 0, 0, True, None, [_line("a"), _line("b", "malformed JSON")], ["e"]))
    table = pq.read_table(output / manifest.shards[0]["file"])
    rows = table.to_pylist()
    assert [row["id"] for row in rows] == ["a", "b"]
    assert [row["error"] for row in rows] == [None, "malformed JSON"]
    assert table.schema.field("statements").type.value_type.field("content").type.num_fields == 3


def test_a_folder_of_another_format_or_shard_size_is_refused(setup):
    file, output, make = setup
    manifest, _ = make()
    manifest.save()
    with pytest.raises(BatchError, match="--format jsonl"):
        Manifest.open(output, "parquet", 4)
    with pytest.raises(BatchError, match="shards of 4"):
        Manifest.open(output, "jsonl", 5)
    (output / "manifest.json").write_text("{")
    with pytest.raises(BatchError, match="unreadable manifest"):
        Manifest.open(output, "jsonl", 4)


def test_an_input_that_changed_since_it_was_recorded_starts_over(setup, tmp_path):
    file, output, make = setup
    manifest, sink = make()
    sink.accept(ChunkResult(file.key, 0, 0, True, None, [_line("a")]))
    sink.accept(ChunkResult(file.key, -1, 0, False, 1))
    assert manifest.pending(file) is None  # complete: skipped
    write_jsonl(tmp_path / "in.jsonl", ["1", "2", "3"])
    changed = input_file(tmp_path / "in.jsonl", "in.jsonl")
    again = manifest.pending(changed)
    assert again is not None and again.finished_parts == frozenset()
    assert manifest.shards == []
