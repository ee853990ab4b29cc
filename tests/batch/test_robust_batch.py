"""Issue 16 (batch): bad items cost only themselves on both engines, error records keep the input's id and line."""

from __future__ import annotations

import json

import pytest
from batch_support import article_text, listed_records

from accord.article import Article
from accord.batch import BatchProgress, run_batch
from accord.batch import extract as batch_extract
from accord.batch.extract import extract_chunk

LINES = [
    json.dumps({"id": "good1", "text": article_text(1)}),
    '{"id": "surrogate", "text": "Talks \\ud800 resumed in Geneva on Monday, officials said."}',
    '{"id": "nul", "text": "Talks resumed\\u0000 in Vienna on Tuesday, officials said."}',
    json.dumps({"id": "x", "text": ["a"]}),
    json.dumps({"id": True, "text": "A text."}),
    "{not json",
    json.dumps({"id": "good2", "text": article_text(2)}),
]


class Recorder(BatchProgress):
    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, message: str) -> None:
        self.errors.append(message)


def _run(tmp_path, engine: str):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(LINES) + "\n")
    progress = Recorder()
    summary = run_batch([str(corpus)], tmp_path / "out", engine=engine, workers=1, progress=progress)
    return corpus, summary, progress, listed_records(tmp_path / "out")


def _check(corpus, summary, progress, records) -> None:
    assert len(records) == len(LINES) and summary.errors == 3
    by_id = {record["id"]: record for record in records}
    assert by_id["good1"].get("error") is None and by_id["good2"].get("error") is None
    assert by_id["surrogate"]["text"] == "Talks \ufffd resumed in Geneva on Monday, officials said."
    assert by_id["nul"]["text"] == "Talks resumed\ufffd in Vienna on Tuesday, officials said."
    assert by_id["x"]["error"] == 'no "text" string field' and by_id["x"]["source"] == f"{corpus}:line 4"  # F13
    errors = [record for record in records if record.get("error")]
    assert sorted(record["source"] for record in errors) == [f"{corpus}:line {n}" for n in (4, 5, 6)]
    assert len(progress.errors) == 3 and all("\n" not in message and "Traceback" not in message for message in progress.errors)


def test_local_engine_isolates_bad_lines_and_keeps_ids(tmp_path):
    _check(*_run(tmp_path, "local"))


@pytest.mark.slow
def test_ray_engine_isolates_bad_lines_and_keeps_ids(tmp_path):
    pytest.importorskip("ray")
    _check(*_run(tmp_path, "ray"))


def test_a_record_that_cannot_be_written_is_its_own_error_record(nlp, monkeypatch):
    real = batch_extract.record_line

    def failing(record, text):
        if record.id == "bad" and record.error is None:
            raise ValueError("cannot serialise")
        return real(record, text)

    monkeypatch.setattr(batch_extract, "record_line", failing)
    items = [Article(text=article_text(1), source="f.jsonl", id="bad", extra={"line": 3}),
             Article(text=article_text(2), source="f.jsonl", id="good")]
    output = extract_chunk(items, nlp)
    records = [json.loads(line) for line in output.lines]
    assert [record["id"] for record in records] == ["bad", "good"]
    assert records[0]["error"].startswith("cannot write record") and records[0]["source"] == "f.jsonl:line 3"
    assert output.errors == ["f.jsonl:line 3: cannot write record: ValueError: cannot serialise"]


def test_unreadable_subdirectory_is_a_bad_input(tmp_path, monkeypatch):
    import os

    from accord.article import InputError
    from accord.batch.shards import discover_inputs

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.jsonl").write_text(json.dumps({"id": "a", "text": "A text."}) + "\n")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(discover_inputs([str(tmp_path)]))
    assert InputError(os.path.join(str(tmp_path), "locked"), "unreadable directory: permission denied") in found
    assert any(not isinstance(item, InputError) for item in found)


def test_a_ray_failure_is_one_line():
    ray = pytest.importorskip("ray")
    from accord.batch.manifest import BatchError
    from accord.batch.ray_engine import _rows

    class Failing:
        def iter_rows(self):
            yield {"row": 1}
            raise ray.exceptions.RayError("Traceback (most recent call last):\n  File x\nValueError: the real reason")

    rows = _rows(Failing())
    assert next(rows) == {"row": 1}
    with pytest.raises(BatchError) as raised:
        next(rows)
    message = str(raised.value)
    assert "\n" not in message and "the real reason" in message and "rerun" in message
