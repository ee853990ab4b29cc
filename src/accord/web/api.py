"""The JSON API: read-only, paginated lists of articles, statements, events, entities, divergences
and event clusters.

Every list answers ``{"items": [...], "total": N}``. Parameters are validated by ``accord.web.params``
before the store is asked; a bad value is a 422 naming the parameter, never a 500. All data comes
from ``accord.store`` query functions and the corpus views: no SQL here.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from accord import store as accord_store
from accord.corpus.divergence import ISSUE_WINDOW_DAYS
from accord.records import EVENT_TYPES
from accord.store.assessments import issue_labels, positions_page
from accord.store.divergence_items import divergence_items
from accord.store.entity_pages import get_entity
from accord.store.filters import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    MAX_TEXT_PARAM,
    MAX_WINDOW_DAYS,
    ParameterError,
    check_assertion,
    check_dates,
    check_entity_kind,
    check_text,
)
from accord.store.export import view_rows, write_csv_rows
from accord.store.query import event_conditions, page_slice, statement_conditions
from accord.store.records import divergence_statements
from accord.web.cached import divergences as cached_divergences
from accord.web.corpus_views import API_CLUSTER_REPORTS, DEFAULT_MIN_REPORTS, event_clusters_page
from accord.web.params import EventFilter, StatementFilter

STORE_MESSAGE = re.compile(r"^(speaker|party|q|since|until|type|actor|recipient|place|issue|kind|code|limit|offset|window|min_reports|assertion): ")

router = APIRouter(prefix="/api", tags=["records"])


class ItemsPage(BaseModel):
    """One page of a list: the items and how many match in all."""

    items: list[dict[str, Any]] = Field(description="records of this page, in the store's order")
    total: int = Field(description="number of records matching the filters, over all pages")


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1..{MAX_LIMIT}")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="records to skip")] = 0,
) -> Paging:
    """``limit`` and ``offset`` of every list route, bounded."""
    return Paging(limit, offset)


def get_store(request: Request) -> Any:
    """The store opened once by ``create_app``."""
    return request.app.state.store


def unprocessable(error: ParameterError | ValueError) -> HTTPException:
    """A 422 whose detail has FastAPI's validation shape and names the bad parameter."""
    if isinstance(error, ParameterError):
        return HTTPException(status_code=422, detail=[error.detail()])
    message = str(error)
    # The store words its refusals "name: reason"; name the parameter when it says which one.
    named = STORE_MESSAGE.match(message)
    loc = ["query", named.group(1)] if named else ["query"]
    return HTTPException(status_code=422, detail=[{"loc": loc, "msg": message, "type": "value_error"}])


def ask_store(query: Callable[..., Any], *args: Any, **kwargs: Any) -> dict[str, Any]:
    """Run one store query and return its page as JSON; the store's ``ValueError`` becomes a 422."""
    try:
        page = query(*args, **kwargs)
    except ValueError as error:
        raise unprocessable(error) from None
    return {"items": page.items, "total": page.total}


DateParam = Annotated[
    str | None,
    Query(description="ISO date YYYY-MM-DD (or YYYY-MM, YYYY), inclusive", examples=["2025-05-16"]),
]
AssertionParam = Annotated[
    str | None,
    Query(max_length=16, description="asserted (the default: events reported as having happened, now or in the past) "
                                     "or all (future, hypothetical, demanded, denied and negated events too)"),
]
StoreDep = Annotated[Any, Depends(get_store)]
PagingDep = Annotated[Paging, Depends(paging)]


@router.get("/articles", name="api_articles", response_model=ItemsPage, summary="Articles in the store (without their text)")
def articles(
    store: StoreDep,
    page: PagingDep,
    q: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="words in the title or source")] = None,
    since: DateParam = None,
    until: DateParam = None,
    assertion: AssertionParam = None,
) -> dict[str, Any]:
    """Each item counts the article's statements and its events (asserted ones unless ``assertion=all``)."""
    try:
        since_day, until_day = check_dates(since, until)
        filters = {"q": check_text("q", q), "since": since_day, "until": until_day,
                   "assertion": check_assertion("assertion", assertion)}
    except ParameterError as error:
        raise unprocessable(error) from None
    return ask_store(accord_store.list_articles, store, **filters, limit=page.limit, offset=page.offset)


@router.get("/articles/{article_id}", name="api_articles_one", summary="One article: its text and every record pointing into it")
def article(store: StoreDep, article_id: Annotated[int, Path(ge=1, le=MAX_OFFSET)]) -> dict[str, Any]:
    found = accord_store.get_article(store, article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no article with id {article_id}")
    return found


@router.get("/statements", name="api_statements", response_model=ItemsPage, summary="Who said what")
def statements(
    store: StoreDep,
    page: PagingDep,
    speaker: Annotated[
        str | None,
        Query(max_length=MAX_TEXT_PARAM, description="resolved speaker name or any of its mentions (substring)"),
    ] = None,
    party: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="speaker's affiliation code (RUS) or name")] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="full-text search over content and speakers")] = None,
    since: DateParam = None,
    until: DateParam = None,
) -> dict[str, Any]:
    try:
        filters = StatementFilter.parse(speaker=speaker, party=party, q=q, since=since, until=until)
    except ParameterError as error:
        raise unprocessable(error) from None
    return ask_store(accord_store.query_statements, store, **asdict(filters), limit=page.limit, offset=page.offset)


