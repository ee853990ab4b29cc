"""Benchmark: how long `accord --help` and `accord query --help` take to start (target under 1 s).

Runs each command a few times in a fresh interpreter and prints the best and median wall time; the
command line is built without importing spaCy (``tests/test_layers.py`` checks that).

    python benchmarks/startup.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

COMMANDS = (("--help",), ("query", "--help"), ("--version",))
# Start-up time a person should not notice before the help appears.
TARGET_SECONDS = 1.0


def timed(args: tuple[str, ...]) -> float:
    """Wall time of one ``python -m accord ARGS`` run, in seconds."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "accord", *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = {}
    for command in COMMANDS:
        times = [timed(command) for _ in range(args.runs)]
        figures["accord " + " ".join(command)] = {"best_s": round(min(times), 3), "median_s": round(statistics.median(times), 3)}
    if args.json:
        print(json.dumps(figures))
    else:
        for name, figure in figures.items():
            verdict = "ok" if figure["median_s"] < TARGET_SECONDS else f"over {TARGET_SECONDS} s"
            print(f"{name:24} best {figure['best_s']:.3f} s  median {figure['median_s']:.3f} s  ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
