"""Run the web app with uvicorn: the one library function behind ``accord serve``."""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn
from sqlalchemy.engine import make_url

from accord.store import normalise_url
from accord.web.app import create_app, database_label

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
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


def serve(db_url: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          read_only: bool = True, allowed_hosts: tuple[str, ...] = ()) -> int:
    """Serve the store at ``db_url`` on ``host:port`` until interrupted; returns the exit status.

    A database that cannot be opened is one line on stderr and status 2, never a traceback.
    """
    missing = missing_sqlite_file(db_url)
    if missing is not None:
        print(f"accord serve: no database at {missing}: run `accord ingest` first (or pass --db)", file=sys.stderr)
        return 2
    try:
        app = create_app(db_url, read_only=read_only, bound_host=host, allowed_hosts=allowed_hosts)
    except Exception as exc:  # StoreError, a bad URL, an unreachable server: say which and why
        label = database_label(normalise_url(db_url))
        print(f"accord serve: cannot open database {label}: {exc}", file=sys.stderr)
        return 2
    if host not in LOOPBACK_HOSTS:
        print(f"accord serve: listening on {host}, reachable from other machines (read-only)", file=sys.stderr)
    print(f"accord: serving {app.state.db_label} on http://{host}:{port}", file=sys.stderr)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    server.run()
    # uvicorn sets should_exit without starting when the port is taken; report that as a failure.
    return 0 if server.started else 1
