"""``--engine ray``: the same chunk extraction on Ray Data, from one machine to a cluster.

Rows of the dataset are chunks, not articles: ``_read_chunks`` tasks stream each input file (one
task per file) into chunk rows, and ``ChunkExtractor`` actors turn each chunk into output lines.
Each actor loads the model once, in its constructor (``worker_model``): a spaCy object never
travels through the object store. The driver writes shards as results stream back
(``ShardSink`` puts them in order). On a cluster (``--address``) every node needs accord installed
and the inputs at the same path (a shared file system); the output folder is the driver's.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import socket
import warnings
from collections.abc import Iterator
from typing import Any

import numpy as np

from accord.batch.extract import ChunkOutput, extract_chunk, failed_chunk, worker_model
from accord.batch.lifeline import set_parent_death_signal, start_reaper
from accord.batch.manifest import BatchError
from accord.batch.shards import PendingInput, iter_chunks
from accord.batch.writer import ChunkResult

# Blocks smaller than one chunk (~32 articles, 100-300 kB), so each chunk is its own block and goes
# to whichever actor is free; Ray's default (128 MiB) would hand a whole file to one actor.
BLOCK_BYTES = 64 * 1024
# Reading is light next to parsing; 0 CPUs lets read tasks run beside the N extractor actors.
READ_TASK_CPUS = 0
# CPUs reserved per extractor actor: spaCy parses on one core.
EXTRACTOR_CPUS = 1
# Ray Data settings for this run (restored afterwards): small blocks, and no Ray progress output.
CONTEXT_SETTINGS: dict[str, Any] = {
    "target_max_block_size": BLOCK_BYTES,
    "enable_progress_bars": False,
    "print_on_execution_start": False,
    "enable_auto_log_stats": False,
}
# Object store of a locally started Ray: chunks in flight are small, so 1 GiB is ample and keeps
# Ray from reserving a third of the machine's memory.
LOCAL_OBJECT_STORE_BYTES = 1 << 30
# A cluster address given as host:port (the head's GCS), probed before joining.
HOST_PORT = re.compile(r"^(?P<host>[\w.\-]+|\[[0-9a-fA-F:]+\]):(?P<port>\d{1,5})$")
# Ray's own chatter is kept out of accord's terminal output (accord reports every failed input itself);
# it still goes to Ray's session logs. Ray's Python side logs at this level and above only (its C++
# core is left alone: setting RAY_BACKEND_LOG_LEVEL makes it announce the setting on every run).
RAY_LOGGING_LEVEL = logging.ERROR
# Ray Data warns that the actor pool's minimum exceeds the inputs when there are fewer inputs than
# workers, which is expected for small runs and not the user's to act on.
RAY_FEWER_INPUTS_WARNING = r"The minimum number of concurrent actors"
# Seconds to wait for the head's port to answer: a live head answers at once, even a remote one.
CONNECT_SECONDS = 10
# Characters of a Ray failure kept in its one-line message.
ERROR_LINE_CHARS = 200


def _read_chunks(batch: dict[str, np.ndarray], shard_size: int, chunk_size: int) -> Iterator[dict[str, np.ndarray]]:
    """One pending input per row in; one row per chunk out, streamed as the file is read."""
    for payload in batch["pending"]:
        pending: PendingInput = pickle.loads(payload)
        for chunk in iter_chunks(pending, shard_size, chunk_size):
            yield {
                "input": np.array([chunk.input], dtype=object),
                "part": np.array([chunk.part]),
                "index": np.array([chunk.index]),
                "last_in_part": np.array([chunk.last_in_part]),
                "total_parts": np.array([-1 if chunk.total_parts is None else chunk.total_parts]),
                "items": np.array([pickle.dumps(chunk.items)], dtype=object),
            }


def _extract_safely(items: list, nlp: Any) -> ChunkOutput:
    """``extract_chunk``, and should it fail as a whole, one error record per item (never a RayTaskError)."""
    try:
        return extract_chunk(items, nlp)
    except Exception as exc:
        return failed_chunk(items, f"extraction failed: {type(exc).__name__}: {exc}")


class ChunkExtractor:
    """A Ray actor holding one loaded model; called with batches of chunk rows."""

    def __init__(self, model: str | None = None) -> None:
        set_parent_death_signal()  # the actor's parent is the raylet: it ends with Ray
        self.nlp = worker_model(model)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        lines: list[str] = []
        errors: list[str] = []
        for payload in batch["items"]:
            items = pickle.loads(payload)
            output = _extract_safely(items, self.nlp) if items else None
            lines.append(pickle.dumps(output.lines if output else []))
            errors.append(pickle.dumps(output.errors if output else []))
        result = {name: batch[name] for name in ("input", "part", "index", "last_in_part", "total_parts")}
        result["lines"] = np.array(lines, dtype=object)
        result["errors"] = np.array(errors, dtype=object)
        return result


def _start_ray(workers: int | None, address: str | None) -> bool:
    """Join ``address`` or start a local Ray; True when this call started it (and must stop it)."""
    import ray

    if ray.is_initialized():
        return False
    warnings.filterwarnings("ignore", message=RAY_FEWER_INPUTS_WARNING, category=UserWarning)
    options: dict[str, Any] = {"logging_level": RAY_LOGGING_LEVEL, "log_to_driver": False}
    if address:
        _check_reachable(address)
        try:
            ray.init(address=address, **options)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise BatchError(f"cannot join the Ray cluster at {address}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
    else:
        ray.init(num_cpus=workers or os.cpu_count() or 1, include_dashboard=False, object_store_memory=LOCAL_OBJECT_STORE_BYTES, **options)
    return True


def _check_reachable(address: str) -> None:
    """Fail fast on a ``host:port`` nobody listens on: ``ray.init`` would retry for many minutes."""
    match = HOST_PORT.match(address)
    if match is None:  # "auto", "ray://...": left to Ray
        return
    try:
        with socket.create_connection((match["host"].strip("[]"), int(match["port"])), timeout=CONNECT_SECONDS):
            pass
    except OSError as exc:
        raise BatchError(f"cannot join the Ray cluster at {address}: {exc.strerror or type(exc).__name__}") from exc


def _watch_local_ray() -> Any:
    """A reaper that ends this run's local Ray processes if the run dies without shutting Ray down."""
    try:
        import ray

        session = ray._private.worker.global_worker.node.get_session_dir_path()  # noqa: SLF001 - no public accessor
    except (AttributeError, ImportError):
        return None
    return start_reaper(os.path.basename(session)) if session else None


