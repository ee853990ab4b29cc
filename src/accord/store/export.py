"""Exporting the store: contract JSON Lines (what ``accord extract`` prints), flat CSV/Parquet
tables, and CAMEO rows (the rows ``accord extract --format cameo`` writes, of the events ``--table events`` holds).

Everything streams: rows are fetched in chunks and written as they come, so memory stays bounded.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

import sqlalchemy as sa

from accord.formats import EXPORT_FORMATS, EXPORT_TABLES
from accord.formats.cameo import report_rows, write_cameo_rows
from accord.formats.contract import contract_object_json
from accord.records import Event
from accord.store import schema
from accord.store.db import Store, stream_rows
from accord.store.filters import articles_about, check_assertion, check_text, date_range, party_matches
from accord.store.query import event_conditions, statement_conditions
from accord.store.rows import record_with_text

if TYPE_CHECKING:  # pyarrow is imported lazily (an export to Parquet only)
    import pyarrow as pa

# The formats whose rows are those of one table: the filters of event or statement rows apply to them.
EVENT_ROW_FORMATS = ("csv", "parquet")
# CAMEO rows are event rows: the filters of event rows apply to them as to ``--table events``.
CAMEO_FORMAT = "cameo"
# Rows per Parquet row group: large enough for columnar compression, small enough for memory.
PARQUET_ROWS = 5000


# The columns of each flat table, in order, with their type ("int" | "str" | "bool"): the header of a
# CSV and the schema of a Parquet file, so an export with no matching rows still says what it holds.
_STR, _INT, _BOOL, _FLOAT = "str", "int", "bool", "float"
TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "statements": (
        ("article_id", _INT), ("record_id", _STR), ("published", _STR), ("statement", _STR), ("kind", _STR),
        ("speaker", _STR), ("speaker_name", _STR), ("speaker_title", _STR), ("affiliation", _STR),
        ("sector", _STR), ("speaker_entity_id", _INT), ("cue", _STR), ("content", _STR),
        ("content_start", _INT), ("content_end", _INT), ("addressee", _STR), ("via", _STR), ("polarity", _STR),
        ("party", _STR), ("third_party", _BOOL), ("issues", _STR), ("evidence", _STR),
        ("article_title", _STR), ("article_url", _STR),
    ),
    "events": (
        ("article_id", _INT), ("record_id", _STR), ("published", _STR), ("event_id", _STR), ("event", _STR),
        ("mode", _STR), ("context", _STR), ("actors", _STR), ("actor_codes", _STR), ("recipients", _STR),
        ("recipient_codes", _STR), ("negated", _BOOL), ("modality", _STR), ("date", _STR),
        ("date_granularity", _STR), ("location", _STR), ("location_country", _STR), ("trigger", _STR),
        ("trigger_start", _INT), ("trigger_end", _INT), ("statement", _STR),
        ("assertion", _STR), ("sentence", _STR), ("quantities", _STR), ("lat", _FLOAT), ("lon", _FLOAT),
        ("issues", _STR), ("article_title", _STR), ("article_url", _STR),
    ),
    "entities": (
        ("id", _INT), ("name", _STR), ("code", _STR), ("kind", _STR), ("sector", _STR), ("title", _STR),
    ),
    "articles": (
        ("id", _INT), ("record_id", _STR), ("source", _STR), ("url", _STR), ("title", _STR), ("published", _STR),
        ("language", _STR), ("version", _INT), ("content_hash", _STR), ("ingested_at", _STR),
    ),
}


def _article_conditions(since: str | None, until: str | None, actor: str | None) -> list:
    conditions = date_range(schema.articles.c.published, since, until)
    actor = check_text("actor", actor)
    if actor:
        conditions.append(articles_about(actor))
    return conditions


def export_records(
    store: Store, since: str | None = None, until: str | None = None, actor: str | None = None
) -> Iterator[dict]:
    """Contract records (as ``accord extract`` prints them) of the matching articles, in ingest order."""
    articles = schema.articles
    query = (
        sa.select(articles.c.record, articles.c.text, articles.c.text_in_record)
        .where(*_article_conditions(since, until, actor))
        .order_by(articles.c.id)
    )
    for row in stream_rows(store, query):
        yield record_with_text(row.record, row.text, row.text_in_record)


# Between the items of a list in one cell (actors, issues, evidence words, quantities).
LIST_SEPARATOR = "; "


def _quantity(quantity: dict) -> str:
    """A quantity as a cell: its value and unit, then the words that give it ("1000 people = 1,000 people")."""
    value = quantity.get("value")
    shown = f"{value:g}" if isinstance(value, (int, float)) else str(value)
    unit = f" {quantity['unit']}" if quantity.get("unit") else ""
    return f"{shown}{unit} = {quantity.get('text') or ''}".strip()


def _names(refs: list[dict]) -> str:
    """Actors as a cell: each one's resolved name, else the words that name it."""
    return LIST_SEPARATOR.join(ref.get("name") or ref.get("text") or "" for ref in refs)


