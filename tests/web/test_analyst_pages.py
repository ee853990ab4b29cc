"""The analyst's pages over a small hand-built negotiation: the negotiation front page, entity pages, positions
chart, map, honest display of quotes and events, provenance, exports and the empty store."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from db_support import BACKENDS, empty_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
from negotiation_support import NEGOTIATION_RECORDS, XSS_NAME  # noqa: E402


@pytest.fixture(scope="module", params=BACKENDS)
def stored(request, tmp_path_factory) -> Iterator[tuple[str, dict[str, int]]]:
    """The negotiation's articles in a store, on SQLite and (in CI) PostgreSQL."""
    from accord.store import ingest_records, list_articles, open_store

    with empty_database(request.param, tmp_path_factory.mktemp("web-analyst"), "analyst") as url:
        with open_store(url) as store:
            assert ingest_records([build() for build in NEGOTIATION_RECORDS], db=store).failed == 0
            ids = {item["record_id"]: item["id"] for item in list_articles(store).items}
        yield url, ids


@pytest.fixture(scope="module")
def web(stored):
    from fastapi.testclient import TestClient

    from accord.web import create_app

    with TestClient(create_app(stored[0]), base_url="http://127.0.0.1") as client:
        yield client


@pytest.fixture(scope="module")
def ids(stored) -> dict[str, int]:
    return stored[1]


def section(html: str, marker: str) -> str:
    """The ``<section>`` of ``html`` that holds ``marker``."""
    at = html.index(marker)
    return html[html.rindex("<section", 0, at):html.index("</section>", at)]


# ------------------------------------------------------------------ negotiation


def test_front_page_is_the_negotiation_with_rounds_in_date_order(web) -> None:
    html = web.get("/").text
    assert "<h1>The negotiation, round by round</h1>" in html
    rounds = re.findall(r'<section class="round" id="round-(\d+)"', html)
    assert rounds == ["1", "2"]  # the two reports of May 16 are one round; Geneva is the second
    first, second = section(html, 'id="round-1"'), section(html, 'id="round-2"')
    assert "2025-05-16" in first and "Istanbul" in first and "2 reports" in first
    assert "2025-06-02" in second and "Geneva" in second
    # A time axis with one linked dot per dated round.
    assert html.count('<circle cx=') == 2 and 'href="#round-1"' in html and 'href="#round-2"' in html


def test_a_round_lists_outcomes_with_quantities_and_marks_what_did_not_happen(web) -> None:
    first = section(web.get("/negotiation").text, 'id="round-1"')
    outcomes = first[first.index('class="outcomes"'):first.index('class="assessments"')]
    assert "agreed" in outcomes and '<span class="badge quantity">1,000 prisoners</span>' in outcomes
    assert "outcome-threatened" not in outcomes  # a hypothetical threat is no outcome (issue 14) ...
    first = section(web.get("/negotiation", params={"assertion": "all"}).text, 'id="round-1"')
    outcomes = first[first.index('class="outcomes"'):first.index('class="assessments"')]
    threatened = outcomes[outcomes.index("outcome-threatened"):]  # ... unless asked for, and then marked
    assert "not-asserted" in outcomes[outcomes.rindex("<div", 0, outcomes.index("outcome-threatened")):]
    assert "hypothetical" in threatened
    second = section(web.get("/negotiation").text, 'id="round-2"')
    assert "rejected" in second and "agreed" not in second  # each outcome under its own round


def test_a_round_gives_each_partys_assessment_with_evidence_and_its_sources(web, ids) -> None:
    first = section(web.get("/").text, 'id="round-1"')
    russia = first[first.index('data-party="RUS"'):]
    assert '<mark class="evidence">success</mark>' in russia
    ukraine = first[first.index('data-party="UKR"'):]
    assert '<mark class="evidence">Nothing was achieved</mark>' in ukraine
    assert "disputed" in first  # Russia positive, Ukraine negative on the same talks
    sources = first[first.index('class="sources"'):]
    assert "wire.example" in sources and "weekly.example" in sources
    assert 'href="https://wire.example/2025/05/16/istanbul"' in sources
    assert f'href="/articles/{ids["weekly-r1"]}"' in sources
    assert "A first round &lt;i&gt;at last&lt;/i&gt;" in sources  # titles escaped
    # Each statement assesses the round its article is about, not every round nearby.
    said = '<mark class="evidence">progress</mark> was real'
    assert said not in first
    assert said in section(web.get("/").text, 'id="round-2"')


