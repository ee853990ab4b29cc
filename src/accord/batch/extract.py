"""One chunk of articles in, one output line per item out: the work every batch worker does.

Both engines (process pool and Ray actors) call ``extract_chunk`` with a model loaded once per
worker by ``worker_model``; it runs the same ``accord.pipeline.extract_articles`` as ``accord extract``.
Nothing is lost: an item that cannot be extracted becomes a record with an ``error`` field, in its place.
Each chunk is parsed inside ``nlp.memory_zone()``, so the strings of its texts are freed afterwards
and a worker's memory does not grow with the corpus (spaCy's string store otherwise keeps them all).
A worker whose warm-up failed parses without zones: a stage the warm-up never reached would build its
matchers inside a chunk's zone, and every later chunk would fail on their freed strings.
"""

from __future__ import annotations

import contextlib
import gc
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from accord.article import Article, InputError, content_id
from accord.formats.contract import contract_json
from accord.nlp import load_model
from accord.pipeline import article_where, extract_articles
from accord.records import ArticleRecord
from accord.unstorable import clean

# ``language`` of a record whose article could not be extracted (ISO 639 "undetermined").
UNDETERMINED_LANGUAGE = "und"
# Extracted once, outside any memory zone, when a worker starts: stages build their lazy matchers
# and lexicons then, so nothing they keep for later is allocated inside a chunk's memory zone.
WARM_UP_TEXT = (
    '"We will continue the talks," Foreign Minister Anna Kovacs told reporters in Geneva on Friday, '
    "adding that 1,000 prisoners would be exchanged. Russia accused Ukraine of attacking Kharkiv, "
    "according to the United Nations, and the European Union urged both sides to agree on a ceasefire."
)


# Chunks after which a worker moves its surviving objects out of the garbage collector's sight
# (``gc.freeze``). Stages build big lexicons/indexes lazily (the city gazetteer alone is ~200k lists)
# the first time real news needs them, which the warm-up text cannot predict; left tracked, every
# full collection re-walks them (~0.2 s each, ~7% of a worker's time measured). One real chunk after
# the warm-up builds them; a second catches stragglers. Only a bounded, one-off set is frozen: what
# a chunk leaves behind (records, docs) is garbage by then and collected before the freeze.
SETTLE_AFTER_CHUNKS = 2

# Models already warmed up in this process (weak: a dropped model is forgotten).
_warmed_up: weakref.WeakSet[Language] = weakref.WeakSet()
# Of those, the models whose warm-up ran every stage to the end: only they may parse inside memory zones.
_zone_safe: weakref.WeakSet[Language] = weakref.WeakSet()
# Worker models (from ``worker_model``) -> chunks they have extracted so far, up to SETTLE_AFTER_CHUNKS.
_worker_chunks: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def warm_up(nlp: Language) -> bool:
    """Run the pipeline once outside any memory zone (once per model per process); whether it ran to the end,
    so that every stage built what it keeps and chunks may free their strings."""
    if nlp not in _warmed_up:
        results = list(extract_articles([Article(text=WARM_UP_TEXT, source="warm-up", published="2025-05-16")], nlp))
        _warmed_up.add(nlp)
        if results and not any(isinstance(result, InputError) for result in results):
            _zone_safe.add(nlp)
    return nlp in _zone_safe


def worker_model(name: str | None = None) -> Language:
    """The model a worker keeps for its whole life, loaded and warmed up once."""
    nlp = load_model(name)
    warm_up(nlp)
    if nlp not in _worker_chunks:
        _worker_chunks[nlp] = 0
        settle_heap()
    return nlp


def settle_heap() -> None:
    """Collect garbage, then freeze what is left (model, lexicons): later collections skip it."""
    gc.collect()
    gc.freeze()


def _after_chunk(nlp: Language) -> None:
    """In a worker, settle the heap after each of its first SETTLE_AFTER_CHUNKS chunks."""
    done = _worker_chunks.get(nlp)
    if done is not None and done < SETTLE_AFTER_CHUNKS:
        _worker_chunks[nlp] = done + 1
        settle_heap()


@dataclass
class ChunkOutput:
    """The output lines of one chunk (JSON, in input order) and the error messages among them."""

    lines: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def error_record(item: Article | InputError, reason: str) -> ArticleRecord:
    """The record that stands for an item that failed: its own id, line and metadata when known, and why."""
    if isinstance(item, Article):
        line = item.extra.get("line")
        return ArticleRecord(
            id=item.id or content_id(item.text),
            source=f"{item.source}:line {line}" if line and item.source else item.source,
            title=item.title,
            url=item.url,
            published=item.published,
            language=UNDETERMINED_LANGUAGE,
            text=clean(item.text),
            error=reason,
        )
    return ArticleRecord(
        id=item.id or content_id(clean(f"{item.source}\n{item.reason}")),
        source=item.source,
        language=UNDETERMINED_LANGUAGE,
        text="",
        error=reason,
    )


def record_line(record: ArticleRecord, text: str) -> str:
    """The output line of a record: the contract's JSON (``accord.formats.contract``), always with the article's text."""
    if record.text != text:
        record = record.model_copy(update={"text": text})
    return contract_json(record)


def _add(output: ChunkOutput, item: Article | InputError, result: ArticleRecord | InputError) -> None:
    """Append the item's output line; a record that cannot be written becomes its error record."""
    text = item.text if isinstance(item, Article) else ""
    if isinstance(result, ArticleRecord):
        try:
            output.lines.append(record_line(result, text))
            return
        except Exception as exc:  # one unserialisable record must not stop the chunk
            result = InputError(_where(item), f"cannot write record: {type(exc).__name__}: {exc}")
    output.errors.append(result.message())
    output.lines.append(record_line(error_record(item, result.reason), clean(text)))


def _where(item: Article | InputError) -> str:
    """How messages name an item: an InputError's own source, an article as the pipeline names it."""
    return item.source if isinstance(item, InputError) else article_where(item)


def extract_chunk(items: Sequence[Article | InputError], nlp: Language) -> ChunkOutput:
    """Extract a chunk in one ``nlp.pipe`` batch; if the batch itself fails, each item alone."""
    output = ChunkOutput()
    with nlp.memory_zone() if warm_up(nlp) else contextlib.nullcontext():
        try:
            results = list(extract_articles(items, nlp, batch_size=max(1, len(items))))
            if len(results) != len(items):
                raise RuntimeError(f"{len(results)} results for {len(items)} items")
        except Exception:  # a parse crash on one text must not take its neighbours with it
            results = [_extract_one(item, nlp) for item in items]
        for item, result in zip(items, results):
            _add(output, item, result)
        del results  # the chunk's records and docs are garbage before the heap is settled
    _after_chunk(nlp)
    return output


def failed_chunk(items: Sequence[Article | InputError], reason: str) -> ChunkOutput:
    """The output of a chunk whose extraction failed as a whole: one error record per item, in its place."""
    output = ChunkOutput()
    for item in items:
        _add(output, item, InputError(_where(item), reason))
    return output


def _extract_one(item: Article | InputError, nlp: Language) -> ArticleRecord | InputError:
    try:
        return next(iter(extract_articles([item], nlp)))
    except Exception as exc:
        return InputError(_where(item), f"extraction failed: {type(exc).__name__}: {exc}")
