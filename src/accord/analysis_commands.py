"""Terminal wrapper of the corpus views: what ``accord query divergence`` calls (one function).

Opens the store, asks ``accord.analysis.store_divergences`` and prints a table or JSON (a list of
issue 8's divergence objects). Bad options or an unusable database: one stderr line, exit code 2.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from rich.console import Console
from rich.table import Table

from accord.analysis import store_divergences
from accord.divergence import ISSUE_WINDOW_DAYS, Divergence
from accord.store import StoreError, open_store

EXIT_OK = 0
EXIT_USAGE = 2  # bad option or unusable database: nothing was printed
OUTPUT_FORMATS = ("table", "json")
# Width of the table when the output is not a terminal (a pipe or a file): wide enough for ids.
PIPE_WIDTH = 160


def divergence_table(divergences: list[Divergence]) -> Table:
    """One row per side: the topic, its event, the party, its assessment and the statements carrying it."""
    table = Table(title=f"{len(divergences)} divergence{'' if len(divergences) == 1 else 's'}")
    for column in ("topic", "event", "party", "polarity", "statements"):
        table.add_column(column, overflow="fold")
    for divergence in divergences:
        for number, side in enumerate(divergence.sides):
            first = number == 0
            table.add_row(divergence.topic if first else "", (divergence.event or "-") if first else "",
                          side.party, side.polarity, " ".join(side.statements), end_section=number == len(divergence.sides) - 1)
    return table


def run_divergence(db: str | None, output_format: str = "table", since: str | None = None, until: str | None = None,
                   window_days: int = ISSUE_WINDOW_DAYS, out: TextIO | None = None) -> int:
    """Print the store's divergences; statement ids are ``"<store article id>:<statement id>"``."""
    out = out or sys.stdout
    if output_format not in OUTPUT_FORMATS:
        print(f"accord: error: --format: {output_format!r} is not one of {', '.join(OUTPUT_FORMATS)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with open_store(db) as store:
            found = store_divergences(store, since=since, until=until, window_days=window_days)
    except (StoreError, ValueError) as exc:
        print(f"accord: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if output_format == "json":
        out.write(json.dumps([d.to_json_dict() for d in found], ensure_ascii=False, indent=1) + "\n")
    else:
        Console(file=out, width=None if out.isatty() else PIPE_WIDTH).print(divergence_table(found))
    return EXIT_OK
