"""The pages of people, organisations and countries: the entities index and one page per entity.

An entity page lists the entity's names and spellings, title and affiliation, every statement it made
and every event it took part in, and when it was first and last seen; every page links each name here.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from accord import store as accord_store
from accord.store.entity_pages import get_entity, party_entities, store_is_empty
from accord.records import ENTITY_KINDS
from accord.store.filters import DEFAULT_ASSERTION, MAX_OFFSET, ParameterError, check_assertion, check_entity_kind, check_text
from accord.web.pages import form_fields, listing, render
from accord.web.views import group_by_day, page_links, party_label, statement_item

ENTITIES_PAGE_SIZE = 100

router = APIRouter(include_in_schema=False)


@router.get("/entities", name="entities", response_class=HTMLResponse)
def entities(request: Request) -> HTMLResponse:
    """Every entity with how many articles mention it, how often, and how many statements it made."""
    form = form_fields(request, ("q", "kind", "code"))
    try:
        filters: dict[str, Any] = {"q": check_text("q", form["q"]), "kind": check_entity_kind("kind", form["kind"]),
                                   "code": check_text("code", form["code"])}
    except ParameterError as error:
        items, links, message = [], page_links(request.url.path, {}, 0, ENTITIES_PAGE_SIZE, 0, 0), str(error)
    else:
        items, links, message = listing(request, accord_store.query_entities, filters, ENTITIES_PAGE_SIZE)
    context = {"form": form, "entities": items, "page_links": links, "error": message, "kinds": ENTITY_KINDS,
               "empty_store": not items and store_is_empty(request.app.state.store)}
    return render(request, "entities.html", context, status_code=422 if message else 200, page_name="entities")


@router.get("/entities/{entity_id}", name="entity_page", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    """One entity: names, title, affiliation, statements, events, first and last seen."""
    if not entity_id.isdigit() or int(entity_id) > MAX_OFFSET:
        raise HTTPException(status_code=404, detail=f"No entity with id {entity_id!r}.")
    try:
        assertion = check_assertion("assertion", request.query_params.get("assertion"))
    except ParameterError:
        assertion = DEFAULT_ASSERTION  # a hand-edited address: the page as linked, not an error page
    entity = get_entity(request.app.state.store, int(entity_id), assertion=assertion)
    if entity is None:
        raise HTTPException(status_code=404, detail=f"No entity with id {entity_id}.")
    pages = party_entities(request.app.state.store, [item["code"] for item in entity["affiliations"]])
    context = {
        "entity": entity,
        "party": party_label(entity["code"]) if entity.get("code") else None,
        "affiliations": [{**item, "label": party_label(item["code"]), "entity_id": pages.get(item["code"])}
                         for item in entity["affiliations"]],
        "statements": [statement_item(item) for item in entity["statements"]],
        "days": group_by_day(entity["events"]),
        "assertion": assertion,
    }
    return render(request, "entity.html", context, page_name="entities")