def test_negotiation_filters_by_date_and_refuses_bad_dates(web) -> None:
    html = web.get("/negotiation", params={"since": "2025-06-01"}).text
    assert re.findall(r'<section class="round" id="round-(\d+)"', html) == ["1"] and "Geneva" in html
    bad = web.get("/negotiation", params={"until": "2025-13"})
    assert bad.status_code == 422 and "until" in bad.text


# ------------------------------------------------------------------ honest display


def test_direct_quotes_are_quoted_and_paraphrase_is_marked_reported(web) -> None:
    html = web.get("/who-said-what").text
    assert re.search(r'<q class="content quote" data-kind="direct">Nothing was achieved,</q>', html)
    reported = re.search(r'<span class="content reported" data-kind="indirect"><span class="badge reported"[^>]*>reported</span> '
                         r'the meeting was a success</span>', html)
    assert reported
    assert "<q class=\"content quote\" data-kind=\"direct\">the meeting was a success" not in html


def test_undated_events_are_grouped_undated_and_unnamed_actors_say_so(web) -> None:
    html = web.get("/timeline").text
    days = re.findall(r'<h2 class="date">(.*?)</h2>', html, re.S)
    assert days[-1].startswith("Undated") and all("2025-05-16" != day for day in days[:-1][1:])
    undated = html[html.index("Undated"):]
    assert 'data-event="PROTEST"' in undated  # no date of its own: not under its article's 2025-05-16
    protest = undated[undated.index('data-event="PROTEST"'):]
    protest = protest[:protest.index("</li>")]
    assert "actor not named" in protest and "—" not in protest and "→" not in protest
    assert 'data-event="THREATEN"' not in html  # hypothetical: left out by default (issue 14)
    html = web.get("/timeline", params={"assertion": "all"}).text
    threat = html[html.index('data-event="THREATEN"') - 80:]
    assert 'not-asserted' in threat[:200] and 'assert-hypothetical' in threat


# ------------------------------------------------------------------ entities


def test_entities_index_counts_and_links(web) -> None:
    html = web.get("/entities").text
    row = re.search(r'<tr data-entity="(\d+)">\s*<td><a class="entity" href="/entities/\1">Vladimir Medinsky</a></td>(.*?)</tr>',
                    html, re.S)
    assert row
    cells = re.findall(r'<td class="num">(\d+)</td>', row.group(2))
    assert cells == ["3", "3", "2"]  # articles, mentions, statements
    assert escape_check(html)


def escape_check(html: str) -> bool:
    return XSS_NAME not in html and "&lt;b&gt;Bold&lt;/b&gt; Envoy" in html


def test_entity_page_has_names_statements_events_and_first_last_seen(web) -> None:
    listed = web.get("/api/entities", params={"q": "Medinsky"}).json()["items"]
    [medinsky] = [item for item in listed if item["name"] == "Vladimir Medinsky"]
    html = web.get(f"/entities/{medinsky['id']}").text
    assert "<h1>Vladimir Medinsky" in html and "Presidential Aide" in html
    assert '<span class="first-seen">2025-05-16</span>' in html and '<span class="last-seen">2025-06-02</span>' in html
    spellings = re.findall(r'<span class="spelling">(.*?)</span>', html)
    assert set(spellings) == {"Vladimir Medinsky", "Medinsky"}
    statements = html[html.index('class="entity-statements"'):html.index('class="entity-events"')]
    assert statements.count('class="statement-item') == 2
    assert "the meeting was a success" in statements and "progress was real" in statements
    events = html[html.index('class="entity-events"'):]
    assert 'data-event="CONSULT"' in events  # he met Ukraine's delegation
    assert web.get("/entities/999999").status_code == 404
    assert web.get("/entities/abc").status_code == 404


def test_rounds_and_outcomes_link_to_their_event_pages(web) -> None:
    """A round's heading and each outcome lead to the event's own page: every report with its sentence and source;
    the parties named there lead to their entity pages."""
    first = section(web.get("/negotiation").text, 'id="round-1"')
    heading = first[:first.index("</h2>")]
    round_page = re.search(r'<a class="cluster-link" href="(/clusters/\d+)"', heading).group(1)
    assert re.search(r'<a class="entity actor" href="/entities/\d+">Vladimir Medinsky</a>', heading)
    outcomes = first[first.index('class="outcomes"'):first.index('class="assessments"')]
    agreed_page = re.search(r'<a class="cluster-link" href="(/clusters/\d+)"[^>]*><span class="badge ev-agree">agreed', outcomes).group(1)
    assert re.search(r'<span class="who"><a class="entity actor" href="/entities/\d+">Russia</a></span>', outcomes)

    html = web.get(round_page).text
    assert "<strong class=\"report-count\">2 reports</strong>" in html and "Istanbul" in html
    assert "Russia and Ukraine held talks in Istanbul on Friday." in html and "Medinsky met Ukraine&#39;s delegation" in html
    assert "A first round &lt;i&gt;at last&lt;/i&gt;" in html  # titles escaped
    assert 'href="https://weekly.example/round"' in html
    assert "They agreed to exchange 1,000 prisoners." in web.get(agreed_page).text
    assert web.get("/clusters/999999").status_code == 404 and web.get("/clusters/x1").status_code == 404
    listed = web.get("/clusters").text
    assert f'href="{round_page}"' in listed and f'href="{agreed_page}"' in listed


