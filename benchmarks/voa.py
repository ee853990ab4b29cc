"""Statements and events on the project's hand-annotated VOA stories (issues 13 and 14).

The stories are Voice of America news (voanews.com, public domain), annotated by the accord team in
``accord-gold/1`` before any tuning on them: ``tests/fixtures/voa/dev`` (development),
``tests/fixtures/voa/holdout`` (10 stories kept out of training, scored for the final figures of each
session) and ``tests/fixtures/voa/unseen`` (11 stories annotated later, never tuned on: the check on
text nobody here had read when the rules were written).

    .venv/bin/python benchmarks/voa.py [dev|holdout|unseen|GOLD.json ...] [--json] [--check]
    .venv/bin/python benchmarks/voa.py dev --cross-validated [--json]

Prints per set: statement precision/recall/F1, speaker full name and affiliation accuracy, and the
event figures of ``accord.evaluate.event_figures`` (F1 by place and type, type accuracy, actor code,
dated asserted events, the place where found events happened), plus the FORMAT.md event F1 that also requires a shared actor code.
``--check`` exits 1 when a figure of a split is below its floor in ``floors.json`` (``voa``).

The event type model is trained on the dev stories, so dev's event figures are partly in-sample.
``--cross-validated`` also prints them with each story's events decided by a model trained without it
(five story-grouped folds, as ``scripts/train_event_types.py`` trains, on the shipped thresholds; the
seed gold comes from ``../shared``), and with the rules alone: the honest dev figure of the model.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from accord.article import Article
from accord.evaluate import load_sets, predicted_event, predicted_statement
from accord.evaluate.event_figures import EventFigureCounts, score_event_figures
from accord.evaluate.scoring import EventCounts, StatementCounts, score_events, score_statements
from accord.nlp import load_model
from accord.pipeline import extract_articles
from accord.records import ArticleRecord
from accord.stages.events.type_model import load_type_model

VOA = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "voa"
FLOORS_FILE = Path(__file__).resolve().with_name("floors.json")
# Figures are compared after rounding to the printed precision, so float noise never fails the check.
DECIMALS = 3
SPLITS = ("dev", "holdout", "unseen")
TRAINER = Path(__file__).resolve().parents[1] / "scripts" / "train_event_types.py"


def gold_files(argument: str) -> list[str]:
    """The gold files a command-line argument names: a split of the VOA set, or files."""
    if argument in SPLITS:
        return sorted(str(p) for p in (VOA / argument).glob("*.json"))
    return [argument]


def score(paths: list[str]) -> dict[str, float | int]:
    """Extract every gold article once and return the summed figures."""
    sets = load_sets(paths)
    for gold_set in sets:
        for error in gold_set.errors:
            print(error.message(), file=sys.stderr)
    golds = [g for s in sets for g in s.articles]
    articles = [Article(text=g.text, source=g.source, id=g.name, published=g.published) for g in golds]
    statements, events, figures = StatementCounts(), EventCounts(), EventFigureCounts()
    for gold, record in zip(golds, extract_articles(articles, load_model())):
        if not isinstance(record, ArticleRecord):
            print(record.message(), file=sys.stderr)
            record = ArticleRecord(id=gold.name, source=gold.source, language="en")
        statements.add(score_statements(gold.statements, [predicted_statement(s) for s in record.statements]).counts)
        predicted = [predicted_event(e) for e in record.events]
        events.add(score_events(gold.events, predicted).counts)
        figures.add(score_event_figures(gold.events, predicted))
    return {
        "articles": len(golds),
        "gold_statements": statements.gold,
        "statement_precision": statements.precision,
        "statement_recall": statements.recall,
        "statement_f1": statements.f1,
        "speaker_name_accuracy": statements.name_accuracy,
        "affiliation_accuracy": statements.affiliation_accuracy,
        "required_events": figures.required,
        "event_precision": figures.precision,
        "event_recall": figures.recall,
        "event_f1": figures.f1,
        "event_type_accuracy": figures.type_accuracy,
        "event_actor_accuracy": figures.actor_accuracy,
        "event_date_accuracy": figures.date_accuracy,
        "event_place_accuracy": figures.place_accuracy,
        "event_f1_with_actor": events.f1,
    }


def event_figures(counts: EventFigureCounts) -> dict[str, float | int]:
    """The event figures ``score`` prints, from summed counts."""
    return {"required_events": counts.required, "event_precision": counts.precision, "event_recall": counts.recall,
            "event_f1": counts.f1, "event_type_accuracy": counts.type_accuracy,
            "event_actor_accuracy": counts.actor_accuracy, "event_date_accuracy": counts.date_accuracy,
            "event_place_accuracy": counts.place_accuracy}


def cross_validated() -> dict[str, dict[str, float | int]]:
    """Dev's event figures with each story decided by a type model trained without it, and the rules'
    alone (the trainer's first fold deal; see ``train_event_types.cross_validated_dev``)."""
    spec = importlib.util.spec_from_file_location("train_event_types", TRAINER)
    trainer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = trainer  # its dataclasses resolve their module by name
    spec.loader.exec_module(trainer)
    shipped = load_type_model()
    if shipped is None:
        raise SystemExit("--cross-validated: the type model is switched off or not shipped")
    model, rules = trainer.cross_validated_dev(trainer.DEFAULT_SHARED, shipped)
    return {"dev (type model cross-validated)": event_figures(model), "dev (rules alone)": event_figures(rules)}


def split_floors() -> dict[str, dict[str, float]]:
    """The floors of each split from ``floors.json`` (keys starting with "_" are comments)."""
    floors = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))["voa"]
    return {split: figures for split, figures in floors.items() if not split.startswith("_")}


