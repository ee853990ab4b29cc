"""Queries: speaker by any mention, party, full-text, dates, events by actor/type, paging, bad values."""

from __future__ import annotations

import pytest
from store_support import two_articles_records

from accord.store import ingest_records, list_articles, open_store, query_entities, query_events, query_statements


@pytest.fixture(scope="module")
def filled(module_db_url):
    """One database with the two articles, shared by these read-only tests."""
    with open_store(module_db_url) as store:
        ingest_records(two_articles_records(), store)
        yield store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"speaker": "Medinsky"}, 3),  # full name, surname-only span, and in the other article
        ({"speaker": "medinsky"}, 3),
        ({"speaker": "Umerov"}, 1),
        ({"party": "RUS"}, 3),
        ({"party": "ukr"}, 1),
        ({"q": "dialogue"}, 1),
        ({"q": "accusing"}, 1),  # stemmed: finds "accused"
        ({"q": "banana"}, 0),
        ({"q": "stalling Kyiv"}, 1),
        ({"q": "Medinsky useful"}, 1),  # speaker names are searched with the content
        ({"q": "dialogue OR useful"}, 2),  # either alternative
        ({"q": "dialogue OR banana"}, 1),
        ({"q": "Kyiv stalling OR talks useful"}, 2),  # each alternative needs all its words
        ({"q": "Kyiv banana OR talks banana"}, 0),
        ({"q": '"present proposals"'}, 1),  # a quoted phrase: its words in that order
        ({"q": '"proposals present"'}, 0),
        ({"q": '"continue the dialogue" OR "talks were"'}, 2),
        ({"q": '"present proposals'}, 1),  # an unclosed quote runs to the end
        ({"since": "2025-05-17"}, 2),
        ({"until": "2025-05-16"}, 2),
        ({"since": "2025-05-17", "until": "2025-05-18"}, 2),
        ({"speaker": "100%_"}, 0),  # LIKE wildcards are literal
    ],
)
def test_statement_filters(filled, filters, expected):
    assert query_statements(filled, **filters).total == expected


def test_statement_items_carry_contract_and_article(filled):
    page = query_statements(filled, speaker="Medinsky", limit=2)
    assert page.total == 3 and len(page.items) == 2
    item = page.items[0]
    assert item["speaker"]["name"] == "Vladimir Medinsky" and item["article_published"] == "2025-05-16"
    assert isinstance(item["speaker_entity_id"], int) and item["content"]["start"] >= 0
    assert query_statements(filled, speaker="Medinsky", limit=2, offset=2).items[0]["article_title"] is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type": "accuse"}, 1),
        ({"type": "REQUEST"}, 1),
        ({"actor": "UKR"}, 2),
        ({"actor": "Kyiv"}, 2),  # a mention of Ukraine: every Ukrainian event
        ({"recipient": "RUS"}, 1),
        ({"recipient": "Russia"}, 1),
        ({"actor": "RUS"}, 0),
        ({"since": "2025-05-17"}, 1),
    ],
)
def test_event_filters(filled, filters, expected):
    assert query_events(filled, **filters).total == expected


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: query_statements(s, since="17/05/2025"), "since"),
        (lambda s: query_events(s, until="2025-13-01"), "until"),
        (lambda s: query_events(s, type="HUG"), "type"),
        (lambda s: query_statements(s, limit=0), "limit"),
        (lambda s: query_statements(s, offset=-1), "offset"),
        (lambda s: query_statements(s, q="!!!"), "q"),
        (lambda s: query_statements(s, q="OR"), "q"),
    ],
)
def test_bad_parameters_raise_value_error_naming_them(filled, call, message):
    with pytest.raises(ValueError, match=message):
        call(filled)


def test_entities_query_by_mention(filled):
    assert [item["name"] for item in query_entities(filled, q="Kyiv").items] == ["Ukraine"]
    assert query_entities(filled, kind="person").total == 2


def _statements_run(store, call) -> tuple[object, int]:
    """``call(store)``'s answer and how many SELECTs it ran (not the transaction's BEGIN)."""
    import sqlalchemy as sa

    calls: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        calls.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", count)
    try:
        answer = call(store)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", count)
    return answer, sum(statement.lstrip().upper().startswith("SELECT") for statement in calls)


@pytest.mark.parametrize(("call", "most"), [
    (lambda s, **page: query_statements(s, speaker="Medinsky", **page), 2),
    (lambda s, **page: query_events(s, actor="UKR", **page), 2),
    (lambda s, **page: query_entities(s, **page), 3),  # and the names of the page's entities
    (lambda s, **page: list_articles(s, **page), 2),
])
def test_a_page_and_its_total_cost_one_filtered_scan(filled, call, most):
    # The filters (a speaker's name in every mention) run once: the total comes with the page's keys.
    whole = call(filled, limit=50)
    page, queries = _statements_run(filled, lambda s: call(s, limit=1))
    assert page.total == whole.total >= 1 and page.items == whole.items[:1]
    assert queries <= most  # keys with the total, then the page's rows
    # Past the end: no rows, and the total still right (then it is counted on its own).
    beyond, _ = _statements_run(filled, lambda s: call(s, limit=1, offset=whole.total + 5))
    assert beyond.items == [] and beyond.total == whole.total


def test_entity_items_carry_their_fields_only(filled):
    # Paging by key and counting with the page adds columns to the SQL, never to the items.
    assert set(query_entities(filled).items[0]) == {
        "id", "name", "code", "kind", "sector", "title", "articles", "mentions", "statements", "names"}


def test_undated_articles_come_last_on_every_backend(db_url, make_record):
    """PostgreSQL listed undated articles first (NULLs sort first in a descending order there) and SQLite
    last; statements were the other way round. Undated records come last everywhere, as undated events do."""
    records = [make_record(f"Officials said talks would resume ({name}).", record_id=name, published=published,
                           quotes=[("Officials", "said", "talks would resume")])
               for name, published in (("old", "2024-01-02"), ("undated", None), ("new", "2025-03-04"))]
    with open_store(db_url) as store:
        ingest_records(records, store)
        assert [item["record_id"] for item in list_articles(store).items] == ["new", "old", "undated"]
        assert [item["article_published"] for item in query_statements(store).items] == ["2024-01-02", "2025-03-04", None]
