"""The JSON API over a store of hand-built records: shapes, filters, paging, validation, read-only."""

from __future__ import annotations

import pytest

XSS_PAYLOAD = "<script>alert(1)</script>"
PAGED_EVENTS = 12  # the REJECT events of the hand-built "web-paged" article (conftest)


def ids(response) -> list[tuple[int, str]]:
    """(article id, record id) of each item of a list response."""
    return [(item["article_id"], item["id"]) for item in response.json()["items"]]


def test_articles_list_is_paginated_and_has_no_text(client, records_db) -> None:
    body = client.get("/api/articles").json()
    assert set(body) == {"items", "total"}
    assert body["total"] == len(records_db.ids) == 3
    assert {item["record_id"] for item in body["items"]} == {"web-talks", "web-xss", "web-paged"}
    assert all("text" not in item for item in body["items"])
    first = client.get("/api/articles", params={"limit": 2}).json()
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and len(rest["items"]) == 1
    assert first["total"] == rest["total"] == 3
    assert {item["id"] for item in first["items"] + rest["items"]} == set(records_db.ids.values())


def test_article_has_text_and_records_that_point_into_it(client, records_db) -> None:
    body = client.get(f"/api/articles/{records_db.ids['web-talks']}").json()
    text = body["text"]
    assert text.startswith("Minister Anna Example said")
    spans = [s["content"] for s in body["statements"]] + [s["speaker"] for s in body["statements"]]
    spans += [e["trigger"] for e in body["events"]]
    assert len(spans) == 5
    for piece in spans:
        assert text[piece["start"]:piece["end"]] == piece["text"]


def test_unknown_article_is_404_and_bad_id_is_422(client) -> None:
    missing = client.get("/api/articles/987654")
    assert missing.status_code == 404 and "987654" in missing.json()["detail"]
    assert client.get("/api/articles/abc").status_code == 422
    assert client.get("/api/articles/0").status_code == 422


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"speaker": "Anna Example"}, {("web-talks", "s1"), ("web-talks", "s2")}),
        ({"speaker": "example"}, {("web-talks", "s1"), ("web-talks", "s2")}),
        ({"speaker": "Sample"}, {("web-xss", "s1")}),
        ({"party": "UKR"}, {("web-xss", "s1")}),
        ({"party": "RUS"}, {("web-talks", "s1"), ("web-talks", "s2")}),
        ({"q": "ceasefire"}, {("web-talks", "s1")}),
        ({"since": "2025-06-01"}, {("web-xss", "s1")}),
        ({"until": "2025-05"}, {("web-talks", "s1"), ("web-talks", "s2")}),
        ({"since": "2025-05-11", "until": "2025-05-31"}, set()),
        ({"speaker": "", "party": ""}, {("web-talks", "s1"), ("web-talks", "s2"), ("web-xss", "s1")}),
    ],
)
def test_statement_filters(client, records_db, params, expected) -> None:
    response = client.get("/api/statements", params=params)
    assert response.status_code == 200, response.text
    by_store_id = {value: key for key, value in records_db.ids.items()}
    found = {(by_store_id[article], record) for article, record in ids(response)}
    assert found == expected
    assert response.json()["total"] == len(expected)


def test_statement_items_carry_their_article(client, records_db) -> None:
    item = client.get("/api/statements", params={"speaker": "Sample"}).json()["items"][0]
    assert item["article_id"] == records_db.ids["web-xss"]
    assert item["content"]["text"].startswith(XSS_PAYLOAD)
    assert item["speaker"]["name"] == "Bob <i>Sample</i>"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "AGREE"}, {("web-talks", "e1")}),
        ({"type": "accuse"}, {("web-xss", "e1")}),
        ({"actor": "RUS"}, {("web-talks", "e1")}),
        ({"actor": "Ukraine"}, {("web-xss", "e1")}),
        ({"recipient": "UKR"}, {("web-talks", "e1")}),
        ({"type": "AGREE", "until": "2025-05-09"}, {("web-talks", "e1")}),
        ({"type": "AGREE", "since": "2025-05-10"}, set()),
        ({"since": "2025-06-01", "until": "2025-06-30"}, {("web-xss", "e1")}),
    ],
)
def test_event_filters(client, records_db, params, expected) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    by_store_id = {value: key for key, value in records_db.ids.items()}
    assert {(by_store_id[article], record) for article, record in ids(response)} == expected


