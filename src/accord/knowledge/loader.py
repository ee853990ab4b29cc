"""The one reader of accord's data files: JSON documents and tab-separated tables with '#' comments.

Every data file lives under ``accord/data/<concern>/``; stages name a file by that relative path
("events/triggers.tsv") and a table's columns by name, so no module parses lines by hand.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

DATA_PACKAGE = "accord"
DATA_DIR = "data"
COMMENT = "#"
SEPARATOR = "\t"

Row = dict[str, str]


def read_text(path: str) -> str:
    """The text of the data file at ``path`` (relative to ``accord/data``)."""
    return resources.files(DATA_PACKAGE).joinpath(DATA_DIR, *path.split("/")).read_text(encoding="utf-8")


def read_json(path: str) -> Any:
    """The parsed JSON document at ``path``: a fresh object on each call, so callers may keep or change it."""
    return json.loads(read_text(path))


def parse_rows(text: str, columns: Sequence[str]) -> list[Row]:
    """The rows of a tab-separated table as dicts keyed by ``columns``.

    Blank lines and lines starting with '#' are skipped; cells are stripped; a row shorter than
    ``columns`` gets "" for the missing cells, and cells beyond ``columns`` are ignored.
    """
    rows: list[Row] = []
    width = len(columns)
    for line in text.splitlines():
        if not line.strip() or line.startswith(COMMENT):
            continue
        cells = [cell.strip() for cell in line.split(SEPARATOR)[:width]]
        cells += [""] * (width - len(cells))
        rows.append(dict(zip(columns, cells)))
    return rows


def read_rows(path: str, columns: Sequence[str]) -> list[Row]:
    """The rows of the tab-separated data file at ``path`` (see ``parse_rows``)."""
    return parse_rows(read_text(path), columns)