def _codes(refs: list[dict]) -> str:
    """Actors' codes as a cell, in the order of ``_names`` (an empty item where an actor has none)."""
    return LIST_SEPARATOR.join(ref.get("code") or "" for ref in refs)


def _statement_rows(store: Store, conditions: list) -> Iterator[dict]:
    statements, articles = schema.statements, schema.articles
    query = (
        sa.select(statements, articles.c.record_id, articles.c.published, articles.c.title.label("article_title"),
                  articles.c.url.label("article_url"))
        .select_from(statements.join(articles, statements.c.article_id == articles.c.id))
        .where(*conditions)
        .order_by(statements.c.article_id, statements.c.content_start, statements.c.id)
    )
    for row in stream_rows(store, query):
        record = json.loads(row.record)
        yield {
            "article_id": row.article_id, "record_id": row.record_id, "published": row.published,
            "statement": row.local_id, "kind": row.kind,
            "speaker": row.speaker_text, "speaker_name": row.speaker_name, "speaker_title": row.speaker_title,
            "affiliation": row.speaker_affiliation, "sector": row.speaker_sector,
            "speaker_entity_id": row.speaker_entity_id, "cue": row.cue_text,
            "content": row.content_text, "content_start": row.content_start, "content_end": row.content_end,
            "addressee": row.addressee_text, "via": row.via, "polarity": row.polarity,
            "party": record.get("party"), "third_party": bool(record.get("third_party")),
            "issues": LIST_SEPARATOR.join(record.get("issues") or []),
            "evidence": LIST_SEPARATOR.join(span.get("text") or "" for span in record.get("evidence") or []),
            "article_title": row.article_title, "article_url": row.article_url,
        }


def _event_rows(store: Store, conditions: list) -> Iterator[dict]:
    events, articles = schema.events, schema.articles
    query = (
        sa.select(events.c.record, events.c.article_id, articles.c.record_id, articles.c.published,
                  articles.c.title.label("article_title"), articles.c.url.label("article_url"))
        .select_from(events.join(articles, events.c.article_id == articles.c.id))
        .where(*conditions)
        .order_by(events.c.article_id, events.c.trigger_start, events.c.id)
    )
    for row in stream_rows(store, query):
        event = json.loads(row.record)
        date, location = event.get("date") or {}, event.get("location") or {}
        yield {
            "article_id": row.article_id, "record_id": row.record_id, "published": row.published,
            "event_id": event["id"], "event": event["event"], "mode": event.get("mode"),
            "context": LIST_SEPARATOR.join(event.get("context") or []),
            "actors": _names(event.get("actors") or []), "actor_codes": _codes(event.get("actors") or []),
            "recipients": _names(event.get("recipients") or []),
            "recipient_codes": _codes(event.get("recipients") or []),
            "negated": event.get("negated"), "modality": event.get("modality"),
            "date": date.get("value"), "date_granularity": date.get("granularity"),
            "location": location.get("name"), "location_country": location.get("country"),
            "trigger": event["trigger"]["text"], "trigger_start": event["trigger"]["start"],
            "trigger_end": event["trigger"]["end"], "statement": event.get("statement"),
            "assertion": event.get("assertion") or event.get("modality"),
            "sentence": (event.get("sentence") or {}).get("text"),
            "quantities": LIST_SEPARATOR.join(_quantity(q) for q in event.get("quantities") or []),
            "lat": location.get("lat"), "lon": location.get("lon"),
            "issues": LIST_SEPARATOR.join(event.get("issues") or []),
            "article_title": row.article_title, "article_url": row.article_url,
        }


def _cameo_groups(store: Store, conditions: list, all_assertions: bool) -> Iterator[Iterator[list[str]]]:
    """The CAMEO rows of the events under ``conditions`` (those of ``--table events``), one group per article, in
    ingest order."""
    events, articles = schema.events, schema.articles
    query = (
        sa.select(events.c.article_id, events.c.record, articles.c.record_id, articles.c.published, articles.c.url,
                  articles.c.source)
        .select_from(events.join(articles, events.c.article_id == articles.c.id))
        .where(*conditions)
        .order_by(events.c.article_id, events.c.id)
    )
    for _, rows in itertools.groupby(stream_rows(store, query), key=lambda row: row.article_id):
        yield (cameo_row for row in rows for cameo_row in report_rows(
            Event.model_validate_json(row.record), row.record_id, row.published, row.url or row.source or "",
            all_assertions))


