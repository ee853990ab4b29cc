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
    """Entry point: run the app; a usage error or an unexpected failure is one line on stderr."""
    args = sys.argv[1:] or ["--help"]
    try:
        status = app(args, standalone_mode=False)
    except typer.Abort:
        print("accord: aborted", file=sys.stderr)
        sys.exit(1)
    except typer.TyperException as exc:  # usage errors (bad option values, unknown options): one line
        context = getattr(exc, "ctx", None)
        command = context.command_path if context is not None else "accord"
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        print(f"{command}: {message} (see '{command} --help')", file=sys.stderr)
        sys.exit(getattr(exc, "exit_code", 2))
    except KeyboardInterrupt:
        print("accord: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # last resort: the commands report their own errors
        print(f"accord: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(2)
    sys.exit(status if isinstance(status, int) else 0)
