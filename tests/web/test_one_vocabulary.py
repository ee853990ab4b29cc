"""One vocabulary: a filter has the same name and the same meaning on ``accord query``, ``accord export``,
the JSON API and the pages, so what a user learns on one surface selects the same records on another."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from accord.cli import app
from db_support import BACKENDS, empty_database


def _cli(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _ids(items: list[dict]) -> list[int]:
    return [item["id"] for item in items]


@pytest.mark.parametrize("params", [{"kind": "person"}, {"code": "RUS"}, {"kind": "country", "code": "ukr"},
                                    {"q": "Russia", "kind": "country"}])
def test_query_entities_takes_the_api_and_page_filter_names(records_db, client, params) -> None:
    """``/api/entities`` and the People page filter by ``kind`` and ``code``; ``accord query entities`` only took
    ``--type`` and ``--actor`` for them, so ``--kind person`` (as the page's address reads) was refused."""
    args = [arg for name, value in params.items() for arg in (f"--{name}", value)]
    cli = _cli("query", "entities", "--db", records_db.url, *args, "--format", "json")
    assert cli.exit_code == 0, cli.output
    api = client.get("/api/entities", params=params).json()
    assert api["total"] > 0 and json.loads(cli.stdout) == api
    assert client.get("/entities", params=params).status_code == 200


def test_the_old_entity_option_names_still_work(records_db) -> None:
    """Scripts written with ``--type``/``--actor`` for entities keep working: the same answer as ``--kind``/``--code``."""
    old = _cli("query", "entities", "--db", records_db.url, "--type", "person", "--actor", "RUS", "--format", "json")
    new = _cli("query", "entities", "--db", records_db.url, "--kind", "person", "--code", "RUS", "--format", "json")
    assert old.exit_code == new.exit_code == 0 and json.loads(old.stdout) == json.loads(new.stdout)
    assert json.loads(new.stdout)["total"] == 1


def test_an_entity_option_given_under_both_names_is_refused(records_db) -> None:
    cli = _cli("query", "entities", "--db", records_db.url, "--type", "person", "--kind", "country")
    assert cli.exit_code == 2 and "--type" in cli.stderr and "--kind" in cli.stderr and "Traceback" not in cli.stderr


def test_query_entities_refusals_name_the_current_options(records_db) -> None:
    cli = _cli("query", "entities", "--db", records_db.url, "--speaker", "x")
    assert cli.exit_code == 2 and "(it takes --q, --kind, --code)" in cli.stderr, cli.stderr
    cli = _cli("query", "entities", "--db", records_db.url, "--kind", "persn")
    assert cli.exit_code == 2 and "kind: unknown entity kind" in cli.stderr, cli.stderr


@pytest.fixture(scope="module", params=BACKENDS)
def placed_db(request, tmp_path_factory) -> Iterator[str]:
    """Events at two places (one article each) and one at none, each dated the day before its article's
    publication; Ukraine is acted on in one, by no one's act."""
    from accord.records import ActorRef, ArticleRecord, Event, EventDate, Location, Span
    from accord.store import ingest_records

    def article(record_id: str, published: str, sentence: str, trigger: str, actor: str, code: str,
                place: str | None, day: str) -> ArticleRecord:
        start = sentence.index(trigger)
        where = Location(name=place, country="TUR" if place == "Istanbul" else "CHE") if place else None
        met = sentence.find("Ukraine")
        recipients = [ActorRef(**Span.of(sentence, met, met + 7).model_dump(), name="Ukraine", code="UKR")] if met > 0 else []
        return ArticleRecord(
            id=record_id, source=f"{record_id}.txt", title=record_id, published=published, language="en", text=sentence,
            events=[Event(id="e1", event="CONSULT", trigger=Span.of(sentence, start, start + len(trigger)),
                          actors=[ActorRef(**Span.of(sentence, 0, len(actor)).model_dump(), name=actor, code=code)],
                          recipients=recipients,
                          date=EventDate(value=day, granularity="day", text="on Monday"), location=where,
                          sentence=Span.of(sentence, 0, len(sentence)))])

    records = [article("ist", "2025-05-20", "Russia met Ukraine in Istanbul on Monday.", "met", "Russia", "RUS",
                       "Istanbul", "2025-05-19"),
               article("gen", "2025-06-03", "Iran met envoys in Geneva on Monday.", "met", "Iran", "IRN",
                       "Geneva", "2025-06-02"),
               article("none", "2025-06-10", "Turkey hosted talks on Monday.", "hosted", "Turkey", "TUR", None,
                       "2025-06-09")]
    with empty_database(request.param, tmp_path_factory.mktemp("placed"), "placed") as url:
        ingest_records(records, url)
        yield url


@pytest.fixture(scope="module")
def placed_client(placed_db) -> Iterator:
    from fastapi.testclient import TestClient

    from accord.web import create_app

    with TestClient(create_app(placed_db), base_url="http://127.0.0.1") as client:
        yield client


@pytest.mark.parametrize("place", ["Istanbul", "geneva", "Nowhere"])
def test_query_events_takes_the_place_filter_of_the_api_and_timeline(placed_db, placed_client, place) -> None:
    """The timeline and ``/api/events`` filter by ``place`` (the map links there); ``accord query events`` had no
    ``--place``, so the same question could not be asked from the terminal."""
    cli = _cli("query", "events", "--db", placed_db, "--place", place, "--format", "json")
    assert cli.exit_code == 0, cli.output
    api = placed_client.get("/api/events", params={"place": place}).json()
    assert json.loads(cli.stdout) == api and api["total"] == (0 if place == "Nowhere" else 1)
    assert placed_client.get("/timeline", params={"place": place}).status_code == 200


@pytest.mark.parametrize("place", ["Istanbul", "geneva"])
def test_export_takes_the_place_filter_of_the_page_downloads(placed_db, placed_client, place) -> None:
    """The timeline's and map's CSV download (``/api/export/events?place=``) keeps one place's events; ``accord
    export`` had no place filter: the same rows from the terminal."""
    cli = _cli("export", "--db", placed_db, "--format", "csv", "--table", "events", "--place", place)
    assert cli.exit_code == 0, cli.output
    api = placed_client.get("/api/export/events", params={"place": place, "format": "csv"})
    assert cli.stdout == api.text and len(api.text.strip().splitlines()) == 2


@pytest.mark.parametrize("args", [("--format", "jsonl"), ("--format", "csv", "--table", "statements")])
def test_export_refuses_place_where_it_would_not_filter_event_rows(placed_db, args) -> None:
    cli = _cli("export", "--db", placed_db, *args, "--place", "Istanbul")
    assert cli.exit_code == 2 and "--place" in cli.stderr and "Traceback" not in cli.stderr, cli.stderr


@pytest.fixture(scope="module")
def three_rounds(tmp_path_factory) -> Iterator[str]:
    """Four rounds of talks a month apart: on three the parties' assessments diverge, on the last they agree
    (each text its own, so the store does not take one for a copy of another)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from analysis_support import wire_report

    from accord.records import EventDate
    from accord.store import ingest_records

    base = wire_report()
    records = []
    for month in (5, 6, 7, 8):
        [event] = base.events
        day = EventDate(value=f"2025-{month:02d}-16", granularity="day", text="Friday")
        statements = base.statements if month < 8 else [  # the fourth round: both sides content, no divergence
            statement.model_copy(update={"polarity": "positive"}) for statement in base.statements]
        records.append(base.model_copy(update={"id": f"round-{month}", "source": f"round-{month}.txt", "url": None,
                                               "published": f"2025-{month:02d}-17", "text": f"{base.text} Round {month}.",
                                               "events": [event.model_copy(update={"date": day})],
                                               "statements": statements}))
    url = f"sqlite:///{tmp_path_factory.mktemp('rounds') / 'rounds.db'}"
    assert ingest_records(records, url).failed == 0
    yield url


@pytest.fixture(scope="module")
def rounds_client(three_rounds) -> Iterator:
    from fastapi.testclient import TestClient

    from accord.web import create_app

    with TestClient(create_app(three_rounds), base_url="http://127.0.0.1") as client:
        yield client


def test_divergences_are_paged_alike_in_the_api_the_page_and_the_cli(three_rounds, rounds_client) -> None:
    """README's synopsis lists ``--limit``/``--offset`` for ``query``, yet ``query divergence --limit 1`` was
    refused, and ``/api/divergence`` answered every topic whatever ``limit`` said: both page as every list does."""
    whole = rounds_client.get("/api/divergence").json()
    assert whole["total"] == len(whole["items"]) == 3
    second = rounds_client.get("/api/divergence", params={"limit": 1, "offset": 1}).json()
    assert second == {"items": whole["items"][1:2], "total": 3}
    cli = _cli("query", "divergence", "--db", three_rounds, "--limit", "1", "--offset", "1", "--format", "json")
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.stdout) == second  # the API's page, with its total: the rest is not lost without a word
    table = _cli("query", "divergence", "--db", three_rounds, "--offset", "2")
    assert table.exit_code == 0 and "divergences: 3–3 of 3" in table.stdout, table.stdout
    agreed = _cli("query", "divergence", "--db", three_rounds, "--agreed", "--limit", "2", "--format", "json")
    assert agreed.exit_code == 0 and len(json.loads(agreed.stdout)["items"]) == 2
    assert rounds_client.get("/divergence", params={"offset": 1}).status_code == 200


@pytest.mark.parametrize(("name", "value"), [("limit", "0"), ("limit", "501"), ("offset", "-1")])
def test_a_bad_divergence_page_is_refused_alike(three_rounds, rounds_client, name, value) -> None:
    cli = _cli("query", "divergence", "--db", three_rounds, f"--{name}", value)
    assert cli.exit_code == 2 and name in cli.stderr and "Traceback" not in cli.stderr, cli.stderr
    api = rounds_client.get("/api/divergence", params={name: value})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", name]


# (filters, rows) of the events the placed store holds: each dated the day before its article, Ukraine only
# ever the recipient.
EVENT_VIEWS = [({"until": "2025-05-19"}, 1), ({"since": "2025-06-03", "until": "2025-06-09"}, 1),
               ({"recipient": "Ukraine"}, 1), ({"actor": "Ukraine"}, 0), ({"type": "consult"}, 3),
               ({"since": "2025-06", "actor": "Iran"}, 1), ({"place": "Geneva", "type": "CONSULT"}, 1)]


@pytest.mark.parametrize(("params", "rows"), EVENT_VIEWS)
def test_exported_event_rows_are_the_rows_the_page_download_gives(placed_db, placed_client, params, rows) -> None:
    """``accord export --table events --until 2025-05-19`` read the date as the article's publication and
    ``--actor Ukraine`` as "an article mentioning Ukraine", while the timeline's download (and ``query events``)
    read the event's own date and its actor: the same words gave other rows. ``--type`` and ``--recipient``
    were missing. Now the rows are those of ``/api/export/events`` with the same filters."""
    args = [arg for name, value in params.items() for arg in (f"--{name}", value)]
    cli = _cli("export", "--db", placed_db, "--format", "csv", "--table", "events", *args)
    assert cli.exit_code == 0, cli.output
    api = placed_client.get("/api/export/events", params={**params, "format": "csv"})
    assert cli.stdout == api.text and len(api.text.strip().splitlines()) == rows + 1
    query = _cli("query", "events", "--db", placed_db, *args, "--format", "json")
    assert json.loads(query.stdout)["total"] == rows


@pytest.mark.parametrize(("params", "rows"), [({"speaker": "Anna Example"}, 2), ({"party": "UKR"}, 1),
                                              ({"q": "ceasefire"}, 1), ({"speaker": "Anna", "since": "2025-06"}, 0)])
def test_exported_statement_rows_are_the_rows_the_page_download_gives(records_db, client, params, rows) -> None:
    """Who said what and search download their statements by speaker, party and words; ``accord export --table
    statements`` took none of these filters."""
    args = [arg for name, value in params.items() for arg in (f"--{name}", value)]
    cli = _cli("export", "--db", records_db.url, "--format", "csv", "--table", "statements", *args)
    assert cli.exit_code == 0, cli.output
    api = client.get("/api/export/statements", params={**params, "format": "csv"})
    assert cli.stdout == api.text and len(api.text.strip().splitlines()) == rows + 1


@pytest.mark.parametrize(("args", "refused"), [
    (("--format", "csv", "--table", "events", "--speaker", "Anna"), "--speaker applies to statement rows"),
    (("--format", "csv", "--table", "statements", "--recipient", "UKR"), "--recipient applies to event rows"),
    (("--format", "jsonl", "--type", "AGREE"), "export --format jsonl does not take --type"),
    (("--format", "cameo", "--q", "talks"), "export --format cameo does not take --q"),
])
def test_row_filters_are_refused_where_they_would_filter_nothing(records_db, args, refused) -> None:
    cli = _cli("export", "--db", records_db.url, *args)
    assert cli.exit_code == 2 and refused in cli.stderr and "Traceback" not in cli.stderr, cli.stderr


def test_the_statement_pages_take_every_statement_filter(client) -> None:
    """``/api/statements`` filters by speaker, party, words and dates; the Who-said-what page dropped ``q`` and
    the Search page ``party`` without a word (a link with them listed, and downloaded, unfiltered statements)."""
    assert "resume in Geneva" in client.get("/who-said-what", params={"q": "ceasefire"}).text
    assert "ready to sign" not in client.get("/who-said-what", params={"q": "ceasefire"}).text
    assert "ready to sign" in client.get("/who-said-what").text
    assert "resume in Geneva" in client.get("/search", params={"q": "ceasefire", "party": "RUS"}).text
    assert "resume in Geneva" not in client.get("/search", params={"q": "ceasefire", "party": "UKR"}).text
    for path, name in (("/who-said-what", "q"), ("/search", "party")):
        page = client.get(path, params={name: "x", "speaker": "y"}).text
        assert f'name="{name}"' in page and f"{name}=x" in page  # a field of its own, and the download keeps it


@pytest.mark.parametrize("params", [{"recipient": "Ukraine"}, {"actor": "Ukraine"}, {"actor": "UKR"}, {"actor": "Russia"},
                                    {"place": "geneva"}, {"place": "Istanbul", "actor": "RUS"}, {"type": "CONSULT"},
                                    {"until": "2025-06-02"}])
def test_event_clusters_are_filtered_as_the_events_they_hold(placed_client, params) -> None:
    """The Clusters page and ``/api/event-clusters`` took no ``recipient`` or ``place`` (the timeline's and
    ``/api/events``' filters), and read ``actor`` as any party of the event, so ``actor=Ukraine`` listed talks
    Ukraine was only invited to: a cluster is listed when some report the timeline lists with the same filters
    belongs to it."""
    events = placed_client.get("/api/events", params={**params, "limit": 500}).json()["items"]
    clusters = placed_client.get("/api/event-clusters", params={**params, "limit": 500})
    assert clusters.status_code == 200, clusters.text
    assert sorted(item["cluster_id"] for item in clusters.json()["items"]) == sorted({item["cluster_id"] for item in events})
    page = placed_client.get("/clusters", params=params)
    assert page.status_code == 200 and all(f'name="{name}"' in page.text for name in params)


def test_every_assessed_topic_is_listed_alike_with_agreed(three_rounds, rounds_client) -> None:
    """``accord query divergence --agreed`` lists every assessed topic, those the parties agree on too; the API
    and the Divergence page had no such filter, so the round on which they agreed could not be seen there."""
    cli = _cli("query", "divergence", "--db", three_rounds, "--agreed", "--format", "json")
    assert cli.exit_code == 0, cli.output
    listed = json.loads(cli.stdout)["items"]
    api = rounds_client.get("/api/divergence", params={"agreed": "true"}).json()
    assert api["total"] == len(listed) == 4 and json.loads(cli.stdout) == api
    assert [(item["topic"], item["divergent"]) for item in api["items"]] == [
        (item["topic"], item["divergent"]) for item in listed]
    assert sum(item["divergent"] for item in listed) == 3
    assert "divergent" not in rounds_client.get("/api/divergence").json()["items"][0]
    agreed_topic = next(item["topic"] for item in listed if not item["divergent"])
    assert agreed_topic not in rounds_client.get("/divergence").text
    page = rounds_client.get("/divergence", params={"agreed": "on"})
    assert page.status_code == 200 and agreed_topic in page.text and 'name="agreed"' in page.text


@pytest.mark.parametrize("params", [{"q": "Geneva"}, {"since": "2025-06"}, {"until": "2025-05-31"}, {"q": "rejections"}])
def test_the_articles_page_lists_what_the_articles_api_lists(client, params) -> None:
    """``/api/articles`` filters by words of the title or source and by publication dates; the Articles page
    read none of these and listed every article for ``/articles?q=Geneva``."""
    api = client.get("/api/articles", params=params).json()
    assert 0 < api["total"] < client.get("/api/articles").json()["total"]
    page = client.get("/articles", params=params)
    assert page.status_code == 200 and all(f'name="{name}"' in page.text for name in params)
    listed = set(re.findall(r'href="/articles/(\d+)"', page.text))
    assert listed == {str(item["id"]) for item in api["items"]}
    assert client.get("/articles", params={"since": "soon"}).status_code == 422


@pytest.mark.parametrize("args", [(), ("--q", "Geneva"), ("--since", "2025-06"), ("--until", "2025-05-31"),
                                  ("--assertion", "all"), ("--limit", "1", "--offset", "1")])
def test_query_articles_lists_what_the_articles_api_lists(records_db, client, args) -> None:
    """The API and the pages list articles (by words, dates, with their statement and event counts); the
    command line had no way to: ``accord query articles`` gives the same page."""
    params = {flag[2:]: value for flag, value in zip(args[::2], args[1::2])}  # the API's name is the option's
    cli = _cli("query", "articles", "--db", records_db.url, *args, "--format", "json")
    assert cli.exit_code == 0, cli.output
    api = client.get("/api/articles", params=params).json()
    assert api["total"] > 0
    listed = json.loads(cli.stdout)
    assert [item["id"] for item in listed["items"]] == [item["id"] for item in api["items"]]
    assert [item["events"] for item in listed["items"]] == [item["events"] for item in api["items"]]
    assert listed["total"] == api["total"]
    table = _cli("query", "articles", "--db", records_db.url, *args)
    assert table.exit_code == 0 and "articles:" in table.stdout


def test_query_articles_refuses_what_it_does_not_take(records_db) -> None:
    cli = _cli("query", "articles", "--db", records_db.url, "--speaker", "Anna")
    assert cli.exit_code == 2 and "query articles does not take --speaker" in cli.stderr, cli.stderr


@pytest.mark.parametrize(("params", "rows"), EVENT_VIEWS)
def test_cameo_rows_are_the_events_of_the_events_table(placed_db, params, rows) -> None:
    """CAMEO rows are event rows, yet ``export --format cameo --type ...`` was refused and its ``--since``/``--actor``
    chose whole articles (by publication, by any mention): now they hold the events ``--table events`` holds with
    the same filters, one row per actor-recipient pair."""
    import csv
    import io

    args = [arg for name, value in params.items() for arg in (f"--{name}", value)]
    cameo = _cli("export", "--db", placed_db, "--format", "cameo", *args)
    table = _cli("export", "--db", placed_db, "--format", "csv", "--table", "events", *args)
    assert cameo.exit_code == table.exit_code == 0, cameo.output
    cameo_rows = list(csv.DictReader(io.StringIO(cameo.stdout), delimiter="\t"))
    event_rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert len(event_rows) == rows
    assert sorted({row["GLOBALEVENTID"].rsplit("-", 2)[0] for row in cameo_rows}) == sorted(
        f"{row['record_id']}-{row['event_id']}" for row in event_rows)


@pytest.mark.parametrize("actor", ["UKR", "RUS", "Anna Example"])
def test_export_actor_on_statement_rows_is_the_speaker(records_db, actor) -> None:
    """``export --table statements --actor X`` kept every statement of an article merely mentioning X; on statement
    rows the actor is the speaker, read as ``--party`` reads it (a code: the speaker's party; a name: the speaker)."""
    by_actor = _cli("export", "--db", records_db.url, "--format", "csv", "--table", "statements", "--actor", actor)
    by_party = _cli("export", "--db", records_db.url, "--format", "csv", "--table", "statements", "--party", actor)
    every = _cli("export", "--db", records_db.url, "--format", "csv", "--table", "statements")
    assert by_actor.exit_code == by_party.exit_code == 0, by_actor.output
    rows = by_actor.stdout.strip().splitlines()
    assert by_actor.stdout == by_party.stdout and 1 < len(rows) < len(every.stdout.strip().splitlines())


@pytest.mark.parametrize("params", [{}, {"party": "RUS"}, {"issue": "ceasefire"}, {"since": "2025-07"},
                                    {"until": "2025-06", "limit": "1", "offset": "1"}])
def test_positions_are_listed_alike_by_the_api_the_cli_and_the_page(three_rounds, rounds_client, params) -> None:
    """The Positions page filters assessments by party, issue and dates; neither the API nor the command line
    could ask for them: ``/api/positions`` and ``accord query positions`` give the same page."""
    api = rounds_client.get("/api/positions", params=params)
    assert api.status_code == 200, api.text
    args = [arg for name, value in params.items() for arg in (f"--{name}", value)]
    cli = _cli("query", "positions", "--db", three_rounds, *args, "--format", "json")
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.stdout) == api.json()
    every = rounds_client.get("/api/positions").json()["total"]
    assert every > 0 and (api.json()["total"] < every) is bool(set(params) - {"limit", "offset"})
    page = rounds_client.get("/positions", params=params)
    assert page.status_code == 200
    filters = {name: value for name, value in params.items() if name in ("party", "issue", "since", "until")}
    link = "/api/positions" + ("?" + urlencode(filters) if filters else "")
    assert (f'href="{html.escape(link)}"' in page.text) is (api.json()["total"] > 0)  # a link to its points in the API
    table = _cli("query", "positions", "--db", three_rounds, *args)
    assert table.exit_code == 0 and "positions:" in table.stdout


def test_an_unknown_issue_is_refused_alike(three_rounds, rounds_client) -> None:
    api = rounds_client.get("/api/positions", params={"issue": "weather"})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "issue"]
    cli = _cli("query", "positions", "--db", three_rounds, "--issue", "weather")
    assert cli.exit_code == 2 and "issue: unknown issue" in cli.stderr and "Traceback" not in cli.stderr
    assert rounds_client.get("/positions", params={"issue": "weather"}).status_code == 422
    refused = _cli("query", "statements", "--db", three_rounds, "--issue", "ceasefire")
    assert refused.exit_code == 2 and "query statements does not take --issue" in refused.stderr


@pytest.mark.parametrize("params", [{}, {"place": "geneva"}, {"actor": "RUS", "type": "consult"}, {"recipient": "Ukraine"},
                                    {"until": "2025-06-02", "reports": "1"}, {"min_reports": "2"},
                                    {"assertion": "all", "limit": "1", "offset": "1"}])
def test_event_clusters_are_listed_alike_by_the_api_and_the_cli(placed_db, placed_client, params) -> None:
    """``/api/event-clusters`` and the Clusters page had no command-line counterpart: ``accord query clusters`` takes
    the same filters under the same names and prints the same page."""
    api = placed_client.get("/api/event-clusters", params=params)
    assert api.status_code == 200, api.text
    args = [arg for name, value in params.items() for arg in ("--" + name.replace("_", "-"), value)]
    cli = _cli("query", "clusters", "--db", placed_db, *args, "--format", "json")
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.stdout) == api.json()
    table = _cli("query", "clusters", "--db", placed_db, *args)
    assert table.exit_code == 0 and "clusters:" in table.stdout


