"""The VOA gate: the hand-annotated VOA stories hold the figures pinned in ``benchmarks/floors.json``."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

VOA_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "voa.py"


def _load_voa():
    spec = importlib.util.spec_from_file_location("voa_benchmark", VOA_PATH)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


voa = _load_voa()


def test_a_figure_under_its_floor_is_reported_and_unmeasured_splits_are_not():
    floors = {"dev": {"event_f1": 0.5, "statement_f1": 0.8}, "holdout": {"event_f1": 0.9}}
    assert voa.below_floors({"dev": {"event_f1": 0.4999, "statement_f1": 0.85}}, floors) == []  # 0.500 after rounding
    assert voa.below_floors({"dev": {"event_f1": 0.49, "statement_f1": 0.85}}, floors) == [
        "dev: event_f1 0.490 < floor 0.500"]


def test_every_split_has_its_stories():
    floors = voa.split_floors()
    assert set(floors) == {"dev", "holdout", "unseen"}
    assert len(voa.gold_files("dev")) == 38 and len(voa.gold_files("holdout")) == 10
    assert len(voa.gold_files("unseen")) == 11


@pytest.mark.slow
def test_voa_figures_hold_their_floors():
    floors = voa.split_floors()
    results = {split: voa.score(voa.gold_files(split)) for split in floors}
    assert not voa.below_floors(results, floors)


def test_cross_validated_figures_are_refused_for_any_split_but_dev(monkeypatch):
    # the type model is trained on dev alone; the refusal comes before any story is scored
    scored = []
    monkeypatch.setattr(voa, "score", lambda paths: scored.append(paths) or {})
    assert voa.main(["holdout", "--cross-validated"]) == 2
    assert voa.main(["--cross-validated"]) == 2
    assert scored == []


def test_event_figures_read_summed_counts():
    from accord.evaluate.event_figures import EventFigureCounts

    figures = voa.event_figures(EventFigureCounts(required=10, found=6, false_positives=2))
    assert figures["required_events"] == 10
    assert figures["event_recall"] == pytest.approx(0.6) and figures["event_precision"] == pytest.approx(0.75)
