"""Event coding on one-sentence news reports: prints the three held-out figures of issue 4.

Input: JSON Lines with ``text``, ``type`` (gold PLOVER type), ``actor`` (gold actor code or null),
``recipient``. Default: ``tests/fixtures/plover_sentences.jsonl`` (the project's own dev set); the
held-out-style sets written to measure generalisation are ``tests/fixtures/plover_sentences_holdout*.jsonl``.

    .venv/bin/python benchmarks/events_sentences.py [--file FILE.jsonl | FILE.jsonl] [--errors]

Figures: type recall (gold type among the sentence's predicted events), type precision (predicted
events of the gold type / all predicted events), actor accuracy (gold actor code among the actors of
a predicted event of the gold type, over sentences with a gold actor code).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.article import Article
from accord.nlp import load_model
from accord.pipeline import run_stages

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "plover_sentences.jsonl"


def main(argv: list[str]) -> None:
    show_errors = "--errors" in argv
    paths: list[str] = []
    rest = iter(argv)
    for arg in rest:
        if arg == "--file":
            paths.append(next(rest, ""))
        elif arg.startswith("--file="):
            paths.append(arg.split("=", 1)[1])
        elif not arg.startswith("--"):
            paths.append(arg)
    path = Path(paths[0]) if paths and paths[0] else DEFAULT
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        raise SystemExit(2)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_model()
    type_hits = predicted = predicted_right = actor_total = actor_hits = actor_hits_found = type_found_with_actor = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        record = run_stages(Article(text=row["text"], source="sentence", published="2025-05-17"), doc)
        events = record.events
        predicted += len(events)
        right = [e for e in events if e.event == row["type"]]
        predicted_right += len(right)
        type_hits += bool(right)
        if row.get("actor"):
            actor_total += 1
            hit = any(row["actor"] in {a.code for a in e.actors} for e in right)
            actor_hits += hit
            if right:
                type_found_with_actor += 1
                actor_hits_found += hit
        if show_errors and (not right or len(right) != len(events) or (row.get("actor") and not any(row["actor"] in {a.code for a in e.actors} for e in right))):
            got = "; ".join(f"{e.event}/{e.mode} {[a.code for a in e.actors]}->{[r.code for r in e.recipients]} '{e.trigger.text}'" for e in events)
            print(f"- {row['text']}\n    gold {row['type']} {row.get('actor')} | got {got or 'nothing'}")
    n = len(rows)
    print(f"sentences: {n}, predicted events: {predicted}")
    print(f"type recall (gold type among predicted):   {type_hits / n:.3f}  ({type_hits}/{n})")
    print(f"type precision (predicted of gold type):   {predicted_right / max(predicted, 1):.3f}  ({predicted_right}/{predicted})")
    print(f"actor accuracy (gold actor code right):    {actor_hits / max(actor_total, 1):.3f}  ({actor_hits}/{actor_total})")
    print(f"  ... on sentences whose type was found:   {actor_hits_found / max(type_found_with_actor, 1):.3f}  ({actor_hits_found}/{type_found_with_actor})")


if __name__ == "__main__":
    main(sys.argv[1:])