def test_api_clusters_name_their_store_id_and_linked_parties(web) -> None:
    items = web.get("/api/event-clusters", params={"type": "CONSULT"}).json()["items"]
    first = next(item for item in items if item["report_count"] == 2)
    assert isinstance(first["cluster_id"], int)
    parties = {party["name"]: party["entity_id"] for party in first["parties"]}
    assert set(parties) == {"Russia", "Ukraine", "Vladimir Medinsky"} and all(parties.values())
    assert web.get(f"/api/entities", params={"q": "Medinsky"}).json()["items"][0]["id"] == parties["Vladimir Medinsky"]


def test_every_name_links_to_its_entity(web) -> None:
    """Speakers and actors on the timeline, who said what, divergence, negotiation, clusters and event pages
    link to /entities/<id>."""
    event_page = re.search(r'href="(/clusters/\d+)"', web.get("/clusters").text).group(1)
    for path in ("/timeline", "/who-said-what", "/divergence", "/negotiation", "/clusters", event_page):
        html = web.get(path).text
        linked = re.findall(r'<a class="entity([^"]*)" href="/entities/(\d+)">([^<]*)</a>', html)
        names = {unescape(name) for _, _, name in linked}
        assert "Vladimir Medinsky" in names or "Rustem Umerov" in names, path
        for kind, entity_id, name in linked:
            page = web.get(f"/entities/{entity_id}")
            heading = re.search(r"<h1>([^<]*)", page.text).group(1).strip()
            assert page.status_code == 200, (path, name)
            # A party is named with its code ("Russia (RUS)") and links to its country's page ("Russia").
            assert (name.startswith(heading + " (") if "party-name" in kind else name == heading), (path, name, heading)


def test_party_names_link_to_the_party_not_a_person(web) -> None:
    """A party's name on the negotiation, who-said-what and positions pages links to its country, never to one
    of its people (Medinsky is RUS too)."""
    for path in ("/negotiation", "/who-said-what", "/positions"):
        parties = re.findall(r'<a class="entity party-name" href="(/entities/\d+)">([^<]*)</a>', web.get(path).text)
        assert any(name == "Russia (RUS)" for _, name in parties), path
        for href, name in parties:
            assert "<dt>Kind</dt><dd>country" in web.get(href).text, (path, name)


def test_article_page_links_names_and_original(web, ids) -> None:
    html = web.get(f"/articles/{ids['wire-r1']}").text
    assert re.search(r'<a class="entity[^"]*" href="/entities/\d+">Rustem Umerov</a>', html)
    assert '<a class="url" href="https://wire.example/2025/05/16/istanbul" rel="noreferrer noopener">' in html
    assert '<span class="outlet">wire.example</span>' in html


# ------------------------------------------------------------------ positions and map


def test_positions_chart_plots_each_statement_linking_to_it(web, ids) -> None:
    html = web.get("/positions").text
    chart = section(html, 'data-issue="negotiation_process"')
    links = re.findall(r'<a href="([^"]+)" class="point" data-party="([A-Z]+)">', chart)
    assert sorted(links) == sorted([
        (f"/articles/{ids['wire-r1']}#s1", "RUS"), (f"/articles/{ids['wire-r1']}#s2", "UKR"),
        (f"/articles/{ids['weekly-r1']}#s1", "TUR"), (f"/articles/{ids['wire-r2']}#s1", "RUS")])
    assert "<polyline" in chart  # Russia's stance over two dates is joined
    assert XSS_NAME not in html  # the tooltip's speaker name is escaped
    only = web.get("/positions", params={"party": "UKR"}).text
    assert len(re.findall(r'class="point"', only)) == 1
    assert web.get("/positions", params={"issue": "no_such_issue"}).status_code == 422


