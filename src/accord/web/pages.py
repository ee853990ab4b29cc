"""The HTML pages: timeline, who said what, search, divergence, event clusters, articles, API docs.

Server-rendered with Jinja2 (autoescaped). Filters come from plain GET forms and are validated by
``accord.web.params``; a bad value shows a notice on the page (status 422) instead of failing.
All data comes from ``accord.store`` query functions and the corpus views: no SQL here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields, replace
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from accord import store as accord_store
from accord.corpus.divergence import ISSUE_WINDOW_DAYS
from accord.language import not_extracted_notice
from accord.records import EVENT_TYPES, Event
from accord.store.filters import MAX_LIMIT, MAX_OFFSET, MAX_WINDOW_DAYS, ParameterError, check_dates, parse_count
from accord.store.entity_pages import link_entities, party_entities, store_is_empty
from accord.store.query import page_slice
from accord.store.divergence_items import divergence_links
from accord.store.records import divergence_statements
from accord.web.cached import divergences as cached_divergences
from accord.web.corpus_views import DEFAULT_MIN_REPORTS, sampled_event_clusters
from accord.web.highlight import highlight_html, marks_of
from accord.web.ids import ascii_digits
from accord.web.params import EventFilter, StatementFilter
from accord.web.views import (
    article_heading,
    cluster_report_item,
    divergence_view,
    group_by_day,
    group_by_party,
    outlet,
    export_links,
    page_links,
    web_url,
    statement_item,
)

# Page sizes: a timeline or speaker overview is read by scrolling, so it shows more than the
# search results or the article list, which people scan from the top.
TIMELINE_PAGE_SIZE = 100
WHO_SAID_WHAT_PAGE_SIZE = 200
SEARCH_PAGE_SIZE = 50
ARTICLES_PAGE_SIZE = 50
# Topics per divergence page, and statements shown per side (each read from its article; the rest counted).
DIVERGENCE_PAGE_SIZE = 10
DIVERGENCE_STATEMENTS_PER_SIDE = 8
CLUSTERS_PAGE_SIZE = 50
# The clusters page lists every event by default, as the API does (most reported first): a store of a
# few articles has few events reported twice, and an empty page would say nothing.
CLUSTERS_MIN_REPORTS = DEFAULT_MIN_REPORTS
# Reports listed under each cluster on the page (the count says how many it has): a round of talks can
# have hundreds, and the page must answer as fast with them.
CLUSTER_REPORTS_SHOWN = 10
# Reports listed on one cluster's own page: every source of most events; the count says how many in all.
CLUSTER_PAGE_REPORTS = 200

# The filters of every statement page: those of ``/api/statements`` (``StatementFilter``), so a link or a
# download with any of them is filtered by all.
STATEMENT_FIELDS = tuple(field.name for field in fields(StatementFilter))

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200,
           page_name: str = "") -> HTMLResponse:
    """Render ``template`` with the values every page needs."""
    base = {"page_name": page_name, "error": None}
    return request.app.state.templates.TemplateResponse(request, template, {**base, **context}, status_code=status_code)


def _offset(request: Request) -> int:
    """The ``offset`` query parameter of a page; anything but a small non-negative integer is a ParameterError."""
    return parse_count("offset", request.query_params.get("offset"), 0, 0, MAX_OFFSET)


def form_fields(request: Request, names: tuple[str, ...]) -> dict[str, str]:
    """The page's form fields as given (shown back in the form), missing ones empty."""
    return {name: request.query_params.get(name, "") for name in names}


def listing(request: Request, query: Callable[..., Any], filters: dict[str, Any], limit: int) -> tuple[list, Any, str | None]:
    """Ask the store for one page; returns (items, page links, error message or None)."""
    try:
        offset = _offset(request)
        result = query(request.app.state.store, **filters, limit=min(limit, MAX_LIMIT), offset=offset)
    except ValueError as error:  # ParameterError is a ValueError; so is the store's own refusal
        return [], page_links(request.url.path, request.query_params, 0, limit, 0, 0), str(error)
    links = page_links(request.url.path, request.query_params, result.total, limit, offset, len(result.items))
    return result.items, links, None


@router.get("/timeline", name="timeline", response_class=HTMLResponse)
def timeline(request: Request) -> HTMLResponse:
    form = form_fields(request, ("actor", "recipient", "type", "since", "until", "place", "assertion"))
    form["type"] = form["type"].strip().upper()
    try:
        filters: dict[str, Any] | None = asdict(EventFilter.parse(**form))
    except ParameterError as error:
        filters, message = None, str(error)
    if filters is not None:
        items, links, message = listing(request, accord_store.query_events, filters, TIMELINE_PAGE_SIZE)
    else:
        items, links = [], page_links(request.url.path, {}, 0, TIMELINE_PAGE_SIZE, 0, 0)
    link_entities(request.app.state.store, items)
    context = {"form": form, "event_types": EVENT_TYPES, "groups": group_by_day(items), "page_links": links,
               "error": message, "exports": export_links(str(request.app.url_path_for("api_export_events")), form, form), "empty_store": not items and store_is_empty(request.app.state.store)}
    return render(request, "timeline.html", context, status_code=422 if message else 200, page_name="timeline")


