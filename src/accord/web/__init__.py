"""The web interface: a read-only JSON API and server-rendered pages over an accord store.

``create_app`` is imported lazily so the pure helpers (highlighting, parameters, views) load
without FastAPI or the store.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from accord.web.app import create_app

        return create_app
    raise AttributeError(f"module 'accord.web' has no attribute {name!r}")
