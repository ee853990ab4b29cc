"""Divergences computed once per store state, not once per request.

Finding divergences reads every article's statements (0.1 s alone on a small store, seconds when 20
clients ask at once). The answer only changes when the store does, so it is kept per (store state,
since, until, window); the state is a cheap aggregate over the articles table (count, last id, last
ingest time, versions), which any ingest, update or deletion changes. Concurrent requests for the
same key wait for the one computing it instead of computing it again.

The unfiltered view (what ``/divergence`` and ``/api/divergence`` show first) takes seconds to compute on
a store of 10,000 articles, too long for the first request after an ingest to wait: a ``DivergenceWarmer``
thread computes it when the app starts and again whenever the store's state changes (ingests run in
other processes, so it looks every ``WARM_EVERY_SECONDS``), and requests find it kept.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Any

from accord.corpus.divergence import ISSUE_WINDOW_DAYS
from accord.store.records import store_assessments
from accord.store.state import store_state

_log = logging.getLogger(__name__)

# Distinct (state, filters) answers kept: a few dozen filter combinations cover a browsing session.
MAX_ENTRIES = 32
# How often the warmer checks whether the store changed (one indexed aggregate, about 2 ms): an ingest's
# divergences are ready this long after it ends, at most, plus the time to compute them.
WARM_EVERY_SECONDS = 5.0


class DivergenceCache:
    """``store_assessments`` answers (every assessed topic; the divergences are those marked divergent) by
    store state and filters, computed once per key."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._answers: OrderedDict[tuple, list] = OrderedDict()
        self._locks: dict[tuple, threading.Lock] = {}
        self._guard = threading.Lock()

    def divergences(self, store: Any, since: str | None, until: str | None, window_days: int,
                    agreed: bool = False) -> list:
        """The divergences of the store as it is now (computed, or kept from an earlier request); with
        ``agreed``, every assessed topic, those the parties agree on too."""
        topics = self.assessments(store, since, until, window_days)
        return list(topics) if agreed else [topic for topic in topics if topic.divergent]

    def assessments(self, store: Any, since: str | None, until: str | None, window_days: int) -> list:
        """Every assessed topic of the store as it is now (computed, or kept from an earlier request)."""
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
            found = store_assessments(store, since=since, until=until, window_days=window_days)
            with self._guard:
                self._answers[key] = found
                while len(self._answers) > self.max_entries:
                    self._answers.popitem(last=False)
                self._locks.pop(key, None)
            return found


class DivergenceWarmer:
    """A daemon thread keeping the unfiltered divergences of the store's current state in ``cache``."""

    def __init__(self, cache: DivergenceCache, store: Any, every_seconds: float = WARM_EVERY_SECONDS) -> None:
        self.cache, self.store, self.every_seconds = cache, store, every_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="accord-divergence-warmer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Ask the thread to end and wait for it (a computation under way finishes first)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        said = None  # the last failure logged: a store that stays unreadable is reported once, not every turn
        while not self._stop.is_set():
            try:
                self.cache.assessments(self.store, None, None, ISSUE_WINDOW_DAYS)  # kept: a state look-up only
                said = None
            except Exception as error:  # a store briefly unreadable: the next request computes it, and says why
                reason = f"{type(error).__name__}: {error}"
                if reason != said:
                    _log.warning("divergence warm-up: %s", reason)
                    said = reason
            self._stop.wait(self.every_seconds)


def app_cache(request_app: Any) -> DivergenceCache:
    """The app's divergence cache (one per app, created on first use)."""
    cache = getattr(request_app.state, "divergence_cache", None)
    if cache is None:
        cache = request_app.state.divergence_cache = DivergenceCache()
    return cache


def divergences(request_app: Any, since: str | None, until: str | None, window_days: int, agreed: bool = False) -> list:
    """The app's cached divergences (with ``agreed``, every assessed topic)."""
    return app_cache(request_app).divergences(request_app.state.store, since, until, window_days, agreed)
