"""A burst of API requests at fixed concurrency against ``accord serve`` on 127.0.0.1 (issue 16).

Fills a temporary SQLite store from ``examples/`` (or serves ``--db``), starts the server as a child
process, sends ``--requests`` requests (default 2,000) from ``--concurrency`` clients (default 20)
spread over every API route, then stops the server. Prints, per route, requests, errors (non-200
answers and failed requests) and p50/p95 latency; exits 1 on any error. Bounded: each request times
out after REQUEST_SECONDS and the whole burst after BURST_SECONDS.

    .venv/bin/python benchmarks/api_burst.py
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# Public-domain Voice of America stories beside the project, when present: a store big enough for
# divergences and clusters to cost something (read at run time, never copied).
VOA = ROOT.parent / "shared" / "dev-sets" / "voa" / "stories.jsonl"
REQUEST_SECONDS = 30.0
BURST_SECONDS = 600.0
START_SECONDS = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fill_store(url: str, corpus: list[str] | None) -> None:
    from accord.ingest import ingest_paths

    inputs = corpus or [str(EXAMPLES)] + ([str(VOA)] if VOA.exists() else [])
    summary = ingest_paths(inputs, url)
    print(f"store: {summary.new} articles from {', '.join(inputs)}", file=sys.stderr)


def routes(base: str) -> list[str]:
    """One path per API route, with typical parameters (ids taken from the store itself)."""
    articles = httpx.get(f"{base}/api/articles?limit=5", timeout=REQUEST_SECONDS).json()["items"]
    article_id = articles[0]["id"] if articles else 1
    entities = httpx.get(f"{base}/api/entities?limit=1", timeout=REQUEST_SECONDS).json()["items"]
    entity_id = entities[0]["id"] if entities else 1
    return [
        "/api/articles?limit=20",
        f"/api/articles/{article_id}",
        "/api/statements?limit=20",
        "/api/events?limit=20",
        "/api/entities?limit=20",
        f"/api/entities/{entity_id}",
        "/api/positions?limit=20",
        "/api/divergence",
        "/api/event-clusters?limit=20",
    ]


def wait_for(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with status {process.returncode}")
        try:
            httpx.get(f"{base}/api/articles?limit=1", timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("server did not answer in time")


def burst(base: str, paths: list[str], requests: int, concurrency: int) -> dict[str, list[tuple[float, bool]]]:
    """``requests`` GETs over ``paths`` (round robin) from ``concurrency`` threads: (seconds, ok) per path."""
    results: dict[str, list[tuple[float, bool]]] = {path: [] for path in paths}
    deadline = time.monotonic() + BURST_SECONDS
    clients = [httpx.Client(base_url=base, timeout=REQUEST_SECONDS) for _ in range(concurrency)]

    def one(number: int) -> None:
        path = paths[number % len(paths)]
        if time.monotonic() > deadline:
            results[path].append((0.0, False))
            return
        started = time.monotonic()
        try:
            ok = clients[number % concurrency].get(path).status_code == 200
        except httpx.HTTPError:
            ok = False
        results[path].append((time.monotonic() - started, ok))

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(requests)))
    for client in clients:
        client.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="serve this store instead of one filled from examples/")
    parser.add_argument("--corpus", nargs="*", help="inputs to fill the store with (default: examples/ and the VOA stories)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'burst.db'}"
        if not args.db:
            fill_store(url, args.corpus)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "accord", "serve", "--db", url, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "NO_PROXY": "*"})
        try:
            wait_for(base, server)
            paths = routes(base)
            started = time.monotonic()
            results = burst(base, paths, args.requests, args.concurrency)
            elapsed = time.monotonic() - started
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    errors = 0
    print(f"{args.requests:,} requests at concurrency {args.concurrency} in {elapsed:.1f} s ({args.requests / elapsed:.0f}/s)")
    print(f"{'route':36} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8}")
    for path, timings in results.items():
        seconds = sorted(t for t, _ in timings)
        failed = sum(not ok for _, ok in timings)
        errors += failed
        p95 = seconds[min(len(seconds) - 1, int(len(seconds) * 0.95))] if seconds else 0.0
        print(f"{path:36} {len(timings):>8} {failed:>6} {statistics.median(seconds) * 1000 if seconds else 0:>8.0f} {p95 * 1000:>8.0f}")
    print(f"errors: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
