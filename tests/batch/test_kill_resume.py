"""A real ``accord batch`` killed half-way with SIGKILL resumes and completes without duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_support import id_counts, listed_records, write_jsonl

pytestmark = pytest.mark.slow

ACCORD = Path(sys.executable).with_name("accord")
FILES = 3
ARTICLES_PER_FILE = 40
SHARD_SIZE = 4
# Shards to see finished before the kill: enough to prove resumption skips real work.
KILL_AFTER_SHARDS = 3
TIMEOUT_SECONDS = 300


def _finished_shards(output: Path) -> int:
    try:
        return len(json.loads((output / "manifest.json").read_text())["shards"])
    except (OSError, ValueError, KeyError):
        return 0


def _command(corpus: Path, output: Path) -> list[str]:
    return [str(ACCORD), "batch", str(corpus), "--output", str(output), "--workers", "1", "--shard-size", str(SHARD_SIZE)]


def test_sigkill_half_way_then_rerun_completes_every_article_exactly_once(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    expected: set[str] = set()
    for number in range(FILES):
        ids = [f"f{number}-{i}" for i in range(ARTICLES_PER_FILE)]
        write_jsonl(corpus / f"part-{number}.jsonl", ids)
        expected.update(ids)
    output = tmp_path / "out"

    process = subprocess.Popen(_command(corpus, output), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while _finished_shards(output) < KILL_AFTER_SHARDS and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed: " + process.stderr.read().decode()
    os.killpg(process.pid, signal.SIGKILL)  # the whole job: parent, forkserver and workers
    process.wait()
    process.stderr.close()

    killed_at = json.loads((output / "manifest.json").read_text())
    assert KILL_AFTER_SHARDS <= len(killed_at["shards"]) < FILES * ARTICLES_PER_FILE // SHARD_SIZE
    assert not all(entry["complete"] for entry in killed_at["inputs"].values())
    done_before = {shard["file"]: (output / shard["file"]).read_bytes() for shard in killed_at["shards"]}

    rerun = subprocess.run(_command(corpus, output), capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    assert rerun.returncode == 0, rerun.stderr
    records = listed_records(output)
    counts = id_counts(records)
    assert set(counts) == expected and set(counts.values()) == {1}
    manifest = json.loads((output / "manifest.json").read_text())
    assert all(entry["complete"] for entry in manifest["inputs"].values())
    assert all((output / name).read_bytes() == data for name, data in done_before.items())  # finished shards untouched
    on_disk = sorted(path.name for path in output.glob("*.jsonl"))
    assert on_disk == sorted(shard["file"] for shard in manifest["shards"])  # no orphan shard files
    assert not list((output / ".partial").iterdir())
    assert str(FILES * ARTICLES_PER_FILE - sum(s["articles"] for s in killed_at["shards"])) in rerun.stdout.split()[0]
