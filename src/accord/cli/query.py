"""The `accord query` command: one page of stored statements, events, entities, articles, positions or event
clusters, or the divergences between parties, as a table or JSON (the API's page, ``{"items", "total"}``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from rich.table import Table

from accord.cli.console import (
    EXIT_OK,
    EXIT_USAGE,
    UNDATED,
    clip,
    database_missing,
    discard_stdout,
    error,
    event_flags,
    print_table,
)
from accord.cli.options import DB_HELP, assertion_option, choice

if TYPE_CHECKING:
    from accord.corpus.divergence import Divergence, Side
    from accord.store import Page, Store

QUERY_KINDS = ("statements", "events", "entities", "articles", "positions", "clusters", "divergence")
OUTPUT_FORMATS = ("table", "json")
# Characters of a statement's content shown in a table cell.
TABLE_CONTENT_CHARS = 160
# The options each kind of record list takes (the others are a usage error naming them).
ACCEPTED = {
    "statements": ("speaker", "party", "q", "since", "until"),
    "events": ("type", "actor", "recipient", "place", "since", "until", "assertion"),
    "entities": ("q", "kind", "code"),
    "articles": ("q", "since", "until", "assertion"),
    "positions": ("party", "issue", "since", "until"),
    "clusters": ("type", "actor", "recipient", "place", "since", "until", "assertion", "min_reports", "reports"),
}
# Old option names a kind still takes for scripts written before the CLI used the API's and the pages'
# names (``/api/entities?kind=person&code=RUS``): {kind: {old name: current name}}. Not shown in help.
OLD_NAMES = {"entities": {"type": "kind", "actor": "code"}}
PAGING = ("limit", "offset")
# The options of ``query divergence`` (topics, paged as ``/api/divergence`` pages them).
DIVERGENCE_OPTIONS = ("since", "until", "window", "agreed", *PAGING)


def flag(name: str) -> str:
    """An option's name as typed: ``all_assertions`` -> ``--all-assertions``."""
    return "--" + name.replace("_", "-")


def current_names(kind: str, given: dict[str, Any]) -> dict[str, Any]:
    """``given`` with the old option names of ``kind`` (``OLD_NAMES``) read as their current ones; an option
    given under both names is a ValueError naming both."""
    renamed = dict(given)
    for old, new in OLD_NAMES.get(kind, {}).items():
        if renamed.get(old) is None:
            continue
        if renamed.get(new) is not None:
            raise ValueError(f"query {kind}: {flag(old)} is the old name of {flag(new)}; give one of them")
        renamed[new] = renamed.pop(old)
    return renamed


def refused_options(kind: str, given: dict[str, Any]) -> str | None:
    """The usage error for options ``kind`` does not take (they would be ignored without a word), or None."""
    accepted = DIVERGENCE_OPTIONS if kind == "divergence" else (*ACCEPTED[kind], *PAGING)
    unknown = sorted(name for name, value in given.items() if value is not None and name not in accepted)
    if not unknown:
        return None
    takes = [name for name in accepted if name not in PAGING]
    return f"query {kind} does not take {', '.join(map(flag, unknown))} (it takes {', '.join(map(flag, takes))})"


def _refs(refs: list[dict]) -> str:
    return "; ".join((ref.get("name") or ref.get("text") or "") + (f" [{ref['code']}]" if ref.get("code") else "") for ref in refs)


def _said(statement: dict, limit: int = TABLE_CONTENT_CHARS) -> str:
    """What a statement says as a cell: a direct quote in quotation marks, a paraphrase marked as reported."""
    content = clip(statement["content"]["text"], limit)
    return f"“{content}”" if statement.get("kind") == "direct" else f"(reported) {content}"


def _when(item: dict) -> str:
    """An event's own date, else ``undated`` (its article's publication date says when it was reported)."""
    return (item.get("date") or {}).get("value") or UNDATED


def _flags(item: dict) -> str:
    return event_flags(item.get("assertion"), item.get("modality"), item.get("negated"))


