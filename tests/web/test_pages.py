"""The HTML pages: they render, filter, link records to their spans, and escape every text."""

from __future__ import annotations

import re
from html import unescape

import pytest

XSS_PAYLOAD = "<script>alert(1)</script>"
PIECE = re.compile(r'<span class="hl[^"]*" data-recs="[^"]*" data-roles="([^"]*)">(.*?)</span>', re.S)
PAGES = ("/", "/timeline", "/who-said-what", "/search?q=ceasefire", "/articles", "/docs", "/negotiation",
         "/positions", "/map", "/entities", "/clusters", "/divergence")
# A link out to an article's original page is the one absolute URL a page may hold: a plain <a> the
# reader clicks, never an asset the browser loads.
ORIGINAL_LINK = re.compile(r'<a class="url" href="https?://[^"]*" rel="noreferrer noopener">')


def role_text(html: str, role: str) -> str:
    """The text of every highlighted piece carrying ``role`` (``s1-content``), in order."""
    return "".join(unescape(body) for roles, body in PIECE.findall(html) if role in roles.split())


def text_block(html: str) -> str:
    """The article text container of an article page."""
    start = html.index('id="article-text">') + len('id="article-text">')
    return html[start:html.index("</div>", start)]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_only_local_assets(client, path) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert not re.search(r'(src|href)="(https?:)?//', ORIGINAL_LINK.sub("", response.text))
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_article_page_highlights_every_record_at_its_offsets(client, records_db) -> None:
    for record_id, store_id in records_db.ids.items():
        article = client.get(f"/api/articles/{store_id}").json()
        html = client.get(f"/articles/{store_id}").text
        block = text_block(html)
        assert unescape(re.sub(r"<[^>]+>", "", block)) == article["text"], record_id
        for statement in article["statements"]:
            assert role_text(block, f"{statement['id']}-content") == statement["content"]["text"]
            if statement["speaker"]:
                assert role_text(block, f"{statement['id']}-speaker") == statement["speaker"]["text"]
            assert f'data-rec="{statement["id"]}"' in html
        for event in article["events"]:
            assert role_text(block, f"{event['id']}-trigger") == event["trigger"]["text"]
            assert f'data-rec="{event["id"]}"' in html


def test_example_articles_are_highlighted_at_their_offsets(full_client, full_db) -> None:
    """Real extraction output: whatever the stages found, each span is marked exactly where it points."""
    examples = [store_id for record_id, store_id in full_db.ids.items() if not record_id.startswith("web-")]
    assert len(examples) >= 2
    for store_id in examples:
        article = full_client.get(f"/api/articles/{store_id}").json()
        block = text_block(full_client.get(f"/articles/{store_id}").text)
        assert unescape(re.sub(r"<[^>]+>", "", block)) == article["text"]
        for statement in article["statements"]:
            assert role_text(block, f"{statement['id']}-content") == statement["content"]["text"]
        for event in article["events"]:
            assert role_text(block, f"{event['id']}-trigger") == event["trigger"]["text"]


def test_every_text_is_escaped(client, records_db) -> None:
    xss = records_db.ids["web-xss"]
    pages = [client.get(path).text for path in (f"/articles/{xss}", "/", "/who-said-what", "/search?q=threat", "/articles")]
    article_html = pages[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article_html
    assert "&amp;amp;" in article_html  # the text's literal "&amp;" is shown as written
    assert "Bob &lt;i&gt;Sample&lt;/i&gt;" in article_html
    for html in pages:
        assert XSS_PAYLOAD not in html
        assert "<i>Sample</i>" not in html
        assert '<script>alert("title")' not in html
        assert "alert(" not in "".join(re.findall(r"<script[^>]*>.*?</script>", html, re.S))
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Fish &amp; Chips" in pages[4]


def test_timeline_filters_and_links_events_to_their_spans(client, records_db) -> None:
    talks = records_db.ids["web-talks"]
    html = client.get("/", params={"type": "AGREE"}).text
    assert f'href="/articles/{talks}#e1"' in html
    assert html.count('class="event-item"') == 1
    assert "2025-05-09" in html
    rejected = client.get("/", params={"type": "reject"}).text
    assert rejected.count('class="event-item"') == 12
    assert 'value="REJECT" selected' in rejected
    by_actor = client.get("/", params={"actor": "Ukraine", "type": ""}).text
    assert by_actor.count('class="event-item"') == 1 and "ACCUSE" in by_actor
    none = client.get("/", params={"since": "2030-01-01"}).text
    assert "No events match" in none


def test_timeline_pages(client) -> None:
    from accord.web import pages

    original = pages.TIMELINE_PAGE_SIZE
    pages.TIMELINE_PAGE_SIZE = 5
    try:
        first = client.get("/", params={"type": "REJECT"}).text
        assert first.count('class="event-item"') == 5
        assert "1–5 of 12" in first
        link = re.search(r'<a rel="next" href="([^"]+)"', first).group(1)
        second = client.get(unescape(link)).text
        assert "6–10 of 12" in second and second.count('class="event-item"') == 5
    finally:
        pages.TIMELINE_PAGE_SIZE = original


@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("/", {"since": "last week"}, "since"),
        ("/", {"type": "BOMB"}, "unknown event type"),
        ("/who-said-what", {"until": "2025-02-30"}, "until"),
        ("/search", {"q": "talks", "since": "soon"}, "since"),
        ("/articles", {"offset": "-3"}, "offset"),
        ("/entities", {"kind": "persn"}, "unknown entity kind"),
    ],
)
def test_bad_filters_show_a_notice_not_a_crash(client, path, params, message) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    notice = re.search(r'<p class="notice error" role="alert">(.*?)</p>', response.text, re.S)
    assert notice and message in unescape(notice.group(1))


def test_who_said_what_groups_by_party_and_speaker(client) -> None:
    html = client.get("/who-said-what").text
    russia = html.index("Russia (RUS)")
    ukraine = html.index("Ukraine (UKR)")
    anna = html.index(">Anna Example</a>")
    assert russia < anna < ukraine  # Anna's two statements sit under Russia, which has more statements
    assert len(re.findall(r'<h3><a class="entity " href="/entities/\d+">Anna Example</a>', html)) == 1
    assert "as “she”" in html
    assert '<span class="badge issue" title="issue">negotiation process</span>' in html
    assert '<span class="badge pol-positive" title="assessment">positive</span>' in html
    filtered = client.get("/who-said-what", params={"party": "UKR"}).text
    assert "Anna Example" not in filtered and "Bob &lt;i&gt;Sample&lt;/i&gt;" in filtered


def test_search_finds_statements_and_links_to_them(client, records_db) -> None:
    html = client.get("/search", params={"q": "ceasefire"}).text
    assert f'href="/articles/{records_db.ids["web-talks"]}#s1"' in html
    assert "the ceasefire talks would resume in Geneva" in html
    assert "No statement matches" in client.get("/search", params={"q": "zeppelin"}).text
    assert 'class="statement-item' not in client.get("/search").text  # no query yet: no results listed


def test_unknown_pages_are_html_404s(client) -> None:
    for path in ("/articles/987654", "/articles/abc", "/nowhere"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")
        assert "Not found" in response.text


def test_static_assets_are_served(client) -> None:
    for asset in ("accord.css", "article.js", "docs.js", "favicon.svg"):
        assert client.get(f"/static/{asset}").status_code == 200
