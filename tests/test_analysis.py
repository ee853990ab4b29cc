"""Corpus views over a SQLite store: divergences and event clusters through the store's public API."""

from __future__ import annotations

import json

import pytest
from analysis_support import ANALYSIS_RECORDS

from accord.store import ingest_records, list_articles, open_store
from accord.store.records import divergence_statements, store_assessments, store_divergences
from accord.store.divergence_items import divergence_links
from accord.web.corpus_views import store_event_clusters


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(f"sqlite:///{tmp_path_factory.mktemp('analysis') / 'a.db'}") as opened:
        summary = ingest_records([build() for build in ANALYSIS_RECORDS], db=opened)
        assert summary.failed == 0
        yield opened


@pytest.fixture(scope="module")
def ids(store) -> dict[str, int]:
    return {item["record_id"]: item["id"] for item in list_articles(store).items}


def test_divergence_sets_the_satisfied_side_against_the_disappointed_one(store, ids):
    [divergence] = store_divergences(store)
    wire, weekly = ids["wire-1"], ids["weekly-2"]
    assert divergence.topic == "CONSULT 2025-05-16 in Geneva"
    assert divergence.event in {f"{wire}:e1", f"{weekly}:e1"}
    sides = {(side.party, side.polarity, side.third_party): (sorted(side.statements), side.about)
             for side in divergence.sides}
    # The analyst's "Russia has taken a positive stance" is a third party's account of Russia's view, in
    # a side of its own (issue 15); "sanctions against Russia" names Russia after the evidence word, as
    # a target, so it is nobody's assessment.
    assert sides == {("RUS", "positive", False): ([f"{wire}:s1"], []), ("UKR", "negative", False): ([f"{wire}:s2"], []),
                     ("CHN", "positive", True): ([f"{weekly}:s1"], ["RUS"])}


def test_assessments_list_every_topic_and_the_divergent_ones_are_the_divergences(store, ids):
    topics = store_assessments(store)
    assert [t.topic for t in topics if t.divergent] == [d.topic for d in store_divergences(store)]
    assert {side.party for t in topics for side in t.sides} >= {"RUS", "UKR"}


def test_run_divergence_agreed_lists_every_topic_with_its_flag(store, ids):
    import io
    import json

    from accord.cli.query import run_divergence

    out = io.StringIO()
    assert run_divergence(store.url, "json", out=out, agreed=True) == 0
    items = json.loads(out.getvalue())["items"]
    assert [item["topic"] for item in items] == [t.topic for t in store_assessments(store)]
    assert [item["topic"] for item in items if item["divergent"]] == [d.topic for d in store_divergences(store)]
    table = io.StringIO()
    assert run_divergence(store.url, "table", out=table, agreed=True) == 0
    assert "assessed topic" in table.getvalue()


def test_divergence_json_keeps_the_issue_shape_and_adds_links(store, ids):
    [divergence] = store_divergences(store)
    body = divergence_links(divergence)
    assert {"topic", "event", "sides"} <= set(body)
    for side in body["sides"]:
        assert {"party", "polarity", "statements", "links"} <= set(side)
        assert [f"{link['article_id']}:{link['statement']}" for link in side["links"]] == side["statements"]


def test_divergence_statements_reach_their_source(store, ids):
    found = store_divergences(store)
    details = divergence_statements(store, found)
    statement = details[f"{ids['wire-1']}:s2"]
    assert statement["speaker"]["name"] == "Olena Shevchenko"
    assert statement["article_id"] == ids["wire-1"]
    assert [e["text"] for e in statement["evidence"]] == ["no", "results"]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    # weekly-2 alone has only Russia's side; wire-1 alone has both.
    [("2025-05-18", None, 0), (None, "2025-05-17", 1), ("2025-05-17", "2025-05-18", 1), ("2025-06-01", None, 0)],
)
def test_divergence_date_range_selects_articles(store, since, until, expected):
    assert len(store_divergences(store, since=since, until=until)) == expected


def test_divergence_of_one_article_alone(store, ids):
    [divergence] = store_divergences(store, until="2025-05-17")
    sides = {(side.party, side.polarity): side.statements for side in divergence.sides}
    assert sides == {("RUS", "positive"): [f"{ids['wire-1']}:s1"], ("UKR", "negative"): [f"{ids['wire-1']}:s2"]}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"since": "2025-13-01"}, "since"), ({"until": "yesterday"}, "until"), ({"window_days": 0}, "window"),
])
def test_divergence_refuses_bad_parameters(store, kwargs, message):
    with pytest.raises(ValueError, match=message):
        store_divergences(store, **kwargs)


def test_two_reports_of_the_talks_are_one_cluster(store, ids):
    page = store_event_clusters(store, min_reports=2)
    assert page.total == 1
    [cluster] = page.items
    assert cluster["type"] == "CONSULT" and cluster["date"] == "2025-05-16" and cluster["report_count"] == 2
    assert cluster["place"] == "Geneva" and cluster["codes"] == ["RUS", "UKR"]
    assert {r["article_id"] for r in cluster["reports"]} == {ids["wire-1"], ids["weekly-2"]}
    wire = next(r for r in cluster["reports"] if r["article_id"] == ids["wire-1"])
    assert wire["article_url"] == "https://example.org/wire-1" and wire["article_title"] == "Talks <em>in</em> Geneva"
    assert wire["event"] == "e1" and wire["trigger"]["text"] == "talks"


