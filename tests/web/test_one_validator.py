"""One validator: the same date, limit or window gets the same verdict from ``accord query``, the JSON API
and the pages (exit 2 / 422 / a notice with 422, one line naming the parameter, never a 500 or a traceback),
and a valid one selects the same records everywhere."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli import app

VALID_DATES = ["2025-05-16", "2025-05", "2025", " 2025-05-17 "]
BAD_DATES = ["yesterday", "2025-13-01", "2025-02-30", "2025-5-1", "16/05/2025", "0000-01-01"]
# Beyond the calendar as an end date: there is no day after it to end the range at.
BEYOND_CALENDAR = ["9999-12-31", "9999-12", "9999"]


def _cli(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _cli_statements(url: str, name: str, value: str):
    return _cli("query", "statements", "--db", url, f"--{name}", value, "--format", "json")


@pytest.mark.parametrize("value", VALID_DATES)
@pytest.mark.parametrize("name", ["since", "until"])
def test_a_valid_date_selects_the_same_statements_everywhere(records_db, client, name, value) -> None:
    cli = _cli_statements(records_db.url, name, value)
    assert cli.exit_code == 0, cli.output
    api = client.get("/api/statements", params={name: value})
    assert api.status_code == 200, api.text
    assert json.loads(cli.stdout)["total"] == api.json()["total"]
    page = client.get("/who-said-what", params={name: value})
    assert page.status_code == 200


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize("name", ["since", "until"])
def test_a_bad_date_is_refused_everywhere_naming_it(records_db, client, name, value) -> None:
    cli = _cli_statements(records_db.url, name, value)
    assert cli.exit_code == 2
    assert len(cli.stderr.strip().splitlines()) == 1 and name in cli.stderr and "Traceback" not in cli.stderr
    api = client.get("/api/statements", params={name: value})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", name]
    page = client.get("/who-said-what", params={name: value})
    assert page.status_code == 422 and name in page.text


@pytest.mark.parametrize("value", BEYOND_CALENDAR)
def test_an_end_date_beyond_the_calendar_is_a_clean_refusal(records_db, client, value) -> None:
    for kind in ("statements", "events", "divergence"):
        cli = _cli("query", kind, "--db", records_db.url, "--until", value, "--format", "json")
        assert cli.exit_code == 2 and "until" in cli.stderr and "Traceback" not in cli.stderr, cli.stderr
    for route in ("/api/statements", "/api/events", "/api/articles", "/api/divergence", "/api/event-clusters"):
        api = client.get(route, params={"until": value})
        assert api.status_code == 422, (route, api.text)
        assert api.json()["detail"][0]["loc"] == ["query", "until"]
    for route in ("/", "/who-said-what", "/divergence", "/clusters"):
        assert client.get(route, params={"until": value}).status_code == 422, route
    export = _cli("export", "--db", records_db.url, "--until", value)
    assert export.exit_code == 2 and "until" in export.stderr


def test_since_at_the_end_of_the_calendar_is_a_date_like_any_other(records_db, client) -> None:
    cli = _cli_statements(records_db.url, "since", "9999-12-31")
    assert cli.exit_code == 0 and json.loads(cli.stdout)["total"] == 0
    assert client.get("/api/statements", params={"since": "9999-12-31"}).json()["total"] == 0


def test_an_inverted_range_is_refused_everywhere(records_db, client) -> None:
    cli = _cli("query", "events", "--db", records_db.url, "--since", "2025-06", "--until", "2025-05")
    assert cli.exit_code == 2 and "before" in cli.stderr
    assert client.get("/api/events", params={"since": "2025-06", "until": "2025-05"}).status_code == 422
    assert client.get("/", params={"since": "2025-06", "until": "2025-05"}).status_code == 422


@pytest.mark.parametrize(("limit", "ok"), [(1, True), (500, True), (501, False), (0, False)])
def test_one_page_cap(records_db, client, limit, ok) -> None:
    from accord.store.filters import MAX_LIMIT

    assert MAX_LIMIT == 500
    cli = _cli("query", "statements", "--db", records_db.url, "--limit", str(limit), "--format", "json")
    assert (cli.exit_code == 0) is ok and (ok or "limit" in cli.stderr)
    assert (client.get("/api/statements", params={"limit": limit}).status_code == 200) is ok


@pytest.mark.parametrize(("window", "ok"), [(1, True), (366, True), (367, False), (0, False)])
def test_one_divergence_window(records_db, client, window, ok) -> None:
    cli = _cli("query", "divergence", "--db", records_db.url, "--window", str(window), "--format", "json")
    assert (cli.exit_code == 0) is ok and (ok or "window" in cli.stderr)
    assert (client.get("/api/divergence", params={"window": window}).status_code == 200) is ok
    assert (client.get("/divergence", params={"window": window}).status_code == 200) is ok


def test_a_text_filter_has_one_length_limit(records_db, client) -> None:
    from accord.store.filters import MAX_TEXT_PARAM

    long = "x" * (MAX_TEXT_PARAM + 1)
    cli = _cli("query", "statements", "--db", records_db.url, "--speaker", long)
    assert cli.exit_code == 2 and "speaker" in cli.stderr
    assert client.get("/api/statements", params={"speaker": long}).status_code == 422
    assert client.get("/who-said-what", params={"speaker": long}).status_code == 422
    fits = _cli("query", "statements", "--db", records_db.url, "--speaker", "x" * MAX_TEXT_PARAM, "--format", "json")
    assert fits.exit_code == 0


def test_an_unknown_entity_kind_is_refused_everywhere(records_db, client) -> None:
    """``--type persn`` / ``kind=persn`` listed no entity at all (exit 0, 200) instead of naming the mistake."""
    cli = _cli("query", "entities", "--db", records_db.url, "--type", "persn", "--format", "json")
    assert cli.exit_code == 2 and "unknown entity kind" in cli.stderr and "Traceback" not in cli.stderr, cli.stderr
    api = client.get("/api/entities", params={"kind": "persn"})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "kind"]
    good = client.get("/api/entities", params={"kind": "Person"})
    assert good.status_code == 200 and good.json()["total"] > 0
    assert all(item["kind"] == "person" for item in good.json()["items"])


# Free-text filters of every route: (path, parameter).
FREE_TEXT = [("/api/statements", "speaker"), ("/api/statements", "party"), ("/api/statements", "q"),
             ("/api/events", "actor"), ("/api/events", "recipient"), ("/api/events", "place"),
             ("/api/entities", "q"), ("/api/articles", "q"), ("/api/event-clusters", "actor"),
             ("/api/export/events", "place"), ("/timeline", "actor"), ("/who-said-what", "speaker"),
             ("/search", "q"), ("/map", "place"), ("/clusters", "actor")]


@pytest.mark.parametrize(("path", "name"), FREE_TEXT)
def test_a_nul_in_a_text_filter_is_read_as_stored_text_reads_it(records_db, client, path, name) -> None:
    """A user's ``?actor=a%00b`` was a 500 ("internal error: DataError") on PostgreSQL, which refuses NUL, and
    matched as typed on SQLite. A text filter is cleaned as stored text is (NUL and lone surrogates ->
    U+FFFD, ``accord.unstorable``): the same answer on both stores, as the replacement character gives."""
    def answer(value: str) -> str:
        response = client.get(path, params={name: value})
        assert response.status_code == 200, response.text[:300]
        return response.text

    # a page's form and links echo what was typed; what it lists must be the same
    typed = answer("a\x00b").replace("%00", "%EF%BF%BD").replace("\x00", "\ufffd")
    assert typed == answer("a\ufffdb")


def test_a_nul_in_a_cli_text_filter_is_no_traceback(records_db) -> None:
    cli = _cli("query", "events", "--db", records_db.url, "--actor", "a\x00b", "--format", "json")
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.stdout)["total"] == 0
