"""``run_batch`` on Ray Data (a small local Ray): same records as the local engine, exactly once, resumable."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from batch_support import CORPUS_GOOD_IDS, CORPUS_RECORDS, SHARED_SHARD_SIZE, id_counts, listed_records, records_by_shard

from accord.batch import run_batch

pytestmark = pytest.mark.slow
ray = pytest.importorskip("ray")

WORKERS = 2


# Seconds Ray's processes get to exit after ``ray.shutdown()``.
SHUTDOWN_SECONDS = 30


def descendants(root: int) -> set[int]:
    """Ids of the live processes below ``root``."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.fixture(scope="module")
def local_ray():
    """One small local Ray for the module (run_batch leaves a Ray it did not start running); its
    processes must all be gone after shutdown (stragglers are killed by id and fail the teardown)."""
    before = descendants(os.getpid())
    ray.init(num_cpus=WORKERS, include_dashboard=False, object_store_memory=256 * 1024 * 1024, log_to_driver=False)
    ray_roots = descendants(os.getpid()) - before  # GCS, raylet, ... (not the local engine's forkserver, started later)
    yield
    started = ray_roots | {pid for root in ray_roots for pid in descendants(root)}  # with the workers they started
    ray.shutdown()
    deadline = time.monotonic() + SHUTDOWN_SECONDS
    while (left := started & descendants(os.getpid())) and time.monotonic() < deadline:
        time.sleep(0.5)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not left, f"Ray processes left behind after shutdown: {sorted(left)}"


def test_ray_engine_matches_the_local_engine_and_resumes_a_lost_shard(local_ray, local_run, corpus, tmp_path):
    output = tmp_path / "ray"
    summary = run_batch([str(corpus)], output, engine="ray", workers=WORKERS, shard_size=SHARED_SHARD_SIZE)
    records = listed_records(output)
    counts = id_counts(records)
    assert len(records) == CORPUS_RECORDS == summary.articles and summary.errors == 2
    assert set(counts) >= CORPUS_GOOD_IDS and max(counts.values()) == 1

    local_output = local_run[2]
    by_key = lambda record: (record["source"], record["id"])  # noqa: E731
    assert sorted(records, key=by_key) == sorted(listed_records(local_output), key=by_key)  # same stage code
    assert records_by_shard(output) == records_by_shard(local_output)  # same shards, same order within each

    manifest_path = output / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    lost = manifest["shards"].pop(1)  # as if the run had been killed before this shard was listed
    manifest["inputs"][lost["input"]]["complete"] = False
    manifest_path.write_text(json.dumps(manifest))
    again = run_batch([str(corpus)], output, engine="ray", workers=WORKERS, shard_size=SHARED_SHARD_SIZE)
    assert again.articles == lost["articles"] and again.shards_written == 1 and again.inputs_skipped == 1
    assert sorted(listed_records(output), key=by_key) == sorted(records, key=by_key)
