"""An article in a language accord does not extract says so on its page, instead of looking empty."""

from __future__ import annotations

from pathlib import Path

from db_support import stored_records, web_client

from accord.language import not_extracted_notice
from accord.records import ArticleRecord

GERMAN = "Die Delegationen trafen sich am Freitag in Istanbul, um über einen Waffenstillstand zu verhandeln."


def test_a_german_article_page_says_it_was_not_extracted(tmp_path: Path) -> None:
    german = ArticleRecord(id="de", source="de.txt", title="Gespräche", url=None, published="2025-05-16",
                           language="de", text=GERMAN)
    with stored_records("sqlite", tmp_path, "lang", [german]) as url, web_client(url) as client:
        [article_id] = [item["id"] for item in client.get("/api/articles").json()["items"]]
        html = client.get(f"/articles/{article_id}").text
    assert 'class="notice"' in html and "in German (de)" in html and "English text only" in html


def test_english_and_unknown_languages_get_no_notice_and_odd_codes_stay_readable() -> None:
    assert not_extracted_notice("en") is None and not_extracted_notice(None) is None
    assert "(xx)" in not_extracted_notice("xx") and "in Ukrainian (uk)" in not_extracted_notice("uk")
