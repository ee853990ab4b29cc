"""`accord serve`: refuses a missing or unusable database in one line, serves a real one over HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ACCORD = [sys.executable, "-m", "accord"]
# How long a cold `accord serve` may take to answer on a busy 2-core machine.
STARTUP_TIMEOUT_S = 60


def run_serve(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*ACCORD, "serve", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_missing_default_database_is_one_line_and_status_2(tmp_path) -> None:
    result = run_serve("--port", "1", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no database at accord.db" in lines[0], result.stderr
    assert not (tmp_path / "accord.db").exists()  # nothing created behind the user's back


@pytest.mark.parametrize(
    ("db", "reason"),
    [
        ("sqlite:///nowhere/else.db", "no database at nowhere/else.db"),
        ("mysql://user:secret@host/db", "unsupported database"),
        ("postgresql://user:secret@127.0.0.1:1/none", "cannot open database"),
    ],
)
def test_unusable_database_is_one_line_without_secrets(tmp_path, monkeypatch, capsys, db, reason) -> None:
    from accord.cli.serve import run_serve as serve

    monkeypatch.chdir(tmp_path)
    assert serve(db, port=1) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and reason in err, err
    assert "secret" not in err


@pytest.mark.slow
def test_serve_answers_over_http(records_db, tmp_path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([*ACCORD, "serve", "--db", records_db.url, "--port", str(port)], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/articles", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "accord serve did not answer"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["total"] == len(records_db.ids)
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_on_a_taken_port_never_claims_to_serve(records_db, tmp_path) -> None:
    """The address is reported once the socket is bound: a taken port gets an error, not "serving"."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_serve("--db", records_db.url, "--port", str(port), cwd=tmp_path)
    assert result.returncode == 1
    assert "serving" not in result.stderr
    # One line, with the reason; uvicorn's own "ERROR: [Errno 98] ..." line came before it.
    assert result.stderr.strip().splitlines() == [
        f"accord: error: could not listen on 127.0.0.1:{port} (address already in use)"], result.stderr


def test_make_run_takes_a_port() -> None:
    import shutil

    if shutil.which("make") is None:
        pytest.skip("no make")
    root = Path(__file__).resolve().parents[2]
    planned = subprocess.run(["make", "-n", "run", "PORT=8123"], cwd=root, capture_output=True, text=True, timeout=60)
    assert planned.returncode == 0, planned.stderr
    assert "serve --db sqlite:///accord.db --host 127.0.0.1 --port 8123" in planned.stdout



def test_a_started_server_settles_its_heap_out_of_the_collectors_view() -> None:
    import gc

    from accord.web.server import settle_heap

    try:
        settle_heap()
        frozen = gc.get_freeze_count()
        assert frozen > 10_000  # the modules and objects alive at start-up
        assert len(gc.get_objects()) < frozen  # a full collection now walks only what came after
    finally:
        gc.unfreeze()
