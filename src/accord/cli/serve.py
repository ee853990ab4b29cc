"""The `accord serve` command: open the store read-only and serve the web pages and the JSON API."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.cli.console import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, error, say

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def run_serve(db_url: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
              read_only: bool = True) -> int:
    """Serve the store at ``db_url`` on ``host:port`` until interrupted; returns the exit status.

    A database that cannot be opened is one line on stderr and status 2, never a traceback.
    """
    from accord.store import normalise_url
    from accord.web.app import create_app, database_label
    from accord.web.server import LOOPBACK_HOSTS, missing_sqlite_file, run_app

    missing = missing_sqlite_file(db_url)
    if missing is not None:
        error(f"no database at {missing}: run `accord ingest` first (or pass --db)", prefix="accord serve")
        return EXIT_USAGE
    try:
        app = create_app(db_url, read_only=read_only)
    except Exception as exc:  # StoreError, a bad URL, an unreachable server: say which and why
        label = database_label(normalise_url(db_url))
        error(f"cannot open database {label}: {exc}", prefix="accord serve")
        return EXIT_USAGE
    if host not in LOOPBACK_HOSTS:
        say(f"accord serve: listening on {host}, reachable from other machines (read-only)")
    say(f"accord: serving {app.state.db_label} on http://{host}:{port}")
    return EXIT_OK if run_app(app, host, port) else EXIT_INPUT_FAILED


def serve(
    db: Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default: sqlite:///accord.db).")] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = DEFAULT_HOST,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = DEFAULT_PORT,
) -> None:
    """Serve the web pages and the JSON API (read-only) over an accord database."""
    raise typer.Exit(run_serve(db, host, port))


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the app."""
    app.command("serve")(serve)