def page_table(kind: str, page: "Page", offset: int = 0) -> Table:
    """A rich table of one page of query results, titled by the rows it shows ("events: 26–50 of 57")
    as the web pages' pagers are, so a later page does not read as the first."""
    shown = f"{offset + 1}–{offset + len(page.items)}" if page.items else "0"
    table = Table(title=f"{kind}: {shown} of {page.total}", show_lines=False, expand=False)
    if kind == "statements":
        for column in ("article", "published", "speaker", "party", "cue", "kind", "said"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            speaker = item.get("speaker") or {}
            name = speaker.get("name") or speaker.get("text") or "—"
            cue = (item.get("cue") or {}).get("text") or "—"
            table.add_row(str(item["article_id"]), item.get("article_published") or "", name,
                          speaker.get("affiliation") or "", cue, item.get("kind") or "", _said(item))
    elif kind == "events":
        for column in ("article", "date", "published", "event", "flags", "actors", "recipients", "trigger"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            table.add_row(str(item["article_id"]), _when(item), item.get("article_published") or "", item["event"],
                          _flags(item), _refs(item.get("actors") or []) or "—", _refs(item.get("recipients") or []) or "—",
                          item["trigger"]["text"])
    elif kind == "clusters":
        for column in ("cluster", "event", "date", "place", "parties", "reports"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            table.add_row(str(item.get("cluster_id") or item["id"]), item["type"], item.get("date") or "undated",
                          item.get("place") or "", "; ".join(item.get("names") or []) or "—", str(item["report_count"]))
    elif kind == "positions":
        for column in ("article", "published", "party", "speaker", "assessment", "issues", "said"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            speaker = item.get("speaker") or {}
            table.add_row(str(item["article_id"]), item.get("article_published") or "", item.get("side") or "",
                          speaker.get("name") or speaker.get("text") or "—", item.get("polarity") or "",
                          ", ".join(item.get("issues") or []), _said(item))
    elif kind == "articles":
        for column in ("id", "published", "title", "statements", "events", "source"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            table.add_row(str(item["id"]), item.get("published") or "", item.get("title") or "", str(item["statements"]),
                          str(item["events"]), item.get("url") or item.get("source") or "")
    else:
        for column in ("id", "name", "code", "kind", "articles", "mentions", "statements"):
            table.add_column(column, overflow="fold")
        for item in page.items:
            table.add_row(str(item["id"]), item["name"], item.get("code") or "", item.get("kind") or "",
                          str(item["articles"]), str(item["mentions"]), str(item["statements"]))
    return table


# Characters of each statement shown in the divergence table (several statements share a cell).
DIVERGENCE_CONTENT_CHARS = 120


def _who_said(statement: dict | None, qualified: str) -> str:
    """``Speaker (title): “what”`` for a cited statement, or its id when its article has gone."""
    if statement is None:
        return f"{qualified} (no longer stored)"
    speaker = statement.get("speaker") or {}
    name = speaker.get("name") or speaker.get("text") or "unknown speaker"
    title = f" ({speaker['title']})" if speaker.get("title") else ""
    source = statement.get("article_title") or f"article {statement.get('article_id')}"
    return f"{name}{title}: {_said(statement, DIVERGENCE_CONTENT_CHARS)} — {source}"


def _side_party(side: "Side") -> str:
    """A side's party as the table shows it: "CHN (third party, on RUS)" for a third party's account."""
    if not side.third_party:
        return side.party
    return f"{side.party} (third party{', on ' + ' '.join(side.about) if side.about else ''})"


def divergence_table(answer: "tuple[list[Divergence], dict[str, dict]]") -> Table:
    """One row per side: the topic, the party, its assessment and who said what carrying it."""
    divergences, said = answer
    table = Table(title=f"{len(divergences)} divergence{'' if len(divergences) == 1 else 's'}")
    for column in ("topic", "party", "polarity", "who said what"):
        table.add_column(column, overflow="fold")
    for divergence in divergences:
        for number, side in enumerate(divergence.sides):
            first = number == 0
            lines = "\n".join(_who_said(said.get(qualified), qualified) for qualified in side.statements)
            table.add_row(divergence.topic if first else "", _side_party(side), side.polarity, lines,
                          end_section=number == len(divergence.sides) - 1)
    return table


def _page(store: "Store", kind: str, options: dict[str, Any]) -> "Page":
    """Call the query of ``kind`` with the options it takes; other options are a usage error."""
    from accord.store import list_articles, query_entities, query_events, query_statements
    from accord.store.assessments import positions_page

    accepted = ACCEPTED[kind]
    given = current_names(kind, {name: value for name, value in options.items() if value is not None})
    refusal = refused_options(kind, given)
    if refusal:
        raise ValueError(refusal)
    from accord.store.filters import DEFAULT_LIMIT

    paging = {"limit": DEFAULT_LIMIT if options["limit"] is None else options["limit"], "offset": options["offset"]}
    if kind == "statements":
        return query_statements(store, **{k: given.get(k) for k in accepted}, **paging)
    if kind == "clusters":
        from accord.web.corpus_views import event_clusters_page

        return event_clusters_page(store, **{k: given[k] for k in accepted if given.get(k) is not None}, **paging)
    if kind == "positions":
        return positions_page(store, **{k: given.get(k) for k in accepted}, **paging)
    if kind in ("events", "articles"):
        listing = query_events if kind == "events" else list_articles
        return listing(store, **{k: given.get(k) for k in accepted}, **paging)
    return query_entities(store, **{k: given.get(k) for k in accepted}, **paging)


def _answer(db: str | None, ask: Callable[["Store"], Any], output_format: str, out: TextIO,
            as_json: Callable[[Any], Any], as_table: Callable[[Any], Table]) -> int:
    """Open the store, ``ask`` it, print the answer as JSON or a table; a refusal is one line and exit 2."""
    from accord.store import StoreError, open_store

    if database_missing(db):
        return EXIT_USAGE
    try:
        with open_store(db) as store:
            answer = ask(store)
    except (StoreError, ValueError) as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        if output_format == "json":
            out.write(json.dumps(as_json(answer), ensure_ascii=False, indent=1) + "\n")
        else:
            print_table(as_table(answer), out)
        out.flush()
    except BrokenPipeError:  # the reader of our output went away (``| head``): stop quietly, like extract
        if out is sys.__stdout__:
            discard_stdout()
    return EXIT_OK


def run_query(kind: str, db: str | None, output_format: str, options: dict[str, Any], out: TextIO | None = None) -> int:
    """Print one page of statements, events or entities as a table or JSON (``{"items", "total"}``)."""
    out = out or sys.stdout
    if kind not in ACCEPTED:
        error(f"query: {kind!r} is not one of {', '.join(QUERY_KINDS)}")
        return EXIT_USAGE
    return _answer(db, lambda store: _page(store, kind, options), output_format, out,
                   lambda page: page.as_dict(), lambda page: page_table(kind, page, options.get("offset") or 0))


def run_divergence(db: str | None, output_format: str = "table", since: str | None = None, until: str | None = None,
                   window_days: int | None = None, out: TextIO | None = None, agreed: bool = False,
                   limit: int | None = None, offset: int = 0) -> int:
    """Print one page of the store's divergences (``limit`` None: ``DEFAULT_LIMIT``, as the API); statement ids
    are ``"<store article id>:<statement id>"``. ``window_days`` None: the library's default
    (``accord.corpus.divergence.ISSUE_WINDOW_DAYS``); ``agreed``: every assessed topic, those on which the
    parties agree too (JSON items say ``divergent``). JSON is the page as ``/api/divergence`` answers it:
    ``{"items", "total"}``, each item of ``accord.store.divergence_items``."""
    from accord.corpus.divergence import ISSUE_WINDOW_DAYS
    from accord.store.divergence_items import divergence_items
    from accord.store.filters import DEFAULT_LIMIT
    from accord.store.query import page_slice
    from accord.store.records import divergence_statements, store_assessments, store_divergences

    window = ISSUE_WINDOW_DAYS if window_days is None else window_days
    topics = store_assessments if agreed else store_divergences
    noun = "assessed topic" if agreed else "divergence"
    totals: dict[str, int] = {}

    def ask(store: "Store") -> "tuple[list[Divergence], dict[str, dict]]":
        found, totals["total"] = page_slice(topics(store, since=since, until=until, window_days=window),
                                            DEFAULT_LIMIT if limit is None else limit, offset)
        return found, divergence_statements(store, found)

    def shown(count: int) -> str | None:
        """``2–2 of 3`` when the page is not every topic, else None."""
        total = totals["total"]
        return None if count == total else f"{offset + 1}–{offset + count} of {total}" if count else f"0 of {total}"

    def as_json(answer: "tuple[list[Divergence], dict[str, dict]]") -> dict:
        return {"items": divergence_items(answer[0], answer[1], agreed), "total": totals["total"]}

    def as_table(answer: "tuple[list[Divergence], dict[str, dict]]") -> Table:
        table = divergence_table(answer)
        count, page = len(answer[0]), shown(len(answer[0]))
        if page:
            table.title = f"{noun}s: {page}"
        if agreed:
            divergent = sum(topic.divergent for topic in answer[0])
            table.title = (f"{count} assessed topic{'' if count == 1 else 's'}" if not page else table.title) + \
                f", {divergent} divergent"
        return table

    out = out or sys.stdout
    if output_format not in OUTPUT_FORMATS:
        error(f"--format: {output_format!r} is not one of {', '.join(OUTPUT_FORMATS)}")
        return EXIT_USAGE
    return _answer(db, ask, output_format, out, as_json, as_table)


def query(
    kind: Annotated[str, typer.Argument(metavar="KIND", help=f"What to list: {' | '.join(QUERY_KINDS)}.", show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help="statements: by this speaker, a whole word or words of their name or of any name they go by (not a pronoun).")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="events and clusters: by this actor (code like RUS, or a name).")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="events and clusters: aimed at this actor (code or name).")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="events and clusters: of this PLOVER type (AGREE, CONSULT, ...).")] = None,
    kind_: Annotated[str | None, typer.Option("--kind", help="entities: person, organisation, country or group.", show_default=False)] = None,
    code: Annotated[str | None, typer.Option("--code", help="entities: with this actor code (RUS).", show_default=False)] = None,
    place: Annotated[str | None, typer.Option("--place", help="events and clusters: at this place, its name as on the map (any case).")] = None,
    party: Annotated[str | None, typer.Option("--party", help="statements and positions: by speakers of this party (code like RUS, or a name).")] = None,
    issue: Annotated[str | None, typer.Option("--issue", help="positions: about this issue (ceasefire, sanctions, ...: the ids of data/positions/issues.json).", show_default=False)] = None,
    q: Annotated[str | None, typer.Option("--q", help="Words to search for in statements (full text: every word; \"a phrase\"; OR between alternatives), entity names, or article titles and sources.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="On or after YYYY-MM-DD (or the start of YYYY-MM, YYYY).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="On or before YYYY-MM-DD (or the end of YYYY-MM, YYYY).")] = None,
    window: Annotated[int | None, typer.Option("--window", help="divergence: days in which statements on one issue form one topic (default: a week).", show_default=False)] = None,
    agreed: Annotated[bool, typer.Option("--agreed", help="divergence: every assessed topic, also those on which the parties agree (each party's view of each round).")] = False,
    output_format: Annotated[str, typer.Option("--format", "-f", help="table | json.", callback=choice(OUTPUT_FORMATS))] = "table",
    limit: Annotated[int | None, typer.Option("--limit", help="Rows (divergence: topics) to show; the default and the most are the API's.", show_default=False)] = None,
    offset: Annotated[int, typer.Option("--offset", help="Rows to skip.")] = 0,
    min_reports: Annotated[int | None, typer.Option("--min-reports", help="clusters: only events with at least this many reports (default 1).", show_default=False)] = None,
    reports: Annotated[int | None, typer.Option("--reports", help="clusters: reports listed per event at most (JSON; default 20); report_count says how many it has.", show_default=False)] = None,
    assertion: Annotated[str | None, typer.Option("--assertion", help="events and clusters: asserted (the default: events reported as having happened) or all (future, hypothetical, demanded, denied and negated events too), as the API's assertion=all; articles: which events to count.", show_default=False)] = None,
    all_assertions: Annotated[bool, typer.Option("--all-assertions", hidden=True, help="The old name of --assertion all.")] = False,
) -> None:
    """Query stored statements, events, entities, articles, positions (assessments over time), event clusters, or the divergences between parties."""
    try:
        assertion = assertion_option(assertion, all_assertions)
    except ValueError as exc:
        error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    options = {
        "speaker": speaker, "actor": actor, "recipient": recipient, "type": type_, "place": place, "kind": kind_, "code": code, "party": party, "issue": issue, "min_reports": min_reports, "reports": reports,
        "q": q, "since": since, "until": until, "limit": limit, "offset": offset,
        "assertion": assertion,
    }
    if kind == "divergence":
        refusal = refused_options(kind, {**options, "since": None, "until": None})
        if refusal:
            error(refusal)
            raise typer.Exit(EXIT_USAGE)
        raise typer.Exit(run_divergence(db, output_format, since=since, until=until, window_days=window, agreed=agreed,
                                        limit=limit, offset=offset))
    raise typer.Exit(run_query(kind, db, output_format, {**options, "window": window, "agreed": True if agreed else None}))


def register(app: typer.Typer) -> None:
    """Add ``query`` to the app."""
    app.command("query")(query)
