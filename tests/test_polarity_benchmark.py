"""The polarity benchmark (benchmarks/polarity.py): its labelled sentences load and are scored by the stage's matcher."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "polarity.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("polarity_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_sentence_has_a_label_and_a_construction(bench):
    rows = bench.load()
    assert len(rows) >= 40
    assert {label for _, label, _ in rows} == set(bench.LABELS)


def test_a_bad_label_is_refused(bench, tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text("plain\tgood\tThe talks were fine.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown label 'good'"):
        bench.load(path)


def test_scoring_uses_the_stage_matcher(bench):
    [(_, label, predicted, _, evidence)] = bench.score([("negation", "negative", "The talks were not productive.")])
    assert predicted == label and set(evidence) == {"not", "productive"}
