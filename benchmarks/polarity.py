"""Benchmark: the assessment lexicon and its negation scope on labelled sentences (issue 15).

Reads ``benchmarks/data/polarity_sentences.tsv`` (invented sentences, each labelled positive,
negative or neutral and tagged with the construction it exercises: "welcomed", "no breakthroughs",
"the only progress", "bad"/"illegal" said of something or naming it, negation, conditionals...), scores
each with the positions stage's own matcher (``find_polarity_matches`` + ``assess``, one
``nlp.pipe`` pass) and prints accuracy overall and per construction; ``--details`` lists the misses.

    PYTHONPATH=src .venv/bin/python benchmarks/polarity.py [--details]

The first 49 sentences were written before the lexicon was measured on them; they are a development set
(fixing a miss is tuning on it), so the figure says how the rules cover these constructions, not
how they do on unseen news: for that, read the multi-outlet benchmark's party assessments.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

SENTENCES = Path(__file__).resolve().parent / "data" / "polarity_sentences.tsv"
LABELS = ("positive", "negative", "neutral")


def load(path: Path = SENTENCES) -> list[tuple[str, str, str]]:
    """(construction, label, sentence) of every row."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        construction, label, sentence = line.split("\t")
        if label not in LABELS:
            raise ValueError(f"{path}:{number}: unknown label {label!r}")
        rows.append((construction, label, sentence))
    return rows


def score(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str, str, list[str]]]:
    """Each row with accord's polarity and evidence words: (construction, label, predicted, sentence, evidence)."""
    from accord.nlp import load_model
    from accord.stages.positions import assess, find_polarity_matches

    nlp = load_model()
    results = []
    for (construction, label, sentence), doc in zip(rows, nlp.pipe(s for _, _, s in rows), strict=True):
        polarity, evidence = assess(find_polarity_matches(doc), sentence)
        results.append((construction, label, polarity, sentence, [span.text for span in evidence]))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    results = score(load())
    right = sum(label == predicted for _, label, predicted, _, _ in results)
    print(f"polarity accuracy {right}/{len(results)} ({right / len(results):.3f})")
    per: dict[str, Counter] = {}
    for construction, label, predicted, _, _ in results:
        per.setdefault(construction, Counter())[label == predicted] += 1
    print("  " + "; ".join(f"{c} {n[True]}/{n[True] + n[False]}" for c, n in per.items()))
    confusion = Counter((label, predicted) for _, label, predicted, _, _ in results if label != predicted)
    print("  misses (gold -> accord): " + (", ".join(f"{g}->{p} {n}" for (g, p), n in sorted(confusion.items())) or "none"))
    if args.details:
        for construction, label, predicted, sentence, evidence in results:
            if label != predicted:
                print(f"  [{construction}] {label} -> {predicted} {evidence}: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
