"""The ``accord`` command line: each command's module only parses arguments and calls the library."""

from __future__ import annotations

import sys

import typer

from accord.cli import batch, evaluate, export, extract, ingest, query, serve

app = typer.Typer(
    name="accord",
    help="Who said what, who did what to whom: structured records from news on conflicts and negotiations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (extract, evaluate, ingest, export, query, serve, batch):
    module.register(app)


def main() -> None:
    """Entry point: run the app; an unexpected failure is one line on stderr, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        print("accord: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # last resort: the commands report their own errors
        print(f"accord: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(2)