def test_event_pages_cover_every_event_once(client) -> None:
    seen: list[tuple[int, str]] = []
    for offset in range(0, PAGED_EVENTS + 5, 5):
        response = client.get("/api/events", params={"type": "REJECT", "limit": 5, "offset": offset})
        assert response.json()["total"] == PAGED_EVENTS
        assert len(response.json()["items"]) == min(5, max(0, PAGED_EVENTS - offset))
        seen += ids(response)
    assert len(seen) == len(set(seen)) == PAGED_EVENTS


def test_entities_search(client) -> None:
    body = client.get("/api/entities", params={"q": "Anna"}).json()
    assert body["total"] >= 1
    assert any(item["name"] == "Anna Example" for item in body["items"])
    assert client.get("/api/entities", params={"q": "Nobody Atall"}).json() == {"items": [], "total": 0}


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        ("/api/statements", {"since": "yesterday"}, "since"),
        ("/api/statements", {"until": "2025-02-30"}, "until"),
        ("/api/events", {"since": "2025-13"}, "since"),
        ("/api/events", {"type": "BOMB"}, "type"),
        ("/api/events", {"since": "2025-06-01", "until": "2025-05-01"}, "until"),
        ("/api/articles", {"since": "May 2025"}, "since"),
        ("/api/events", {"limit": 0}, "limit"),
        ("/api/events", {"limit": 501}, "limit"),
        ("/api/statements", {"offset": -1}, "offset"),
        ("/api/statements", {"limit": "ten"}, "limit"),
        ("/api/entities", {"q": "x" * 500}, "q"),
        ("/api/entities", {"kind": "persn"}, "kind"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(client, path, params, parameter) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert any(error["loc"][-1] == parameter and error["msg"] for error in detail), detail


def test_the_api_is_read_only(client, records_db) -> None:
    assert client.post("/api/articles", json={"text": "x"}).status_code == 405
    assert client.delete(f"/api/articles/{records_db.ids['web-talks']}").status_code == 405
    assert client.put("/api/statements", json={}).status_code == 405


def test_read_only_app_does_not_change_the_database(records_db) -> None:
    from fastapi.testclient import TestClient

    from accord.web import create_app

    if not records_db.url.startswith("sqlite:///"):
        pytest.skip("compares the SQLite file's bytes")
    path = records_db.url.removeprefix("sqlite:///")
    with open(path, "rb") as handle:
        before = handle.read()
    with TestClient(create_app(records_db.url), base_url="http://127.0.0.1") as fresh:
        for route in ("/api/articles", "/api/statements?q=ceasefire", "/api/events", "/", "/who-said-what"):
            assert fresh.get(route).status_code == 200
    with open(path, "rb") as handle:
        assert handle.read() == before


def test_openapi_describes_every_route_and_docs_are_self_hosted(client) -> None:
    spec = client.get("/openapi.json").json()
    for route in ("/api/articles", "/api/articles/{article_id}", "/api/statements", "/api/events", "/api/entities",
                  "/api/positions", "/api/divergence", "/api/event-clusters"):
        assert route in spec["paths"]
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "actor", "recipient", "since", "until", "limit", "offset"} <= names
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "openapi.json" in docs.text
    assert "accord query KIND --format json" in docs.text  # the terminal's way to the same pages
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    assert client.get("/redoc").status_code == 404


def test_security_headers(client) -> None:
    response = client.get("/api/articles")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("query", ['"', "()", "*", "NEAR(", "'; DROP TABLE statements; --", "ceasefire\"", "üñí"])
def test_odd_search_text_is_never_a_500(client, query) -> None:
    response = client.get("/api/statements", params={"q": query})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert response.json()["detail"][0]["loc"] == ["query", "q"]
    page = client.get("/search", params={"q": query})
    assert page.status_code in (200, 422)
    assert client.get("/api/statements", params={"q": "ceasefire"}).json()["total"] == 1  # nothing was dropped
