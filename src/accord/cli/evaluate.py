"""The `accord eval` command: score extraction against gold files and PolNeAR-style folders."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def eval_command(
    gold: Annotated[list[str], typer.Argument(help="accord-gold/1 JSON files or PolNeAR-style folders (gold.json + text/).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name (default: en_core_web_sm).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N articles of each set.")] = None,
    details: Annotated[Path | None, typer.Option("--details", help="Write per-article false positives and misses as JSON to FILE.")] = None,
) -> None:
    """Score accord against gold: statement P/R/F1, speakers, affiliations, events, dates."""
    from accord.evaluate import run_eval

    raise typer.Exit(run_eval(gold, model=model, limit=limit, as_json=as_json, details=details))


def register(app: typer.Typer) -> None:
    """Add the `eval` command to the app."""
    app.command("eval")(eval_command)
