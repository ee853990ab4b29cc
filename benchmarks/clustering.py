"""Benchmark: precision and recall of merging reports of the same real-world event across articles.

Reads ``benchmarks/data/event_reports.jsonl`` (news-style articles written for this benchmark, each
with its gold events labelled by cluster), extracts them, ingests them into a temporary store (which
clusters events as articles arrive, as ``accord ingest`` does) and prints pairwise merge precision and
recall over the predicted events that match a gold event.

    python benchmarks/clustering.py [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

from accord.article import Article
from accord.pipeline import extract_articles
from accord.records import ArticleRecord
from accord.store import ingest_records, list_articles, list_event_clusters, open_store
from accord.store.filters import MAX_LIMIT

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


def stored_clusters(records: list[ArticleRecord]) -> dict[str, int]:
    """``"<record id>:<event id>"`` -> the id of its cluster in a store the records (with text) were ingested into."""
    with tempfile.TemporaryDirectory() as folder, open_store(f"sqlite:///{Path(folder) / 'bench.db'}") as store:
        ingest_records(records, store)
        record_ids = {item["id"]: item["record_id"] for item in _all(lambda **page: list_articles(store, **page))}
        clusters: dict[str, int] = {}
        offset = 0
        while True:
            found, total = list_event_clusters(store, limit=MAX_LIMIT, offset=offset)
            for cluster in found:
                for report in cluster.reports:
                    clusters[f"{record_ids[report['article_id']]}:{report['event']['id']}"] = cluster.id
            offset += len(found)
            if not found or offset >= total:
                return clusters


def _all(page_of) -> list[dict]:
    """Every item of a paged store listing."""
    items: list[dict] = []
    while True:
        page = page_of(limit=MAX_LIMIT, offset=len(items))
        items.extend(page.items)
        if not page.items or len(items) >= page.total:
            return items


def score(records: list[ArticleRecord], gold: dict[str, list[dict]]) -> dict[str, float]:
    by_id = {r.id: r for r in records}
    labels: dict[str, str] = {}
    for record in records:
        for event in record.events:
            label = gold_label(record, event.id, gold)
            if label is not None:
                labels[f"{record.id}:{event.id}"] = label
    predicted_cluster = stored_clusters(records)
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
    texts = {article.id: article.text for article in articles}
    records = [r.model_copy(update={"text": texts[r.id]}) for r in extract_articles(articles) if isinstance(r, ArticleRecord)]
    figures = score(records, gold)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:16} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
