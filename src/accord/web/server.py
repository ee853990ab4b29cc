"""Run the web app with uvicorn: what ``accord serve`` (``accord.cli.serve``) starts."""

from __future__ import annotations

from pathlib import Path

import uvicorn
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from accord.store import normalise_url

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def missing_sqlite_file(db_url: str | None) -> Path | None:
    """The SQLite file ``db_url`` names when it does not exist (serving it would show an empty site
    and leave a stray database behind), else None."""
    try:
        url = make_url(normalise_url(db_url))
    except Exception:  # not a URL: let open_store report it
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if url.database.startswith("file:"):
        return None
    path = Path(url.database).expanduser()
    return None if path.exists() else path


def run_app(app: FastAPI, host: str, port: int) -> bool:
    """Serve ``app`` on ``host:port`` with uvicorn until interrupted; False when it never started (port taken)."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    server.run()
    # uvicorn sets should_exit without starting when the port is taken.
    return bool(server.started)