def below_floors(results: dict[str, dict[str, float | int]], floors: dict[str, dict[str, float]]) -> list[str]:
    """One line per figure of a measured split under its floor."""
    return [
        f"{split}: {figure} {round(results[split].get(figure, 0.0), DECIMALS):.3f} < floor {floor:.3f}"
        for split, split_floors in floors.items() if split in results
        for figure, floor in split_floors.items()
        if round(results[split].get(figure, 0.0), DECIMALS) < round(floor, DECIMALS)
    ]


# Options the script knows; any other ("--help", a typo) prints the usage and scores nothing, so a mistyped
# flag never runs the holdout or the unseen stories by falling back to every split.
OPTIONS = frozenset({"--json", "--check", "--cross-validated"})


def main(argv: list[str]) -> int:
    unknown = [a for a in argv if a.startswith("-") and a not in OPTIONS]
    if unknown:
        print("usage: " + next(p.strip() for p in __doc__.split("\n\n") if "voa.py [" in p), file=sys.stderr)
        return 0 if set(unknown) <= {"-h", "--help"} else 2
    as_json = "--json" in argv
    arguments = [a for a in argv if not a.startswith("--")] or list(SPLITS)
    if "--cross-validated" in argv and arguments != ["dev"]:  # checked first: never score the other splits by mistake
        print("--cross-validated: only with dev (the type model is trained on dev alone)", file=sys.stderr)
        return 2
    results = {}
    for argument in arguments:
        paths = gold_files(argument)
        if not paths:
            print(f"{argument}: no gold files", file=sys.stderr)
            continue
        results[argument] = score(paths)
    if "--cross-validated" in argv:
        results |= cross_validated()
    if as_json:
        print(json.dumps(results, indent=1))
    else:
        for name, figures in results.items():
            print(name)
            for key, value in figures.items():
                print(f"  {key:24} {value:.3f}" if isinstance(value, float) else f"  {key:24} {value}")
    if not results:
        return 1
    if "--check" in argv:
        failures = below_floors(results, split_floors())
        for line in failures:
            print(line, file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
