"""Ingesting inputs into the store: read, skip what is already stored, extract, one transaction each.

``ingest_paths`` is the one library function behind ``accord ingest`` (and the web/batch code):
anything ``accord extract`` reads, RSS/Atom feeds, WARC files and ``accord batch`` output
directories (stored as they are, without extracting again).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy.exc import SQLAlchemyError

from accord.article import Article, InputError
from accord.readers.sanitize import clean, note
from accord.records import ArticleRecord
from accord.store.batch_output import is_batch_output, read_batch_output
from accord.store.db import Store, open_store
from accord.store.storable import storable
from accord.store.write import EntityResolver, Outcome, is_unchanged, record_failure, store_record

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class IngestSummary:
    """What an ingest run did, article by article."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.failed

    def as_dict(self) -> dict[str, int]:
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


class _Run:
    """The state of one ingest run: store, counts and the caller's callbacks."""

    def __init__(self, store: Store, progress: ProgressCallback | None, on_failure: FailureCallback | None) -> None:
        self.store = store
        self.summary = IngestSummary()
        self.resolver = EntityResolver(store)
        self.progress = progress
        self.on_failure = on_failure

    def finish(self, source: str, outcome: Outcome) -> None:
        """Count one finished article and tell the caller's progress callback."""
        self.summary.add(outcome)
        if self.progress is not None:
            self.progress(IngestProgress(self.summary.total, source, outcome))

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
        ``file_path``: the local file the article is the whole of (its identity; ``accord.store.files``)."""
        record, text, changed = storable(record, text)
        if changed:
            note(clean(source), "lone surrogate or NUL characters replaced by U+FFFD before storing")
        try:
            outcome = store_record(self.store, record, text, self.resolver, file_path)
        except (SQLAlchemyError, ValueError) as exc:
            self.fail(source, f"not stored: {type(exc).__name__}: {str(exc).splitlines()[0][:DB_ERROR_CHARS]}")
            return
        self.finish(source, outcome)


@contextmanager
def _run(db: str | Store | None, progress: ProgressCallback | None, on_failure: FailureCallback | None) -> Iterator[_Run]:
    """An ingest run on ``db``: a Store given by the caller stays open, one opened here is closed."""
    if isinstance(db, Store):
        yield _Run(db, progress, on_failure)
        return
    with open_store(db) as store:
        yield _Run(store, progress, on_failure)


def _segments(paths: Iterable[str]) -> Iterator[tuple[bool, list[str]]]:
    """Consecutive inputs grouped: (True, [batch dir]) or (False, [paths to extract together])."""
    pending: list[str] = []
    for path in paths:
        if is_batch_output(path):
            if pending:
                yield False, pending
                pending = []
            yield True, [path]
        else:
            pending.append(path)
    if pending:
        yield False, pending


def _extract_and_store(run: _Run, paths: list[str], published: str | None, nlp: Language | None) -> None:
    """Read, skip unchanged articles before parsing them, extract the rest in batches, store each."""
    from accord.pipeline import extract_articles
    from accord.readers import read_path
    from accord.store.files import article_file

    # Inputs handed to extraction, with the local file each article is the whole of (or None).
    submitted: deque[tuple[Article | InputError, str | None]] = deque()

    def to_extract() -> Iterator[Article | InputError]:
        for path in paths:
            for item in read_path(path, published):
                file_path = article_file(item) if isinstance(item, Article) else None
                if isinstance(item, Article) and is_unchanged(run.store, item.url, item.id, item.source, item.text,
                                                              file_path):
                    run.finish(item.source or item.id or "?", "unchanged")
                    continue
                submitted.append((item, file_path))
                yield item

    for result in extract_articles(to_extract(), nlp):
        item, file_path = submitted.popleft()
        if isinstance(result, InputError):
            run.fail(result.source, result.reason)
        else:
            # extract_articles answers every input in order, so ``item`` is this record's Article.
            text = item.text if isinstance(item, Article) else (result.text or "")
            run.store_one(result, text, result.source or result.id, file_path)


def _store_records(run: _Run, records: Iterable[ArticleRecord | InputError]) -> None:
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
    with _run(db, progress, on_failure) as run:
        _store_records(run, records)
        return run.summary


def ingest_paths(
    paths: Iterable[str],
    db: str | Store | None = None,
    published: str | None = None,
    model: str | None = None,
    progress: ProgressCallback | None = None,
    on_failure: FailureCallback | None = None,
) -> IngestSummary:
    """Ingest files, directories, URLs, feeds, WARCs and batch output directories into the store."""
    with _run(db, progress, on_failure) as run:
        nlp = None
        if model is not None:
            from accord.nlp import load_model

            nlp = load_model(model)
        for is_batch, group in _segments(paths):
            if is_batch:
                _store_records(run, read_batch_output(group[0]))
            else:
                _extract_and_store(run, group, published, nlp)
        return run.summary
