"""RSS/Atom feeds (entry pages served by a local http.server) and WARC files built here; no internet."""

from __future__ import annotations

import functools
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from accord.article import Article, InputError
from accord.readers import read_inputs

PAGE = (
    "<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>"
    "<p>{body}</p><p>Negotiators from both delegations met for three hours on the second day of talks.</p>"
    "</article></body></html>"
)
BODIES = {
    "dated.html": ("Truce extended", "The mediators said the truce would be extended by thirty days.",
                   '<meta property="article:published_time" content="2025-03-02T10:00:00Z">'),
    "undated.html": ("Port reopened", "Officials said the port had reopened to grain ships.", ""),
}
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Truce extended</title><link>{base}/dated.html</link><pubDate>Sun, 09 Mar 2025 08:00:00 GMT</pubDate></item>
<item><title>Port reopened</title><link>{base}/undated.html</link><pubDate>Mon, 10 Mar 2025 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing.html</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Port reopened</title><link href="{base}/undated.html"/><updated>2025-04-01T00:00:00Z</updated></entry>
</feed>"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".rss": "application/rss+xml"}

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path) -> Iterator[tuple[str, Path]]:
    """A local web server on 127.0.0.1 serving the pages and feeds; yields (base URL, folder)."""
    root = tmp_path / "site"
    root.mkdir()
    for name, (title, body, meta) in BODIES.items():
        (root / name).write_text(PAGE.format(title=title, body=body, meta=meta), encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "wire.rss").write_text(RSS.format(base=base), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, root
    finally:
        server.shutdown()
        server.server_close()


def test_feed_file_fetches_each_entry_and_uses_feed_date_only_when_page_has_none(site, tmp_path):
    base, _root = site
    feed = tmp_path / "wire.rss"
    feed.write_text(RSS.format(base=base), encoding="utf-8")
    items = list(read_inputs([str(feed)]))
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert [article.url for article in articles] == [f"{base}/dated.html", f"{base}/undated.html"]
    assert [article.published for article in articles] == ["2025-03-02", "2025-03-10"]
    assert "truce would be extended" in articles[0].text and articles[0].text_is_derived
    assert len(errors) == 1 and "missing.html" in errors[0].source and "404" in errors[0].reason


def test_atom_file(site, tmp_path):
    base, _root = site
    feed = tmp_path / "wire.atom"
    feed.write_text(ATOM.format(base=base), encoding="utf-8")
    (article,) = list(read_inputs([str(feed)]))
    assert article.published == "2025-04-01" and "grain ships" in article.text


def test_feed_url_and_page_url_both_ingest(site, db_url):
    from accord.ingest import ingest_paths
    from accord.store import list_articles, open_store

    base, _root = site
    summary = ingest_paths([f"{base}/wire.rss", f"{base}/dated.html"], db_url)
    assert summary.as_dict() == {"new": 2, "updated": 0, "unchanged": 1, "failed": 1}
    with open_store(db_url) as store:
        assert list_articles(store).total == 2


def _warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    """A gzipped WARC of HTTP response records: (URI, content type, body)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for uri, kind, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_are_articles(tmp_path, name):
    pages = [
        ("https://news.example/2025/05/17/talks", "text/html; charset=utf-8",
         PAGE.format(title="Talks", body="The envoy said the talks in Istanbul ended.", meta="").encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG..."),
        ("https://news.example/robots.txt", "text/plain", b"User-agent: *"),
        ("https://news.example/ports", "text/html", PAGE.format(title="Ports", body="Ports reopened, officials said.", meta="").encode()),
    ]
    path = tmp_path / name
    _warc(path, pages)
    items = list(read_inputs([str(path)]))
    assert all(isinstance(item, Article) for item in items)
    assert [item.url for item in items] == ["https://news.example/2025/05/17/talks", "https://news.example/ports"]
    assert items[0].published == "2025-05-17" and "Istanbul" in items[0].text
    assert items[0].source == str(path)


def test_corrupt_or_empty_warc_is_one_clear_error(tmp_path):
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"this is not a warc file at all")
    empty = tmp_path / "images.warc"
    _warc(empty, [("https://news.example/a.png", "image/png", b"png")])
    (bad,) = list(read_inputs([str(broken)]))
    (none,) = list(read_inputs([str(empty)]))
    assert isinstance(bad, InputError) and bad.source == str(broken)
    assert isinstance(none, InputError) and "no HTML" in none.reason


def test_unparseable_warc_error_quotes_no_raw_bytes(tmp_path):
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"\xef\x19garbage-first-line \x80\x81\n" * 5)
    (error,) = list(read_inputs([str(garbage)]))
    assert isinstance(error, InputError) and error.source == str(garbage)
    assert error.reason == "corrupt WARC (ArchiveLoadFailed: Unknown archive format)"
