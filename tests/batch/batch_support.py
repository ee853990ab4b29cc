"""Batch test helpers: small JSONL corpora of news-like text, and reading a batch folder back."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

SENTENCES = (
    "Foreign Minister {name} said on {day} that the talks in {city} had made progress.",
    "\"We will not accept these terms,\" a spokesman for the {city} government told reporters.",
    "Officials from both sides met in {city} for {n} hours, according to state media.",
    "The delegation rejected the proposal and accused the other side of stalling.",
    "{name} urged the parties to agree on a ceasefire before the end of the month.",
)
NAMES = ("Anna Kovacs", "Li Wei", "Omar Haddad", "Maria Santos", "John Okafor")
CITIES = ("Istanbul", "Geneva", "Doha", "Vienna", "Nairobi")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article_text(index: int) -> str:
    """A short, distinct news-style text for article ``index``."""
    values = {"name": NAMES[index % 5], "city": CITIES[(index // 5) % 5], "day": DAYS[(index // 25) % 5], "n": index + 2}
    return " ".join(sentence.format(**values) for sentence in SENTENCES[: 2 + index % 4]) + f" (Report {index}.)"


def write_jsonl(path: Path, ids: list[str], bad_lines: dict[int, str] | None = None) -> Path:
    """A JSONL(.gz) file with one article per id; ``bad_lines`` inserts raw lines before those positions."""
    lines: list[str] = []
    for position, article_id in enumerate(ids):
        if bad_lines and position in bad_lines:
            lines.append(bad_lines[position])
        lines.append(json.dumps({"id": article_id, "text": article_text(position), "title": f"Story {article_id}"}))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def listed_records(output_dir: Path) -> list[dict]:
    """Every record of every shard the manifest lists, in manifest order."""
    manifest = json.loads((output_dir / "manifest.json").read_text())
    records: list[dict] = []
    for shard in manifest["shards"]:
        path = output_dir / shard["file"]
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            rows = pq.read_table(path).to_pylist()
        else:
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == shard["articles"], shard["file"]
        records.extend(rows)
    return records


def id_counts(records: list[dict]) -> Counter:
    return Counter(record["id"] for record in records)


# Articles per output shard in the shared runs: several shards per input, one of them partial.
SHARED_SHARD_SIZE = 10
# Articles in ``corpus``: 23 + 11 good ones, plus the two bad lines, each also a record.
CORPUS_GOOD_IDS = {f"a{i}" for i in range(23)} | {f"b{i}" for i in range(11)}
CORPUS_RECORDS = 23 + 11 + 2


def records_by_shard(output_dir: Path) -> dict[str, list[str]]:
    """The ids of each listed shard's records in file order, by shard name (completion order aside)."""
    manifest = json.loads((output_dir / "manifest.json").read_text())
    return {
        shard["name"]: [json.loads(line)["id"] for line in (output_dir / shard["file"]).read_text(encoding="utf-8").splitlines()]
        for shard in manifest["shards"]
    }
