"""The analyst's pages: the negotiation (front page when the store holds rounds of talks), positions
over time per party and issue, and the map of event places.

Data comes from the store's queries and the corpus views; charts are server-side SVG (``accord.web.svg``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from accord.records import EVENT_TYPES
from accord.store.assessments import assessed_statements, issue_labels
from accord.store.entity_pages import party_entities, store_is_empty
from accord.store.filters import blank_to_none
from accord.store.places import event_places
from accord.web.negotiation import OUTCOME_WINDOW_DAYS, has_rounds, negotiation_view
from accord.web.pages import form_fields, render, timeline
from accord.web.params import EventFilter
from accord.web.svg import ChartPoint, MapPlace, place_map, positions_chart
from accord.web.views import export_links, party_label

router = APIRouter(include_in_schema=False)


@router.get("/", name="home", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """The negotiation when the store holds rounds of talks, else the timeline of events."""
    if not request.query_params and has_rounds(request.app.state.store):
        return negotiation(request)
    return timeline(request)


@router.get("/negotiation", name="negotiation", response_class=HTMLResponse)
def negotiation(request: Request) -> HTMLResponse:
    """Rounds of talks on a time axis; under each, outcomes, the parties' assessments and the sources."""
    form = form_fields(request, ("since", "until", "assertion"))
    view, message = None, None
    try:
        view = negotiation_view(request.app.state.store, form["since"], form["until"], form["assertion"])
    except ValueError as error:
        message = str(error)
    context = {"form": form, "view": view, "error": message, "window_days": OUTCOME_WINDOW_DAYS,
               "empty_store": (view is None or not view.total_rounds) and store_is_empty(request.app.state.store)}
    return render(request, "negotiation.html", context, status_code=422 if message else 200, page_name="negotiation")


def _statement_href(request: Request, item: dict[str, Any]) -> str:
    return f"{request.app.state.paths.path('article_page', article_id=str(item['article_id']))}#{item['id']}"


@router.get("/positions", name="positions", response_class=HTMLResponse)
def positions(request: Request) -> HTMLResponse:
    """Each party's assessments over time, per issue: one chart per issue, every point a link to its statement."""
    form = form_fields(request, ("party", "issue", "since", "until"))
    labels = issue_labels()
    charts, message, total, shown = [], None, 0, 0
    try:
        issue = blank_to_none(form["issue"])
        items, total = assessed_statements(request.app.state.store, party=form["party"], issue=issue,
                                           since=form["since"], until=form["until"])
    except ValueError as error:
        message, items = str(error), []
    shown = len(items)
    by_issue: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        for name in item.get("issues") or ["(no issue named)"]:
            if issue is None or name == issue:
                by_issue.setdefault(name, []).append(item)
    # One colour per party on the whole page: parties ordered by how many points they have in all.
    weight = Counter(item["side"] or "unknown" for item in items)
    dates = sorted(item["article_published"] for item in items if item.get("article_published"))
    span = (dates[0], dates[-1]) if dates else None  # one time scale for every chart of the page
    parties = sorted(weight, key=lambda p: (-weight[p], p))
    pages = party_entities(request.app.state.store, parties)
    for name, members in sorted(by_issue.items(), key=lambda pair: (pair[0] not in labels, -len(pair[1]))):
        present = {m["side"] or "unknown" for m in members}
        points = [ChartPoint(m["article_published"], m["side"] or "unknown", m["polarity"],
                             f"{(m.get('speaker') or {}).get('name') or (m.get('speaker') or {}).get('text') or 'unknown'}: "
                             f"{m['content']['text'][:160]}", _statement_href(request, m)) for m in members]
        title = labels.get(name, name)
        charts.append({"issue": name, "title": title, "count": len(members),
                       "legend": [{"party": p, "label": party_label(p) if p != "unknown" else "unknown party",
                                   "colour": i, "entity_id": pages.get(p)} for i, p in enumerate(parties) if p in present],
                       "svg": positions_chart(points, parties, f"assessments of {title} over time", span)})
    context = {"form": form, "issues": labels, "charts": charts, "total": total, "shown": shown, "error": message,
               "empty_store": not items and store_is_empty(request.app.state.store),
               "api_link": f"{request.app.url_path_for('api_positions')}?{urlencode({k: v for k, v in form.items() if v})}".rstrip("?")}
    return render(request, "positions.html", context, status_code=422 if message else 200, page_name="positions")


@router.get("/map", name="map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    """Where events happened: a circle per geocoded place, filtered like the timeline, each linking to its events."""
    form = form_fields(request, ("actor", "recipient", "type", "since", "until", "assertion"))
    form["type"] = form["type"].strip().upper()
    places, total, message = [], 0, None
    try:
        filters = asdict(EventFilter.parse(**form))
        filters.pop("place")
        places, total = event_places(request.app.state.store, **filters)
    except ValueError as error:
        message = str(error)
    timeline_path = request.app.url_path_for("timeline")
    kept = {name: value for name, value in form.items() if value}

    def events_at(place: dict[str, Any]) -> str:
        return f"{timeline_path}?{urlencode({**kept, 'place': place['name']})}"

    markers = [MapPlace(p["name"], p["lat"], p["lon"], p["events"], events_at(p)) for p in places]
    exports = export_links(str(request.app.url_path_for("api_export_events")), form, form)
    context = {"form": form, "event_types": EVENT_TYPES, "places": [p | {"href": m.href} for p, m in zip(places, markers)],
               "exports": exports,
               "svg": place_map(markers), "total": total, "error": message,
               "empty_store": not places and store_is_empty(request.app.state.store)}
    return render(request, "map.html", context, status_code=422 if message else 200, page_name="map")
