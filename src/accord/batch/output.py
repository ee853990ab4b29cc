"""Reading an ``accord batch`` output directory: the records of the shards its manifest lists.

Layout: ``manifest.json`` (format ``accord-batch``, the shards in order) + ``*.jsonl[.gz]`` / ``*.parquet`` shards.
Records are already extracted, so ingest stores them without parsing anything again. Files not
listed in the manifest are leftovers of a killed batch run and are never read.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from accord.article import InputError
from accord.batch.manifest import MANIFEST_NAME, BatchError, read_manifest
from accord.records import ArticleRecord

# Rows converted from a parquet shard at a time: bounded memory for shards of any size.
PARQUET_BATCH_ROWS = 256


def is_batch_output(path: str) -> bool:
    """True when ``path`` is a directory written by ``accord batch`` (it holds a manifest)."""
    directory = Path(path)
    return directory.is_dir() and (directory / MANIFEST_NAME).is_file()


def _manifest_shards(directory: Path, source: str) -> list[dict] | InputError:
    """The shards the manifest lists (read by ``accord.batch.manifest.read_manifest``), or why not."""
    try:
        manifest = read_manifest(directory / MANIFEST_NAME)
    except BatchError as exc:
        return InputError(f"{source}/{MANIFEST_NAME}", str(exc).removeprefix(f"{directory / MANIFEST_NAME}: "))
    return [shard for shard in manifest["shards"] if isinstance(shard, dict) and isinstance(shard.get("file"), str)]


def _jsonl_records(path: Path, where: str) -> Iterator[ArticleRecord | InputError]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield ArticleRecord.model_validate_json(line)
            except ValidationError as exc:
                yield InputError(f"{where}:line {number}", f"not a contract record ({exc.error_count()} errors)")


def _parquet_records(path: Path, where: str) -> Iterator[ArticleRecord | InputError]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for row in batch.to_pylist():
            number += 1
            try:
                yield ArticleRecord.model_validate(row)
            except ValidationError as exc:
                yield InputError(f"{where}:row {number}", f"not a contract record ({exc.error_count()} errors)")


def read_batch_output(path: str) -> Iterator[ArticleRecord | InputError]:
    """Every record of the finished shards of a batch output directory, in manifest order."""
    directory = Path(path)
    shards = _manifest_shards(directory, path)
    if isinstance(shards, InputError):
        yield shards
        return
    inside = directory.resolve()
    for shard in shards:
        shard_path = directory / shard["file"]
        where = f"{path}/{shard['file']}"
        if not shard_path.resolve().is_relative_to(inside):  # a manifest only names its own shards
            yield InputError(where, "shard outside the batch output directory: not read")
            continue
        try:
            if shard_path.name.endswith(".parquet"):
                yield from _parquet_records(shard_path, where)
            else:
                yield from _jsonl_records(shard_path, where)
        except (OSError, EOFError, ValueError) as exc:
            yield InputError(where, f"unreadable shard ({type(exc).__name__}: {exc})")
