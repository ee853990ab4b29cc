"""Benchmark: precision and recall of merging reports of the same real-world event across articles.

Reads ``benchmarks/data/event_reports.jsonl`` (news-style articles written for this benchmark, each
with its gold events labelled by cluster), extracts them, clusters the predicted events and prints
pairwise merge precision and recall over the predicted events that match a gold event.

    python benchmarks/clustering.py [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from accord.article import Article
from accord.clustering import cluster_events
from accord.pipeline import extract_articles
from accord.records import ArticleRecord

DATA = Path(__file__).parent / "data" / "event_reports.jsonl"


def load(path: Path) -> tuple[list[Article], dict[str, list[dict]]]:
    articles, gold = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles.append(Article(text=row["text"], source=row["id"], id=row["id"], published=row["published"]))
        gold[row["id"]] = row["gold_events"]
    return articles, gold


def gold_label(record: ArticleRecord, event_id: str, gold: dict[str, list[dict]]) -> str | None:
    """The gold cluster of a predicted event: the gold event whose trigger its trigger overlaps."""
    event = next(e for e in record.events if e.id == event_id)
    for item in gold[record.id]:
        if event.trigger.start < item["end"] and item["start"] < event.trigger.end:
            return item["cluster"]
    return None


def score(records: list[ArticleRecord], gold: dict[str, list[dict]]) -> dict[str, float]:
    by_id = {r.id: r for r in records}
    labels: dict[str, str] = {}
    for record in records:
        for event in record.events:
            label = gold_label(record, event.id, gold)
            if label is not None:
                labels[f"{record.id}:{event.id}"] = label
    predicted_cluster = {}
    for cluster in cluster_events(records):
        for key in cluster.reports:
            predicted_cluster[key] = cluster.id
    matched = sorted(labels)
    predicted_pairs = {(a, b) for a, b in itertools.combinations(matched, 2) if predicted_cluster[a] == predicted_cluster[b]}
    gold_pairs = {(a, b) for a, b in itertools.combinations(matched, 2) if labels[a] == labels[b]}
    all_gold_pairs = sum(
        len(list(itertools.combinations(items, 2)))
        for items in _group([(g["cluster"], rid) for rid, gs in gold.items() for g in gs]).values()
    )
    correct = len(predicted_pairs & gold_pairs)
    precision = correct / len(predicted_pairs) if predicted_pairs else 1.0
    recall = correct / all_gold_pairs if all_gold_pairs else 1.0
    gold_events = sum(len(g) for g in gold.values())
    return {
        "articles": len(by_id),
        "gold_events": gold_events,
        "matched_events": len(matched),
        "merge_precision": round(precision, 3),
        "merge_recall": round(recall, 3),
    }


def _group(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for label, item in pairs:
        groups.setdefault(label, []).append(item)
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    articles, gold = load(DATA)
    records = [r for r in extract_articles(articles) if isinstance(r, ArticleRecord)]
    figures = score(records, gold)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:16} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
