"""Writers of extraction records to a stream: JSON Lines, a JSON array, CAMEO rows.

``FORMATS`` maps a ``--format`` name to a writer ``(records, out) -> None``; a writer consumes the
records as they come (records stream out in input order). Every record goes through the one
contract serializer (``accord.formats.contract``). Tables for a person are drawn by the CLI.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from accord.formats.cameo import write_cameo
from accord.formats.contract import contract_json
from accord.records import ArticleRecord

Writer = Callable[[Iterable[ArticleRecord], TextIO], None]


def write_jsonl(records: Iterable[ArticleRecord], out: TextIO) -> None:
    """One JSON object a line, flushed per record so a pipe sees each article as it is done."""
    for record in records:
        out.write(contract_json(record) + "\n")
        out.flush()


def write_json(records: Iterable[ArticleRecord], out: TextIO) -> None:
    """A JSON array of the records (streamed: one element per line, so memory stays bounded)."""
    out.write("[")
    separator = "\n"
    for record in records:
        out.write(separator + contract_json(record))
        separator = ",\n"
    out.write("\n]\n" if separator != "\n" else "]\n")
    out.flush()


FORMATS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "json": write_json,
    "cameo": write_cameo,
}


def open_output(path: str | None, stdout: TextIO | None = None) -> contextlib.AbstractContextManager[TextIO]:
    """The output stream: ``path`` opened for writing (UTF-8), or stdout left open afterwards."""
    if path is None or path == "-":
        return contextlib.nullcontext(stdout or sys.stdout)
    return open(path, "w", encoding="utf-8", newline="\n")
