"""Divergences computed once per store state, not once per request.

Finding divergences reads every article's statements (0.1 s alone on a small store, seconds when 20
clients ask at once). The answer only changes when the store does, so it is kept per (store state,
since, until, window); the state is a cheap aggregate over the articles table (count, last id, last
ingest time, versions), which any ingest, update or deletion changes. Concurrent requests for the
same key wait for the one computing it instead of computing it again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from accord.store.records import store_divergences
from accord.store.state import store_state

# Distinct (state, filters) answers kept: a few dozen filter combinations cover a browsing session.
MAX_ENTRIES = 32


class DivergenceCache:
    """``store_divergences`` answers by store state and filters, computed once per key."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._answers: OrderedDict[tuple, list] = OrderedDict()
        self._locks: dict[tuple, threading.Lock] = {}
        self._guard = threading.Lock()

    def divergences(self, store: Any, since: str | None, until: str | None, window_days: int) -> list:
        """The divergences of the store as it is now (computed, or kept from an earlier request)."""
        key = (store_state(store), since, until, window_days)
        with self._guard:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._guard:
                if key in self._answers:
                    return self._answers[key]
            found = store_divergences(store, since=since, until=until, window_days=window_days)
            with self._guard:
                self._answers[key] = found
                while len(self._answers) > self.max_entries:
                    self._answers.popitem(last=False)
                self._locks.pop(key, None)
            return found


def divergences(request_app: Any, since: str | None, until: str | None, window_days: int) -> list:
    """The app's cached divergences (one cache per app, created on first use)."""
    cache = getattr(request_app.state, "divergence_cache", None)
    if cache is None:
        cache = request_app.state.divergence_cache = DivergenceCache()
    return cache.divergences(request_app.state.store, since, until, window_days)