def _statement_page(request: Request, template: str, page_name: str, names: tuple[str, ...], limit: int,
                    build: Callable[[list], dict[str, Any]], require_any: bool = False) -> HTMLResponse:
    """Shared by the statement pages: parse the form, query the store, let ``build`` shape the items."""
    form = form_fields(request, names)
    searched = any(value.strip() for value in form.values()) or not require_any
    items, links, message = [], page_links(request.url.path, {}, 0, limit, 0, 0), None
    try:
        filters = asdict(StatementFilter.parse(**form))
    except ParameterError as error:
        message = str(error)
    else:
        if searched:
            items, links, message = listing(request, accord_store.query_statements, filters, limit)
    link_entities(request.app.state.store, items)
    exports = export_links(str(request.app.url_path_for("api_export_statements")), form, form)
    context = {"form": form, "page_links": links, "error": message, "searched": searched, **build(items), "exports": exports,
               "empty_store": not items and store_is_empty(request.app.state.store)}
    return render(request, template, context, status_code=422 if message else 200, page_name=page_name)


@router.get("/who-said-what", name="who_said_what", response_class=HTMLResponse)
def who_said_what(request: Request) -> HTMLResponse:
    def parties(items: list) -> dict[str, Any]:
        groups = group_by_party(items)
        pages = party_entities(request.app.state.store, [group.code for group in groups])
        for group in groups:
            group.entity_id = pages.get(group.code) if group.code else None
        return {"parties": groups}

    return _statement_page(request, "who_said_what.html", "who_said_what", STATEMENT_FIELDS, WHO_SAID_WHAT_PAGE_SIZE,
                           parties)


@router.get("/search", name="search", response_class=HTMLResponse)
def search(request: Request) -> HTMLResponse:
    return _statement_page(request, "search.html", "search", STATEMENT_FIELDS, SEARCH_PAGE_SIZE,
                           lambda items: {"results": [statement_item(item) for item in items]}, require_any=True)


@router.get("/articles", name="articles", response_class=HTMLResponse)
def articles(request: Request) -> HTMLResponse:
    form = form_fields(request, ("q", "since", "until", "assertion"))
    items, links, message = listing(request, accord_store.list_articles, form, ARTICLES_PAGE_SIZE)
    for item in items:
        item["outlet"], item["link"] = outlet(item, ""), web_url(item.get("url"))
    context = {"articles": items, "page_links": links, "error": message, "form": form}
    return render(request, "articles.html", context, status_code=422 if message else 200, page_name="articles")


