"""Everything the commands say to a person, in one place: exit codes, error lines, progress, tables.

No module below ``accord.cli`` prints or draws (a test scans for it): the library returns values and
calls callbacks; the command modules turn them into lines, progress displays and rich tables here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from rich.console import Console, RenderableType
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from accord.article import InputError
    from accord.batch import BatchProgress
    from accord.batch.manifest import ShardEntry

EXIT_OK = 0
EXIT_INPUT_FAILED = 1  # some input failed; the others were done
EXIT_USAGE = 2  # bad option, unknown model, unusable database or output: nothing was done
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports SIGINT
# Console width when a table goes to a file or pipe (a terminal reports its own width).
TABLE_FILE_WIDTH = 160
# What starts every error line: ``accord: error: <input or option>: <reason>``.
ERROR_PREFIX = "accord: error"
# Trailing characters of the current input shown beside the ingest progress bar (the file name end).
PROGRESS_SOURCE_CHARS = 60


def error(message: str, stream: TextIO | None = None) -> None:
    """One error line on stderr: ``accord: error: <input or option>: <reason>`` (every command's, the one home)."""
    print(f"{ERROR_PREFIX}: {message}", file=stream or sys.stderr, flush=True)


def note(message: str, stream: TextIO | None = None) -> None:
    """One informative line on stderr (not an error: the exit status does not change)."""
    print(f"accord: note: {message}", file=stream or sys.stderr, flush=True)


def say(message: str, stream: TextIO | None = None) -> None:
    """A summary line for the person (stderr by default, so stdout keeps only data)."""
    print(message, file=stream or sys.stderr, flush=True)


def discard_stdout() -> None:
    """The reader of our output went away (``| head``): point the process's stdout at /dev/null, so the
    interpreter's final flush cannot fail, and the command stops quietly (as ``cat`` or ``grep`` would)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor behind stdout
        pass


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (a library's multi-line explanation, cut to one line)."""
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def database_missing(db: str | None) -> bool:
    """True, after one error line, when ``db`` names a SQLite file that does not exist: a command that
    only reads (query, export, serve) refuses it rather than create an empty database and show nothing."""
    from accord.store.db import missing_sqlite_file

    missing = missing_sqlite_file(db)
    if missing is None:
        return False
    error(f"no database at {missing}: run `accord ingest` first (or pass --db)")
    return True


@dataclass
class Report:
    """Messages for a person on stderr: one line per failed input, counted, and notes."""

    stream: TextIO
    failed: int = 0

    def error(self, failure: "InputError") -> None:
        """Count and print one failed input."""
        self.failed += 1
        error(failure.message(), self.stream)

    def note(self, message: str) -> None:
        """Print one article that was read but not extracted (another language)."""
        note(message, self.stream)


class _TableConsole(Console):
    """A rich Console that leaves a closed pipe (``| head``) to the caller instead of exiting 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def table_console(out: TextIO, file_width: int | None = TABLE_FILE_WIDTH, min_width: int = 0,
                  highlight: bool = False) -> Console:
    """A console drawing on ``out``: a terminal's own width, ``file_width`` for a file or pipe (None:
    rich's default), never narrower than ``min_width``."""
    is_terminal = hasattr(out, "isatty") and out.isatty()
    width = None if is_terminal else file_width
    if min_width:
        width = max(Console(file=out).width if width is None else width, min_width)
    return _TableConsole(file=out, width=width, highlight=highlight, soft_wrap=False)


def print_table(table: RenderableType, out: TextIO | None = None, file_width: int = TABLE_FILE_WIDTH) -> None:
    """Draw one rich table (or any renderable) on ``out`` (stdout by default)."""
    table_console(out or sys.stdout, file_width).print(table)


# What a table shows for an event with no date of its own (its article's date says when it was reported).
UNDATED = "undated"


def event_flags(assertion: str | None, modality: str | None, negated: bool | None) -> str:
    """An event's flags cell, alike in every table: NOT for a negated event, and how it is not asserted (future,
    hypothetical, demanded, denied, historical: its ``assertion``, else its contract ``modality``)."""
    how = assertion or modality or "asserted"
    return " ".join([*(["NOT"] if negated else []), *([how] if how != "asserted" else [])])


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis (for table cells)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class IngestDisplay:
    """The ingest command's progress: a bar on stderr when it is a terminal; error lines either way."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = progress.add_task("ingest", total=None, last="") if progress is not None else None

    def advance(self, done: int, source: str) -> None:
        """One more article finished (``source`` names it beside the bar)."""
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=done, last=source[-PROGRESS_SOURCE_CHARS:])

    def failed(self, source: str, reason: str) -> None:
        """One input failed: its error line, above the bar when there is one."""
        if self.progress is not None:
            self.progress.console.print(f"{ERROR_PREFIX}: {source}: {reason}", markup=False, highlight=False)
        else:
            error(f"{source}: {reason}")


@contextmanager
def ingest_display(enabled: bool | None = None, label: str = "ingesting") -> Iterator[IngestDisplay]:
    """An IngestDisplay; the bar only when ``enabled`` (default: stderr is a terminal; pipes and logs get none)."""
    if not (sys.stderr.isatty() if enabled is None else enabled):
        yield IngestDisplay(None)
        return
    progress = Progress(
        SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[last]}"), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )
    with progress:
        yield IngestDisplay(progress)


def batch_progress() -> "BatchProgress":
    """A BatchProgress drawing a rich progress line on stderr (a plain log when stderr is not a terminal)."""
    from accord.batch import BatchProgress

    console = Console(stderr=True)

    class RichProgress(BatchProgress):
        def __init__(self) -> None:
            self.display = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True
            )
            self.task = self.display.add_task("starting")
            self.articles = self.errors = self.shards = 0
            self.running = False

        def _refresh(self) -> None:
            self.display.update(
                self.task, description=f"{self.articles:,} articles ({self.errors:,} failed), {self.shards:,} shards written"
            )

        def started(self, inputs: int, pending: int) -> None:
            console.print(f"accord batch: {inputs} input file(s), {inputs - pending} already complete", highlight=False)
            self.display.start()
            self.running = True

        def chunk_done(self, articles: int, errors: int) -> None:
            self.articles += articles
            self.errors += errors
            self._refresh()

        def shard_done(self, entry: "ShardEntry") -> None:
            self.shards += 1
            self._refresh()

        def error(self, message: str) -> None:
            """One failed input, as every command's error line starts (``error``)."""
            console.print(escape(f"{ERROR_PREFIX}: {message}"), highlight=False, soft_wrap=True)

        def stop(self) -> None:
            if self.running:  # rich prints a blank line when a display that never started is stopped
                self.display.stop()
                self.running = False

    return RichProgress()