def test_map_places_events_and_links_to_them(web) -> None:
    html = web.get("/map").text
    places = dict(re.findall(r'<a href="[^"]*" class="place" data-place="([^"]+)"><circle cx="[^"]+" cy="[^"]+" r="([^"]+)"', html))
    assert set(places) == {"Istanbul", "Geneva"}
    assert float(places["Istanbul"]) > float(places["Geneva"])  # three events against one
    # Equirectangular: Istanbul (lon 29, lat 41) right of and below Geneva (lon 6, lat 46).
    istanbul = re.search(r'data-place="Istanbul"><circle cx="([\d.]+)" cy="([\d.]+)"', html)
    geneva = re.search(r'data-place="Geneva"><circle cx="([\d.]+)" cy="([\d.]+)"', html)
    assert float(istanbul[1]) > float(geneva[1]) and float(istanbul[2]) > float(geneva[2])
    link = re.search(r'<a href="([^"]*)" class="place" data-place="Geneva">', html)[1]
    events = web.get(unescape(link)).text
    assert 'data-event="CONSULT"' in events and 'data-event="AGREE"' not in events  # only Geneva's event
    filtered = web.get("/map", params={"type": "REJECT"}).text
    assert 'data-place="Geneva"' not in filtered  # the REJECT event has no place; the CONSULT in Geneva is filtered out
    assert web.get("/map", params={"since": "x"}).status_code == 422


# ------------------------------------------------------------------ exports


def test_page_exports_download_the_filtered_view(web) -> None:
    html = web.get("/timeline", params={"type": "AGREE"}).text
    link = unescape(re.search(r'<a href="([^"]+format=csv)" download>CSV</a>', html)[1])
    assert "type=AGREE" in link
    response = web.get(link)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [row["event"] for row in rows] == ["AGREE"]
    assert rows[0]["quantities"] == "1000 prisoners = 1,000 prisoners" and rows[0]["lat"] == "41.01"
    assert rows[0]["article_title"] == "Talks in Istanbul end with a prisoner swap"
    said = web.get("/api/export/statements", params={"speaker": "Medinsky", "format": "json"}).json()
    assert sorted(row["content"] for row in said) == ["progress was real", "the meeting was a success"]
    assert {row["party"] for row in said} == {"RUS"} and said[0]["evidence"]
    assert web.get("/api/export/events", params={"format": "xml"}).status_code == 422


# ------------------------------------------------------------------ empty store


