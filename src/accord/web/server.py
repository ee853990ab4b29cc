"""Run the web app with uvicorn: what ``accord serve`` (``accord.cli.serve``) starts."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable

import uvicorn
from fastapi import FastAPI

from accord.store.db import missing_sqlite_file  # noqa: F401 - re-exported: serve checks it before starting

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def settle_heap() -> None:
    """Take the objects alive once the server has started (modules, routes, templates, SQLAlchemy's caches:
    about 100,000) out of the garbage collector's view (``gc.freeze``), so a full collection walks only
    what requests create: otherwise it re-examines them all and pauses whichever request triggered it
    for about 100 ms, the slowest answers of every page."""
    gc.collect()
    gc.freeze()


class _BindFailure(logging.Filter):
    """Holds back uvicorn's own log line about a socket it cannot bind (the caller reports it in one line)
    and keeps its reason."""

    def __init__(self) -> None:
        super().__init__()
        self.reason: str | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        """False (not logged) for the OSError uvicorn logs when it cannot bind; its reason is kept."""
        if isinstance(record.msg, OSError):
            error = record.msg
            self.reason = os.strerror(error.errno).lower() if error.errno else str(error)
            return False
        return True


class _Server(uvicorn.Server):
    """uvicorn's server, calling ``on_started`` once its socket is bound (not before: the port may be taken)."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None] | None) -> None:
        super().__init__(config)
        self.on_started = on_started

    async def startup(self, sockets=None) -> None:  # noqa: ANN001 - uvicorn's signature
        await super().startup(sockets)
        if self.started:
            settle_heap()
        if self.started and self.on_started is not None:
            self.on_started()


# Reason given when the server did not start and uvicorn said nothing about why.
UNKNOWN_LISTEN_FAILURE = "is the port taken?"


def run_app(app: FastAPI, host: str, port: int, on_started: Callable[[], None] | None = None) -> str | None:
    """Serve ``app`` on ``host:port`` with uvicorn until interrupted, calling ``on_started`` once listening;
    None once it has served, else why it could not listen (``address already in use``)."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    server = _Server(config, on_started)
    bind_failure = _BindFailure()
    uvicorn_log = logging.getLogger("uvicorn.error")
    uvicorn_log.addFilter(bind_failure)
    try:
        server.run()
    except SystemExit:  # uvicorn exits when it cannot bind (port taken): the caller reports it
        return bind_failure.reason or UNKNOWN_LISTEN_FAILURE
    finally:
        uvicorn_log.removeFilter(bind_failure)
    # uvicorn sets should_exit without starting when the port is taken.
    return None if server.started else bind_failure.reason or UNKNOWN_LISTEN_FAILURE
