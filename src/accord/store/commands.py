"""The store's terminal commands: ``accord ingest``, ``accord export`` and ``accord query`` end to end.

Each ``run_*`` is the one library call its CLI command makes: it opens the store, calls the
library functions, talks to the person (progress bar, summary, one stderr line per bad input)
and returns the exit status.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from accord.output import clip
from accord.store.db import Store, StoreError, open_store
from accord.store.export import export
from accord.store.ingest import IngestProgress, ingest_paths
from accord.store.query import Page, query_entities, query_events, query_statements

EXIT_OK = 0
EXIT_INPUT_FAILED = 1  # some input failed; the others were stored
EXIT_USAGE = 2  # bad option or unusable database: nothing was done
QUERY_KINDS = ("statements", "events", "entities")
# Characters of a statement's content shown in a table cell.
TABLE_CONTENT_CHARS = 160
# Console width when a query table goes to a file or pipe (a terminal reports its own width).
TABLE_FILE_WIDTH = 160
# Trailing characters of the current input shown beside the progress bar (the file name end).
PROGRESS_SOURCE_CHARS = 60


def _error(message: str) -> None:
    print(f"accord: error: {message}", file=sys.stderr, flush=True)


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Progress | None]:
    """A rich progress display on stderr when it is a terminal (pipes and logs get none)."""
    if not enabled:
        yield None
        return
    progress = Progress(
        SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[last]}"), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )
    with progress:
        yield progress


def run_ingest(paths: Sequence[str], db: str | None, published: str | None, model: str | None) -> int:
    """Ingest ``paths`` into ``db``; prints the summary (new, updated, unchanged, failed)."""
    from accord.nlp import ModelNotFound  # imports spaCy: only the ingest command needs it
    try:
        store = open_store(db)
    except StoreError as exc:
        _error(str(exc))
        return EXIT_USAGE
    with store, _progress_bar(sys.stderr.isatty()) as progress:
        task = progress.add_task("ingest", total=None, last="") if progress else None

        def on_progress(event: IngestProgress) -> None:
            if progress is not None and task is not None:
                progress.update(task, completed=event.done, last=event.source[-PROGRESS_SOURCE_CHARS:])

        def on_failure(source: str, reason: str) -> None:
            if progress is not None:
                progress.console.print(f"accord: error: {source}: {reason}", markup=False, highlight=False)
            else:
                _error(f"{source}: {reason}")

        try:
            summary = ingest_paths(
                paths, store, published=published, model=model, progress=on_progress, on_failure=on_failure
            )
        except ModelNotFound as exc:
            _error(f"cannot load model {model or 'default'}: {exc}")
            return EXIT_USAGE
    counts = summary.as_dict()
    print("ingested: " + ", ".join(f"{count} {name}" for name, count in counts.items()), file=sys.stderr, flush=True)
    return EXIT_INPUT_FAILED if summary.failed else EXIT_OK


def run_export(
    db: str | None, format: str, output: str | None, since: str | None, until: str | None,  # noqa: A002
    actor: str | None, table: str,
) -> int:
    """Export the store in ``format``; the count goes to stderr, the data to ``output`` or stdout."""
    try:
        with open_store(db) as store:
            count = export(store, format, output, since, until, actor, table)
    except (StoreError, ValueError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        target = output if output not in (None, "-") else "standard output"
        _error(f"{target}: cannot write ({exc.strerror or exc})")
        return EXIT_USAGE
    if output is not None and output != "-":
        print(f"exported: {count} {'records' if format in ('jsonl', 'cameo') else table} to {output}", file=sys.stderr)
    return EXIT_OK


def _refs(refs: list[dict]) -> str:
    return "; ".join((ref.get("name") or ref.get("text") or "") + (f" [{ref['code']}]" if ref.get("code") else "") for ref in refs)


def _table(kind: str, page: Page) -> Table:
    """A rich table of one page of query results."""
    table = Table(title=f"{kind}: {len(page.items)} of {page.total}", show_lines=False, expand=False)
    if kind == "statements":
        for column in ("article", "published", "speaker", "party", "said"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            speaker = item.get("speaker") or {}
            name = speaker.get("name") or speaker.get("text") or "—"
            table.add_row(str(item["article_id"]), item.get("article_published") or "", name,
                          speaker.get("affiliation") or "", clip(item["content"]["text"], TABLE_CONTENT_CHARS))
    elif kind == "events":
        for column in ("article", "date", "event", "actors", "recipients", "trigger"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            date = (item.get("date") or {}).get("value") or item.get("article_published") or ""
            event = ("NOT " if item.get("negated") else "") + item["event"]
            table.add_row(str(item["article_id"]), date, event, _refs(item.get("actors") or []),
                          _refs(item.get("recipients") or []), item["trigger"]["text"])
    else:
        for column in ("id", "name", "code", "kind", "articles", "mentions", "statements"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            table.add_row(str(item["id"]), item["name"], item.get("code") or "", item.get("kind") or "",
                          str(item["articles"]), str(item["mentions"]), str(item["statements"]))
    return table


def _query(store: Store, kind: str, options: dict) -> Page:
    """Call the query of ``kind`` with the options it takes; other options are a usage error."""
    accepted = {
        "statements": ("speaker", "party", "q", "since", "until"),
        "events": ("type", "actor", "recipient", "since", "until"),
        "entities": ("q", "type", "actor"),
    }[kind]
    given = {name: value for name, value in options.items() if value is not None}
    unknown = sorted(set(given) - set(accepted) - {"limit", "offset"})
    if unknown:
        raise ValueError(f"query {kind} does not take --{', --'.join(unknown)} (it takes --{', --'.join(accepted)})")
    paging = {"limit": options["limit"], "offset": options["offset"]}
    if kind == "statements":
        return query_statements(store, **{k: given.get(k) for k in accepted}, **paging)
    if kind == "events":
        return query_events(store, **{k: given.get(k) for k in accepted}, **paging)
    return query_entities(store, q=given.get("q"), kind=given.get("type"), code=given.get("actor"), **paging)


def run_query(kind: str, db: str | None, output_format: str, options: dict, out: TextIO | None = None) -> int:
    """Print one page of statements, events or entities as a table or JSON (``{"items", "total"}``)."""
    out = out or sys.stdout
    if kind not in QUERY_KINDS:
        _error(f"query: {kind!r} is not one of {', '.join(QUERY_KINDS)}")
        return EXIT_USAGE
    try:
        with open_store(db) as store:
            page = _query(store, kind, options)
    except (StoreError, ValueError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    if output_format == "json":
        out.write(json.dumps(page.as_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        Console(file=out, width=None if out.isatty() else TABLE_FILE_WIDTH).print(_table(kind, page))
    return EXIT_OK