@router.get("/events", name="api_events", response_model=ItemsPage, summary="Who did what to whom, when (PLOVER 2.0)")
def events(
    store: StoreDep,
    page: PagingDep,
    type: Annotated[  # noqa: A002 - the API's parameter name
        str | None, Query(max_length=32, description="PLOVER event type: " + ", ".join(EVENT_TYPES))
    ] = None,
    actor: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="actor code (RUS) or name (substring)")] = None,
    recipient: Annotated[
        str | None, Query(max_length=MAX_TEXT_PARAM, description="recipient code (UKR) or name (substring)")
    ] = None,
    since: DateParam = None,
    until: DateParam = None,
    place: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="place name, as on the map (exact, any case)")] = None,
    assertion: AssertionParam = None,
) -> dict[str, Any]:
    try:
        filters = EventFilter.parse(type=type, actor=actor, recipient=recipient, since=since, until=until, place=place,
                                    assertion=assertion)
    except ParameterError as error:
        raise unprocessable(error) from None
    return ask_store(accord_store.query_events, store, **asdict(filters), limit=page.limit, offset=page.offset)


@router.get("/entities", name="api_entities", response_model=ItemsPage, summary="People, organisations and countries across articles")
def entities(
    store: StoreDep,
    page: PagingDep,
    q: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="name or any mention (substring)")] = None,
    kind: Annotated[str | None, Query(max_length=32, description="person, organisation, country, group")] = None,
    code: Annotated[str | None, Query(max_length=8, description="actor code, e.g. RUS")] = None,
) -> dict[str, Any]:
    try:
        filters = {"q": check_text("q", q), "kind": check_entity_kind("kind", kind), "code": check_text("code", code)}
    except ParameterError as error:
        raise unprocessable(error) from None
    return ask_store(accord_store.query_entities, store, **filters, limit=page.limit, offset=page.offset)


@router.get("/positions", name="api_positions", response_model=ItemsPage, summary="Each party's assessments over time (the Positions page's points)")
def positions(
    store: StoreDep,
    page: PagingDep,
    party: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="speaker's affiliation code (RUS) or name")] = None,
    issue: Annotated[str | None, Query(max_length=64, description="issue id: " + ", ".join(issue_labels()))] = None,
    since: DateParam = None,
    until: DateParam = None,
) -> dict[str, Any]:
    """Statements carrying an assessment (positive, negative, neutral) on a dated article, filtered as the
    Positions page filters them; the latest first pages, each item in date order with its ``side`` (the party
    it counts for) and article. ``accord query positions`` prints the same page."""
    return ask_store(positions_page, store, party=party, issue=issue, since=since, until=until,
                     limit=page.limit, offset=page.offset)


@router.get("/entities/{entity_id}", name="api_entities_one", summary="One entity: its names, affiliations, statements and events")
def entity(store: StoreDep, entity_id: Annotated[int, Path(ge=1, le=MAX_OFFSET)], assertion: AssertionParam = None) -> dict[str, Any]:
    """What its page (``/entities/<id>``) shows: names and spellings, title, affiliations, its latest statements
    and events (asserted ones unless ``assertion=all``), first and last seen."""
    try:
        found = get_entity(store, entity_id, assertion=check_assertion("assertion", assertion))
    except ParameterError as error:
        raise unprocessable(error) from None
    if found is None:
        raise HTTPException(status_code=404, detail=f"no entity with id {entity_id}")
    return found


@router.get("/divergence", name="api_divergence", response_model=ItemsPage, summary="Where parties assess the same talks or issue in opposite ways")
def divergence(
    request: Request,
    page: PagingDep,
    since: DateParam = None,
    until: DateParam = None,
    window: Annotated[
        int, Query(ge=1, le=MAX_WINDOW_DAYS, description="days in which statements on one issue form one topic")
    ] = ISSUE_WINDOW_DAYS,
    agreed: Annotated[bool, Query(description="every assessed topic, those the parties agree on too (items say divergent)")] = False,
) -> dict[str, Any]:
    """Each item: ``topic``, ``event`` (``"<article id>:<event id>"`` or null), ``sides`` of
    ``{party, polarity, statements: ["<article id>:<statement id>", ...], links: [{article_id, statement}],
    said: [{statement, speaker, kind, content, article_title, article_url}]}``; with ``agreed``, ``divergent``
    too. ``accord query divergence --format json`` prints the same page."""
    try:
        since_day, until_day = check_dates(since, until)
        found, total = page_slice(cached_divergences(request.app, since_day, until_day, window, agreed),
                                  page.limit, page.offset)
    except ValueError as error:
        raise unprocessable(error) from None
    details = divergence_statements(request.app.state.store, found)
    return {"items": divergence_items(found, details, agreed), "total": total}


