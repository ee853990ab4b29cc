"""Batch inputs: which files to read, and each file cut into numbered parts streamed as small chunks.

An *input shard* is one input file (JSONL, JSONL.gz, WARC, WARC.gz); it is cut into consecutive
*parts* of ``shard_size`` articles, each written to its own output shard. Parts are streamed as
chunks of ``chunk_size`` articles, so no input is ever held in memory whole. Reading itself is
``accord.readers`` (one reader per file kind); this module only walks, counts and cuts.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from accord.article import Article, InputError
from accord.nlp import BATCH_SIZE
from accord.readers import directory_files, read_file, unreadable_errors
from accord.readers.text import os_error_reason

# Articles per output shard: the unit of resumption (a killed run redoes at most one part per
# file in flight) and a file size (~5-20 MB of JSONL) that is quick to ingest and list.
SHARD_SIZE = 1000
# Articles per chunk sent to a worker: one nlp.pipe batch, so workers parse at full batch speed
# while each chunk in flight stays small (a few hundred kB).
CHUNK_SIZE = BATCH_SIZE
# File kinds a batch reads (lower-case name endings); directories are searched for these only.
BATCH_SUFFIXES: tuple[str, ...] = (".jsonl", ".jsonl.gz", ".warc", ".warc.gz")
# Hex digits of the input path's hash in shard names: tells apart same-named files of different folders.
NAME_HASH_DIGITS = 8

Item = Article | InputError


@dataclass(frozen=True)
class InputFile:
    """One input shard: a file to read, named for the manifest and for its output shards."""

    key: str  # absolute path: the manifest key
    source: str  # the path as the user gave it (or below a given directory): records' ``source``
    name: str  # "<basename>.<hash8>": prefix of its output shard names
    size: int
    mtime_ns: int

    def shard_name(self, part: int) -> str:
        """The output shard name of ``part`` (zero-padded, so names sort in part order)."""
        return f"{self.name}.{part:05d}"


@dataclass(frozen=True)
class PendingInput:
    """An input file still to do, with the parts an earlier run already finished."""

    file: InputFile
    finished_parts: frozenset[int] = frozenset()


@dataclass
class Chunk:
    """Consecutive items of one part of one input, or (``part == END``) the end-of-input marker."""

    input: str
    part: int
    index: int  # chunk number within the part
    items: list[Item] = field(default_factory=list)
    last_in_part: bool = False
    total_parts: int | None = None  # on the end marker: how many parts the input has

    @property
    def is_end(self) -> bool:
        """Whether this is the end-of-input marker (it carries ``total_parts``, no items)."""
        return self.part == END


# ``Chunk.part`` of the marker that closes an input.
END = -1


def is_batch_input(path: Path) -> bool:
    """Whether a file name is one of the kinds a batch reads."""
    name = path.name.lower()
    return any(name.endswith(suffix) for suffix in BATCH_SUFFIXES)


def input_file(path: Path, source: str) -> InputFile:
    """Describe one input file (stat only; nothing is read)."""
    absolute = os.path.abspath(path)
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:NAME_HASH_DIGITS]
    stat = os.stat(path)
    return InputFile(absolute, source, f"{path.name}.{digest}", stat.st_size, stat.st_mtime_ns)


def discover_inputs(paths: Iterable[str], exclude: Path | None = None) -> Iterator[InputFile | InputError]:
    """Every batch input file under the given paths, in order (directories sorted, recursively).

    Files under ``exclude`` (the output folder, whose shards are JSONL too) are never inputs.
    A path that does not exist or is of another kind is an InputError naming it; the others go on.
    """
    excluded = os.path.join(os.path.abspath(exclude), "") if exclude is not None else None
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                unreadable: list[OSError] = []
                candidates = [
                    (found, os.path.join(given, os.path.relpath(found, path)))
                    for found in directory_files(path, unreadable)
                    if is_batch_input(found)
                ]
                yield from unreadable_errors(path, given, unreadable)
                if not candidates and not unreadable:
                    yield InputError(given, f"directory has no batch inputs ({', '.join(BATCH_SUFFIXES)})")
            elif not path.exists():
                yield InputError(given, "no such file or directory")
                continue
            elif not is_batch_input(path):
                yield InputError(given, f"not a batch input kind (expected {', '.join(BATCH_SUFFIXES)})")
                continue
            else:
                candidates = [(path, given)]
            for found, source in candidates:
                described = input_file(found, source)
                if excluded and described.key.startswith(excluded):
                    continue
                if described.key not in seen:  # the same file named twice is read once
                    seen.add(described.key)
                    yield described
        except OSError as exc:
            yield InputError(given, os_error_reason(exc))


def iter_chunks(
    pending: PendingInput, shard_size: int = SHARD_SIZE, chunk_size: int = CHUNK_SIZE
) -> Iterator[Chunk]:
    """Stream one input as chunks of its unfinished parts, then its end marker.

    Items of finished parts are read and dropped (readers are deterministic, so part boundaries
    fall at the same articles on every run). The last chunk of each part has ``last_in_part``.
    """
    key = pending.file.key
    position = 0  # index in the input of the next item
    current_part = -1
    chunk_index = 0
    buffer: list[Item] = []
    for item in read_file(Path(key), pending.file.source, None):
        part = position // shard_size
        position += 1
        if part in pending.finished_parts:
            continue
        if part != current_part:
            current_part, chunk_index = part, 0
        buffer.append(item)
        part_full = position == (part + 1) * shard_size
        if part_full or len(buffer) == chunk_size:
            yield Chunk(key, part, chunk_index, buffer, last_in_part=part_full)
            buffer, chunk_index = [], chunk_index + 1
    last_part = (position - 1) // shard_size
    if position % shard_size and last_part not in pending.finished_parts:
        yield Chunk(key, last_part, chunk_index if current_part == last_part else 0, buffer, last_in_part=True)
    yield Chunk(key, END, 0, total_parts=-(-position // shard_size))


def iter_all_chunks(
    pending: Iterable[PendingInput], shard_size: int = SHARD_SIZE, chunk_size: int = CHUNK_SIZE
) -> Iterator[Chunk]:
    """The chunks of every pending input, one input after another."""
    for one in pending:
        yield from iter_chunks(one, shard_size, chunk_size)
