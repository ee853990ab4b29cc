"""The `accord serve` command: open the store read-only and serve the web pages and the JSON API."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.cli.console import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, database_missing, error, say
from accord.cli.options import DB_HELP

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def run_serve(db_url: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
              read_only: bool = True, allowed_hosts: tuple[str, ...] = ()) -> int:
    """Serve the store at ``db_url`` on ``host:port`` until interrupted; returns the exit status.

    A database that cannot be opened is one line on stderr and status 2, never a traceback.
    """
    from accord.store import normalise_url
    from accord.web.app import create_app, database_label
    from accord.web.server import LOOPBACK_HOSTS, run_app

    if database_missing(db_url):
        return EXIT_USAGE
    try:
        app = create_app(db_url, read_only=read_only, bound_host=host, allowed_hosts=allowed_hosts)
    except Exception as exc:  # StoreError, a bad URL, an unreachable server: say which and why
        label = database_label(normalise_url(db_url))
        error(f"cannot open database {label}: {exc}")
        return EXIT_USAGE
    if host not in LOOPBACK_HOSTS:
        say(f"accord serve: listening on {host}, reachable from other machines (read-only)")
    address = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    failure = run_app(app, host, port, on_started=lambda: say(f"accord: serving {app.state.db_label} on {address}"))
    if failure is not None:
        error(f"could not listen on {host}:{port} ({failure})")
    return EXIT_OK if failure is None else EXIT_INPUT_FAILED


def serve(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = DEFAULT_HOST,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = DEFAULT_PORT,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="Host name requests may use besides the bound address (e.g. behind a reverse proxy); repeatable.")] = None,
) -> None:
    """Serve the web pages and the JSON API (read-only) over an accord database."""
    raise typer.Exit(run_serve(db, host, port, allowed_hosts=tuple(allowed_host or ())))


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the app."""
    app.command("serve")(serve)
