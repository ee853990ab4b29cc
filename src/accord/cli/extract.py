"""The `accord extract` command: records of the inputs to stdout or a file (JSON Lines by default),
one stderr line per bad input, and the readable tables of ``--format table``."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.table import Table
from rich.text import Text

from accord.cli.console import (
    EXIT_INPUT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    UNDATED,
    IngestDisplay,
    Report,
    clip,
    discard_stdout,
    error,
    event_flags,
    first_line,
    ingest_display,
    say,
    table_console,
)
from accord.cli.options import MODEL_HELP, choice, published_option
from accord.formats import EXTRACT_FORMATS as OUTPUT_FORMATS

if TYPE_CHECKING:
    from accord.article import InputError
    from accord.formats.writers import Writer
    from accord.readers import FileId
    from accord.records import ActorRef, ArticleRecord, Event, Statement

# Characters of a statement's content shown in a table cell before it is cut with an ellipsis.
TABLE_CONTENT_CHARS = 240
# Characters of a speaker's span shown under the resolved name ("as 'he'"): a pronoun or short phrase.
TABLE_SPEAKER_SPAN_CHARS = 40
# Characters of an event trigger shown in its narrow column (triggers are a word or a short phrase).
TABLE_TRIGGER_CHARS = 60
# Console width of ``--format table`` when it goes to a file or pipe (a terminal reports its own width);
# the other commands' tables use ``console.TABLE_FILE_WIDTH``.
ARTICLE_TABLE_FILE_WIDTH = 140


def _speaker_cell(statement: Statement) -> str:
    speaker = statement.speaker
    if speaker is None:
        return "—"
    name = speaker.name or speaker.text
    details = ", ".join(part for part in (speaker.title, speaker.affiliation) if part)
    shown = f"{name} ({details})" if details else name
    if speaker.name and speaker.text != speaker.name:
        shown += f'\n[as "{clip(speaker.text, TABLE_SPEAKER_SPAN_CHARS)}"]'
    return shown


def _actors_cell(actors: list[ActorRef]) -> str:
    # an unnamed doer coded by place has no words ("a cell was dismantled")
    return "; ".join((actor.name or actor.text or "unnamed") + (f" [{actor.code}]" if actor.code else "")
                     for actor in actors) or "—"


def _event_flags(event: Event) -> str:
    return event_flags(event.assertion, event.modality, event.negated)


def statements_table(record: ArticleRecord) -> Table:
    """The article's statements: speaker, cue, kind and what was said."""
    table = Table(title=f"Statements ({len(record.statements)})", title_justify="left", show_lines=True, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("cue", ratio=1)
    table.add_column("kind", no_wrap=True)
    table.add_column("content", ratio=6)
    for statement in record.statements:
        table.add_row(
            statement.id,
            Text(_speaker_cell(statement)),
            Text(statement.cue.text if statement.cue else "—"),
            statement.kind,
            Text(clip(statement.content.text, TABLE_CONTENT_CHARS)),
        )
    return table


def events_table(record: ArticleRecord) -> Table:
    """The article's events: type, who, to whom, when, where, and the words that say so."""
    table = Table(title=f"Events ({len(record.events)})", title_justify="left", show_lines=True, expand=True)
    for name in ("id", "event", "actors", "recipients", "date", "location", "trigger", "flags", "stmt"):
        table.add_column(name, overflow="fold")
    for event in record.events:
        table.add_row(
            event.id,
            event.event + (f"\n{event.mode}" if event.mode else ""),
            Text(_actors_cell(event.actors)),
            Text(_actors_cell(event.recipients)),
            Text(event.date.value if event.date else UNDATED),
            Text(event.location.name if event.location else "—"),
            Text(clip(event.trigger.text, TABLE_TRIGGER_CHARS)),
            _event_flags(event),
            event.statement or "",
        )
    return table


def write_table(records: Iterable[ArticleRecord], out: TextIO) -> None:
    """Readable tables for a person at a terminal: per article, a header, statements and events."""
    console = table_console(out, ARTICLE_TABLE_FILE_WIDTH)
    for number, record in enumerate(records):
        if number:
            console.print()
        heading = record.title or record.source or record.id
        console.rule(Text(heading, style="bold"), align="left")
        details = [
            f"source: {record.source}",
            f"id: {record.id}",
            f"published: {record.published or '—'}",
            f"language: {record.language}",
        ]
        if record.url:
            details.append(f"url: {record.url}")
        console.print(Text("  ".join(details)))
        console.print(
            Text(f"{len(record.statements)} statements, {len(record.events)} events, {len(record.entities)} entities")
        )
        if record.statements:
            console.print(statements_table(record))
        if record.events:
            console.print(events_table(record))
    out.flush()


def writers() -> dict[str, "Writer"]:
    """Every --format name with its writer (``accord.formats.writers`` imported only when extracting)."""
    from accord.formats.writers import FORMATS

    return {**FORMATS, "table": write_table}


def records_reporting(items: Iterable["ArticleRecord | InputError"], report: Report) -> Iterator["ArticleRecord"]:
    """The records of ``items``; InputErrors and non-English articles are reported as they pass."""
    from accord.article import InputError
    from accord.language import EXTRACTED_LANGUAGE

    for item in items:
        if isinstance(item, InputError):
            report.error(item)
            continue
        if item.language != EXTRACTED_LANGUAGE:
            report.note(f"{item.source or item.id}: language '{item.language}' — not extracted")
        yield item


def output_identity(stream: TextIO) -> frozenset["FileId"]:
    """The file ``stream`` writes to (the --output file or a redirected stdout), so it is read as no input."""
    from accord.readers import file_id

    try:
        identity = file_id(stream.fileno())
    except (OSError, ValueError):  # a stream with no descriptor (io.UnsupportedOperation is both)
        return frozenset()
    return frozenset({identity}) if identity else frozenset()


def named_output(paths: list[str], output_path: str) -> str | None:
    """The input among ``paths`` that is the file ``output_path`` names (it would be emptied before it is read)."""
    from accord.readers import file_id

    target = file_id(output_path)
    return next((path for path in paths if target and path != "-" and file_id(path) == target), None)


def run_extract(
    paths: list[str],
    published: str | None = None,
    output_format: str = "jsonl",
    output_path: str | None = None,
    with_text: bool = False,
    model: str | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """The ``accord extract`` command: write the records, report bad inputs, return the exit status."""
    from accord.formats.writers import open_output
    from accord.ingest import extract_paths
    from accord.nlp import load_model

    stdout = stdout or sys.stdout
    report = Report(stderr or sys.stderr)
    writer = writers().get(output_format)
    if writer is None:
        error(f"unknown format {output_format!r} (choose from {', '.join(OUTPUT_FORMATS)})", report.stream)
        return EXIT_USAGE
    to_file = output_path not in (None, "-")
    clash = named_output(paths, output_path) if output_path and to_file else None
    if clash is not None:
        from accord.readers import IS_OUTPUT

        error(f"{clash}: {IS_OUTPUT}", report.stream)
        return EXIT_USAGE
    try:
        nlp = load_model(model)
    except Exception as exc:  # spaCy raises OSError, ValueError, ... for a bad model name or path
        error(f"cannot load model {model or 'default'}: {first_line(exc)}", report.stream)
        return EXIT_USAGE
    try:
        target = open_output(output_path, stdout)
    except OSError as exc:
        error(f"{output_path}: cannot write ({exc.strerror or type(exc).__name__})", report.stream)
        return EXIT_USAGE
    tally = Tally()
    started = time.monotonic()
    try:
        # Progress only when the records go to a file: on a terminal, a bar beside the stream would garble it.
        with target as out, ingest_display(enabled=sys.stderr.isatty() and to_file and report.stream is sys.stderr,
                                           label="extracting") as display:
            records = records_reporting(
                extract_paths(paths, published, with_text=with_text, nlp=nlp, skip=output_identity(out)), report)
            writer(tally.counting(records, display), out)
    except BrokenPipeError:  # the reader of our output went away (``| head``): stop quietly
        if stdout is sys.__stdout__:
            discard_stdout()
    if to_file:
        say(f"extracted: {tally.articles} article{'s' if tally.articles != 1 else ''} ({tally.statements} statements, "
            f"{tally.events} events), {report.failed} failed, in {time.monotonic() - started:.1f} s to {output_path}",
            report.stream)
    return EXIT_INPUT_FAILED if report.failed else EXIT_OK


@dataclass
class Tally:
    """What ``extract -o`` says at the end: articles written, their statements and events."""

    articles: int = 0
    statements: int = 0
    events: int = 0

    def counting(self, records: Iterable["ArticleRecord"], display: IngestDisplay) -> Iterator["ArticleRecord"]:
        """``records`` unchanged, counted, each advancing the progress display."""
        for record in records:
            self.articles += 1
            self.statements += len(record.statements)
            self.events += len(record.events)
            display.advance(self.articles, record.source or record.id)
            yield record


def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Article files (.txt .html .htm .jsonl .jsonl.gz; feeds and WARC), directories of them, URLs, or - for standard input.", show_default=False)],
    published: Annotated[str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for every input (overrides metadata).", callback=published_option)] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=f"Output format: {' | '.join(OUTPUT_FORMATS)}.", callback=choice(OUTPUT_FORMATS))] = "jsonl",
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    with_text: Annotated[bool, typer.Option("--with-text", help="Include each article's text in its record.")] = False,
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
) -> None:
    """Extract statements, events and entities from news articles (JSON Lines by default)."""
    raise typer.Exit(run_extract(paths, published, output_format, output, with_text, model))


def register(app: typer.Typer) -> None:
    """Add ``extract`` to the app."""
    app.command("extract")(extract)
