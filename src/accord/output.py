"""Writers of extraction records: JSON Lines, a JSON array, or rich tables for a person.

``FORMATS`` maps a ``--format`` name to a writer ``(records, out) -> None``; a writer consumes
the records as they come (records stream out in input order). A new format is one line there.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accord.cameo import write_cameo
from accord.records import ActorRef, ArticleRecord, Event, Statement

Writer = Callable[[Iterable[ArticleRecord], TextIO], None]
# Characters of a statement's content shown in a table cell before it is cut with an ellipsis.
TABLE_CONTENT_CHARS = 240
# Characters of a speaker's span shown under the resolved name ("as 'he'"): a pronoun or short phrase.
TABLE_SPEAKER_SPAN_CHARS = 40
# Characters of an event trigger shown in its narrow column (triggers are a word or a short phrase).
TABLE_TRIGGER_CHARS = 60
# Console width when the table goes to a file or pipe (a terminal reports its own width).
TABLE_FILE_WIDTH = 140


def record_json(record: ArticleRecord) -> str:
    """One record as a single line of the contract's JSON."""
    return json.dumps(record.to_json_dict(), ensure_ascii=False)


def write_jsonl(records: Iterable[ArticleRecord], out: TextIO) -> None:
    """One JSON object a line, flushed per record so a pipe sees each article as it is done."""
    for record in records:
        out.write(record_json(record) + "\n")
        out.flush()


def write_json(records: Iterable[ArticleRecord], out: TextIO) -> None:
    """A JSON array of the records (streamed: one element per line, so memory stays bounded)."""
    out.write("[")
    separator = "\n"
    for record in records:
        out.write(separator + record_json(record))
        separator = ",\n"
    out.write("\n]\n" if separator != "\n" else "]\n")
    out.flush()


def clip(text: str, limit: int = TABLE_CONTENT_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis (for table cells)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    return "; ".join((actor.name or actor.text) + (f" [{actor.code}]" if actor.code else "") for actor in actors) or "—"


def _event_flags(event: Event) -> str:
    flags = [event.modality] if event.modality != "asserted" else []
    if event.negated:
        flags.insert(0, "NOT")
    return " ".join(flags)


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
            Text(clip(statement.content.text)),
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
            Text(event.date.value if event.date else "—"),
            Text(event.location.name if event.location else "—"),
            Text(clip(event.trigger.text, TABLE_TRIGGER_CHARS)),
            _event_flags(event),
            event.statement or "",
        )
    return table


class _TableConsole(Console):
    """A rich Console that leaves a closed pipe (``| head``) to the caller instead of exiting 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def write_table(records: Iterable[ArticleRecord], out: TextIO) -> None:
    """Readable tables for a person at a terminal: per article, a header, statements and events."""
    is_terminal = hasattr(out, "isatty") and out.isatty()
    console = _TableConsole(file=out, width=None if is_terminal else TABLE_FILE_WIDTH, highlight=False, soft_wrap=False)
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


FORMATS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "json": write_json,
    "table": write_table,
    "cameo": write_cameo,
}


def open_output(path: str | None, stdout: TextIO | None = None) -> contextlib.AbstractContextManager[TextIO]:
    """The output stream: ``path`` opened for writing (UTF-8), or stdout left open afterwards."""
    if path is None or path == "-":
        return contextlib.nullcontext(stdout or sys.stdout)
    return open(path, "w", encoding="utf-8", newline="\n")
