"""``accord ingest`` end to end in the library: readers -> pipeline -> store, one transaction per article.

Anything ``accord extract`` reads, RSS/Atom feeds, WARC files and ``accord batch`` output directories
(stored as they are, without extracting again). Articles already stored unchanged are skipped before
they are parsed; the file identity of an article comes from its reader (``accord.readers.article_file``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from accord.article import Article, InputError
from accord.batch.output import is_batch_output, read_batch_output
from accord.pipeline import extract_articles
from accord.readers import article_file, read_path
from accord.store.db import Store
from accord.store.runs import FailureCallback, IngestRun, IngestSummary, ProgressCallback, StopCheck, ingest_run, store_records
from accord.store.write import is_unchanged

if TYPE_CHECKING:
    from spacy.language import Language


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


def _extract_and_store(run: IngestRun, paths: list[str], published: str | None, nlp: Language | None) -> None:
    """Read, skip unchanged articles before parsing them, extract the rest in batches, store each."""
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


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM, turned into it by the CLI) stopped an ingest: what it finished is committed."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary


def ingest_paths(
    paths: Iterable[str],
    db: str | Store | None = None,
    published: str | None = None,
    model: str | None = None,
    progress: ProgressCallback | None = None,
    on_failure: FailureCallback | None = None,
    stop: StopCheck | None = None,
) -> IngestSummary:
    """Ingest files, directories, URLs, feeds, WARCs and batch output directories into the store.

    An interruption (Ctrl-C, or ``stop`` answering True after an article) raises ``IngestInterrupted``
    carrying the summary of the articles already stored."""
    with ingest_run(db, progress, on_failure, stop) as run:
        nlp = None
        if model is not None:
            from accord.nlp import load_model

            nlp = load_model(model)
        try:
            for is_batch, group in _segments(paths):
                if is_batch:
                    store_records(run, read_batch_output(group[0]))
                else:
                    _extract_and_store(run, group, published, nlp)
        except KeyboardInterrupt as interruption:
            raise IngestInterrupted(run.summary) from interruption
        return run.summary