@pytest.mark.parametrize(("name", "value"), [("type", "talks"), ("min_reports", "0"), ("reports", "0"), ("assertion", "some")])
def test_a_bad_cluster_filter_is_refused_alike(placed_db, placed_client, name, value) -> None:
    api = placed_client.get("/api/event-clusters", params={name: value})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", name]
    cli = _cli("query", "clusters", "--db", placed_db, "--" + name.replace("_", "-"), value)
    assert cli.exit_code == 2 and name in cli.stderr and "Traceback" not in cli.stderr, cli.stderr


def test_one_entity_is_in_the_api_as_on_its_page(client) -> None:
    """``/api/articles/<id>`` gives one article as its page shows it; an entity's page had no API counterpart."""
    listed = client.get("/api/entities", params={"kind": "person", "limit": 500}).json()["items"]
    person = max(listed, key=lambda item: item["statements"])
    one = client.get(f"/api/entities/{person['id']}")
    assert one.status_code == 200, one.text
    body = one.json()
    assert body["name"] == person["name"] and len(body["statements"]) == person["statements"] > 0
    page = client.get(f"/entities/{person['id']}").text
    assert all(html.escape(item["content"]["text"]) in page for item in body["statements"])
    assert client.get("/api/entities/999999").status_code == 404
    refused = client.get(f"/api/entities/{person['id']}", params={"assertion": "some"})
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["query", "assertion"]
