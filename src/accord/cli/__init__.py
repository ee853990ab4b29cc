"""The ``accord`` command line: each command's module only parses arguments and calls the library."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from accord import __version__
from accord.cli import batch, evaluate, export, extract, ingest, query, serve
from accord.cli.console import EXIT_INPUT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, error, first_line, say

app = typer.Typer(
    name="accord",
    help="Who said what, who did what to whom: structured records from news on conflicts and negotiations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: the rich help of typer >= 0.2x labels every flag "<bool>", as if it took a value.
    rich_markup_mode=None,
)

for module in (extract, evaluate, ingest, export, query, serve, batch):
    module.register(app)


def show_version(value: bool) -> None:
    """``--version``: print the version and stop before any command runs."""
    if value:
        say(f"accord {__version__}", sys.stdout)
        raise typer.Exit(EXIT_OK)


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.", callback=show_version, is_eager=True)] = False,
) -> None:
    """Who said what, who did what to whom: structured records from news on conflicts and negotiations."""


def main() -> None:
    """Entry point: run the app; a usage error or an unexpected failure is one line on stderr."""
    args = sys.argv[1:] or ["--help"]
    try:
        status = app(args, standalone_mode=False)
    except typer.Abort:
        say("accord: aborted")
        sys.exit(EXIT_INPUT_FAILED)
    except typer.TyperException as exc:  # usage errors (bad option values, unknown options): one line
        context = getattr(exc, "ctx", None)
        command = context.command_path if context is not None else "accord"
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        say(f"{command}: {message} (see '{command} --help')")
        sys.exit(getattr(exc, "exit_code", EXIT_USAGE))
    except KeyboardInterrupt:
        say("accord: interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # last resort: the commands report their own errors; still one line
        error(f"{type(exc).__name__}: {first_line(exc)}")
        sys.exit(EXIT_USAGE)
    if status == EXIT_INTERRUPTED:  # typer turns Ctrl-C inside a command into a silent exit 130; no command returns it
        say("accord: interrupted")
    sys.exit(status if isinstance(status, int) else EXIT_OK)
