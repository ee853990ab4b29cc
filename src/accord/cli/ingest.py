"""The `accord ingest` command: extract inputs into the store, with a progress bar and a summary line."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator, Sequence
from typing import Annotated

import typer

from accord.cli.console import EXIT_INPUT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, error, ingest_display, say
from accord.cli.options import DB_HELP, MODEL_HELP, published_option


# Signals that ask a running ingest to stop: the polite kill and Ctrl-C.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def stop_on_signal() -> Iterator[threading.Event]:
    """Within the block, SIGTERM or Ctrl-C sets the returned event: the run stops after the article it is
    storing (an exception raised inside a database call could leave that article's transaction
    half-handled). A second signal stops at once. A no-op outside the main thread."""
    requested = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield requested
        return

    def request(signum: int, frame: object) -> None:
        if requested.is_set():
            raise KeyboardInterrupt(f"signal {signum}")
        requested.set()

    previous = {signum: signal.signal(signum, request) for signum in STOP_SIGNALS}
    try:
        yield requested
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run_ingest(paths: Sequence[str], db: str | None, published: str | None, model: str | None) -> int:
    """Ingest ``paths`` into ``db``; prints the summary (new, updated, unchanged, failed), also when
    Ctrl-C or SIGTERM stops the run after an article (what was stored before it stays stored)."""
    from accord.ingest import IngestInterrupted, ingest_paths
    from accord.nlp import ModelNotFound  # imports spaCy: only the ingest command needs it
    from accord.store import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as exc:
        error(str(exc))
        return EXIT_USAGE
    interrupted = False
    with store, stop_on_signal() as stop_requested, ingest_display() as display:
        try:
            summary = ingest_paths(
                paths, store, published=published, model=model,
                progress=lambda event: display.advance(event.done, event.source), on_failure=display.failed,
                stop=stop_requested.is_set,
            )
        except ModelNotFound as exc:
            error(f"cannot load model {model or 'default'}: {exc}")
            return EXIT_USAGE
        except IngestInterrupted as interruption:
            summary, interrupted = interruption.summary, True
    counts = ", ".join(f"{count} {name}" for name, count in summary.as_dict().items())
    if interrupted:
        say(f"ingested before the interruption: {counts} (stored; run again to finish)")  # main adds "interrupted"
        return EXIT_INTERRUPTED
    say("ingested: " + counts)
    return EXIT_INPUT_FAILED if summary.failed else EXIT_OK


def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files, directories, URLs, RSS/Atom feeds, WARC(.gz) files or `accord batch` output directories.", show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for every input (overrides metadata).", callback=published_option)] = None,
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
) -> None:
    """Extract articles and store them in the database (idempotent: unchanged articles are skipped)."""
    raise typer.Exit(run_ingest(paths, db, published, model))


def register(app: typer.Typer) -> None:
    """Add ``ingest`` to the app."""
    app.command("ingest")(ingest)
