"""The `accord query` command: parses its arguments and calls ``accord.store.commands.run_query``
(statements, events, entities) or ``accord.analysis_commands.run_divergence`` (divergence)."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.cli.options import choice

QUERY_KINDS = ("statements", "events", "entities", "divergence")
OUTPUT_FORMATS = ("table", "json")
# Days in which statements on one issue form one topic (accord.divergence.ISSUE_WINDOW_DAYS).
DEFAULT_WINDOW_DAYS = 7


def query(
    kind: Annotated[str, typer.Argument(help=f"What to list: {' | '.join(QUERY_KINDS)}.", show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help="Database URL (default sqlite:///accord.db).")] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Statements by this speaker (resolved name or any mention of them).")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Events by this actor; entities with this actor code.")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Events aimed at this actor.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type (events) or entity kind (entities).")] = None,
    party: Annotated[str | None, typer.Option("--party", help="Statements by speakers of this party (code like RUS, or a name).")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Words to search for in statements (full text) or entity names.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="On or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="On or before YYYY-MM-DD.")] = None,
    window: Annotated[int, typer.Option("--window", help="divergence: days in which statements on one issue form one topic.")] = DEFAULT_WINDOW_DAYS,
    output_format: Annotated[str, typer.Option("--format", "-f", help="table | json.", callback=choice(OUTPUT_FORMATS))] = "table",
    limit: Annotated[int, typer.Option("--limit", help="Rows to show (at most 1000).")] = 50,
    offset: Annotated[int, typer.Option("--offset", help="Rows to skip.")] = 0,
) -> None:
    """Query stored statements, events, entities, or the divergences between parties, from the terminal."""
    if kind == "divergence":
        from accord.analysis_commands import run_divergence

        raise typer.Exit(run_divergence(db, output_format, since=since, until=until, window_days=window))
    from accord.store.commands import run_query

    options = {
        "speaker": speaker, "actor": actor, "recipient": recipient, "type": type_, "party": party,
        "q": q, "since": since, "until": until, "limit": limit, "offset": offset,
    }
    raise typer.Exit(run_query(kind, db, output_format, options))


def register(app: typer.Typer) -> None:
    """Add ``query`` to the app."""
    app.command("query")(query)
