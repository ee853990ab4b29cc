"""The `accord export` command: parses its arguments and calls ``accord.store.commands.run_export``."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.cli.options import choice
from accord.store.export import FORMATS, TABLES


def export(
    db: Annotated[str | None, typer.Option("--db", help="Database URL (default sqlite:///accord.db).")] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=f"{' | '.join(FORMATS)}: jsonl is what `accord extract` prints.", callback=choice(FORMATS))] = "jsonl",
    since: Annotated[str | None, typer.Option("--since", help="Articles published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Articles published on or before YYYY-MM-DD.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only articles where this actor (code like RUS, or a name) acts, speaks or is mentioned.")] = None,
    table: Annotated[str, typer.Option("--table", help=f"Rows of csv/parquet: {' | '.join(TABLES)}.", callback=choice(TABLES))] = "events",
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
) -> None:
    """Export stored records: contract JSON Lines, flat CSV/Parquet tables, or CAMEO rows."""
    from accord.store.commands import run_export

    raise typer.Exit(run_export(db, output_format, output, since, until, actor, table))


def register(app: typer.Typer) -> None:
    """Add ``export`` to the app."""
    app.command("export")(export)
