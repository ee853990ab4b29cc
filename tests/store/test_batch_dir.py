"""`accord ingest DIR` of an `accord batch` output: the manifest's shards are stored as they are."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from store_support import two_articles_records

from accord.records import ArticleRecord
from accord.ingest import ingest_paths
from accord.store import export_records, open_store


def _line(record: ArticleRecord) -> str:
    return json.dumps(record.to_json_dict(), ensure_ascii=False)


def _batch_dir(root: Path, records: list[ArticleRecord], parquet: list[ArticleRecord]) -> Path:
    """A batch output folder as ``accord batch`` writes it (plus a leftover that must be ignored)."""
    out = root / "batch-out"
    (out / ".partial").mkdir(parents=True)
    (out / "in.jsonl.1a2b3c4d.00000.jsonl").write_text("\n".join(_line(r) for r in records) + "\n", encoding="utf-8")
    leftover = records[0].model_copy(update={"id": "leftover", "url": "https://leftover.example", "text": "Leftover text."})
    (out / "in.jsonl.1a2b3c4d.00001.jsonl").write_text(_line(leftover) + "\n", encoding="utf-8")
    shards = [{"name": "in.jsonl.1a2b3c4d.00000", "file": "in.jsonl.1a2b3c4d.00000.jsonl", "input": "/in.jsonl",
               "part": 0, "first": 0, "articles": len(records), "errors": 1, "finished": "2026-11-25T12:00:00+00:00"}]
    if parquet:
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        from accord.batch.arrow_schema import model_schema

        rows = [record.model_dump(mode="json") for record in parquet]
        pq.write_table(pa.Table.from_pylist(rows, schema=model_schema(ArticleRecord)), out / "w.warc.9f9f9f9f.00000.parquet")
        shards.append({"name": "w.warc.9f9f9f9f.00000", "file": "w.warc.9f9f9f9f.00000.parquet", "input": "/w.warc",
                       "part": 0, "first": 0, "articles": len(parquet), "errors": 0, "finished": "2026-11-25T12:01:00+00:00"})
    manifest = {"format": "accord-batch", "version": 1, "output_format": "jsonl", "shard_size": 1000,
                "inputs": {}, "shards": shards}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return out


def test_batch_output_is_stored_without_extraction_and_leftovers_ignored(db_url, tmp_path, make_record):
    first, second = two_articles_records()
    failed = ArticleRecord(id="bad", source="/in.jsonl:line 3", language="und", text="", error="malformed JSON")
    third = make_record("The ministry said exports would resume in June.", record_id="p1", url="https://p.example/1")
    directory = _batch_dir(tmp_path, [first, failed, second], [third])
    failures: list[str] = []
    summary = ingest_paths([str(directory)], db_url, on_failure=lambda source, reason: failures.append(reason))
    assert summary.as_dict() == {"new": 3, "updated": 0, "unchanged": 0, "failed": 1}
    assert failures == ["malformed JSON"]
    with open_store(db_url) as store:
        exported = {record["id"]: record for record in export_records(store)}
    assert set(exported) == {"first", "second", "p1"}  # never the unlisted leftover shard
    assert exported["first"] == first.to_json_dict()
    again = ingest_paths([str(directory)], db_url)
    assert (again.new, again.unchanged) == (0, 3)


def test_bad_manifest_is_one_failure(db_url, tmp_path):
    directory = tmp_path / "broken"
    directory.mkdir()
    (directory / "manifest.json").write_text("{not json", encoding="utf-8")
    failures: list[tuple[str, str]] = []
    summary = ingest_paths([str(directory)], db_url, on_failure=lambda s, r: failures.append((s, r)))
    assert summary.failed == 1 and "manifest" in failures[0][0]


def test_manifest_naming_a_file_outside_its_directory_is_refused(tmp_path):
    from accord.article import InputError
    from accord.batch.output import read_batch_output

    outside = tmp_path / "elsewhere.jsonl"
    outside.write_text(_line(two_articles_records()[0]) + "\n", encoding="utf-8")
    directory = tmp_path / "batch-out"
    directory.mkdir()
    manifest = {"format": "accord-batch", "version": 1, "shards": [{"file": "../elsewhere.jsonl"}]}
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (error,) = list(read_batch_output(str(directory)))
    assert isinstance(error, InputError) and "outside the batch output directory" in error.reason


@pytest.mark.slow
def test_real_batch_run_then_ingest(tmp_path):
    corpus = tmp_path / "in.jsonl"
    texts = ["The envoy said talks would resume on Monday.", "Police said protesters blocked the road to the port."]
    corpus.write_text("".join(json.dumps({"id": f"b{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    accord = str(Path(sys.executable).with_name("accord"))
    out = tmp_path / "out"
    batch = subprocess.run([accord, "batch", str(corpus), "--output", str(out), "--engine", "local", "--workers", "1"],
                           capture_output=True, text=True, timeout=600)
    assert batch.returncode == 0, batch.stderr
    db = f"sqlite:///{tmp_path / 'b.db'}"
    ingest = subprocess.run([accord, "ingest", str(out), "--db", db], capture_output=True, text=True, timeout=600)
    assert ingest.returncode == 0, ingest.stderr
    assert "2 new, 0 updated, 0 unchanged, 0 failed" in ingest.stderr
    shard_records = [json.loads(line) for path in sorted(out.glob("*.jsonl")) for line in path.read_text().splitlines()]
    with open_store(db) as store:
        assert list(export_records(store)) == shard_records


def test_manifest_of_another_version_is_refused_by_the_one_reader(tmp_path):
    """Ingest reads a batch folder through the same manifest reader as a resumed batch: another version is refused."""
    from accord.article import InputError
    from accord.batch.output import read_batch_output

    directory = tmp_path / "batch-out"
    directory.mkdir()
    (directory / "shard.jsonl").write_text(_line(two_articles_records()[0]) + "\n", encoding="utf-8")
    manifest = {"format": "accord-batch", "version": 99, "shards": [{"file": "shard.jsonl"}]}
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (error,) = list(read_batch_output(str(directory)))
    assert isinstance(error, InputError) and "not an accord batch manifest" in error.reason
    assert error.source.endswith("manifest.json")