@router.get("/articles/{article_id}", name="article_page", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    if not ascii_digits(article_id) or len(article_id) > 9:
        raise HTTPException(status_code=404, detail=f"No article with id {article_id!r}.")
    article = accord_store.get_article(request.app.state.store, int(article_id))
    if article is None:
        raise HTTPException(status_code=404, detail=f"No article with id {article_id}.")
    text = article.get("text") or ""
    # counted as every list counts (before entity links are added to the records' references)
    reported = sum(Event.model_validate(event).reported for event in article.get("events") or [])
    highlighted = highlight_html(text, marks_of(article.get("statements") or [], article.get("events") or []))
    local = {entity.get("id"): entity.get("entity_id") for entity in article.get("entities") or []}
    for record in [*(article.get("statements") or []), *(article.get("events") or [])]:
        for ref in [record.get("speaker"), *record.get("actors", []), *record.get("recipients", [])]:
            if isinstance(ref, dict) and local.get(ref.get("entity")) is not None:
                ref["entity_id"] = local[ref.get("entity")]
    context = {"article": article, "heading": article_heading(article), "highlighted": highlighted if text else None,
               "reported_events": reported, "other_events": len(article.get("events") or []) - reported,
               "outlet": outlet(article, ""), "link": web_url(article.get("url")),
               "language_notice": not_extracted_notice(article.get("language"))}
    return render(request, "article.html", context, page_name="article")


# A ticked box's value, and what the API reads as true for the same parameter (FastAPI's booleans).
CHECKED = ("on", "true", "1", "yes")


def _window(raw: str) -> int:
    """The ``window`` form field (days), default ``ISSUE_WINDOW_DAYS``."""
    return parse_count("window", raw, ISSUE_WINDOW_DAYS, 1, MAX_WINDOW_DAYS)


@router.get("/divergence", name="divergence", response_class=HTMLResponse)
def divergence(request: Request) -> HTMLResponse:
    """Side by side, per topic: each party's assessment and the statements that carry it."""
    form = form_fields(request, ("since", "until", "window", "agreed"))
    views, message = [], None
    links = page_links(request.url.path, {}, 0, DIVERGENCE_PAGE_SIZE, 0, 0)
    try:
        since, until = check_dates(form["since"], form["until"])
        offset = _offset(request)
        page, total = page_slice(cached_divergences(request.app, since, until, _window(form["window"]),
                                                    agreed=form["agreed"].strip().lower() in CHECKED),
                                 DIVERGENCE_PAGE_SIZE, offset)
    except ValueError as error:  # ParameterError, or the library's refusal of the window
        message = str(error)
    else:
        shown = [replace(item, sides=[replace(side, statements=side.statements[:DIVERGENCE_STATEMENTS_PER_SIDE])
                                      for side in item.sides])
                 for item in page]
        details = divergence_statements(request.app.state.store, shown)
        link_entities(request.app.state.store, list(details.values()))
        views = [divergence_view(divergence_links(item), details) for item in shown]
        for view, item in zip(views, page):
            for column, side in zip(view.sides, item.sides):
                column.more = len(side.statements) - len(column.statements)
        links = page_links(request.url.path, request.query_params, total, DIVERGENCE_PAGE_SIZE, offset, len(shown))
    context = {"form": form, "divergences": views, "error": message, "default_window": ISSUE_WINDOW_DAYS,
               "page_links": links}
    return render(request, "divergence.html", context, status_code=422 if message else 200, page_name="divergence")


@router.get("/clusters", name="clusters", response_class=HTMLResponse)
def clusters(request: Request) -> HTMLResponse:
    """Events reported by several articles: one real-world event, its reports and their sources."""
    form = form_fields(request, ("type", "actor", "recipient", "since", "until", "place", "min_reports", "assertion"))
    form["type"] = form["type"].strip().upper()
    items, links, message = [], page_links(request.url.path, {}, 0, CLUSTERS_PAGE_SIZE, 0, 0), None
    try:
        filters = EventFilter.parse(**{name: value for name, value in form.items() if name != "min_reports"})
        min_reports = parse_count("min_reports", form["min_reports"], CLUSTERS_MIN_REPORTS, 1, MAX_OFFSET)
        offset = _offset(request)
        page = sampled_event_clusters(request.app.state.store, (filters.type,) if filters.type else (),
                                      actor=filters.actor, recipient=filters.recipient, place=filters.place,
                                      since=filters.since, until=filters.until,
                                      min_reports=min_reports, limit=CLUSTERS_PAGE_SIZE, offset=offset,
                                      reports_each=CLUSTER_REPORTS_SHOWN, assertion=filters.assertion)
    except ValueError as error:
        message = str(error)
    else:
        items = [{**item, "reports": [cluster_report_item(r) for r in item["reports"]]} for item in page.items]
        links = page_links(request.url.path, request.query_params, page.total, CLUSTERS_PAGE_SIZE, offset, len(items))
    context = {"form": form, "clusters": items, "page_links": links, "error": message, "event_types": EVENT_TYPES,
               "default_min_reports": CLUSTERS_MIN_REPORTS}
    return render(request, "clusters.html", context, status_code=422 if message else 200, page_name="clusters")


@router.get("/clusters/{cluster_id}", name="cluster_page", response_class=HTMLResponse)
def cluster_page(request: Request, cluster_id: str) -> HTMLResponse:
    """One real-world event: its type, date, place, parties (linked to their pages) and every report with its
    sentence and source. Shown whether or not it is asserted (its reports say how), since it was asked for."""
    if not ascii_digits(cluster_id) or len(cluster_id) > 9:
        raise HTTPException(status_code=404, detail=f"No event cluster with id {cluster_id!r}.")
    page = sampled_event_clusters(request.app.state.store, ids=(int(cluster_id),), limit=1, assertion="all",
                                  reports_each=CLUSTER_PAGE_REPORTS)
    if not page.items:
        raise HTTPException(status_code=404, detail=f"No event cluster with id {cluster_id}.")
    cluster = page.items[0]
    reports = [cluster_report_item(report) | {"assertion": report.get("assertion"), "negated": report.get("negated")}
               for report in cluster["reports"]]
    return render(request, "cluster.html", {"cluster": cluster, "reports": reports}, page_name="clusters")


@router.get("/docs", name="api_docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    return render(request, "docs.html", {"max_limit": MAX_LIMIT}, page_name="api_docs")
