"""Issue 16 F12: a killed ``accord batch`` leaves no process behind; SIGTERM stops it cleanly."""

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
ARTICLES = 160
SHARD_SIZE = 4
TIMEOUT_SECONDS = 300
# Seconds the helpers get to notice the run is gone.
EXIT_SECONDS = 30


def descendants(root: int) -> set[int]:
    """Ids of the live processes below ``root``."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if stat[0] != "Z":
                parents[int(entry.name)] = int(stat[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pids: set[int]) -> set[int]:
    left = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            left.add(pid)
    return left


def _start(tmp_path: Path, engine: str) -> tuple[subprocess.Popen, Path, Path]:
    corpus = tmp_path / "in.jsonl"
    write_jsonl(corpus, [f"a{i}" for i in range(ARTICLES)])
    output = tmp_path / "out"
    command = [str(ACCORD), "batch", str(corpus), "--output", str(output), "--workers", "1", "--shard-size", str(SHARD_SIZE),
               "--engine", engine]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    return process, corpus, output


def _wait_for_shards(process: subprocess.Popen, output: Path, shards: int = 1) -> None:
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if len(json.loads((output / "manifest.json").read_text())["shards"]) >= shards:
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.05)
    raise AssertionError("no shard finished: " + (process.stderr.read().decode() if process.poll() is not None else "timeout"))


def _kill_parent_and_wait(process: subprocess.Popen, signum: int) -> set[int]:
    helpers = descendants(process.pid)
    assert helpers, "the run has no worker processes"
    os.kill(process.pid, signum)  # the parent only, not its process group
    process.wait(timeout=TIMEOUT_SECONDS)
    deadline = time.monotonic() + EXIT_SECONDS
    while alive(helpers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = alive(helpers)
    for pid in left:  # do not leak them into the next tests; the assertion below fails anyway
        os.kill(pid, signal.SIGKILL)
    return left


def test_sigkill_of_the_run_ends_its_workers_forkserver_and_tracker(tmp_path):
    process, _, output = _start(tmp_path, "local")
    _wait_for_shards(process, output)
    left = _kill_parent_and_wait(process, signal.SIGKILL)
    process.stderr.close()
    assert not left, f"processes outlived the run: {sorted(left)}"


def test_sigterm_stops_cleanly_and_the_rerun_completes(tmp_path):
    process, corpus, output = _start(tmp_path, "local")
    _wait_for_shards(process, output)
    left = _kill_parent_and_wait(process, signal.SIGTERM)
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.returncode == 130 and "Traceback" not in stderr, stderr
    assert not left
    manifest = json.loads((output / "manifest.json").read_text())  # consistent: every listed shard is whole
    for shard in manifest["shards"]:
        assert len((output / shard["file"]).read_text().splitlines()) == shard["articles"]
    rerun = subprocess.run([str(ACCORD), "batch", str(corpus), "--output", str(output), "--workers", "1",
                            "--shard-size", str(SHARD_SIZE)], capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    assert rerun.returncode == 0, rerun.stderr
    counts = id_counts(listed_records(output))
    assert len(counts) == ARTICLES and set(counts.values()) == {1}


def test_sigkill_of_a_ray_run_ends_its_ray_processes(tmp_path):
    pytest.importorskip("ray")
    process, _, output = _start(tmp_path, "ray")
    _wait_for_shards(process, output)
    left = _kill_parent_and_wait(process, signal.SIGKILL)
    process.stderr.close()
    assert not left, f"Ray processes outlived the run: {sorted(left)}"
