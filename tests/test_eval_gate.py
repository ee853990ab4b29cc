"""The evaluation gate: floors parse, the comparison fails on a drop, and the real figures hold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

GATE_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_gate.py"


def _load_gate():
    spec = importlib.util.spec_from_file_location("eval_gate", GATE_PATH)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


gate = _load_gate()


def test_floors_file_names_every_required_figure():
    sets = {g.name: g for g in gate.load_floors()}
    assert set(sets["seed-gold"].floors) == {
        "statement_f1", "speaker_name_accuracy", "affiliation_accuracy", "event_f1", "date_accuracy"
    }
    assert set(sets["polnear-dev"].floors) == {
        "statement_precision", "statement_recall", "statement_f1", "speaker_span_accuracy"
    }
    assert all(0.0 <= v <= 1.0 for g in sets.values() for v in g.floors.values())


@pytest.mark.parametrize(
    ("measured", "failures"),
    [
        ({"statement_f1": 0.80, "event_f1": 0.5}, 0),
        ({"statement_f1": 0.7996, "event_f1": 0.5}, 0),  # equal after rounding to 3 decimals
        ({"statement_f1": 0.79, "event_f1": 0.5}, 1),
        ({"statement_f1": 0.79}, 2),  # a missing figure counts as 0
    ],
)
def test_below_floor(measured, failures):
    gate_sets = [gate.GateSet("seed", "gold/x.json", {"statement_f1": 0.80, "event_f1": 0.40})]
    assert len(gate.below_floor(gate_sets, {"seed": measured})) == failures


@pytest.mark.slow
def test_figures_on_shared_sets_stay_above_floors(shared_dir):
    gate_sets = gate.load_floors()
    measured = gate.measure(gate_sets, shared_dir)
    assert gate.below_floor(gate_sets, measured) == []
