"""Issue 16 (readers): one bad item costs only itself, nothing is lost silently, fetches have one deadline."""

from __future__ import annotations

import http.server
import os
import threading
import time
from pathlib import Path

import pytest

from accord.article import Article, InputError
from accord.readers import read_path
from accord.readers import url as url_reader
from readers_support import QuietServer, direct_connections
from robust_support import drip_server, page, warc_records, with_content_length


def items(path: Path | str) -> list[Article | InputError]:
    return list(read_path(str(path)))


# ---------------------------------------------------------------- F1: lone surrogates and NUL


def test_lone_surrogate_and_nul_are_replaced_one_for_one_with_a_note(tmp_path, caplog):
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "a\\ud800", "text": "Talks \\ud800 resumed\\u0000 in Geneva.", "title": "T\\udfff"}\n'
        '{"id": "b", "text": "The good line is kept."}\n'
    )
    first, second = items(path)
    assert first.text == "Talks \ufffd resumed\ufffd in Geneva." and len(first.text) == len("Talks X resumedX in Geneva.")
    assert first.id == "a\ufffd" and first.title == "T\ufffd"
    first.text.encode("utf-8")  # storable and tokenizable
    assert second.text == "The good line is kept."
    err = caplog.text
    assert f"{path}:line 1: note:" in err and 'in "text" replaced by U+FFFD' in err


def test_id_true_is_refused_not_turned_into_the_string_True(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": true, "text": "A text."}\n{"id": 7, "text": "Another text."}\n')
    refused, kept = items(path)
    assert refused == InputError(f"{path}:line 1", '"id" must be a string or an integer')
    assert kept.id == "7"


def test_garbage_published_becomes_null_with_a_note(tmp_path, caplog):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "A text.", "published": "next tuesday-ish 99"}\n{"id": "b", "text": "B.", "published": 17}\n')
    first, second = items(path)
    assert first.published is None and second.published is None
    err = caplog.text
    assert "line 1: note: \"published\" 'next tuesday-ish 99' is not a date: ignored" in err
    assert "line 2: note: \"published\" '17' is not a date" in err


def test_refused_line_keeps_its_id_and_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "x", "text": ["a"]}\n')
    [error] = items(path)
    assert isinstance(error, InputError) and error.id == "x" and error.line == 1


# ---------------------------------------------------------------- F2, F5: WARC


def test_warc_truncated_inside_its_first_header_is_one_error(tmp_path):
    data = b"".join(warc_records([page(i) for i in range(3)]))
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:100])
    [error] = items(path)
    assert isinstance(error, InputError) and error.source == str(path)
    assert error.reason.startswith("corrupt WARC (truncated or malformed record header")


def test_truncated_warc_costs_only_its_own_input(tmp_path):
    (tmp_path / "a.warc").write_bytes(b"".join(warc_records([page(0)]))[:100])
    (tmp_path / "b.warc").write_bytes(b"".join(warc_records([page(1), page(2)])))
    found = items(tmp_path)
    assert [type(item).__name__ for item in found] == ["InputError", "Article", "Article"]


def test_warc_record_with_too_large_content_length_is_reported_not_lost(tmp_path):
    records = warc_records([page(i) for i in range(5)])
    records[1] = with_content_length(records[1], 5000)  # swallows the records after it
    path = tmp_path / "long.warc"
    path.write_bytes(b"".join(records))
    found = items(path)
    articles = [item for item in found if isinstance(item, Article)]
    errors = [item for item in found if isinstance(item, InputError)]
    assert [a.url for a in articles] == ["https://news.example/0"]
    assert len(errors) == 1 and "truncated WARC record" in errors[0].reason
    assert errors[0].source == f"{path}:https://news.example/1"


def test_warc_record_with_too_small_content_length_is_reported(tmp_path):
    records = warc_records([page(i) for i in range(4)])
    records[2] = with_content_length(records[2], -40)
    path = tmp_path / "short.warc"
    path.write_bytes(b"".join(records))
    found = items(path)
    assert [a.url for a in found if isinstance(a, Article)] == [f"https://news.example/{i}" for i in (0, 1, 3)]
    assert found[2] == InputError(f"{path}:https://news.example/2", "WARC record length does not match its Content-Length")


# Bytes at the end of a record whose loss loses nothing: the blank lines after it, a gzip member's trailer.
RECORD_SLACK_BYTES = 14


