"""``--engine local``: a process pool on this machine, for users without Ray.

Each worker process loads the spaCy model once (pool initializer) and runs ``extract_chunk``, the
same code the Ray actors run. The parent reads inputs and writes shards; at most
``workers * CHUNKS_IN_FLIGHT_PER_WORKER`` chunks are in flight, so memory stays bounded.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from spacy.language import Language

from accord.article import Article, InputError
from accord.batch.extract import ChunkOutput, extract_chunk, worker_model
from accord.batch.lifeline import die_with
from accord.batch.manifest import BatchError
from accord.batch.shards import Chunk
from accord.batch.writer import ChunkResult

# Chunks queued per worker: two keep a worker busy while the parent writes; more only costs memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 3
# forkserver: workers start from a clean process (no inherited threads or half-loaded model).
START_METHOD = "forkserver"

_worker_nlp: Language | None = None


def _init_worker(model: str | None, run_pid: int) -> None:
    """Pool initializer: end with the run (``run_pid``), then load the model once for this worker's life."""
    global _worker_nlp
    die_with(run_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the run, which then stops its workers
    _worker_nlp = worker_model(model)


def _extract_in_worker(items: list[Article | InputError]) -> ChunkOutput:
    assert _worker_nlp is not None, "worker used before its initializer ran"
    return extract_chunk(items, _worker_nlp)


def _result(chunk: Chunk, output: ChunkOutput | None) -> ChunkResult:
    output = output or ChunkOutput()
    return ChunkResult(chunk.input, chunk.part, chunk.index, chunk.last_in_part, chunk.total_parts, output.lines, output.errors)


def run_local(chunks: Iterable[Chunk], workers: int, model: str | None = None) -> Iterator[ChunkResult]:
    """Extract chunks on ``workers`` processes; results come back in input order."""
    context = multiprocessing.get_context(START_METHOD)
    in_flight: deque[tuple[Chunk, Future[ChunkOutput] | None]] = deque()
    limit = max(1, workers) * CHUNKS_IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=context, initializer=_init_worker, initargs=(model, os.getpid())) as pool:
        try:
            for chunk in chunks:
                future = pool.submit(_extract_in_worker, chunk.items) if chunk.items else None
                in_flight.append((chunk, future))
                while len(in_flight) >= limit or (in_flight and _done(in_flight[0][1])):
                    yield _collect(*in_flight.popleft())
            while in_flight:
                yield _collect(*in_flight.popleft())
        except BrokenProcessPool as exc:
            raise BatchError("a worker process died (out of memory, or killed); rerun the same command to resume") from exc
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _done(future: Future[ChunkOutput] | None) -> bool:
    return future is None or future.done()


def _collect(chunk: Chunk, future: Future[ChunkOutput] | None) -> ChunkResult:
    return _result(chunk, future.result() if future is not None else None)
