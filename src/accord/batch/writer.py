"""Output shards: records written under ``.partial/``, fsynced, renamed into place, then listed in the manifest.

``ShardSink`` takes chunk results in any order (Ray may finish chunks out of order), writes each
part's records in input order, and finishes a shard as soon as all its chunks are in. The order
of the durable steps — shard file complete and fsynced, renamed, then the manifest saved — is what
makes a killed run resumable without duplicates.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from accord.batch.arrow_schema import model_schema
from accord.batch.manifest import Manifest, ShardEntry, fsync_directory
from accord.batch.shards import InputFile
from accord.records import ArticleRecord

PARTIAL_DIR = ".partial"
FORMATS: tuple[str, ...] = ("jsonl", "parquet")


@dataclass
class ChunkResult:
    """A chunk after extraction: where it belongs and its output lines (the end marker has none)."""

    input: str
    part: int
    index: int
    last_in_part: bool
    total_parts: int | None
    lines: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class JsonlShardWriter:
    """Streams lines to the partial file; ``finish`` makes it durable under its final name."""

    def __init__(self, partial: Path, final: Path) -> None:
        self.partial, self.final = partial, final
        self.handle: IO[str] = open(partial, "w", encoding="utf-8")

    def write(self, lines: list[str]) -> None:
        """Append output lines to the partial file."""
        for line in lines:
            self.handle.write(line)
            self.handle.write("\n")

    def finish(self) -> None:
        """Flush and fsync the partial file, then rename it to its final name (atomic)."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.partial, self.final)

    def abort(self) -> None:
        """Close the partial file unfinished (the next run writes it again)."""
        self.handle.close()


class ParquetShardWriter:
    """Collects one part's records (at most a shard's worth) and writes one Parquet file at the end."""

    def __init__(self, partial: Path, final: Path) -> None:
        self.partial, self.final = partial, final
        self.rows: list[dict] = []

    def write(self, lines: list[str]) -> None:
        """Keep the records of output lines until the part is complete."""
        self.rows.extend(json.loads(line) for line in lines)

    def finish(self) -> None:
        """Write the part as one Parquet file, fsync it, then rename it to its final name (atomic)."""
        table = pa.Table.from_pylist(self.rows, schema=model_schema(ArticleRecord))
        pq.write_table(table, self.partial)
        with open(self.partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self.partial, self.final)
        self.rows = []

    def abort(self) -> None:
        """Drop the records collected (nothing was written yet)."""
        self.rows = []


WRITERS = {"jsonl": JsonlShardWriter, "parquet": ParquetShardWriter}


@dataclass
class OpenShard:
    """A part being written: the next chunk it needs, chunks that came early, counts so far."""

    writer: JsonlShardWriter | ParquetShardWriter
    next_index: int = 0
    waiting: dict[int, ChunkResult] = field(default_factory=dict)
    articles: int = 0
    errors: int = 0


class ShardSink:
    """Writes chunk results into shard files and records finished shards in the manifest."""

    def __init__(
        self,
        output_dir: Path,
        output_format: str,
        manifest: Manifest,
        inputs: dict[str, InputFile],
        on_shard: Callable[[ShardEntry], None] | None = None,
    ) -> None:
        self.output_dir = output_dir
        self.partial_dir = output_dir / PARTIAL_DIR
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        self.format = output_format
        self.manifest = manifest
        self.inputs = inputs
        self.on_shard = on_shard
        self.open: dict[tuple[str, int], OpenShard] = {}

    def accept(self, result: ChunkResult) -> None:
        """Take one chunk result; finish its shard if this completes it."""
        if result.total_parts is not None:
            self.manifest.set_total_parts(result.input, result.total_parts)
            self.manifest.save()
            return
        key = (result.input, result.part)
        shard = self.open.get(key) or self._open(result.input, result.part)
        shard.waiting[result.index] = result
        while (ready := shard.waiting.pop(shard.next_index, None)) is not None:
            shard.writer.write(ready.lines)
            shard.articles += len(ready.lines)
            shard.errors += len(ready.errors)
            shard.next_index += 1
            if ready.last_in_part:
                self._finish(result.input, result.part, shard)
                break

    def _open(self, key: str, part: int) -> OpenShard:
        name = self.inputs[key].shard_name(part)
        filename = f"{name}.{self.format}"
        shard = OpenShard(WRITERS[self.format](self.partial_dir / filename, self.output_dir / filename))
        self.open[(key, part)] = shard
        return shard

    def _finish(self, key: str, part: int, shard: OpenShard) -> None:
        shard.writer.finish()
        fsync_directory(self.output_dir)
        del self.open[(key, part)]
        file = self.inputs[key]
        entry = ShardEntry(
            name=file.shard_name(part),
            file=f"{file.shard_name(part)}.{self.format}",
            input=key,
            part=part,
            first=part * self.manifest.data["shard_size"],
            articles=shard.articles,
            errors=shard.errors,
            finished=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        self.manifest.add_shard(entry)
        self.manifest.save()
        if self.on_shard:
            self.on_shard(entry)

    def close(self) -> None:
        """Drop unfinished shards (their partial files are rewritten by the next run)."""
        for shard in self.open.values():
            shard.writer.abort()
        self.open.clear()