def _entity_rows(store: Store, conditions: list) -> Iterator[dict]:
    entities, mentions, articles = schema.entities, schema.mentions, schema.articles
    in_articles = sa.select(mentions.c.entity_id).select_from(
        mentions.join(articles, mentions.c.article_id == articles.c.id)
    ).where(*conditions)
    query = sa.select(
        entities.c.id, entities.c.name, entities.c.code, entities.c.kind, entities.c.sector, entities.c.title
    ).order_by(entities.c.id)
    if conditions:
        query = query.where(entities.c.id.in_(in_articles))
    for row in stream_rows(store, query):
        yield dict(row._mapping)


def _article_rows(store: Store, conditions: list) -> Iterator[dict]:
    articles = schema.articles
    query = sa.select(
        articles.c.id, articles.c.record_id, articles.c.source, articles.c.url, articles.c.title,
        articles.c.published, articles.c.language, articles.c.version, articles.c.content_hash,
        articles.c.ingested_at,
    ).where(*conditions).order_by(articles.c.id)
    for row in stream_rows(store, query):
        item = dict(row._mapping)
        item["ingested_at"] = item["ingested_at"].isoformat() if item["ingested_at"] else None
        yield item


ROW_SOURCES: dict[str, Callable[[Store, list], Iterator[dict]]] = {
    "statements": _statement_rows,
    "events": _event_rows,
    "entities": _entity_rows,
    "articles": _article_rows,
}


@contextlib.contextmanager
def _text_output(output: str | Path | None) -> Iterator[IO[str]]:
    if output is None or str(output) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        yield handle


def _write_jsonl(records: Iterator[dict], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(contract_object_json(record) + "\n")
        count += 1
    return count


# A spreadsheet runs a cell starting with one of these as a formula (CSV injection: an article's own
# words such as `=HYPERLINK(...)` in a speaker or a title); such a CSV cell gets a leading apostrophe,
# which spreadsheets read as "text" and hide.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
# Columns that are spans, written verbatim: their offsets are in the same row, and a reader checks
# `text[start:end] == cell`; a guard would break that check. Import them as text in a spreadsheet.
SPAN_COLUMNS: dict[str, frozenset[str]] = {
    "statements": frozenset({"content"}),
    "events": frozenset({"trigger"}),
}


def spreadsheet_safe(row: dict, table: str) -> dict:
    """``row`` with every free-text cell that a spreadsheet would run as a formula guarded, span cells kept."""
    spans = SPAN_COLUMNS.get(table, frozenset())
    return {
        name: FORMULA_GUARD + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) and name not in spans
        else value
        for name, value in row.items()
    }


def write_csv_rows(rows: Iterator[dict], out: IO[str], table: str, header: bool = True) -> int:
    """Rows of ``table`` as CSV (spreadsheet-safe), under its header of columns unless ``header`` is false
    (a stream written in chunks); the header is written even when no row matches."""
    writer = csv.DictWriter(out, fieldnames=[name for name, _ in TABLE_COLUMNS[table]], lineterminator="\n")
    if header:
        writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(spreadsheet_safe(row, table))
        count += 1
    return count


def _parquet_schema(columns: tuple[tuple[str, str], ...]) -> pa.Schema:
    """The Arrow schema of a flat table (every column nullable)."""
    import pyarrow as pa

    types = {_STR: pa.string(), _INT: pa.int64(), _BOOL: pa.bool_(), _FLOAT: pa.float64()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in columns])


