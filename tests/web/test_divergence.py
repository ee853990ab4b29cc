"""Divergence and event clusters in the web app: the JSON API and the pages, over hand-built records
stored through ``accord.store.ingest_records``."""

from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared record builders
from analysis_support import ANALYSIS_RECORDS, XSS  # noqa: E402
from db_support import BACKENDS, empty_database  # noqa: E402


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> tuple[str, dict[str, int]]:
    from accord.store import ingest_records, list_articles, open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('web-divergence') / 'd.db'}"
    with open_store(url) as store:
        assert ingest_records([build() for build in ANALYSIS_RECORDS], db=store).failed == 0
        ids = {item["record_id"]: item["id"] for item in list_articles(store).items}
    return url, ids


@pytest.fixture(scope="module")
def web(stored):
    from fastapi.testclient import TestClient

    from accord.web import create_app

    with TestClient(create_app(stored[0]), base_url="http://127.0.0.1") as client:
        yield client


@pytest.fixture(scope="module")
def ids(stored) -> dict[str, int]:
    return stored[1]


def test_divergence_api_shape_and_links(web, ids):
    body = web.get("/api/divergence").json()
    assert body["total"] == len(body["items"]) == 1
    [item] = body["items"]
    assert item["topic"] == "CONSULT 2025-05-16 in Geneva"
    wire, weekly = ids["wire-1"], ids["weekly-2"]
    sides = {(s["party"], s["polarity"]): sorted(s["statements"]) for s in item["sides"]}
    # The Chinese analyst's account of Russia's stance is a third party's side, not Russia's own.
    assert sides == {("RUS", "positive"): [f"{wire}:s1"], ("UKR", "negative"): [f"{wire}:s2"],
                     ("CHN", "positive"): [f"{weekly}:s1"]}
    analyst = next(s for s in item["sides"] if s["party"] == "CHN")
    assert analyst["third_party"] is True and analyst["about"] == ["RUS"] and analyst["evidence"] == ["positive"]
    assert not any(s["third_party"] for s in item["sides"] if s["party"] != "CHN")
    ukraine = next(s for s in item["sides"] if s["party"] == "UKR")
    assert ukraine["links"] == [{"article_id": wire, "statement": "s2"}]
    # Each link opens an article whose statement of that id is the one cited.
    article = web.get(f"/api/articles/{wire}").json()
    cited = next(s for s in article["statements"] if s["id"] == "s2")
    assert article["text"][cited["content"]["start"]:cited["content"]["end"]] == cited["content"]["text"]
    assert cited["polarity"] == "negative"


def test_a_divergence_names_its_event_cluster_as_the_clusters_api_and_pages_do(web):
    """A user saw ``"cluster": "c13"`` in /api/divergence and ``"cluster_id": 13`` in /api/event-clusters,
    with no way from the first to the round's page: a divergence on a round gives the store's
    ``cluster_id``, the one /api/event-clusters lists and /clusters/<id> shows, and its page links there."""
    [item] = web.get("/api/divergence").json()["items"]
    rounds = web.get("/api/event-clusters", params={"type": "CONSULT", "since": "2025-05-16", "until": "2025-05-16"})
    [round_] = [c for c in rounds.json()["items"] if item["event"] in {f"{r['article_id']}:{r['event']}" for r in c["reports"]}]
    assert item["cluster_id"] == round_["cluster_id"]
    assert web.get(f"/clusters/{item['cluster_id']}").status_code == 200
    assert f'href="/clusters/{item["cluster_id"]}"' in web.get("/divergence").text


@pytest.mark.parametrize(("params", "total"), [
    ({"since": "2025-05-18"}, 0), ({"until": "2025-05-17"}, 1), ({"since": "2025-05", "until": "2025-05"}, 1),
    ({"window": 30}, 1), ({"since": ""}, 1),
])
def test_divergence_api_filters(web, params, total):
    response = web.get("/api/divergence", params=params)
    assert response.status_code == 200
    assert response.json()["total"] == total


