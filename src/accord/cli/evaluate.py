"""The `accord eval` command: score extraction against gold files and PolNeAR-style folders, print the
per-article tables and the summary (or JSON), write the details."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.table import Table

from accord.cli.console import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, error, table_console
from accord.cli.options import MODEL_HELP, choice

# What --format prints the figures as (the other commands' word for it: ``query --format json``).
EVAL_FORMATS = ("table", "json")

if TYPE_CHECKING:
    from accord.evaluate.report import EvaluationReport, SetResult

# Narrowest console for the tables: a pipe or a narrow terminal would otherwise wrap every figure.
MIN_TABLE_WIDTH = 100
FIGURE_LABELS: dict[str, str] = {
    "statement_precision": "statement precision",
    "statement_recall": "statement recall",
    "statement_f1": "statement F1",
    "speaker_name_accuracy": "speaker-name accuracy",
    "affiliation_accuracy": "affiliation accuracy",
    "speaker_span_accuracy": "speaker-span accuracy",
    "event_precision": "event precision",
    "event_recall": "event recall",
    "event_f1": "event F1",
    "date_accuracy": "date accuracy",
}


def article_table(result: "SetResult") -> Table:
    """Which articles were scored: predicted vs gold statements (and events for gold files)."""
    n = len(result.articles)
    table = Table(title=f"{result.name}: {n} article{'s' if n != 1 else ''} scored", title_justify="left")
    table.add_column("article", overflow="fold")
    table.add_column("stmts pred/gold", justify="right")
    table.add_column("found", justify="right")
    table.add_column("correct", justify="right")
    if result.kind == "gold":
        table.add_column("events pred/req", justify="right")
        table.add_column("found", justify="right")
    for article in result.articles:
        s, e = article.statements, article.events
        row = [article.name + (" [extraction failed]" if article.error else ""), f"{s.predicted}/{s.gold}", str(s.found), str(s.correct)]
        if result.kind == "gold":
            row += [f"{e.predicted}/{e.required}", str(e.found)]
        table.add_row(*row)
    return table


def summary_table(report: "EvaluationReport") -> Table:
    """One row per figure, one column per set; '-' where a set does not score that figure."""
    from accord.evaluate.report import DECIMALS

    table = Table(title="accord eval", title_justify="left")
    table.add_column("figure")
    for result in report.sets:
        table.add_column(f"{result.label} ({len(result.articles)})", justify="right", overflow="fold")
    all_figures = [r.figures() for r in report.sets]
    for key, label in FIGURE_LABELS.items():
        if any(key in f for f in all_figures):
            table.add_row(label, *(f"{f[key]:.{DECIMALS}f}" if key in f else "-" for f in all_figures))
    table.add_row(
        "statements pred/gold",
        *(f"{r.statements.predicted}/{r.statements.gold}" for r in report.sets),
    )
    if any(r.kind == "gold" for r in report.sets):
        table.add_row(
            "events pred/required",
            *(f"{r.events.predicted}/{r.events.required}" if r.kind == "gold" else "-" for r in report.sets),
        )
    return table


def print_report(report: "EvaluationReport", out: TextIO, as_json: bool = False) -> None:
    """Print the per-article tables then the summary (the summary last, so `tail` shows it)."""
    from accord.evaluate.report import EvaluationReport

    if as_json:
        out.write(json.dumps(report.to_json_dict(), indent=2) + "\n")
        return
    console = table_console(out, file_width=None, min_width=MIN_TABLE_WIDTH, highlight=True)
    # A set that could not be read at all has no figures worth a column (its error is on stderr).
    scored = EvaluationReport(sets=[r for r in report.sets if r.articles])
    for result in scored.sets:
        console.print(article_table(result))
    if scored.sets:
        console.print(summary_table(scored))


def run_eval(
    paths: Sequence[str],
    model: str | None = None,
    limit: int | None = None,
    as_json: bool = False,
    details: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """The `accord eval` command: score, print, write details; returns the exit status.

    Exit status 1 when any input could not be read or extracted (reported one line each on
    stderr), 2 when the model cannot be loaded, else 0.
    """
    from accord.evaluate import evaluate_paths
    from accord.nlp import ModelNotFound

    out, err = out or sys.stdout, err or sys.stderr
    try:
        report = evaluate_paths(paths, model, limit)
    except ModelNotFound as exc:
        error(str(exc), err)
        return EXIT_USAGE
    for result in report.sets:
        for message in result.errors:
            error(str(message), err)
    print_report(report, out, as_json)
    if details is not None:
        try:
            details.write_text(json.dumps(report.details(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as exc:
            error(f"{details}: cannot write details: {exc.strerror or exc}", err)
            return EXIT_INPUT_FAILED
    return EXIT_INPUT_FAILED if report.failed else EXIT_OK


def eval_command(
    gold: Annotated[list[str], typer.Argument(metavar="GOLD", help="accord-gold/1 JSON files or PolNeAR-style folders (gold.json + text/).")],
    output_format: Annotated[str, typer.Option("--format", "-f", help="table | json: the figures as a table or as JSON.", callback=choice(EVAL_FORMATS))] = "table",
    as_json: Annotated[bool, typer.Option("--json", hidden=True, help="The old name of --format json.")] = False,
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N articles of each set.")] = None,
    details: Annotated[Path | None, typer.Option("--details", help="Write per-article false positives and misses as JSON to FILE.")] = None,
) -> None:
    """Score accord against gold: statement P/R/F1, speakers, affiliations, events, dates."""
    raise typer.Exit(run_eval(gold, model=model, limit=limit, as_json=as_json or output_format == "json", details=details))


def register(app: typer.Typer) -> None:
    """Add the `eval` command to the app."""
    app.command("eval")(eval_command)
