"""The `accord export` command: stored records as contract JSON Lines, CSV/Parquet tables or CAMEO rows."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.cli.console import EXIT_OK, EXIT_USAGE, database_missing, discard_stdout, error, say
from accord.cli.options import DB_HELP, assertion_option, choice
from accord.formats import EXPORT_FORMATS as FORMATS
from accord.formats import EXPORT_TABLES as TABLES


# What ``export`` counts in its summary line, by format (csv and parquet: rows of the --table).
EXPORTED_UNITS = {"jsonl": "articles", "cameo": "CAMEO rows"}
# The formats made of the rows of one --table, and the table they hold when none is named.
TABLE_FORMATS = ("csv", "parquet")
DEFAULT_TABLE = "events"


# The filters of one table's rows: {table: options}. CAMEO rows are event rows and take the event filters;
# whole articles (jsonl) cannot apply them.
ROW_FILTERS = {"events": ("type", "recipient", "place"), "statements": ("speaker", "party", "q")}
CAMEO_FORMAT = "cameo"


def refused_options(format: str, table: str | None, all_assertions: bool,  # noqa: A002
                    row_filters: dict[str, str | None] | None = None) -> str | None:
    """The usage error for an option ``format`` would ignore without a word, or None. ``row_filters``: the
    filters of one table's rows given ({option: value}, ``ROW_FILTERS``); ``all_assertions``: ``--assertion all``."""
    if table is not None and format not in TABLE_FORMATS:
        default = " (the default: whole articles)" if format == "jsonl" else ""
        return (f"export --format {format}{default} does not take --table (it applies to "
                f"{' and '.join(TABLE_FORMATS)}: --format csv --table {table})")
    for name, value in (row_filters or {}).items():
        if value is None:
            continue
        rows = next(kind for kind, names in ROW_FILTERS.items() if name in names)
        if format == CAMEO_FORMAT and rows == "events":
            continue
        if format not in TABLE_FORMATS:
            takes = f"; CAMEO rows are events: it takes {', '.join('--' + n for n in ROW_FILTERS['events'])}" \
                if format == CAMEO_FORMAT else ""
            return (f"export --format {format} does not take --{name} (it filters the rows of --table {rows} "
                    f"of {' or '.join(TABLE_FORMATS)}{takes})")
        if (table or DEFAULT_TABLE) != rows:
            return f"--{name} applies to {rows[:-1]} rows (--table {rows}), not to --table {table or DEFAULT_TABLE}"
    if all_assertions and format == "jsonl":
        return "export --format jsonl does not take --assertion (its records are whole, every event marked)"
    if all_assertions and format in TABLE_FORMATS and (table or DEFAULT_TABLE) != DEFAULT_TABLE:
        return f"--assertion applies to event rows, not to --table {table}"
    return None


def run_export(
    db: str | None, format: str, output: str | None, since: str | None, until: str | None,  # noqa: A002
    actor: str | None, table: str | None, all_assertions: bool = False, place: str | None = None,
    row_filters: dict[str, str | None] | None = None,
) -> int:
    """Export the store in ``format``; the count goes to stderr, the data to ``output`` or stdout.
    ``row_filters``: the filters of event or statement rows besides ``place`` (``ROW_FILTERS``)."""
    from accord.store import StoreError, export, open_store

    row_filters = {**(row_filters or {}), "place": place}
    refusal = refused_options(format, table, all_assertions, row_filters)
    if refusal:
        error(refusal)
        return EXIT_USAGE
    table = table or DEFAULT_TABLE
    if database_missing(db):
        return EXIT_USAGE
    try:
        with open_store(db) as store:
            count = export(store, format, output, since, until, actor, table, all_assertions, **row_filters)
    except (StoreError, ValueError) as exc:
        error(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        if isinstance(exc, BrokenPipeError) and output in (None, "-"):  # ``| head`` went away: stop quietly
            discard_stdout()
            return EXIT_OK
        target = output if output not in (None, "-") else "standard output"
        error(f"{target}: cannot write ({exc.strerror or exc})")
        return EXIT_USAGE
    if output is not None and output != "-":
        say(f"exported: {count} {EXPORTED_UNITS.get(format, table)} to {output}")
    return EXIT_OK


def export_command(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=f"{' | '.join(FORMATS)}: jsonl is what `accord extract` prints.", callback=choice(FORMATS))] = "jsonl",
    since: Annotated[str | None, typer.Option("--since", help="On or after YYYY-MM-DD (or YYYY-MM, YYYY): an event's own date (else its article's), an article's publication.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="On or before YYYY-MM-DD (or to the end of YYYY-MM, YYYY), as --since.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Event rows (--table events, cameo): by this actor (code like RUS, or a name), as `query events`; statement rows: by this speaker, as --party reads it (a code: the speaker's party; a name: the speaker); entity and article rows and whole articles (jsonl): of articles where it acts, speaks or is mentioned.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Event rows (--table events, cameo): of this PLOVER type.", show_default=False)] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Event rows (--table events, cameo): aimed at this actor.", show_default=False)] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Statement rows: by this speaker (whole words of a name).", show_default=False)] = None,
    party: Annotated[str | None, typer.Option("--party", help="Statement rows: by speakers of this party (code or name).", show_default=False)] = None,
    q: Annotated[str | None, typer.Option("--q", help="Statement rows: holding these words (full text, as search).", show_default=False)] = None,
    table: Annotated[str | None, typer.Option("--table", help=f"Rows of csv/parquet: {' | '.join(TABLES)} (default: events).", callback=choice(TABLES), show_default=False)] = None,
    place: Annotated[str | None, typer.Option("--place", help="Event rows (--table events, cameo): at this place, its name as on the map (any case).")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    assertion: Annotated[str | None, typer.Option("--assertion", help="Event rows: asserted (the default: events reported as having happened) or all (future, hypothetical, demanded, denied and negated events too, marked in the assertion and negated columns), as the API's assertion=all.", show_default=False)] = None,
    all_assertions: Annotated[bool, typer.Option("--all-assertions", hidden=True, help="The old name of --assertion all.")] = False,
) -> None:
    """Export stored records: contract JSON Lines, flat CSV/Parquet tables, or CAMEO rows."""
    try:
        every = assertion_option(assertion, all_assertions) == "all"
    except ValueError as exc:
        error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    row_filters = {"type": type_, "recipient": recipient, "speaker": speaker, "party": party, "q": q}
    raise typer.Exit(run_export(db, output_format, output, since, until, actor, table, every, place, row_filters))


def register(app: typer.Typer) -> None:
    """Add ``export`` to the app."""
    app.command("export")(export_command)