@pytest.mark.parametrize(("params", "name"), [
    ({"since": "2025-02-30"}, "since"), ({"until": "soon"}, "until"), ({"window": 0}, "window"),
    ({"window": "week"}, "window"), ({"since": "2025-06-01", "until": "2025-05-01"}, "until"),
])
def test_divergence_api_rejects_bad_parameters(web, params, name):
    response = web.get("/api/divergence", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == name


def test_event_clusters_api(web, ids):
    body = web.get("/api/event-clusters", params={"min_reports": 2}).json()
    assert body["total"] == 1
    [cluster] = body["items"]
    assert cluster["type"] == "CONSULT" and cluster["report_count"] == 2
    assert {r["article_id"] for r in cluster["reports"]} == {ids["wire-1"], ids["weekly-2"]}
    assert all(r["trigger"]["text"] == "talks" for r in cluster["reports"])
    assert web.get("/api/event-clusters").json()["total"] == 2
    assert [c["type"] for c in web.get("/api/event-clusters", params={"actor": "Turkey"}).json()["items"]] == ["AID"]
    paged = web.get("/api/event-clusters", params={"limit": 1, "offset": 1}).json()
    assert paged["total"] == 2 and len(paged["items"]) == 1


@pytest.mark.parametrize("params", [
    {"since": "05/16/2025"}, {"type": "PARTY"}, {"min_reports": 0}, {"limit": 0}, {"until": "2025-13"},
])
def test_event_clusters_api_rejects_bad_parameters(web, params):
    assert web.get("/api/event-clusters", params=params).status_code == 422


def test_divergence_page_is_side_by_side_with_evidence_and_source_links(web, ids):
    response = web.get("/divergence")
    assert response.status_code == 200
    html = response.text
    columns = re.findall(r'<div class="side" data-party="(\w+)" data-polarity="(\w+)">', html)
    assert columns == [("RUS", "positive"), ("UKR", "negative"), ("CHN", "positive")]  # third parties last, apart
    assert '<mark class="evidence">satisfied</mark>' in html
    assert '<mark class="evidence">no</mark> <mark class="evidence">results</mark>' in html
    assert f'href="/articles/{ids["wire-1"]}#s2"' in html
    assert f'href="/articles/{ids["weekly-2"]}#s1"' in html
    assert "Olena Shevchenko" in html and "Ivan Petrov" in html
    assert 'href="/divergence"' in html  # the nav link


def test_divergence_page_escapes_everything(web):
    html = web.get("/divergence").text
    assert XSS not in html
    assert unescape("&lt;script&gt;alert(2)&lt;/script&gt;") == XSS
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html


def test_divergence_page_bad_date_is_a_notice(web):
    response = web.get("/divergence", params={"since": "never"})
    assert response.status_code == 422
    assert "since" in response.text and 'role="alert"' in response.text


def test_linked_article_page_marks_the_cited_statement(web, ids):
    html = web.get(f"/articles/{ids['wire-1']}").text
    assert 'id="at-s2"' in html and 'data-recs="s2"' in html


def test_clusters_page_lists_reports_with_sources(web, ids):
    response = web.get("/clusters")
    assert response.status_code == 200
    html = response.text
    assert "2 reports" in html
    assert f'href="/articles/{ids["wire-1"]}#e1"' in html and f'href="/articles/{ids["weekly-2"]}#e1"' in html
    assert "Talks &lt;em&gt;in&lt;/em&gt; Geneva" in html
    # Every event is listed by default, as the API lists them, the most reported first.
    listed = re.sub(r"<select.*?</select>", "", html, flags=re.S)
    assert "AID" in listed and listed.index("2 reports") < listed.index("AID")
    assert web.get("/clusters").text.count('class="cluster"') == web.get("/api/event-clusters").json()["total"]
    assert "AID" not in re.sub(r"<select.*?</select>", "", web.get("/clusters", params={"min_reports": 2}).text, flags=re.S)
    assert web.get("/clusters", params={"min_reports": "x"}).status_code == 422
    assert web.get("/clusters", params={"min_reports": 1, "type": "aid"}).text.count('class="cluster"') == 1


def test_third_party_account_is_labelled(web):
    html = web.get("/divergence").text
    assert html.count("third party: CHN") == 1  # the analyst on Russia's side; the sanctions remark is no side


@pytest.mark.parametrize("params", [{}, {"actor": "RUS"}, {"actor": "turk"}, {"type": "AID"}, {"min_reports": 2},
                                    {"since": "2025-06"}])
def test_clusters_page_and_api_list_the_same_clusters(web, params):
    """The page reads sampled clusters, the API every report: same clusters, same counts, same order."""
    api = web.get("/api/event-clusters", params=params).json()
    html = web.get("/clusters", params=params).text
    shown = re.findall(r'data-cluster="([^"]+)"', html)
    counts = [int(n) for n in re.findall(r'<strong class="report-count">(\d+) reports?</strong>', html)]
    assert shown == [item["id"] for item in api["items"]]
    assert counts == [item["report_count"] for item in api["items"]]


def test_divergence_page_is_paged(web):
    first = web.get("/divergence").text
    assert '<span class="count">1–1 of 1</span>' in first and first.count('<section class="divergence">') == 1
    beyond = web.get("/divergence", params={"offset": 1})
    assert beyond.status_code == 200 and '<section class="divergence">' not in beyond.text
    assert web.get("/divergence", params={"offset": -1}).status_code == 422


@pytest.fixture(scope="module", params=BACKENDS)
def stored_on_each_backend(request, tmp_path_factory):
    from accord.store import ingest_records, open_store

    with empty_database(request.param, tmp_path_factory.mktemp("divergence-scan"), "scan") as url:
        with open_store(url) as store:
            assert ingest_records([build() for build in ANALYSIS_RECORDS], db=store).failed == 0
        yield url


@pytest.mark.parametrize(("since", "until", "window"), [(None, None, 7), ("2025-05-16", "2025-05-17", 7), (None, None, 1)])
def test_store_divergences_read_from_the_tables_equal_those_of_the_whole_records(stored_on_each_backend, since, until,
                                                                                   window):
    """The store's divergence scan reads statement and event rows, not whole records (its speed on 10,000
    articles); it must find what ``find_divergences`` finds over the whole records, third parties included
    (whose side depends on the article's coded mentions)."""
    from accord.corpus.divergence import find_divergences
    from accord.store import open_store
    from accord.store.records import event_topics, iter_articles, store_divergences

    with open_store(stored_on_each_backend) as store:
        fast = store_divergences(store, since, until, window)
        whole = find_divergences((a.record for a in iter_articles(store, since, until, needs="statements")), window,
                                 clusters=event_topics(store, since, until))
    assert [d.to_json_dict() for d in fast] == [d.to_json_dict() for d in whole]
    if since is None and window == 7:
        assert any(side.third_party for d in fast for side in d.sides)  # the case that needs the entities
