"""Issue 16 (server): ASCII ids, security headers on every response (500s too), Host header checked,
no paths or credentials in pages, divergences computed once per store state."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analysis_support import ANALYSIS_RECORDS  # noqa: E402

from accord.web.app import SECURITY_HEADERS  # noqa: E402


def _client(url: str, **options):
    from fastapi.testclient import TestClient

    from accord.web import create_app

    return TestClient(create_app(url, **options), base_url=options.pop("base_url", "http://127.0.0.1"), raise_server_exceptions=False)


@pytest.mark.parametrize("path", ["/articles/%C2%B9", "/articles/%D9%A3", "/api/articles/%C2%B9", "/events?offset=%C2%B9",
                                  "/divergence?window=%C2%B9", "/clusters?min_reports=%C2%B9"])
def test_non_ascii_digits_are_refused_not_a_500(client, path):
    response = client.get(path)
    assert response.status_code in (404, 422), response.text


def test_security_headers_on_a_500(records_db, monkeypatch):
    from accord.web import api

    def boom(*args, **kwargs):
        raise RuntimeError("/secret/path/in/message")

    monkeypatch.setattr(api.accord_store, "get_article", boom)
    with _client(records_db.url) as client:
        for path in ("/api/articles/1", "/articles/1"):
            response = client.get(path)
            assert response.status_code == 500
            for name, value in SECURITY_HEADERS:
                assert response.headers.get(name.decode()) == value.decode(), (path, name)
            assert "/secret/path" not in response.text


@pytest.mark.parametrize("path", ["/", "/api/articles", "/static/accord.css", "/no-such-page", "/api/articles/x"])
def test_security_headers_on_every_kind_of_response(client, path):
    response = client.get(path)
    for name, value in SECURITY_HEADERS:
        assert response.headers.get(name.decode()) == value.decode(), (path, name)


@pytest.mark.parametrize(("host", "allowed"), [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("[::1]:8000", True),
    ("evil.example:8000", False), ("evil.example", False), ("127.0.0.1.evil.example", False), ("", False),
])
def test_host_header_is_checked_against_the_bound_address(records_db, host, allowed):
    with _client(records_db.url) as client:
        response = client.get("/api/articles", headers={"host": host})
    assert (response.status_code == 200) is allowed, (host, response.status_code)
    if not allowed:
        assert response.status_code == 400 and response.headers["x-frame-options"] == "DENY"


def test_allowed_host_for_a_reverse_proxy(records_db):
    with _client(records_db.url, allowed_hosts=("news.example.org",)) as client:
        assert client.get("/api/articles", headers={"host": "news.example.org"}).status_code == 200
        assert client.get("/api/articles", headers={"host": "other.example.org"}).status_code == 400


def test_all_interfaces_accept_ip_literals_but_not_names(records_db):
    with _client(records_db.url, bound_host="0.0.0.0") as client:
        assert client.get("/api/articles", headers={"host": "192.168.1.20:8000"}).status_code == 200
        assert client.get("/api/articles", headers={"host": "rebound.example:8000"}).status_code == 400


def test_pages_show_no_database_path_or_credentials(records_db, client):
    from sqlalchemy.engine import make_url

    url = make_url(records_db.url)
    secrets = [part for part in (url.database, url.username, url.host) if part and len(part) > 3]
    for path in ("/", "/statements", "/events", "/divergence", "/no-such-page"):
        page = client.get(path).text
        for secret in secrets:
            assert secret not in page, (path, secret)


def test_divergence_is_computed_once_per_store_state(tmp_path, monkeypatch):
    from accord.store import ingest_records, open_store
    from accord.web import cached

    url = f"sqlite:///{tmp_path / 'd.db'}"
    records = [build() for build in ANALYSIS_RECORDS]
    with open_store(url) as store:
        ingest_records(records[:-1], db=store)
    calls = []
    real = cached.store_assessments

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(cached, "store_assessments", counting)
    with _client(url) as client:
        answers = []
        threads = [threading.Thread(target=lambda: answers.append(client.get("/api/divergence").json())) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(answers) == 8 and all(answer == answers[0] for answer in answers)
        assert len(calls) == 1
        with open_store(url) as store:  # the store changes: the next answer is computed afresh
            ingest_records(records[-1:], db=store)
        client.get("/api/divergence")
        assert len(calls) == 2


@pytest.mark.parametrize("path", ["/", "/articles", "/api/articles", "/api/events?limit=1", "/static/accord.css"])
def test_head_answers_like_get_without_a_body(client, path):
    """`curl -I` and uptime checks send HEAD: pages and API routes answered 405 Method Not Allowed."""
    got = client.get(path)
    head = client.head(path)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert all(head.headers.get(name.decode()) == value.decode() for name, value in SECURITY_HEADERS)


def test_other_methods_are_still_refused(client):
    assert client.post("/").status_code == 405 and client.put("/api/articles").status_code == 405
