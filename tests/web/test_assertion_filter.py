"""Events not asserted (future, hypothetical, demanded, denied) stay out of every list, count, cluster, map and
timeline by default (issue 14 item 3), and ``assertion=all`` / ``--all-assertions`` brings them back, marked;
on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from db_support import BACKENDS, stored_records, web_client

from accord.records import ActorRef, ArticleRecord, Entity, Event, EventDate, Location

sys.path.insert(0, str(Path(__file__).resolve().parent))
from negotiation_support import NEGOTIATION_RECORDS, span  # noqa: E402

ANKARA = Location(name="Ankara", country="TUR", lat=39.93, lon=32.86)


def planned_talks() -> ArticleRecord:
    """Talks planned in Ankara (future), a demanded agreement and a denied assault: none of them happened."""
    text = ("Russia and Ukraine will meet in Ankara on June 20. Ukraine demanded that Russia agree to a ceasefire. "
            "Russia denied shelling Kharkiv.")
    russia = ActorRef(**span(text, "Russia").model_dump(), name="Russia", code="RUS", entity="n1")
    return ArticleRecord(
        id="planned", source="planned.txt", title="Talks planned in Ankara", url="https://wire.example/planned",
        published="2025-06-10", language="en", text=text,
        events=[
            Event(id="e1", event="CONSULT", trigger=span(text, "meet"), modality="future", assertion="future",
                  actors=[russia], date=EventDate(value="2025-06-20", granularity="day"), location=ANKARA,
                  sentence=span(text, "Russia and Ukraine will meet in Ankara on June 20.")),
            Event(id="e2", event="AGREE", trigger=span(text, "agree"), modality="hypothetical", assertion="demanded",
                  actors=[ActorRef(**span(text, "Russia", 2).model_dump(), name="Russia", code="RUS", entity="n1")],
                  date=EventDate(value="2025-06-10", granularity="day"),
                  sentence=span(text, "Ukraine demanded that Russia agree to a ceasefire.")),
            Event(id="e3", event="ASSAULT", trigger=span(text, "shelling"), modality="hypothetical", assertion="denied",
                  actors=[ActorRef(**span(text, "Russia", 3).model_dump(), name="Russia", code="RUS", entity="n1")],
                  sentence=span(text, "Russia denied shelling Kharkiv.")),
        ],
        entities=[Entity(id="n1", name="Russia", code="RUS", kind="country",
                         mentions=[span(text, "Russia"), span(text, "Russia", 2), span(text, "Russia", 3)])],
    )


RECORDS = (*NEGOTIATION_RECORDS, planned_talks)
# Events of the store: 7 in the negotiation articles (one of them a hypothetical threat) and 3 planned ones.
ALL_EVENTS, ASSERTED_EVENTS = 10, 6


@pytest.fixture(scope="module", params=BACKENDS)
def stored(request, tmp_path_factory) -> Iterator[str]:
    with stored_records(request.param, tmp_path_factory.mktemp("web-assertion"), "assertion", [build() for build in RECORDS]) as url:
        yield url


@pytest.fixture(scope="module")
def store(stored):
    from accord.store import open_store

    with open_store(stored) as opened:
        yield opened


@pytest.fixture(scope="module")
def web(stored):
    with web_client(stored) as client:
        yield client


def _assertions(items: list[dict]) -> set[str]:
    return {item.get("assertion") or item["modality"] for item in items}


def test_store_event_lists_and_totals_are_asserted_only_by_default(store) -> None:
    from accord.store import query_events

    default = query_events(store, limit=100)
    assert default.total == ASSERTED_EVENTS and _assertions(default.items) == {"asserted"}
    everything = query_events(store, limit=100, assertion="all")
    assert everything.total == ALL_EVENTS
    assert _assertions(everything.items) == {"asserted", "future", "demanded", "denied", "hypothetical"}
    assert query_events(store, type="CONSULT", assertion="ALL").total == 4  # any case
    assert query_events(store, type="CONSULT").total == 3


def test_article_counts_clusters_places_and_entities_leave_out_what_did_not_happen(store) -> None:
    from accord.store import list_articles
    from accord.store.entity_pages import get_entity
    from accord.store.places import event_places
    from accord.web.corpus_views import sampled_event_clusters, store_event_clusters

    counts = {item["record_id"]: item["events"] for item in list_articles(store).items}
    assert counts["planned"] == 0 and counts["wire-r1"] == 3
    assert {item["record_id"]: item["events"] for item in list_articles(store, assertion="all").items}["planned"] == 3

    for clusters in (store_event_clusters, sampled_event_clusters):
        default = clusters(store, limit=100)
        assert {c["type"] for c in default.items} == {"CONSULT", "AGREE", "PROTEST", "REJECT"}
        assert all(r["assertion"] == "asserted" for c in default.items for r in c["reports"])
        everything = clusters(store, limit=100, assertion="all")
        assert everything.total == default.total + 4  # the threat, the planned talks, the demand, the denial
    consult = sampled_event_clusters(store, ("CONSULT",), limit=100)
    assert sorted(c["report_count"] for c in consult.items) == [1, 2]  # the two rounds, not the planned talks

    places, total = event_places(store)
    assert "Ankara" not in {p["name"] for p in places} and total == 4
    places, total = event_places(store, assertion="all")
    assert "Ankara" in {p["name"] for p in places} and total == 5

    entity_id = _entity_id(store, "Russia")
    # Russia held two rounds and agreed once; it also threatened (hypothetically), plans talks, was asked to
    # agree and denied shelling: four events that did not happen.
    assert get_entity(store, entity_id)["event_total"] == 3
    assert get_entity(store, entity_id, assertion="all")["event_total"] == 7


def _entity_id(store, name: str) -> int:
    from accord.store import query_entities

    return next(item["id"] for item in query_entities(store, q=name, limit=50).items if item["name"] == name)


def test_one_validator_refuses_an_unknown_assertion_filter(store, web) -> None:
    from accord.store import query_events
    from accord.store.filters import ParameterError

    with pytest.raises(ParameterError, match="assertion"):
        query_events(store, assertion="maybe")
    for path in ("/api/events", "/api/event-clusters", "/api/export/events", "/api/articles"):
        answer = web.get(path, params={"assertion": "maybe"})
        assert answer.status_code == 422, path
        assert answer.json()["detail"][0]["loc"] == ["query", "assertion"], path
    page = web.get("/timeline", params={"assertion": "maybe"})
    assert page.status_code == 422 and "assertion" in page.text


def test_api_totals_and_exports_follow_the_filter(web) -> None:
    assert web.get("/api/events").json()["total"] == ASSERTED_EVENTS
    assert web.get("/api/events", params={"assertion": "all"}).json()["total"] == ALL_EVENTS
    clusters = web.get("/api/event-clusters", params={"type": "CONSULT"}).json()
    assert clusters["total"] == 2
    assert web.get("/api/event-clusters", params={"type": "CONSULT", "assertion": "all"}).json()["total"] == 3
    rows = web.get("/api/export/events", params={"format": "json"}).json()
    assert len(rows) == ASSERTED_EVENTS and {row["assertion"] for row in rows} == {"asserted"}
    assert len(web.get("/api/export/events", params={"format": "json", "assertion": "all"}).json()) == ALL_EVENTS


def test_pages_leave_out_events_not_asserted_unless_asked_and_mark_them_then(web) -> None:
    timeline = web.get("/timeline").text
    assert 'data-event="THREATEN"' not in timeline and "Ankara" not in timeline
    assert 'name="assertion" value="all"' in timeline and " checked" not in timeline[timeline.index('name="assertion"'):][:60]
    everything = web.get("/timeline", params={"assertion": "all"}).text
    threat = everything[everything.index('data-event="THREATEN"') - 80:]
    assert "not-asserted" in threat[:200] and "assert-hypothetical" in threat
    assert "assert-demanded" in everything and "assert-denied" in everything and "assert-future" in everything
    assert 'value="all" checked' in everything
    assert "assertion=all" in everything[everything.index("export-links"):][:400]  # the export follows the view

    assert "Ankara" not in web.get("/map").text
    assert "Ankara" in web.get("/map", params={"assertion": "all"}).text

    negotiation = web.get("/negotiation").text
    assert re.findall(r'<section class="round" id="round-(\d+)"', negotiation) == ["1", "2"]
    assert "outcome-threatened" not in negotiation
    everything = web.get("/negotiation", params={"assertion": "all"}).text
    assert re.findall(r'<section class="round" id="round-(\d+)"', everything) == ["1", "2", "3"]
    assert "outcome-threatened" in everything

    clusters = web.get("/clusters", params={"type": "CONSULT"}).text
    assert "Ankara" not in clusters and "Ankara" in web.get("/clusters", params={"type": "CONSULT", "assertion": "all"}).text


def test_entity_page_counts_asserted_events_and_links_to_all(web, store) -> None:
    entity_id = _entity_id(store, "Russia")
    html = web.get(f"/entities/{entity_id}").text
    assert "shelling" not in html and f'href="/entities/{entity_id}?assertion=all"' in html
    everything = web.get(f"/entities/{entity_id}", params={"assertion": "all"}).text
    assert "shelling" in everything and "assert-denied" in everything


def test_cli_query_events_takes_all_assertions(stored) -> None:
    from accord.cli.query import run_query

    def total(**extra: object) -> int:
        out = io.StringIO()
        options = {"type": None, "actor": None, "recipient": None, "since": None, "until": None, "speaker": None,
                   "party": None, "q": None, "limit": None, "offset": 0, "assertion": None, **extra}
        assert run_query("events", stored, "json", options, out) == 0
        return json.loads(out.getvalue())["total"]

    assert total() == ASSERTED_EVENTS
    assert total(assertion="all") == ALL_EVENTS


def test_an_empty_view_says_events_not_asserted_are_left_out(web) -> None:
    """Only planned talks in Ankara: the filtered timeline is empty and says how to see them."""
    html = web.get("/timeline", params={"place": "Ankara"}).text
    assert "No events match these filters." in html and "also events not asserted</em> to see them" in html
    shown = web.get("/timeline", params={"place": "Ankara", "assertion": "all"}).text
    assert 'data-event="CONSULT"' in shown and "to see them" not in shown