def _rows(dataset: Any) -> Iterator[dict[str, Any]]:
    """The dataset's rows; a failure inside Ray is one BatchError line, not a multi-line RayTaskError."""
    import ray.exceptions

    try:
        yield from dataset.iter_rows()
    except ray.exceptions.RayError as exc:
        cause = getattr(exc, "cause", None) or exc
        detail = (str(cause).strip().splitlines() or [type(cause).__name__])[-1][:ERROR_LINE_CHARS]
        raise BatchError(f"a Ray worker failed ({type(cause).__name__}: {detail}); rerun the same command to resume") from None


def cluster_workers() -> int:
    """One extractor actor per CPU of the Ray cluster joined (at least one)."""
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1) // EXTRACTOR_CPUS))


def run_ray(
    pending: list[PendingInput], shard_size: int, chunk_size: int, workers: int | None, address: str | None = None, model: str | None = None
) -> Iterator[ChunkResult]:
    """Extract the pending inputs with ``workers`` extractor actors; results stream back in any order.

    ``workers`` None: one actor per CPU of the cluster (``address``) or of this machine.
    """
    import ray
    from ray.data import ActorPoolStrategy, DataContext, TaskPoolStrategy

    context = DataContext.get_current()
    saved = {name: getattr(context, name) for name in CONTEXT_SETTINGS}
    started = False
    reaper = None
    try:
        started = _start_ray(workers, address)
        reaper = _watch_local_ray() if started and not address else None
        workers = workers or cluster_workers()
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # the CLI shows its own progress
        for name, value in CONTEXT_SETTINGS.items():
            setattr(context, name, value)
        rows = [{"pending": pickle.dumps(one)} for one in pending]
        dataset = ray.data.from_items(rows, override_num_blocks=len(rows))
        dataset = dataset.map_batches(
            _read_chunks,
            batch_size=1,
            compute=TaskPoolStrategy(size=min(workers, len(rows))),  # files read at once: one per extractor
            num_cpus=READ_TASK_CPUS,
            fn_kwargs={"shard_size": shard_size, "chunk_size": chunk_size},
        )
        dataset = dataset.map_batches(
            ChunkExtractor,
            batch_size=1,
            compute=ActorPoolStrategy(size=workers),  # ``concurrency=N``, spelled the Ray >= 2.51 way
            num_cpus=EXTRACTOR_CPUS,
            fn_constructor_kwargs={"model": model},
        )
        for row in _rows(dataset):
            total = int(row["total_parts"])
            yield ChunkResult(
                input=str(row["input"]),
                part=int(row["part"]),
                index=int(row["index"]),
                last_in_part=bool(row["last_in_part"]),
                total_parts=None if total < 0 else total,
                lines=pickle.loads(row["lines"]),
                errors=pickle.loads(row["errors"]),
            )
    finally:
        for name, value in saved.items():
            setattr(context, name, value)
        if started:
            ray.shutdown()
        if reaper is not None:  # Ray ended cleanly: the reaper has nothing to do
            reaper.kill()
            reaper.wait()
