"""The batch manifest: which output shards are finished, so a rerun skips them.

It is the only source of truth for readers of a batch directory: a shard file not listed here is
a leftover of a killed run. Every save is atomic (temp file, fsync, rename, fsync of the folder).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.batch.shards import InputFile, PendingInput

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "accord-batch"
MANIFEST_VERSION = 1


class BatchError(RuntimeError):
    """A batch cannot run as asked (bad output folder, manifest of another layout): one line for the user."""


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest at ``path``, checked (format and version): the one reader, for resuming and for ingest.

    An unreadable file or a manifest of another format or version is a ``BatchError`` naming the file.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BatchError(f"{path}: unreadable manifest ({type(exc).__name__})") from exc
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT or data.get("version") != MANIFEST_VERSION:
        raise BatchError(f"{path}: not an accord batch manifest (format {MANIFEST_FORMAT!r}, version {MANIFEST_VERSION})")
    if not isinstance(data.get("shards"), list):
        raise BatchError(f'{path}: batch manifest has no "shards" list')
    return data


def fsync_directory(directory: Path) -> None:
    """Make a rename inside ``directory`` durable."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file, whole."""
    temporary = path.with_name(f".{path.name}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_directory(path.parent)


@dataclass
class ShardEntry:
    """One finished output shard as listed in the manifest."""

    name: str
    file: str
    input: str
    part: int
    first: int
    articles: int
    errors: int
    finished: str


class Manifest:
    """The finished shards and inputs of one output folder, loaded once and saved after each shard."""

    def __init__(self, path: Path, output_format: str, shard_size: int, data: dict[str, Any] | None = None) -> None:
        self.path = path
        self.data: dict[str, Any] = data or {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            "output_format": output_format,
            "shard_size": shard_size,
            "inputs": {},
            "shards": [],
        }

    @classmethod
    def open(cls, output_dir: Path, output_format: str, shard_size: int) -> "Manifest":
        """The folder's manifest, or a new empty one; refuses a manifest of another format or shard size."""
        path = output_dir / MANIFEST_NAME
        if not path.exists():
            return cls(path, output_format, shard_size)
        try:
            data = read_manifest(path)
        except BatchError as exc:
            raise BatchError(f"{exc}; move it away to start over") from exc.__cause__
        held, size = data.get("output_format"), data.get("shard_size")
        if held != output_format:
            raise BatchError(f"{path}: this folder holds {held} shards; rerun with --format {held}")
        if size != shard_size:
            raise BatchError(f"{path}: this folder was cut into shards of {size} articles; rerun with --shard-size {size}")
        return cls(path, output_format, shard_size, data)

    @property
    def shards(self) -> list[dict[str, Any]]:
        """The finished shards, in the order they were finished."""
        return self.data["shards"]

    def save(self) -> None:
        """Write the manifest atomically: a crash leaves the old or the new one, whole."""
        write_atomically(self.path, json.dumps(self.data, ensure_ascii=False, indent=1).encode("utf-8"))

    def pending(self, file: InputFile) -> PendingInput | None:
        """What is left to do of an input: None when complete; its finished parts otherwise.

        An input whose size or modification time changed since it was recorded starts over.
        """
        entry = self.data["inputs"].get(file.key)
        if entry is not None and (entry["size"], entry["mtime_ns"]) != (file.size, file.mtime_ns):
            self.forget(file.key)
            entry = None
        if entry is None:
            self.data["inputs"][file.key] = {
                "size": file.size, "mtime_ns": file.mtime_ns, "complete": False, "parts": None, "articles": 0, "errors": 0,
            }
            return PendingInput(file)
        if entry["complete"]:
            return None
        finished = frozenset(shard["part"] for shard in self.shards if shard["input"] == file.key)
        return PendingInput(file, finished)

    def forget(self, key: str) -> None:
        """Drop an input and its shards (its file changed): they will be written again."""
        self.data["inputs"].pop(key, None)
        self.data["shards"] = [shard for shard in self.shards if shard["input"] != key]

    def add_shard(self, entry: ShardEntry) -> None:
        """Record a finished shard (its file is already durable) and update its input's totals."""
        self.shards.append(entry.__dict__.copy())
        totals = self.data["inputs"][entry.input]
        totals["articles"] += entry.articles
        totals["errors"] += entry.errors
        self._update_complete(entry.input)

    def set_total_parts(self, key: str, parts: int) -> None:
        """Record how many parts an input has (known once it was read to the end)."""
        self.data["inputs"][key]["parts"] = parts
        self._update_complete(key)

    def _update_complete(self, key: str) -> None:
        entry = self.data["inputs"][key]
        if entry["parts"] is None:
            return
        done = {shard["part"] for shard in self.shards if shard["input"] == key}
        entry["complete"] = done >= set(range(entry["parts"]))

    def is_complete(self, key: str) -> bool:
        """Whether every part of the input ``key`` is in a finished shard."""
        return bool(self.data["inputs"][key]["complete"])
