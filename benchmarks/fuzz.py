"""Long fuzz run of every reader (issue 16): ``--inputs`` generated malformed files, readers only (no parse).

The same strategies and properties as ``tests/test_fuzz.py`` (short budget in CI), run here with a
long budget: JSONL (plain and gzipped) with good lines mixed in, broken HTML, RSS/Atom feeds whose
links go nowhere (no network: a closed port on 127.0.0.1), and WARC files with truncated, mis-sized,
bit-flipped or spliced records. Prints, per reader, inputs, items, articles, errors, failures of a
property, and the slowest and 99th-percentile read time; exits 1 if any property failed.

    .venv/bin/python benchmarks/fuzz.py --inputs 100000
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzz_strategies import feed_document, html_document, jsonl_case, warc_case  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from readers_support import closed_port_url, direct_connections  # noqa: E402
from test_fuzz import read_file_items  # noqa: E402

from accord.article import Article, InputError  # noqa: E402

# Share of the inputs given to each reader (feeds are slowest: each entry is a refused connection).
SHARES = {"jsonl": 0.4, "warc": 0.3, "html": 0.2, "feed": 0.1}


class Tally:
    """What one reader's run saw."""

    def __init__(self) -> None:
        self.inputs = self.items = self.articles = self.errors = 0
        self.failures: list[str] = []
        self.seconds: list[float] = []

    def add(self, check, *args) -> None:
        started = time.monotonic()
        try:
            with contextlib.redirect_stderr(io.StringIO()):  # reader notes, not failures
                items = check(*args)
        except Exception:  # a property failed or a reader raised: keep the first few
            if len(self.failures) < 5:
                self.failures.append(traceback.format_exc(limit=3))
            else:
                self.failures.append("")
            items = []
        self.seconds.append(time.monotonic() - started)
        self.inputs += 1
        self.items += len(items)
        self.articles += sum(isinstance(item, Article) for item in items)
        self.errors += sum(isinstance(item, InputError) for item in items)

    def row(self, name: str) -> str:
        ordered = sorted(self.seconds) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        return (f"{name:6} {self.inputs:>8,} {self.items:>9,} {self.articles:>9,} {self.errors:>9,} {len(self.failures):>8} "
                f"{statistics.fmean(ordered) * 1000:>8.1f} {p99 * 1000:>8.1f} {ordered[-1] * 1000:>8.1f}")


def check_jsonl(case) -> list:
    items = read_file_items(case.data, "in.jsonl.gz" if case.gz else "in.jsonl")
    ids = {item.id for item in items if isinstance(item, Article)}
    assert set(case.good_ids) <= ids, "a good line was lost"
    return items


def check_warc(case) -> list:
    items = read_file_items(case.data, "crawl.warc.gz" if case.gz else "crawl.warc")
    urls = [item.url for item in items if isinstance(item, Article)]
    before = case.pages if case.broken is None else case.broken
    assert [f"https://news.example/{i}" for i in range(before)] == urls[:before], "a record before the damage was lost"
    if case.mutation in ("none", "truncate", "length"):
        # a truncated file holds the pages up to the cut one only (the pages after it are not in it)
        present = case.broken + 1 if case.mutation == "truncate" else case.pages
        missing = [i for i in range(present) if f"https://news.example/{i}" not in urls]
        assert not missing or any(isinstance(item, InputError) for item in items), "records lost silently"
    return items


def check_html(data) -> list:
    items = read_file_items(data, "page.html")
    assert len(items) == 1
    return items


def check_feed(data) -> list:
    return read_file_items(data, "news.rss")


def run(name: str, strategy, check, count: int, tally: Tally) -> None:
    """Feed ``count`` generated inputs of ``strategy`` to ``check``."""
    if count <= 0:
        return

    @settings(max_examples=count, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), phases=["generate"])
    @given(strategy)
    def one(value) -> None:
        tally.add(check, value)

    one()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="generated inputs in all (default 100,000)")
    args = parser.parse_args()
    link_base = closed_port_url().rsplit("/", 1)[0]
    strategies = {
        "jsonl": (jsonl_case(), check_jsonl),
        "warc": (warc_case(), check_warc),
        "html": (html_document(), check_html),
        "feed": (feed_document(link_base=link_base), check_feed),
    }
    tallies = {name: Tally() for name in strategies}
    started = time.monotonic()
    with direct_connections():
        for name, (strategy, check) in strategies.items():
            run(name, strategy, check, round(args.inputs * SHARES[name]), tallies[name])
            print(f"  {name}: {tallies[name].inputs:,} inputs in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    print(f"{'reader':6} {'inputs':>8} {'items':>9} {'articles':>9} {'errors':>9} {'failures':>8} {'mean ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, tally in tallies.items():
        print(tally.row(name))
    total = sum(t.inputs for t in tallies.values())
    failures = [f for t in tallies.values() for f in t.failures]
    print(f"total: {total:,} inputs, {len(failures)} property failures, {time.monotonic() - started:.0f} s")
    for failure in [f for f in failures if f][:5]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
