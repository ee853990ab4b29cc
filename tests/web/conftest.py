"""Fixtures of the web tests: stores filled with hand-built records (exact assertions) and with the
bundled example articles run through the real pipeline (pages over real extraction output).

Hand-built records go in through ``accord.store.ingest_records``, so the web tests assert on web
behaviour (offsets, filters, escaping, paging) and never on what the extraction stages find.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from db_support import BACKENDS, empty_database

from accord.records import ActorRef, ArticleRecord, Entity, Event, EventDate, Span, Speaker, Statement

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

XSS_TITLE = '<script>alert("title")</script> Fish & Chips'
XSS_PAYLOAD = "<script>alert(1)</script>"
ENTITY_TEXT = "&amp;"
# How many REJECT events the paging article holds: more than one page at the sizes the tests use.
PAGED_EVENTS = 12


def span(text: str, needle: str, occurrence: int = 1) -> Span:
    """The span of the ``occurrence``-th ``needle`` in ``text`` (1-based), built from the text."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def actor(text: str, needle: str, name: str, code: str | None, entity: str | None = None) -> ActorRef:
    piece = span(text, needle)
    return ActorRef(text=piece.text, start=piece.start, end=piece.end, name=name, code=code, entity=entity)


def speaker(text: str, needle: str, name: str, affiliation: str | None, entity: str, occurrence: int = 1) -> Speaker:
    piece = span(text, needle, occurrence)
    return Speaker(text=piece.text, start=piece.start, end=piece.end, name=name, affiliation=affiliation, entity=entity)


def article_talks() -> ArticleRecord:
    """Two statements by one speaker (once as 'she'), one AGREE event with a resolved date."""
    text = (
        'Minister Anna Example said the ceasefire talks would resume in Geneva. "We are ready to sign," '
        "she told reporters. Russia agreed to a prisoner exchange with Ukraine on Friday."
    )
    anna = "n1"
    return ArticleRecord(
        id="web-talks", source="tests/web/talks.txt", title="Talks resume <b>in</b> Geneva", url="https://example.org/talks",
        published="2025-05-10", language="en", text=text,
        statements=[
            Statement(id="s1", kind="indirect", content=span(text, "the ceasefire talks would resume in Geneva"),
                      cue=span(text, "said"), speaker=speaker(text, "Minister Anna Example", "Anna Example", "RUS", anna),
                      issues=["negotiation_process"], polarity="positive"),
            Statement(id="s2", kind="direct", content=span(text, "We are ready to sign,"), cue=span(text, "told"),
                      speaker=speaker(text, "she", "Anna Example", "RUS", anna), addressee=span(text, "reporters")),
        ],
        events=[
            Event(id="e1", event="AGREE", actors=[actor(text, "Russia", "Russia", "RUS", "n2")],
                  recipients=[actor(text, "Ukraine", "Ukraine", "UKR", "n3")], trigger=span(text, "agreed"),
                  date=EventDate(value="2025-05-09", granularity="day", text="Friday"),
                  sentence=span(text, "Russia agreed to a prisoner exchange with Ukraine on Friday.")),
        ],
        entities=[
            Entity(id=anna, name="Anna Example", code="RUS", kind="person", title="Minister",
                   mentions=[span(text, "Minister Anna Example"), span(text, "she")]),
            Entity(id="n2", name="Russia", code="RUS", kind="country", mentions=[span(text, "Russia")]),
            Entity(id="n3", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")]),
        ],
    )


def article_xss() -> ArticleRecord:
    """Markup and an HTML entity inside the text, the title, a speaker name and a quote."""
    text = (
        f'Spokesman Bob <i>Sample</i> said {XSS_PAYLOAD} was "not a threat" {ENTITY_TEXT} then left. '
        "Ukraine accused Russia of stalling the talks."
    )
    return ArticleRecord(
        id="web-xss", source="tests/web/xss.txt", title=XSS_TITLE, url=None, published="2025-06-02", language="en",
        text=text,
        statements=[
            Statement(id="s1", kind="mixed", content=span(text, f'{XSS_PAYLOAD} was "not a threat" {ENTITY_TEXT} then left'),
                      cue=span(text, "said"),
                      speaker=speaker(text, "Spokesman Bob <i>Sample</i>", "Bob <i>Sample</i>", "UKR", "n1")),
        ],
        events=[
            Event(id="e1", event="ACCUSE", actors=[actor(text, "Ukraine", "Ukraine", "UKR")],
                  recipients=[actor(text, "Russia", "Russia", "RUS")], trigger=span(text, "accused"),
                  sentence=span(text, "Ukraine accused Russia of stalling the talks.")),
        ],
        entities=[Entity(id="n1", name="Bob <i>Sample</i>", kind="person", mentions=[span(text, "Spokesman Bob <i>Sample</i>")])],
    )


def article_paged() -> ArticleRecord:
    """Many events of one type, for paging."""
    sentences = [f"Delegation {number} rejected proposal {number}." for number in range(1, PAGED_EVENTS + 1)]
    text = " ".join(sentences)
    events = []
    for number, sentence in enumerate(sentences, start=1):
        where = span(text, sentence)
        trigger_start = where.start + sentence.index("rejected")
        events.append(Event(
            id=f"e{number}", event="REJECT", trigger=Span.of(text, trigger_start, trigger_start + len("rejected")),
            actors=[ActorRef(**Span.of(text, where.start, where.start + len(f"Delegation {number}")).model_dump(),
                             name=f"Delegation {number}")],
            sentence=where,
        ))
    return ArticleRecord(id="web-paged", source="tests/web/paged.txt", title="Many rejections", published="2025-07-01",
                         language="en", text=text, events=events)


HAND_BUILT = (article_talks, article_xss, article_paged)


@dataclass(frozen=True)
class FilledStore:
    """A database URL and the store ids of its hand-built articles (contract id -> store id)."""

    url: str
    ids: dict[str, int]


def _fill(url: str, paths: list[str]) -> FilledStore:
    from accord.ingest import ingest_paths
    from accord.store import ingest_records, list_articles, open_store

    with open_store(url) as store:
        summary = ingest_records([build() for build in HAND_BUILT], db=store)
        assert summary.failed == 0, summary
        if paths:
            summary = ingest_paths(paths, db=store)
            assert summary.failed == 0, summary
        listed = list_articles(store, limit=500)
    return FilledStore(url, {item["record_id"]: item["id"] for item in listed.items})


@pytest.fixture(scope="session", params=BACKENDS)
def records_db(request, tmp_path_factory) -> Iterator[FilledStore]:
    """A store holding only the hand-built articles, on SQLite and (in CI) PostgreSQL."""
    with empty_database(request.param, tmp_path_factory.mktemp("web-records"), "web") as url:
        yield _fill(url, [])


@pytest.fixture(scope="session")
def full_db(tmp_path_factory, nlp) -> FilledStore:
    """The hand-built articles plus every bundled example article, extracted by the real pipeline."""
    path = tmp_path_factory.mktemp("web-full") / "full.db"
    return _fill(f"sqlite:///{path}", [str(EXAMPLES)])


def _client(url: str) -> Iterator:
    from fastapi.testclient import TestClient

    from accord.web import create_app

    with TestClient(create_app(url)) as client:
        yield client


@pytest.fixture(scope="session")
def client(records_db: FilledStore) -> Iterator:
    """An HTTP client of the app over the hand-built store (read-only, as served)."""
    yield from _client(records_db.url)


@pytest.fixture(scope="session")
def full_client(full_db: FilledStore) -> Iterator:
    """An HTTP client of the app over the store with the example articles."""
    yield from _client(full_db.url)
