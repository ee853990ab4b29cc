"""The `accord serve` command: parses its arguments and calls ``accord.web.server.serve``."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    db: Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default: sqlite:///accord.db).")] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="Host name requests may use besides the bound address (e.g. behind a reverse proxy); repeatable.")] = None,
) -> None:
    """Serve the web pages and the JSON API (read-only) over an accord database."""
    from accord.web.server import serve as run_server

    raise typer.Exit(run_server(db, host, port, allowed_hosts=tuple(allowed_host or ())))


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the app."""
    app.command("serve")(serve)