@pytest.mark.parametrize("gz", [False, True])
def test_warc_records_cut_anywhere_never_raise_nor_lose_silently(tmp_path, gz):
    records = warc_records([page(i) for i in range(3)], gz=gz)
    ends = [sum(len(r) for r in records[: i + 1]) for i in range(len(records))]
    data = b"".join(records)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    for cut in range(0, len(data), 7):
        path.write_bytes(data[:cut])
        found = items(path)
        assert found and all(isinstance(item, (Article, InputError)) for item in found)
        whole = sum(1 for end in ends if cut >= end - RECORD_SLACK_BYTES)
        articles = [item for item in found if isinstance(item, Article)]
        # a cut inside a record is reported; a cut between records leaves a shorter, valid file
        assert any(isinstance(item, InputError) for item in found) or len(articles) == whole, cut


# ---------------------------------------------------------------- F6: unreadable folders


def test_unreadable_subdirectory_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Officials met in Geneva on Tuesday.")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = items(tmp_path)
    assert InputError(os.path.join(str(tmp_path), "locked"), "unreadable directory: permission denied") in found
    assert any(isinstance(item, Article) for item in found)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_subdirectory_is_reported_for_real(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("x")
    locked.chmod(0)
    try:
        assert any(isinstance(i, InputError) and "unreadable directory" in i.reason for i in items(tmp_path))
    finally:
        locked.chmod(0o755)


# ---------------------------------------------------------------- F4, F7: network


def test_dripping_url_ends_at_the_one_deadline(monkeypatch):
    monkeypatch.setattr(url_reader, "FETCH_TIMEOUT_SECONDS", 0.5)
    with direct_connections(), drip_server(interval=0.05) as server:
        started = time.monotonic()
        [error] = items(server.url)
        elapsed = time.monotonic() - started
    assert isinstance(error, InputError) and error.reason.startswith("timed out after 0.5 s")
    assert elapsed < 2.0
    assert server.connections == 1  # no second fetch after the timeout


def test_silent_host_is_fetched_once_and_fails_at_the_stated_deadline(monkeypatch):
    monkeypatch.setattr(url_reader, "FETCH_TIMEOUT_SECONDS", 0.5)
    with direct_connections(), drip_server(headers=False) as server:
        started = time.monotonic()
        [error] = items(server.url)
        elapsed = time.monotonic() - started
    assert error.reason.startswith("timed out after 0.5 s") and elapsed < 2.0
    assert server.connections == 1


FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>One</title><link>{base}/story.html</link><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item>
</channel></rss>"""


@pytest.mark.parametrize(
    "kind", ["application/rss+xml", "application/x-rss+xml", "application/atom+xml", "application/x-atom+xml", "text/xml"]
)
def test_feed_content_types_are_accepted(kind):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body, ctype = (FEED.replace(b"{base}", base.encode()), kind) if self.path == "/feed" else (page(1), "text/html")
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = QuietServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with direct_connections():
            [article] = items(f"http://127.0.0.1:{server.server_address[1]}/feed")
    finally:
        server.shutdown()
        server.server_close()
    assert isinstance(article, Article), article
    assert article.published == "2024-05-14" and "Geneva" in article.text


def test_integer_too_long_to_convert_is_one_bad_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": ' + "1" * 5000 + ', "text": "x y"}\n{"id": "ok", "text": "Fine text."}\n')
    bad, good = items(path)
    assert bad == InputError(f"{path}:line 1", "malformed JSON (a number too long to read)")
    assert good.id == "ok"


@pytest.mark.parametrize("first", [b'{"id": ' + b"1" * 5000 + b', "text": "x y"}', b"[" * 100_000, b'{"text": "a \\ud800 b"}'])
def test_stdin_first_line_never_raises(first):
    import io

    from accord.readers.stdin import read_stream

    found = list(read_stream(io.BytesIO(first + b'\n{"id": "ok", "text": "Fine text."}\n')))
    assert found and all(isinstance(item, (Article, InputError)) for item in found)


def test_a_warc_target_uri_with_a_nul_becomes_a_clean_url(tmp_path):
    """Found by the long fuzz run: the page URL came from the WARC header uncleaned."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from accord.readers import read_path

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    page = (b"<html><head><title>T</title></head><body><article><p>"
            + b"The minister said the talks would resume next week in Geneva. " * 5 + b"</p></article></body></html>")
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://example.org/a\x00b", "response", payload=io.BytesIO(page),
                                                  http_headers=http))
    path = tmp_path / "crawl.warc"
    path.write_bytes(buffer.getvalue())
    (article,) = list(read_path(str(path)))
    assert article.url == "http://example.org/a\ufffdb"
