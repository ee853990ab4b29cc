"""The `accord ingest` command: parses its arguments and calls ``accord.store.commands.run_ingest``."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.cli.options import published_option


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, URLs, RSS/Atom feeds, WARC(.gz) files or `accord batch` output directories.", show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help="Database URL: sqlite:///FILE (default sqlite:///accord.db) or postgresql://...")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for every input (overrides metadata).", callback=published_option)] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name or path (default: en_core_web_sm).")] = None,
) -> None:
    """Extract articles and store them in the database (idempotent: unchanged articles are skipped)."""
    from accord.store.commands import run_ingest

    raise typer.Exit(run_ingest(paths, db, published, model))


def register(app: typer.Typer) -> None:
    """Add ``ingest`` to the app."""
    app.command("ingest")(ingest)
