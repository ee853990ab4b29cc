"""Fixtures of the batch tests: a small two-file corpus with bad lines, and one local run over it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_support import SHARED_SHARD_SIZE, write_jsonl


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """Two inputs (plain and gzipped JSONL) of 23 and 11 articles plus one malformed line and one empty text (read-only)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_jsonl(folder / "a.jsonl", [f"a{i}" for i in range(23)], bad_lines={7: "{not json", 15: json.dumps({"id": "blank", "text": "   "})})
    write_jsonl(folder / "b.jsonl.gz", [f"b{i}" for i in range(11)])
    return folder


@pytest.fixture(scope="session")
def local_run(corpus, tmp_path_factory):
    """``run_batch`` of the corpus (plus a missing path) on the local engine, 2 workers: (summary, progress, output)."""
    from accord.batch import BatchProgress, run_batch

    class Recorder(BatchProgress):
        def __init__(self) -> None:
            self.errors: list[str] = []
            self.shards = 0

        def error(self, message: str) -> None:
            self.errors.append(message)

        def shard_done(self, entry) -> None:
            self.shards += 1

    output = tmp_path_factory.mktemp("local-run") / "out"
    progress = Recorder()
    summary = run_batch([str(corpus), str(corpus / "missing.jsonl")], output, workers=2, shard_size=SHARED_SHARD_SIZE, progress=progress)
    return summary, progress, output