@router.get("/event-clusters", name="api_event_clusters", response_model=ItemsPage, summary="One event, many reports: reports of the same event merged")
def event_clusters(
    store: StoreDep,
    page: PagingDep,
    type: Annotated[  # noqa: A002 - the API's parameter name
        str | None, Query(max_length=32, description="PLOVER event type: " + ", ".join(EVENT_TYPES))
    ] = None,
    actor: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="a report's actor: code (RUS) or name (substring)")] = None,
    recipient: Annotated[
        str | None, Query(max_length=MAX_TEXT_PARAM, description="a report's recipient: code (UKR) or name (substring)")
    ] = None,
    since: DateParam = None,
    until: DateParam = None,
    place: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM, description="a report's place name, as on the map (exact, any case)")] = None,
    min_reports: Annotated[int, Query(ge=1, le=MAX_OFFSET, description="only events with at least this many reports")] = DEFAULT_MIN_REPORTS,
    reports: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="reports listed per event at most (the first, in store "
                                  "order); report_count says how many it has")] = API_CLUSTER_REPORTS,
    assertion: AssertionParam = None,
) -> dict[str, Any]:
    """Each item: ``id``, ``type``, ``date``, ``place``, ``codes``, ``names``, ``report_count`` and its first
    ``reports`` reports (article id, title, URL, outlet source, date, event id, trigger, sentence, quantities).
    Only asserted reports are counted and listed unless ``assertion=all``. ``accord query clusters`` prints
    the same page."""
    try:
        filters = EventFilter.parse(type=type, actor=actor, recipient=recipient, since=since, until=until, place=place,
                                    assertion=assertion)
    except ParameterError as error:
        raise unprocessable(error) from None
    return ask_store(event_clusters_page, store, **asdict(filters), min_reports=min_reports, reports=reports,
                     limit=page.limit, offset=page.offset)


EXPORT_VIEW_FORMATS = ("csv", "json")
# Rows written per chunk of a streamed export (the response never holds the whole view in memory).
EXPORT_CHUNK_ROWS = 500


def _stream(rows: Iterator[dict], table: str, output_format: str) -> Iterator[str]:
    """The rows of a filtered view as CSV (the export's columns) or a JSON array, in chunks."""
    if output_format == "csv":
        buffer = io.StringIO()
        write_csv_rows(iter(()), buffer, table)  # the header, even when no row matches
        yield buffer.getvalue()
        chunk: list[dict] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= EXPORT_CHUNK_ROWS:
                buffer = io.StringIO()
                write_csv_rows(iter(chunk), buffer, table, header=False)
                yield buffer.getvalue()
                chunk.clear()
        if chunk:
            buffer = io.StringIO()
            write_csv_rows(iter(chunk), buffer, table, header=False)
            yield buffer.getvalue()
        return
    yield "["
    for number, row in enumerate(rows):
        yield ("," if number else "") + json.dumps(row, ensure_ascii=False)
    yield "]\n"


def _download(rows: Iterator[dict], table: str, output_format: str) -> StreamingResponse:
    media = "text/csv; charset=utf-8" if output_format == "csv" else "application/json"
    return StreamingResponse(_stream(rows, table, output_format), media_type=media,
                             headers={"content-disposition": f'attachment; filename="accord-{table}.{output_format}"'})


FormatParam = Annotated[str, Query(pattern="^(csv|json)$", description="csv (the export's flat columns) or json")]


@router.get("/export/statements", name="api_export_statements", summary="Download the statements of a filtered view (CSV or JSON)")
def export_statements(
    store: StoreDep,
    format: FormatParam = "csv",  # noqa: A002 - the API's parameter name
    speaker: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)] = None,
    party: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)] = None,
    since: DateParam = None,
    until: DateParam = None,
) -> StreamingResponse:
    """Every statement matching the filters of ``/api/statements`` (the who-said-what and search pages), with
    its party, issues, evidence, article title and URL."""
    try:
        filters = StatementFilter.parse(speaker=speaker, party=party, q=q, since=since, until=until)
        conditions = statement_conditions(store, **asdict(filters))
    except ValueError as error:
        raise unprocessable(error) from None
    return _download(view_rows(store, "statements", conditions), "statements", format)


@router.get("/export/events", name="api_export_events", summary="Download the events of a filtered view (CSV or JSON)")
def export_events(
    store: StoreDep,
    format: FormatParam = "csv",  # noqa: A002 - the API's parameter name
    type: Annotated[str | None, Query(max_length=32)] = None,  # noqa: A002 - the API's parameter name
    actor: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)] = None,
    recipient: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)] = None,
    since: DateParam = None,
    until: DateParam = None,
    place: Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)] = None,
    assertion: AssertionParam = None,
) -> StreamingResponse:
    """Every event matching the filters of ``/api/events`` (the timeline and map), with its sentence,
    quantities, coordinates, issues, article title and URL."""
    try:
        filters = EventFilter.parse(type=type, actor=actor, recipient=recipient, since=since, until=until, place=place,
                                    assertion=assertion)
        conditions = event_conditions(**asdict(filters))
    except ValueError as error:
        raise unprocessable(error) from None
    return _download(view_rows(store, "events", conditions), "events", format)
