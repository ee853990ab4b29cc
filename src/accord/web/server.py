"""Run the web app with uvicorn: what ``accord serve`` (``accord.cli.serve``) starts."""

from __future__ import annotations

import gc
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


def run_app(app: FastAPI, host: str, port: int, on_started: Callable[[], None] | None = None) -> bool:
    """Serve ``app`` on ``host:port`` with uvicorn until interrupted, calling ``on_started`` once listening;
    False when it never started (port taken)."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    server = _Server(config, on_started)
    try:
        server.run()
    except SystemExit:  # uvicorn exits when it cannot bind (port taken): the caller reports it
        return False
    # uvicorn sets should_exit without starting when the port is taken.
    return bool(server.started)