def test_an_empty_store_says_how_to_ingest(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from accord.store import open_store
    from accord.web import create_app

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    open_store(url).close()
    with TestClient(create_app(url), base_url="http://127.0.0.1") as client:
        for path in ("/", "/timeline", "/who-said-what", "/entities", "/positions", "/map", "/negotiation"):
            html = client.get(path).text
            assert "The store is empty" in html and "accord ingest" in html, path
            assert "No events match these filters" not in html


def test_divergences_are_recomputed_when_the_store_changes(tmp_path) -> None:
    """The served app keeps divergences per store state: an ingest by another process shows on the next request."""
    from fastapi.testclient import TestClient

    from accord.store import ingest_records
    from accord.web import create_app

    url = f"sqlite:///{tmp_path / 'grow.db'}"
    wire, _, second_round = [build() for build in NEGOTIATION_RECORDS]
    ingest_records([second_round], db=url)  # Russia alone assesses the Geneva round: nothing diverges
    with TestClient(create_app(url), base_url="http://127.0.0.1") as client:
        assert client.get("/api/divergence").json()["total"] == 0
        assert client.get("/api/divergence").json()["total"] == 0  # from the cache
        ingest_records([wire], db=url)  # Russia and Ukraine assess the Istanbul round in opposite ways
        assert client.get("/api/divergence").json()["total"] == 1


def test_assessed_statements_give_the_latest_and_their_total_in_one_scan(stored) -> None:
    import sqlalchemy as sa

    from accord.store import open_store
    from accord.store.assessments import assessed_statements

    with open_store(stored[0]) as store:
        every, total = assessed_statements(store)
        assert total == len(every) >= 2
        selects: list[str] = []

        def count(conn, cursor, statement, parameters, context, executemany):
            selects.extend([statement] if statement.lstrip().upper().startswith("SELECT") else [])

        sa.event.listen(store.engine, "before_cursor_execute", count)
        try:
            latest, latest_total = assessed_statements(store, limit=1)
        finally:
            sa.event.remove(store.engine, "before_cursor_execute", count)
        assert latest_total == total and latest == every[-1:]  # the latest one, with the count of all
        assert len(selects) == 2  # the latest ids with the total, then their rows
        assert assessed_statements(store, party="no such party") == ([], 0)


def test_map_total_counts_every_located_event_in_one_grouped_scan(stored) -> None:
    import sqlalchemy as sa

    from accord.store import open_store
    from accord.store.places import event_places

    with open_store(stored[0]) as store:
        places, total = event_places(store)
        assert {p["name"] for p in places} == {"Istanbul", "Geneva"} and total == sum(p["events"] for p in places) == 4
        selects: list[str] = []

        def count(conn, cursor, statement, parameters, context, executemany):
            selects.extend([statement] if statement.lstrip().upper().startswith("SELECT") else [])

        sa.event.listen(store.engine, "before_cursor_execute", count)
        try:
            first, first_total = event_places(store, limit=1)
        finally:
            sa.event.remove(store.engine, "before_cursor_execute", count)
        assert [p["name"] for p in first] == ["Istanbul"] and first_total == total  # places not listed still count
        assert len(selects) == 2  # the places with the total, then one sample record per place
        assert event_places(store, type="REJECT") == ([], 0)


def test_divergences_are_computed_in_the_background_after_an_ingest(tmp_path, monkeypatch) -> None:
    """The warmer computes the unfiltered divergences of the new store state before anyone asks."""
    import time

    from accord.corpus.divergence import ISSUE_WINDOW_DAYS
    from accord.store import ingest_records, open_store
    from accord.store.state import store_state
    from accord.web import cached

    url = f"sqlite:///{tmp_path / 'warm.db'}"
    wire, _, second_round = [build() for build in NEGOTIATION_RECORDS]
    ingest_records([second_round], db=url)
    with open_store(url) as store:
        cache = cached.DivergenceCache()
        warmer = cached.DivergenceWarmer(cache, store, every_seconds=0.05)
        warmer.start()
        try:
            ingest_records([wire], db=url)
            state = store_state(store)
            deadline = time.monotonic() + 30
            while not any(key[0] == state for key in cache._answers) and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            warmer.stop()
        assert not warmer._thread.is_alive()

        def not_again(*args, **kwargs):
            raise AssertionError("computed on request: the warmer had not kept it")

        monkeypatch.setattr(cached, "store_assessments", not_again)
        assert len(cache.divergences(store, None, None, ISSUE_WINDOW_DAYS)) == 1  # Istanbul: Russia against Ukraine


def test_sampled_clusters_read_the_first_reports_and_the_total_in_three_queries(stored) -> None:
    import sqlalchemy as sa

    from accord.store import open_store
    from accord.web.corpus_views import sampled_event_clusters, store_event_clusters

    with open_store(stored[0]) as store:
        full = store_event_clusters(store, limit=500)
        assert full.total >= 2 and any(len(c["reports"]) >= 2 for c in full.items)
        selects: list[str] = []

        def count(conn, cursor, statement, parameters, context, executemany):
            selects.extend([statement] if statement.lstrip().upper().startswith("SELECT") else [])

        sa.event.listen(store.engine, "before_cursor_execute", count)
        try:
            sampled = sampled_event_clusters(store, limit=500, reports_each=1)
        finally:
            sa.event.remove(store.engine, "before_cursor_execute", count)
        assert len(selects) == 3  # the clusters with their total, their first reports, their parties' entity ids
        assert sampled.total == full.total
        for whole, sample in zip(full.items, sampled.items, strict=True):
            first = min(whole["reports"], key=lambda r: (r["article_id"], r["event"]))
            assert sample["id"] == whole["id"] and sample["report_count"] == whole["report_count"]
            assert [(r["article_id"], r["event"]) for r in sample["reports"]] == [(first["article_id"], first["event"])]
        assert sampled_event_clusters(store, limit=1, offset=full.total + 3).as_dict() == {"items": [], "total": full.total}


def test_a_store_the_warmer_cannot_read_is_reported_once(caplog) -> None:
    import logging
    import time

    from accord.web import cached

    class Unreadable:
        @property
        def engine(self):
            raise OSError("disk gone")

    warmer = cached.DivergenceWarmer(cached.DivergenceCache(), Unreadable(), every_seconds=0.01)
    with caplog.at_level(logging.WARNING, logger="accord.web.cached"):
        warmer.start()
        time.sleep(0.3)
        warmer.stop()
    said = [record.getMessage() for record in caplog.records if record.name == "accord.web.cached"]
    assert said == ["divergence warm-up: OSError: disk gone"]