@pytest.mark.parametrize(
    ("kwargs", "types"),
    [
        ({}, ["CONSULT", "AID"]),
        ({"type": "aid"}, ["AID"]),
        ({"actor": "TUR"}, ["AID"]),
        ({"actor": "turk"}, ["AID"]),
        ({"actor": "RUS"}, ["CONSULT"]),
        ({"since": "2025-06-01"}, ["AID"]),
        ({"until": "2025-05-31"}, ["CONSULT"]),
        ({"min_reports": 3}, []),
    ],
)
def test_cluster_filters(store, kwargs, types):
    assert [item["type"] for item in store_event_clusters(store, **kwargs).items] == types


def test_cluster_paging_and_ids_are_stable(store):
    everything = store_event_clusters(store)
    first = store_event_clusters(store, limit=1)
    second = store_event_clusters(store, limit=1, offset=1)
    assert everything.total == first.total == second.total == 2
    assert [c["id"] for c in first.items + second.items] == [c["id"] for c in everything.items]
    assert store_event_clusters(store, type="CONSULT").items[0]["id"] == everything.items[0]["id"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"since": "May"}, "since"), ({"min_reports": 0}, "min_reports"), ({"limit": 0}, "limit"), ({"offset": -1}, "offset"),
])
def test_cluster_refuses_bad_parameters(store, kwargs, message):
    with pytest.raises(ValueError, match=message):
        store_event_clusters(store, **kwargs)


def test_run_divergence_prints_the_issue_json(store, ids, capsys):
    import io
    import json

    from accord.cli.query import run_divergence

    out = io.StringIO()
    assert run_divergence(store.url, "json", out=out) == 0
    page = json.loads(out.getvalue())
    [item] = page["items"]
    assert page["total"] == 1  # the API's page shape, {items, total}, not a bare list
    # issue 8's shape plus the cluster (issue 15), its store id and the event's link, as /api/divergence gives them
    assert set(item) == {"topic", "event", "cluster", "cluster_id", "event_link", "sides"}
    assert {(s["party"], s["polarity"], s["third_party"]) for s in item["sides"]} == {
        ("RUS", "positive", False), ("UKR", "negative", False), ("CHN", "positive", True)}
    table = io.StringIO()
    assert run_divergence(store.url, "table", window_days=14, out=table) == 0
    shown = " ".join(table.getvalue().split())
    assert "CONSULT 2025-05-16" in shown and "Olena Shevchenko: (reported) the talks yielded no results" in shown
    assert f"{ids['wire-1']}:s2" not in shown  # who said what, not statement ids


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"since": "2025-5-1"}, "since"), ({"window_days": 0}, "window"), ({"output_format": "xml"}, "--format"),
])
def test_run_divergence_bad_option_is_one_line(store, capsys, kwargs, words):
    from accord.cli.query import run_divergence

    assert run_divergence(store.url, **{"output_format": "json", **kwargs}) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and words in captured.err and captured.err.count("\n") == 1


def test_cli_query_divergence_json(store):
    """`accord query divergence --format json` prints the issue's JSON shape."""
    import json

    from typer.testing import CliRunner

    from accord.cli import app

    result = CliRunner().invoke(app, ["query", "divergence", "--db", store.url, "--format", "json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)["items"]
    assert items and all({"topic", "event", "sides"} <= set(item) for item in items)
    assert any(
        {("RUS", "positive"), ("UKR", "negative")} <= {(s["party"], s["polarity"]) for s in item["sides"]}
        for item in items
    )


def test_divergence_table_labels_a_third_partys_side(store, ids):
    import io

    from accord.cli.query import run_divergence

    table = io.StringIO()
    assert run_divergence(store.url, "table", out=table) == 0
    assert "CHN (third party, on RUS)" in table.getvalue()


def test_query_divergence_json_names_the_cluster_as_the_api_does(store, ids):
    """``accord query divergence --format json`` gives each round's ``cluster_id`` as /api/divergence and
    /api/event-clusters do (the number of its /clusters/<id> page), not only the opaque ``"c13"`` key."""
    import io
    import json

    from accord.cli.query import run_divergence

    out = io.StringIO()
    assert run_divergence(store.url, "json", out=out) == 0
    [item] = json.loads(out.getvalue())["items"]
    [divergence] = store_divergences(store)
    assert item["cluster_id"] == divergence_links(divergence)["cluster_id"] is not None


def test_a_later_page_of_query_says_which_rows_it_shows(store, ids):
    """``accord query events --offset 1 --limit 1`` was titled "events: 1 of 3", as if it were the first
    row; the title names the rows shown, "events: 2–2 of 3", as the pages' "2–2 of 3" does."""
    import io

    from accord.cli.query import run_query

    options = {"type": None, "actor": None, "recipient": None, "since": None, "until": None, "speaker": None,
               "party": None, "q": None, "assertion": None}
    whole = io.StringIO()
    assert run_query("events", store.url, "json", options | {"limit": None, "offset": 0}, whole) == 0
    total = json.loads(whole.getvalue())["total"]
    assert total >= 2
    out = io.StringIO()
    assert run_query("events", store.url, "table", options | {"limit": 1, "offset": 1}, out) == 0
    assert f"events: 2–2 of {total}" in out.getvalue()
    past = io.StringIO()
    assert run_query("events", store.url, "table", options | {"limit": 1, "offset": total}, past) == 0
    assert f"events: 0 of {total}" in past.getvalue()
