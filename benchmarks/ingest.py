"""Ingest benchmark: time of `ingest` (SQLite) over time of `extract` on the same 1,000-article JSONL,
and peak memory of ingest for 250 vs 1,000 articles (it must not grow with the corpus).

Articles come from this file's own templates (no shared or licensed texts), 28 days of news about the
same talks, so most events are dated reports of a few real-world events. Each measurement runs
in a fresh subprocess so peak RSS (``resource.getrusage``) belongs to that run alone; the model is
loaded before the clock starts in both, so the ratio compares the work per article.

    .venv/bin/python benchmarks/ingest.py [--articles 1000] [--small 250]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The targets: ingest at most 1.3x extract; peak memory flat in the number of articles.
TARGET_RATIO = 1.3
SEED = 20250517
# Days between an event and the article reporting it (the corpus is dense in dated reports on purpose:
# clustering them at ingest must not cost more as the store grows).
EVENT_LAG_DAYS = 2

PLACES = ("Istanbul", "Geneva", "Doha", "Vienna", "Riyadh", "Cairo", "Oslo", "Minsk", "Baku", "Astana")
TOPICS = ("ceasefire", "prisoner exchange", "grain corridor", "border demarcation", "humanitarian corridor",
          "peace framework", "troop withdrawal", "sanctions relief")
PEOPLE = (("Foreign Minister", "Anna Petrova", "Russian"), ("Defense Minister", "Oleh Marchenko", "Ukrainian"),
          ("envoy", "Mehmet Kaya", "Turkish"), ("spokesperson", "Laila Haddad", "Qatari"),
          ("President", "Jonas Berg", "Norwegian"), ("Prime Minister", "Pierre Morel", "French"))
SENTENCES = (
    "{nat} {role} {name} said on {day} that the {topic} talks in {place} would resume next week.",
    "\"We are ready to continue the dialogue, but not at any price,\" {name} told reporters.",
    "According to diplomatic sources, {surname} confirmed that both sides exchanged {count} prisoners on {date}.",
    "The delegations met for {hours} hours in {place} on {date} and agreed to set up working groups on the {topic}.",
    "{surname} accused the other side of violating the previous agreement and called for new guarantees.",
    "Officials said the {topic} would be discussed again after consultations with allies.",
    "Protesters gathered outside the venue in {place}, police said, demanding an end to the fighting.",
    "The United Nations urged both parties to respect the {topic} and allow aid convoys through.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def make_corpus(path: Path, count: int, seed: int = SEED) -> None:
    """``count`` template articles of 5-8 sentences as JSONL (id, text, published)."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(count):
            role, name, nat = rng.choice(PEOPLE)
            values = {"role": role, "name": name, "nat": nat, "surname": name.split()[-1],
                      "place": rng.choice(PLACES), "topic": rng.choice(TOPICS), "day": rng.choice(DAYS),
                      "count": rng.randint(10, 500), "hours": rng.randint(2, 9)}
            day = 1 + number % 28
            # Events dated up to EVENT_LAG_DAYS before publication: ~36 articles a day report the talks
            # of a few places and days, so ingest merges many reports into each event cluster.
            values["date"] = f"May {max(1, day - rng.randint(0, EVENT_LAG_DAYS))}"
            sentences = rng.sample(SENTENCES, rng.randint(5, 8))
            text = " ".join(sentence.format(**values) for sentence in sentences)
            handle.write(json.dumps({"id": f"bench-{number}", "text": text, "published": f"2025-05-{day:02d}"}) + "\n")


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(mode: str, corpus: Path, db: Path) -> None:
    """One measured run in this process: prints {"seconds", "cpu_seconds", "peak_rss_mb", "articles"}.

    CPU seconds are reported beside wall-clock ones because a shared machine's load distorts the
    latter; the ratio is given for both.
    """
    from accord.nlp import load_model

    nlp = load_model()
    nlp("Warm up the pipeline once.")
    start, cpu_start = time.perf_counter(), time.process_time()
    if mode == "extract":
        from accord.ingest import extract_paths

        articles = sum(1 for _ in extract_paths([str(corpus)], nlp=nlp))
    else:
        from accord.ingest import ingest_paths

        articles = ingest_paths([str(corpus)], f"sqlite:///{db}").total
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_rss_mb": peak_rss_mb(), "articles": articles}))


def measure(mode: str, corpus: Path, db: Path) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--worker", mode, "--corpus", str(corpus), "--db", str(db)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--small", type=int, default=250)
    parser.add_argument("--worker", choices=("extract", "ingest"))
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.corpus, args.db)
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        big, small = work / "big.jsonl", work / "small.jsonl"
        make_corpus(big, args.articles)
        make_corpus(small, args.small)
        extract = measure("extract", big, work / "unused.db")
        ingest = measure("ingest", big, work / "big.db")
        ingest_small = measure("ingest", small, work / "small.db")
    ratio = ingest["seconds"] / extract["seconds"]
    cpu_ratio = ingest["cpu_seconds"] / extract["cpu_seconds"]
    for name, run in (("extract", extract), ("ingest ", ingest)):
        print(f"{name} {args.articles} articles: {run['seconds']:.1f} s wall, {run['cpu_seconds']:.1f} s CPU "
              f"({args.articles / run['seconds']:.1f} articles/s)")
    for name, value in (("wall", ratio), ("CPU", cpu_ratio)):
        verdict = "OK" if value <= TARGET_RATIO else "OVER"
        print(f"ratio ingest/extract ({name}): {value:.2f} (target <= {TARGET_RATIO}) {verdict}")
    print(f"peak RSS ingest {args.small}: {ingest_small['peak_rss_mb']:.0f} MB; ingest {args.articles}: "
          f"{ingest['peak_rss_mb']:.0f} MB; extract {args.articles}: {extract['peak_rss_mb']:.0f} MB")

if __name__ == "__main__":
    main()
