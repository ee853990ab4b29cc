"""The article page's header counts its records in English: "1 statement · 1 event", not "1 statements"."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from db_support import stored_records, web_client

from accord.records import ArticleRecord, Event, Speaker, Statement

sys.path.insert(0, str(Path(__file__).resolve().parent))
from negotiation_support import span  # noqa: E402

TEXT = "Russia attacked Odesa on Monday, the governor said."


def one_of_each() -> ArticleRecord:
    """An article with one statement and one event."""
    return ArticleRecord(
        id="single", source="single.txt", title="One of each", url=None, published="2025-06-10", language="en",
        text=TEXT,
        statements=[Statement(id="s1", kind="indirect", content=span(TEXT, "Russia attacked Odesa on Monday"),
                              cue=span(TEXT, "said"), speaker=Speaker(**span(TEXT, "the governor").model_dump()))],
        events=[Event(id="e1", event="ASSAULT", trigger=span(TEXT, "attacked"), sentence=span(TEXT, TEXT))],
    )


def test_one_statement_and_one_event_are_counted_in_the_singular(tmp_path: Path) -> None:
    with stored_records("sqlite", tmp_path, "single", [one_of_each()]) as url, web_client(url) as client:
        [article_id] = [item["id"] for item in client.get("/api/articles").json()["items"]]
        html = client.get(f"/articles/{article_id}").text
    meta = re.sub(r"\s+", " ", re.search(r'<p class="meta">(.*?)</p>', html, re.S).group(1))
    assert meta.endswith("· 1 statement · 1 event "), meta


HYPOTHETICAL = "Russia attacked Odesa on Monday and could attack Kharkiv next, the governor said."


def test_the_article_page_counts_events_as_the_articles_list_does(tmp_path: Path) -> None:
    """A user saw "13 events" on an article's page and "19 / 12" for it in the articles list: the page
    counted a hypothetical attack too. The page's count is the events reported as having happened, as
    every list counts them, and it says how many others it shows besides."""
    text = HYPOTHETICAL
    record = ArticleRecord(
        id="two-events", source="two.txt", title="Two events", url=None, published="2025-06-10", language="en",
        text=text, statements=[],
        events=[Event(id="e1", event="ASSAULT", trigger=span(text, "attacked"), sentence=span(text, text)),
                Event(id="e2", event="ASSAULT", trigger=span(text, "attack"), modality="hypothetical",
                      assertion="hypothetical", sentence=span(text, text))],
    )
    with stored_records("sqlite", tmp_path, "two", [record]) as url, web_client(url) as client:
        [item] = client.get("/api/articles").json()["items"]
        html = client.get(f"/articles/{item['id']}").text
    meta = re.sub(r"\s+", " ", re.search(r'<p class="meta">(.*?)</p>', html, re.S).group(1))
    assert item["events"] == 1
    assert "· 1 event " in meta and "1 not asserted" in meta, meta
