"""A negated event ("did not attack", "never met") is no event that happened: it stays in the record but out of
every default list, count, cluster, map and timeline (issue 14 item 3), and ``assertion=all`` brings it back,
marked; a refusal coded from a negation ("will not accept" -> REJECT) is an asserted act and stays; on SQLite
and PostgreSQL."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from db_support import BACKENDS, stored_records, web_client

from accord.records import ActorRef, ArticleRecord, Entity, Event, EventDate, Location

sys.path.insert(0, str(Path(__file__).resolve().parent))
from negotiation_support import span  # noqa: E402

ODESA = Location(name="Odesa", country="UKR", lat=46.48, lon=30.73)
CAIRO = Location(name="Cairo", country="EGY", lat=30.04, lon=31.24)
TEXT = ("Russia did not attack Odesa on June 9. Hamas never attended the talks in Cairo. "
        "Iran said it will not accept the proposal. Police arrested 20 protesters in Cairo on June 9.")


def _ref(needle: str, name: str, code: str, entity: str) -> ActorRef:
    return ActorRef(**span(TEXT, needle).model_dump(), name=name, code=code, entity=entity)


def negated_acts() -> ArticleRecord:
    """Two negated acts (an attack, talks attended), a refusal coded from a negation, and an arrest."""
    day = EventDate(value="2025-06-09", granularity="day")
    return ArticleRecord(
        id="negated", source="negated.txt", title="What did not happen", url="https://wire.example/negated",
        published="2025-06-10", language="en", text=TEXT,
        events=[
            Event(id="e1", event="ASSAULT", trigger=span(TEXT, "attack"), negated=True, actors=[_ref("Russia", "Russia", "RUS", "n1")],
                  date=day, location=ODESA, sentence=span(TEXT, "Russia did not attack Odesa on June 9.")),
            Event(id="e2", event="CONSULT", trigger=span(TEXT, "talks"), negated=True, actors=[_ref("Hamas", "Hamas", "PSE", "n2")],
                  location=CAIRO, sentence=span(TEXT, "Hamas never attended the talks in Cairo.")),
            Event(id="e3", event="REJECT", trigger=span(TEXT, "accept"), actors=[_ref("Iran", "Iran", "IRN", "n3")],
                  assertion="asserted", sentence=span(TEXT, "Iran said it will not accept the proposal.")),
            Event(id="e4", event="COERCE", mode="arrest", trigger=span(TEXT, "arrested"), date=day, location=CAIRO,
                  sentence=span(TEXT, "Police arrested 20 protesters in Cairo on June 9.")),
        ],
        entities=[Entity(id="n1", name="Russia", code="RUS", kind="country", mentions=[span(TEXT, "Russia")]),
                  Entity(id="n2", name="Hamas", code="PSE", kind="organisation", mentions=[span(TEXT, "Hamas")]),
                  Entity(id="n3", name="Iran", code="IRN", kind="country", mentions=[span(TEXT, "Iran")])],
    )


@pytest.fixture(scope="module", params=BACKENDS)
def stored(request, tmp_path_factory) -> Iterator[str]:
    with stored_records(request.param, tmp_path_factory.mktemp("web-negated"), "negated", [negated_acts()]) as url:
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


def test_the_record_says_negated_events_are_not_reported_and_a_refusal_is() -> None:
    reported = {event.id: event.reported for event in negated_acts().events}
    assert reported == {"e1": False, "e2": False, "e3": True, "e4": True}


def test_store_lists_counts_clusters_places_and_entities_leave_negated_events_out(store) -> None:
    from accord.store import list_articles, query_entities, query_events
    from accord.store.entity_pages import get_entity
    from accord.store.places import event_places
    from accord.web.corpus_views import store_event_clusters

    default = query_events(store, limit=100)
    assert default.total == 2 and {item["event"] for item in default.items} == {"REJECT", "COERCE"}
    everything = query_events(store, limit=100, assertion="all")
    assert everything.total == 4 and {item["event"] for item in everything.items if item["negated"]} == {"ASSAULT", "CONSULT"}
    assert query_events(store, type="ASSAULT").total == 0 and query_events(store, type="ASSAULT", assertion="all").total == 1

    assert list_articles(store).items[0]["events"] == 2
    assert list_articles(store, assertion="all").items[0]["events"] == 4
    assert {c["type"] for c in store_event_clusters(store, limit=100).items} == {"REJECT", "COERCE"}
    assert {c["type"] for c in store_event_clusters(store, limit=100, assertion="all").items} == {"REJECT", "COERCE", "ASSAULT", "CONSULT"}
    places, total = event_places(store)
    assert "Odesa" not in {p["name"] for p in places} and total == 1
    assert "Odesa" in {p["name"] for p in event_places(store, assertion="all")[0]}

    russia = next(item["id"] for item in query_entities(store, q="Russia", limit=50).items if item["name"] == "Russia")
    assert get_entity(store, russia)["event_total"] == 0
    assert get_entity(store, russia, assertion="all")["event_total"] == 1


def test_api_and_pages_show_negated_events_only_when_asked_and_mark_them(web) -> None:
    assert web.get("/api/events").json()["total"] == 2
    assert web.get("/api/events", params={"assertion": "all"}).json()["total"] == 4
    assert len(web.get("/api/export/events", params={"format": "json"}).json()) == 2

    timeline = web.get("/timeline").text
    assert 'data-event="ASSAULT"' not in timeline and 'data-event="REJECT"' in timeline and 'data-event="COERCE"' in timeline
    assert "negated" in timeline  # the hint says negated events are left out
    everything = web.get("/timeline", params={"assertion": "all"}).text
    attack = everything[everything.index('data-event="ASSAULT"') - 120:]
    assert "not-asserted" in attack[:200] and 'badge neg' in attack
    assert "Odesa" not in web.get("/map").text and "Odesa" in web.get("/map", params={"assertion": "all"}).text

    store_id = web.get("/api/articles").json()["items"][0]["id"]
    article = web.get(f"/articles/{store_id}").text  # the article's own record keeps every event, marked
    for event_id, shown in (("e1", False), ("e2", False), ("e3", True), ("e4", True)):
        item = article[:article.index(f'id="{event_id}"')]
        assert item.endswith('rec-event" ') == shown and item.endswith('rec-event not-asserted" ') != shown, event_id
