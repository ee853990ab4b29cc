"""``accord batch --engine ray --address``: joining a Ray cluster started outside accord (a real head node).

The head runs ``ray start --head --block`` in its own session with its own temp folder and ports, so
it cannot collide with another Ray on the machine; teardown stops exactly its processes (never
``ray stop``, which would stop every Ray of the user) and checks that none is left.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_support import id_counts, listed_records, write_jsonl

pytestmark = pytest.mark.slow
pytest.importorskip("ray")

# Seconds to wait for the head node to accept drivers (start-up is ~5-15 s on a busy 2-core machine).
HEAD_START_SECONDS = 120
# Seconds the whole batch run may take (model loading per actor included).
BATCH_SECONDS = 600
# Seconds the head's processes get to exit after SIGTERM before they are killed.
STOP_SECONDS = 30
# CPUs the head offers: fewer than this machine has, so the worker default must come from the cluster.
HEAD_CPUS = 1
# Ports the head needs besides its GCS port (fixed defaults such as the dashboard agent's 52365 would clash).
PORT_OPTIONS = (
    "--port", "--node-manager-port", "--object-manager-port", "--dashboard-agent-listen-port",
    "--dashboard-agent-grpc-port", "--metrics-export-port", "--runtime-env-agent-port",
)


def free_ports(count: int) -> list[int]:
    """Distinct TCP ports free right now on the loopback interface."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def processes_mentioning(marker: str) -> list[int]:
    """Ids of live processes whose command line contains ``marker`` (the head's private temp folder)."""
    found: list[int] = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "cmdline").read_bytes().decode("utf-8", "replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


# Token authentication (Ray's default for new clusters) with a token of this test module's own, so the
# head and the driver agree without reading or writing the user's ~/.ray/auth_token.
CLUSTER_TOKEN = secrets.token_hex(32)


def _environment() -> dict[str, str]:
    """The head's and the driver's environment: no inherited Ray settings, no usage stats, the module's token."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("RAY_")}
    env.update(RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=CLUSTER_TOKEN)
    return env


@pytest.fixture(scope="module")
def ray_head() -> Iterator[tuple[str, Path]]:
    """A one-CPU Ray head node on free ports: (its address, its temp folder)."""
    ray_cli = Path(sys.executable).with_name("ray")
    if not ray_cli.exists():
        pytest.skip(f"{ray_cli}: Ray's command line is not installed beside this Python")
    temp_dir = Path(tempfile.mkdtemp(prefix="accord-rayhead-", dir="/tmp"))  # short: Ray's socket paths must fit 107 bytes
    ports = free_ports(len(PORT_OPTIONS))
    address = f"127.0.0.1:{ports[0]}"
    command = [
        str(ray_cli), "start", "--head", "--block", "--node-ip-address", "127.0.0.1", f"--num-cpus={HEAD_CPUS}",
        "--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={temp_dir}",
        f"--object-store-memory={256 * 1024 * 1024}",
    ]
    for option, port in zip(PORT_OPTIONS, ports):
        command.append(f"{option}={port}")
    log = open(temp_dir / "head.log", "w")
    head = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=_environment(), start_new_session=True)
    try:
        _wait_for_head(head, address, temp_dir)
        yield address, temp_dir
    finally:
        _stop_head(head, temp_dir)
        log.close()
        subprocess.run(["rm", "-rf", str(temp_dir)], check=False)


def _wait_for_head(head: subprocess.Popen, address: str, temp_dir: Path) -> None:
    """Return once the head's GCS port accepts connections and its raylet is up; fail with its log otherwise."""
    deadline = time.monotonic() + HEAD_START_SECONDS
    host, port = address.rsplit(":", 1)
    while time.monotonic() < deadline:
        if head.poll() is not None:
            pytest.fail(f"ray start exited with {head.returncode}:\n{(temp_dir / 'head.log').read_text()[-3000:]}")
        try:
            with socket.create_connection((host, int(port)), timeout=1):
                pass
            if any("raylet" in _cmdline(pid) for pid in processes_mentioning(str(temp_dir))):
                return
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"Ray head not ready after {HEAD_START_SECONDS} s:\n{(temp_dir / 'head.log').read_text()[-3000:]}")


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""


def _stop_head(head: subprocess.Popen, temp_dir: Path) -> None:
    """SIGTERM to ``ray start --block`` (it stops the processes it started), then kill any straggler by id."""
    if head.poll() is None:
        head.send_signal(signal.SIGTERM)
        try:
            head.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)
            head.wait()
    deadline = time.monotonic() + STOP_SECONDS
    while processes_mentioning(str(temp_dir)) and time.monotonic() < deadline:
        time.sleep(0.5)
    for pid in processes_mentioning(str(temp_dir)):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_batch_joins_an_existing_cluster_and_writes_every_article(ray_head, tmp_path):
    address, temp_dir = ray_head
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [f"a{i}" for i in range(7)])
    write_jsonl(corpus / "b.jsonl.gz", [f"b{i}" for i in range(5)])
    output = tmp_path / "out"
    # No --workers: the default must be the cluster's one CPU, not this machine's cores (or Ray waits forever).
    completed = subprocess.run(
        [sys.executable, "-m", "accord", "batch", str(corpus), "--output", str(output), "--engine", "ray",
         "--address", address, "--shard-size", "4"],
        capture_output=True, text=True, timeout=BATCH_SECONDS, env=_environment(), check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "Traceback" not in completed.stderr
    # Ray's own warnings (token authentication, actor pool sizing) stay in its logs, out of accord's output.
    assert "WARNING" not in completed.stderr and "UserWarning" not in completed.stderr, completed.stderr[-3000:]
    records = listed_records(output)
    counts = id_counts(records)
    assert set(counts) == {f"a{i}" for i in range(7)} | {f"b{i}" for i in range(5)} and max(counts.values()) == 1
    assert all(record["language"] == "en" and record["text"] and "error" not in record for record in records)
    assert sum(1 for record in records if record["statements"] or record["events"]) >= 6  # really extracted
    manifest = json.loads((output / "manifest.json").read_text())
    assert all(entry["complete"] for entry in manifest["inputs"].values()) and len(manifest["shards"]) == 2 + 2
    # The driver joined this head (its log is in the head's session), rather than starting a Ray of its own.
    assert list((temp_dir / "session_latest" / "logs").glob("python-core-driver-*")), "no driver ever joined the head"


def test_an_unreachable_address_is_one_clear_error(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", ["a0"])
    (port,) = free_ports(1)
    completed = subprocess.run(
        [sys.executable, "-m", "accord", "batch", str(corpus), "--output", str(tmp_path / "out"), "--engine", "ray",
         "--address", f"127.0.0.1:{port}"],
        capture_output=True, text=True, timeout=BATCH_SECONDS, env=_environment(), check=False,
    )
    assert completed.returncode == 2, completed.stderr[-3000:]
    assert f"cannot join the Ray cluster at 127.0.0.1:{port}" in completed.stderr
    assert "Traceback" not in completed.stderr
