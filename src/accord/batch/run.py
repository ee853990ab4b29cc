"""``run_batch``: the one library function behind ``accord batch`` (inputs in, resumable shard folder out)."""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from accord.article import InputError
from accord.batch.lifeline import sigterm_as_interrupt
from accord.batch.manifest import BatchError, Manifest, ShardEntry
from accord.batch.shards import CHUNK_SIZE, SHARD_SIZE, InputFile, PendingInput, discover_inputs, iter_all_chunks
from accord.batch.writer import FORMATS, PARTIAL_DIR, ChunkResult, ShardSink

ENGINES: tuple[str, ...] = ("local", "ray")
LOCK_NAME = ".lock"


class BatchProgress:
    """What a caller (the CLI's progress bar) hears during a run; every method is optional."""

    def started(self, inputs: int, pending: int) -> None:
        """``inputs`` found, ``pending`` of them not yet complete."""

    def chunk_done(self, articles: int, errors: int) -> None:
        """A chunk of ``articles`` records (``errors`` of them failures) was written."""

    def shard_done(self, entry: ShardEntry) -> None:
        """A shard was made durable and listed in the manifest."""

    def error(self, message: str) -> None:
        """One line naming a bad input and why."""


@dataclass
class BatchSummary:
    """The outcome of a run: what was skipped, written and failed."""

    output_dir: str
    inputs: int = 0
    inputs_skipped: int = 0  # already complete from an earlier run
    shards_written: int = 0
    articles: int = 0  # records written by this run (errors included)
    errors: int = 0  # records with an ``error`` field written by this run
    bad_inputs: list[str] = field(default_factory=list)  # paths that are not readable batch inputs
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors and not self.bad_inputs

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def default_workers() -> int:
    """One worker per CPU this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_batch(
    inputs: Iterable[str],
    output_dir: str | Path,
    engine: str = "local",
    address: str | None = None,
    workers: int | None = None,
    fmt: str = "jsonl",
    shard_size: int | None = None,
    model: str | None = None,
    progress: BatchProgress | None = None,
) -> BatchSummary:
    """Extract every article of ``inputs`` into shards under ``output_dir``, skipping finished shards.

    Raises ``BatchError`` for a run that cannot start (bad engine/format, output folder in use or of
    another layout); bad inputs and failed articles are reported and the rest goes on.
    """
    if engine not in ENGINES:
        raise BatchError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    if fmt not in FORMATS:
        raise BatchError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    shard_size = SHARD_SIZE if shard_size is None else shard_size
    if shard_size < 1:
        raise BatchError("shard size must be at least 1")
    progress = progress or BatchProgress()
    # Joining a cluster, the default is the cluster's CPUs (known once joined), not this machine's.
    workers = workers or (None if engine == "ray" and address else default_workers())
    output = Path(output_dir)
    started = time.monotonic()
    summary = BatchSummary(output_dir=str(output))
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{output}: cannot create output folder ({exc.strerror or type(exc).__name__})") from exc
    with _locked(output), sigterm_as_interrupt():
        manifest = Manifest.open(output, fmt, shard_size)
        shutil.rmtree(output / PARTIAL_DIR, ignore_errors=True)  # leftovers of a killed run
        files, pending = _plan(inputs, output, manifest, summary, progress)

        def on_shard(entry: ShardEntry) -> None:
            summary.shards_written += 1
            progress.shard_done(entry)

        sink = ShardSink(output, fmt, manifest, files, on_shard)
        try:
            for result in _engine_results(engine, pending, shard_size, workers, address, model):
                sink.accept(result)
                summary.articles += len(result.lines)
                summary.errors += len(result.errors)
                for message in result.errors:
                    progress.error(message)
                if result.lines:
                    progress.chunk_done(len(result.lines), len(result.errors))
        except OSError as exc:
            raise BatchError(f"{output}: cannot write shards ({exc.strerror or type(exc).__name__}); rerun to resume") from exc
        finally:
            sink.close()
    summary.seconds = time.monotonic() - started
    return summary


def _plan(
    inputs: Iterable[str], output: Path, manifest: Manifest, summary: BatchSummary, progress: BatchProgress
) -> tuple[dict[str, InputFile], list[PendingInput]]:
    """Find the input files and what is left to do of each; bad inputs are reported and counted."""
    files: dict[str, InputFile] = {}
    pending: list[PendingInput] = []
    for found in discover_inputs(inputs, exclude=output):
        if isinstance(found, InputError):
            summary.bad_inputs.append(found.source)
            progress.error(found.message())
            continue
        files[found.key] = found
        todo = manifest.pending(found)
        if todo is None:
            summary.inputs_skipped += 1
        else:
            pending.append(todo)
    summary.inputs = len(files)
    manifest.save()
    progress.started(len(files), len(pending))
    return files, pending


def _engine_results(
    engine: str, pending: list[PendingInput], shard_size: int, workers: int | None, address: str | None, model: str | None
) -> Iterator[ChunkResult]:
    if not pending:
        return iter(())
    if engine == "ray":
        from accord.batch.ray_engine import run_ray  # Ray is an optional extra

        return run_ray(pending, shard_size, CHUNK_SIZE, workers, address, model)
    from accord.batch.local import run_local

    return run_local(iter_all_chunks(pending, shard_size, CHUNK_SIZE), workers or default_workers(), model)


class _locked:
    """An exclusive lock on the output folder: two runs never write the same shards."""

    def __init__(self, output: Path) -> None:
        self.path = output / LOCK_NAME
        self.handle: IO[str] | None = None

    def __enter__(self) -> None:
        self.handle = open(self.path, "a")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            self.handle.close()
            raise BatchError(f"{self.path.parent}: another accord batch is writing to this folder") from exc

    def __exit__(self, *exc_info: object) -> None:
        if self.handle is not None:
            self.handle.close()
