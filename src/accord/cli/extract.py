"""The `accord extract` command: parses its arguments and calls ``accord.extract.run_extract``."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.output import FORMATS
from accord.readers.published import parse_published_option


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_published_option(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(FORMATS)}")
    return value


def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Article files (.txt .html .htm .jsonl .jsonl.gz; feeds and WARC), directories of them, URLs, or - for standard input.", show_default=False)],
    published: Annotated[str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for every input (overrides metadata).", callback=_published)] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=f"Output format: {' | '.join(FORMATS)}.", callback=_format)] = "jsonl",
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
