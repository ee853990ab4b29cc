"""Evaluation gate: score accord on the shared gold sets and fail when a figure drops below its floor.

Floors are pinned in ``benchmarks/floors.json`` (trafilatura-style regression gate). Run:
``.venv/bin/python benchmarks/eval_gate.py [--shared ../shared]``; exit 1 when any figure is below.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS_FILE = Path(__file__).resolve().with_name("floors.json")
DEFAULT_SHARED = ROOT.parent / "shared"
# Figures are compared after rounding to the report's precision, so float noise never fails the gate.
DECIMALS = 3


@dataclass(frozen=True)
class GateSet:
    """One gated evaluation set: its path under ../shared and its floors."""

    name: str
    path: str
    floors: dict[str, float]


def load_floors(path: Path = FLOORS_FILE) -> list[GateSet]:
    """The gated sets and their floors from ``floors.json``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [GateSet(name, spec["path"], dict(spec["floors"])) for name, spec in data["sets"].items()]


def measure(gate_sets: list[GateSet], shared: Path, limit: int | None = None) -> dict[str, dict[str, float]]:
    """Score every gated set in one `accord eval` run; figures by set name."""
    from accord.evaluate import evaluate_paths

    report = evaluate_paths([str(shared / g.path) for g in gate_sets], limit=limit)
    for result in report.sets:
        for message in result.errors:
            print(message, file=sys.stderr)
    return {g.name: result.figures() for g, result in zip(gate_sets, report.sets)}


def below_floor(gate_sets: list[GateSet], measured: dict[str, dict[str, float]]) -> list[str]:
    """One line per figure under its floor (a figure that was not measured counts as 0)."""
    failures = []
    for gate_set in gate_sets:
        figures = measured.get(gate_set.name, {})
        for figure, floor in gate_set.floors.items():
            value = round(figures.get(figure, 0.0), DECIMALS)
            if value < round(floor, DECIMALS):
                failures.append(f"{gate_set.name}: {figure} {value:.3f} < floor {floor:.3f}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--floors", type=Path, default=FLOORS_FILE)
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"{args.shared}: shared folder not found", file=sys.stderr)
        return 2
    gate_sets = load_floors(args.floors)
    measured = measure(gate_sets, args.shared)
    for gate_set in gate_sets:
        for figure, floor in gate_set.floors.items():
            print(f"{gate_set.name:12} {figure:24} {measured[gate_set.name].get(figure, 0.0):.3f}  (floor {floor:.3f})")
    failures = below_floor(gate_sets, measured)
    for line in failures:
        print(f"BELOW FLOOR: {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