def _write_parquet(rows: Iterator[dict], output: str | Path, columns: tuple[tuple[str, str], ...]) -> int:
    """Rows to a Parquet file in row groups of ``PARQUET_ROWS``, with the table's declared schema: a file
    with no rows is still a valid Parquet file with every column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow_schema = _parquet_schema(columns)
    count = 0
    chunk: list[dict] = []
    with pq.ParquetWriter(str(output), arrow_schema) as writer:
        for row in rows:
            chunk.append(row)
            count += 1
            if len(chunk) >= PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(chunk, schema=arrow_schema))
                chunk.clear()
        if chunk:
            writer.write_table(pa.Table.from_pylist(chunk, schema=arrow_schema))
    return count


def view_rows(store: Store, table: str, conditions: list) -> Iterator[dict]:
    """The flat rows of ``table`` (statements or events) under a page's own conditions (``accord.store.query``'s
    ``statement_conditions`` / ``event_conditions``): what a page or API export of a filtered view writes."""
    if table not in ("statements", "events"):
        raise ValueError(f"table: {table!r} is not one of statements, events")
    return ROW_SOURCES[table](store, conditions)




def _row_conditions(store: Store, table: str, since: str | None, until: str | None, actor: str | None,
                    all_assertions: bool, events: dict[str, str | None], statements: dict[str, str | None]) -> list:
    """The conditions of ``table``'s rows: events as their views and the page downloads filter them
    (``event_conditions``: an event's own date and its actor), statements too (``statement_conditions``; ``actor``
    there is the speaker, read as ``party`` reads it: a code is the speaker's party, a name the speaker), entities
    and articles by the articles selected (publication date, the articles about ``actor``). A filter of one kind
    of row given for another is a ValueError naming it."""
    given = {**events, **statements}
    misplaced = [name for name, value in given.items() if value is not None
                 and table != ("events" if name in events else "statements")]
    if misplaced:
        rows = "event" if misplaced[0] in events else "statement"
        raise ValueError(f"{misplaced[0]}: applies to {rows} rows (--table {rows}s of {' or '.join(EVENT_ROW_FORMATS)}"
                         f"{', or --format ' + CAMEO_FORMAT if rows == 'event' else ''})")
    if table == "events":
        return event_conditions(actor=actor, since=since, until=until, assertion="all" if all_assertions else None,
                                **events)
    if table == "statements":
        conditions = statement_conditions(store, since=since, until=until, **statements)
        actor = check_text("actor", actor)
        return [*conditions, party_matches(actor)] if actor else conditions
    return _article_conditions(since, until, actor)


def export(
    store: Store,
    format: str = "jsonl",  # noqa: A002 - the command's option name
    output: str | Path | None = None,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    table: str = "events",
    all_assertions: bool = False,
    place: str | None = None,
    *,
    type: str | None = None,  # noqa: A002 - the API's parameter name
    recipient: str | None = None,
    speaker: str | None = None,
    party: str | None = None,
    q: str | None = None,
    assertion: str | None = None,
) -> int:
    """Write the store's records in ``format`` to ``output`` (stdout when None); returns the count written:
    articles (jsonl), CAMEO rows (cameo) or rows of ``table`` (csv, parquet).

    Whole articles (jsonl) are chosen by publication date and ``actor`` (acting, speaking or mentioned), as are
    the rows of the entities and articles tables. Event rows (the events table, CAMEO rows) are those of
    ``/api/export/events`` with the same filters: ``type``, ``actor`` (the doer), ``recipient``, ``place`` and
    their own date; statement rows those of ``/api/export/statements``: ``speaker``, ``party``, ``q``, the
    publication date, and ``actor`` the speaker (as ``party`` reads it). Event rows hold only events reported as
    having happened unless ``assertion`` is ``all`` (``all_assertions``: the same, the command line's old
    flag), as every list and count does; JSON Lines records are whole, each event marked."""
    if format not in EXPORT_FORMATS:
        raise ValueError(f"format: {format!r} is not one of {', '.join(EXPORT_FORMATS)}")
    if table not in EXPORT_TABLES:
        raise ValueError(f"table: {table!r} is not one of {', '.join(EXPORT_TABLES)}")
    all_assertions = all_assertions or check_assertion("assertion", assertion) == "all"
    events = {"type": type, "recipient": recipient, "place": place}
    statements = {"speaker": speaker, "party": party, "q": q}
    if format not in EVENT_ROW_FORMATS:
        allowed = events if format == CAMEO_FORMAT else {}
        given = [name for name, value in {**events, **statements}.items() if value is not None and name not in allowed]
        if given:
            rows = "CAMEO rows are event rows; " if format == CAMEO_FORMAT else ""
            raise ValueError(f"{given[0]}: {rows}filters the rows of a table ({' or '.join(EVENT_ROW_FORMATS)}), "
                             f"not format {format}")
    if format == "parquet":
        if output is None or str(output) == "-":
            raise ValueError("format parquet: needs an output file (--output FILE)")
        conditions = _row_conditions(store, table, since, until, actor, all_assertions, events, statements)
        return _write_parquet(ROW_SOURCES[table](store, conditions), output, TABLE_COLUMNS[table])
    if format == CAMEO_FORMAT:
        conditions = _row_conditions(store, "events", since, until, actor, all_assertions, events, {})
        with _text_output(output) as out:
            return write_cameo_rows(_cameo_groups(store, conditions, all_assertions), out)
    if format == "jsonl":
        with _text_output(output) as out:
            return _write_jsonl(export_records(store, since, until, actor), out)
    conditions = _row_conditions(store, table, since, until, actor, all_assertions, events, statements)
    with _text_output(output) as out:
        return write_csv_rows(ROW_SOURCES[table](store, conditions), out, table)
