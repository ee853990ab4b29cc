"""An ingest run on the store: extracted records in, one transaction each, counted and reported.

``ingest_records`` stores records extracted elsewhere; ``accord.ingest.ingest_paths`` (readers ->
pipeline -> store) drives an ``IngestRun`` the same way. Nothing here reads inputs or parses text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Literal

from sqlalchemy.exc import SQLAlchemyError

from accord.article import InputError
from accord.records import ArticleRecord
from accord.store.db import Store, open_store
from accord.store.storable import storable
from accord.store.write import EntityResolver, Outcome, record_failure, store_record
from accord.unstorable import clean, note


@dataclass
class IngestSummary:
    """What an ingest run did, article by article."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        """Articles finished so far, whatever their outcome."""
        return self.new + self.updated + self.unchanged + self.failed

    def as_dict(self) -> dict[str, int]:
        """The counts by outcome, in the order the summary line prints them."""
        return asdict(self)

    def add(self, outcome: Outcome) -> None:
        """Count one finished article under its outcome."""
        setattr(self, outcome, getattr(self, outcome) + 1)


@dataclass(frozen=True)
class IngestProgress:
    """One finished article, reported to the caller's progress callback."""

    done: int
    source: str
    outcome: Literal["new", "updated", "unchanged", "failed"]


# Characters of a database error kept in an article's failure reason (drivers append whole SQL).
DB_ERROR_CHARS = 200

ProgressCallback = Callable[[IngestProgress], None]
FailureCallback = Callable[[str, str], None]
# Asked after each finished article: True stops the run there, between two articles' transactions.
StopCheck = Callable[[], bool]


class IngestRun:
    """The state of one ingest run: store, counts and the caller's callbacks."""

    def __init__(self, store: Store, progress: ProgressCallback | None, on_failure: FailureCallback | None,
                 stop: StopCheck | None = None) -> None:
        self.store = store
        self.summary = IngestSummary()
        self.resolver = EntityResolver(store)
        self.progress = progress
        self.on_failure = on_failure
        self.stop = stop

    def finish(self, source: str, outcome: Outcome) -> None:
        """Count one finished article and tell the caller's progress callback; a requested stop is
        raised here (KeyboardInterrupt), where no transaction is open, never inside a database call."""
        self.summary.add(outcome)
        if self.progress is not None:
            self.progress(IngestProgress(self.summary.total, source, outcome))
        if self.stop is not None and self.stop():
            raise KeyboardInterrupt("stop requested")

    def fail(self, source: str, reason: str) -> None:
        """Record a bad input in the store (best effort), tell the caller, count it as failed."""
        source, reason = clean(source), clean(reason)
        try:
            record_failure(self.store, source, reason)
        except (SQLAlchemyError, ValueError) as exc:
            reason = f"{reason} (and not recorded: {type(exc).__name__})"
        if self.on_failure is not None:
            self.on_failure(source, reason)
        self.finish(source, "failed")

    def store_one(self, record: ArticleRecord, text: str, source: str, file_path: str | None = None) -> None:
        """Store one record in its own transaction; a database error fails this article only.
        ``file_path``: the local file the article is the whole of (its identity; ``accord.readers.article_file``)."""
        record, text, changed = storable(record, text)
        if changed:
            note(clean(source), "lone surrogate or NUL characters replaced by U+FFFD before storing")
        try:
            outcome = store_record(self.store, record, text, self.resolver, file_path)
        except (SQLAlchemyError, ValueError) as exc:
            detail = (str(exc).splitlines() or [""])[0][:DB_ERROR_CHARS]  # a bare ValueError has no message
            self.fail(source, f"not stored: {type(exc).__name__}" + (f": {detail}" if detail else ""))
            return
        self.finish(source, outcome)


@contextmanager
def ingest_run(db: str | Store | None, progress: ProgressCallback | None, on_failure: FailureCallback | None,
               stop: StopCheck | None = None) -> Iterator[IngestRun]:
    """An ingest run on ``db``: a Store given by the caller stays open, one opened here is closed."""
    if isinstance(db, Store):
        yield IngestRun(db, progress, on_failure, stop)
        return
    with open_store(db) as store:
        yield IngestRun(store, progress, on_failure, stop)


def store_records(run: IngestRun, records: Iterable[ArticleRecord | InputError]) -> None:
    """Store records extracted elsewhere; errors and text-less records are counted as failed."""
    for record in records:
        if isinstance(record, InputError):
            run.fail(record.source, record.reason)
        elif record.error is not None:
            run.fail(record.source or record.id, record.error)
        elif record.text is None:
            run.fail(record.source or record.id, "record has no text: its offsets cannot be kept")
        else:
            run.store_one(record, record.text, record.source or record.id)


def ingest_records(
    records: Iterable[ArticleRecord | InputError],
    db: str | Store | None = None,
    progress: ProgressCallback | None = None,
    on_failure: FailureCallback | None = None,
) -> IngestSummary:
    """Store already-extracted records (each with ``text``); records with ``error`` count as failed."""
    with ingest_run(db, progress, on_failure) as run:
        store_records(run, records)
        return run.summary
