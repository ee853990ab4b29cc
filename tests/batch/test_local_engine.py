"""``run_batch`` with the process-pool engine: exactly once, error records, resume, Parquet."""

from __future__ import annotations

import json

import pytest
from batch_support import CORPUS_GOOD_IDS, CORPUS_RECORDS, SHARED_SHARD_SIZE, id_counts, listed_records

from accord.batch import BatchError, run_batch

pytestmark = pytest.mark.slow


def test_local_engine_writes_every_article_once_with_failures_as_error_records(local_run, corpus):
    summary, progress, output = local_run
    records = listed_records(output)
    counts = id_counts(records)
    assert len(records) == CORPUS_RECORDS == summary.articles
    assert set(counts) >= CORPUS_GOOD_IDS and max(counts.values()) == 1
    errors = [record for record in records if record.get("error")]
    assert sorted(record["error"].split(" (")[0] for record in errors) == ["empty text", "malformed JSON"]
    assert all(record["text"] for record in records if not record.get("error"))
    assert summary.errors == 2 and summary.bad_inputs == [str(corpus / "missing.jsonl")] and not summary.ok
    assert len(progress.errors) == 3 and progress.shards == summary.shards_written == 3 + 2  # 25 -> 10+10+5, 11 -> 10+1
    manifest = json.loads((output / "manifest.json").read_text())
    assert all(entry["complete"] for entry in manifest["inputs"].values())


def test_a_rerun_over_a_complete_folder_skips_everything(local_run, corpus):
    _, _, output = local_run
    manifest = json.loads((output / "manifest.json").read_text())
    before = {shard["file"]: (output / shard["file"]).read_bytes() for shard in manifest["shards"]}
    again = run_batch([str(corpus)], output, workers=2, shard_size=SHARED_SHARD_SIZE)
    assert again.articles == 0 and again.inputs_skipped == 2 and again.shards_written == 0
    assert {name: (output / name).read_bytes() for name in before} == before


def test_batch_records_equal_in_process_extraction(local_run, corpus, nlp):
    """Workers (model per process, one memory zone per chunk) extract exactly what `accord extract` would."""
    from accord.pipeline import extract_articles
    from accord.readers import read_inputs

    batch = {record["id"]: record for record in listed_records(local_run[2]) if not record.get("error")}
    paths = [str(corpus / "a.jsonl"), str(corpus / "b.jsonl.gz")]
    direct = [record for record in extract_articles(read_inputs(paths), nlp) if hasattr(record, "statements")]
    assert len(direct) == len(batch) == len(CORPUS_GOOD_IDS)
    for record in direct:
        expected = record.to_json_dict()
        got = batch[record.id]
        for name in ("statements", "events", "entities", "language", "title", "published"):
            assert got[name] == expected[name], (record.id, name)


def test_parquet_output_holds_the_same_records(local_run, corpus, tmp_path):
    run_batch([str(corpus / "b.jsonl.gz")], tmp_path / "parquet", workers=1, shard_size=SHARED_SHARD_SIZE, fmt="parquet")
    as_jsonl = [record for record in listed_records(local_run[2]) if record["source"].endswith("b.jsonl.gz")]
    as_parquet = listed_records(tmp_path / "parquet")
    assert [record["id"] for record in as_parquet] == [record["id"] for record in as_jsonl]
    assert [len(record["statements"]) for record in as_parquet] == [len(record["statements"]) for record in as_jsonl]
    assert [record["text"] for record in as_parquet] == [record["text"] for record in as_jsonl]
    # The store reads both layouts back as contract records (``accord ingest DIR``).
    from accord.records import ArticleRecord
    from accord.batch.output import read_batch_output

    read_back = list(read_batch_output(str(tmp_path / "parquet")))
    assert all(isinstance(record, ArticleRecord) for record in read_back), read_back
    assert [record.id for record in read_back] == [record["id"] for record in as_jsonl]
    from_jsonl = [record for record in read_batch_output(str(local_run[2])) if isinstance(record, ArticleRecord)]
    assert len(from_jsonl) == CORPUS_RECORDS


def test_bad_requests_are_refused_before_any_work(corpus, tmp_path):
    with pytest.raises(BatchError, match="unknown engine"):
        run_batch([str(corpus)], tmp_path / "o", engine="spark")
    with pytest.raises(BatchError, match="unknown format"):
        run_batch([str(corpus)], tmp_path / "o", fmt="csv")
