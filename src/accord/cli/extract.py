"""The `accord extract` command: parses its arguments and calls ``accord.extract.run_extract``."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.cli.options import choice, published_option
from accord.output import FORMATS


def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Article files (.txt .html .htm .jsonl .jsonl.gz; feeds and WARC), directories of them, URLs, or - for standard input.", show_default=False)],
    published: Annotated[str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for every input (overrides metadata).", callback=published_option)] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=f"Output format: {' | '.join(FORMATS)}.", callback=choice(FORMATS))] = "jsonl",
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    with_text: Annotated[bool, typer.Option("--with-text", help="Include each article's text in its record.")] = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name or path (default: en_core_web_sm).")] = None,
) -> None:
    """Extract statements, events and entities from news articles (JSON Lines by default)."""
    from accord.extract import run_extract

    raise typer.Exit(run_extract(paths, published, output_format, output, with_text, model))


def register(app: typer.Typer) -> None:
    """Add ``extract`` to the app."""
    app.command("extract")(extract)
