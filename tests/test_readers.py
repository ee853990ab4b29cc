"""Readers: every input kind and every way an input can be bad, without NLP or network."""

from __future__ import annotations

import gzip
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from accord.article import Article, InputError
from accord.readers import directory_files, read_inputs, read_path
from accord.readers import jsonl as jsonl_reader
from accord.readers import text as text_reader
from accord.readers import url as url_reader
from accord.readers.html import has_article_text
from accord.readers.limits import MAX_ARTICLE_BYTES
from accord.readers.published import date_from_url, first_date, normalize_date, parse_published_option
from accord.readers.stdin import STDIN_SOURCE, read_stream
from readers_support import (
    ARTICLES,
    LATIN_PAGE,
    LATIN_PAGE_TEXT,
    PLAIN_ARTICLE,
    closed_port_url,
    direct_connections,
    serve_articles,
)

NEWS = "Officials said on Friday that the talks in Istanbul had ended without a ceasefire agreement.\n"


def read_one(path: str | Path, published: str | None = None) -> Article | InputError:
    items = list(read_path(str(path), published))
    assert len(items) == 1, items
    return items[0]


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------- plain text


def test_txt_text_is_the_decoded_file_unchanged(tmp_path: Path) -> None:
    raw = "Türkiye’s minister said:\r\n\t“We – all of us – agree.”\r\n\r\nEnd of report.\n"
    article = read_one(write(tmp_path / "a.txt", raw))
    assert isinstance(article, Article)
    assert article.text == raw  # CRLF, tabs, curly quotes and dashes kept as read
    assert article.source == str(tmp_path / "a.txt")
    assert article.text_is_derived is False
    assert article.id and len(article.id) == 16  # content hash


def test_txt_title_is_its_first_line(tmp_path: Path) -> None:
    """A text file has no title field: its headline (first line) is the title, a long lede is shortened."""
    headline = read_one(write(tmp_path / "h.txt", "\n  Talks end   without a deal\nDelegations met in Bergen.\n"))
    assert isinstance(headline, Article) and headline.title == "Talks end without a deal"
    long_line = (NEWS.strip() + " ") * 2 + "\nSecond paragraph.\n"
    lede = read_one(write(tmp_path / "l.txt", long_line))
    assert isinstance(lede, Article)
    assert lede.title.endswith(" …") and len(lede.title) <= text_reader.TITLE_CHARS + 2
    assert long_line.startswith(lede.title.removesuffix(" …"))
    assert lede.text == long_line  # the text itself is unchanged


def test_txt_leading_bom_is_dropped(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + NEWS.encode()))
    assert isinstance(article, Article) and article.text == NEWS


def test_same_text_gets_same_id(tmp_path: Path) -> None:
    first = read_one(write(tmp_path / "one.txt", NEWS))
    second = read_one(write(tmp_path / "two.txt", NEWS))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Talks ended \xff without agreement.", "not UTF-8 text (byte 0xff at offset 12)"),
        (b"\x89PNG\r\n\x1a\n", "not UTF-8 text (byte 0x89 at offset 0)"),
        (b"Plain start\x00\x01\x02 binary tail", "binary data, not text (NUL byte at offset 11)"),
        (b"", "empty text"),
        (b" \r\n\t\n  ", "empty text"),
        (b"\xef\xbb\xbf\n", "empty text"),
    ],
)
def test_txt_bad_bytes_are_input_errors(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path / "bad.txt", data)
    assert read_one(path) == InputError(str(path), reason)


def test_missing_path() -> None:
    assert read_one("no/such/article.txt") == InputError("no/such/article.txt", "no such file or directory")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", NEWS)
    path.chmod(0)
    try:
        assert read_one(path) == InputError(str(path), "permission denied")
    finally:
        path.chmod(0o644)


def test_unreadable_file_reported_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", NEWS)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(text_reader, "open", denied, raising=False)
    assert read_one(path) == InputError(str(path), "permission denied")


def test_huge_text_file_is_refused_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 50 MB sparse file: costs no disk or time to make
        handle.truncate(50_000_000)
    tracemalloc.start()
    try:
        result = read_one(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, InputError)
    assert result.reason.startswith("too large: 50,000,000 bytes (limit")
    assert peak < 1_000_000


def test_text_over_the_character_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_reader, "MAX_ARTICLE_CHARS", 50)
    result = read_one(write(tmp_path / "long.txt", NEWS * 2))
    assert isinstance(result, InputError) and result.reason.startswith("too large:") and "characters" in result.reason


def test_byte_limit_covers_the_character_limit() -> None:
    from accord.nlp import MAX_CHARS

    assert MAX_ARTICLE_BYTES >= 4 * MAX_CHARS  # any text spaCy accepts fits, whatever its script


def test_unknown_suffix_read_as_text_or_sniffed_html(tmp_path: Path) -> None:
    plain = read_one(write(tmp_path / "article", NEWS))
    assert isinstance(plain, Article) and plain.text == NEWS
    page = read_one(write(tmp_path / "page.php", (ARTICLES / "ceasefire-monitors.html").read_bytes()))
    assert isinstance(page, Article) and page.text_is_derived and page.title


def test_date_in_file_name_is_the_fallback_publication_date(tmp_path: Path) -> None:
    dated = read_one(write(tmp_path / "talks-2025-05-17.txt", NEWS))
    assert isinstance(dated, Article) and dated.published == "2025-05-17"
    overridden = read_one(tmp_path / "talks-2025-05-17.txt", published="2025-05-20")
    assert isinstance(overridden, Article) and overridden.published == "2025-05-20"
    undated = read_one(write(tmp_path / "talks.txt", NEWS))
    assert isinstance(undated, Article) and undated.published is None


# ---------------------------------------------------------------- directories


def test_directory_reads_every_known_file_sorted_and_recursively(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second. " + NEWS)
    write(tmp_path / "a.txt", "First. " + NEWS)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.htm", (ARTICLES / "ceasefire-monitors.html").read_bytes())
    write(tmp_path / "notes.md", "# not an article kind")
    write(tmp_path / ".hidden.txt", NEWS)
    items = list(read_path(str(tmp_path)))
    assert [item.source for item in items] == [
        os.path.join(str(tmp_path), "a.txt"),
        os.path.join(str(tmp_path), "b.txt"),
        os.path.join(str(tmp_path), "sub", "c.htm"),
    ]
    assert all(isinstance(item, Article) for item in items)
    assert [path.name for path in directory_files(tmp_path)] == ["a.txt", "b.txt", "c.htm"]


def test_directory_without_readable_files(tmp_path: Path) -> None:
    write(tmp_path / "image.png", b"\x89PNG")
    result = read_one(tmp_path)
    assert isinstance(result, InputError) and result.source == str(tmp_path)
    assert result.reason.startswith("directory has no files to read")


def test_unlistable_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.readers as readers

    def denied(path: object) -> list[str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(readers.os, "listdir", denied)
    assert read_one(tmp_path) == InputError(str(tmp_path), "permission denied")


def test_bad_files_in_a_directory_do_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", NEWS)
    write(tmp_path / "2.txt", b"\xfe\xfe")
    write(tmp_path / "3.txt", NEWS + "More.")
    kinds = [type(item).__name__ for item in read_path(str(tmp_path))]
    assert kinds == ["Article", "InputError", "Article"]


FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        b"<item><title>Talks</title><link>https://news.example/talks</link></item></channel></rss>")


def test_a_feed_met_in_a_directory_is_reported_not_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.readers.feed as feed

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("a feed in a directory reached the network")

    monkeypatch.setattr(feed, "fetch_article", no_network)
    write(tmp_path / "a.txt", NEWS)
    write(tmp_path / "wire.rss", FEED)
    article, refused = list(read_path(str(tmp_path)))
    assert isinstance(article, Article)
    assert refused == InputError(os.path.join(str(tmp_path), "wire.rss"), refused.reason)
    assert refused.reason.startswith("feed in a directory, not fetched") and "name the feed file" in refused.reason


def test_a_feed_file_named_by_the_user_is_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.readers.feed as feed

    fetched: list[str] = []
    monkeypatch.setattr(feed, "fetch_article", lambda url, published=None: fetched.append(url) or InputError(url, "offline"))
    list(read_path(str(write(tmp_path / "wire.rss", FEED))))
    assert fetched == ["https://news.example/talks"]


def test_read_inputs_keeps_input_order(tmp_path: Path) -> None:
    first = write(tmp_path / "z.txt", "Z. " + NEWS)
    second = write(tmp_path / "a.txt", "A. " + NEWS)
    sources = [item.source for item in read_inputs([str(first), "missing.txt", str(second)])]
    assert sources == [str(first), "missing.txt", str(second)]


# ---------------------------------------------------------------- HTML


def test_html_main_text_and_metadata() -> None:
    article = read_one(ARTICLES / "ceasefire-monitors.html")
    assert isinstance(article, Article)
    assert article.title == "Ceasefire monitors report violations near border"
    assert article.published == "2024-11-02"
    assert article.url == "https://news.example.org/world/ceasefire-monitors-report-violations"
    assert article.text_is_derived is True
    assert "“The situation remains fragile and both parties must show restraint,”" in article.text
    for boilerplate in ("Sport", "All rights reserved", "analytics"):
        assert boilerplate not in article.text


def test_html_published_option_wins_over_metadata() -> None:
    article = read_one(ARTICLES / "ceasefire-monitors.html", published="2024-11-05")
    assert isinstance(article, Article) and article.published == "2024-11-05"


def test_html_date_from_canonical_url_when_no_metadata_date(tmp_path: Path) -> None:
    page = (
        '<html><head><title>Talks</title><link rel="canonical" href="https://example.net/2023/02/28/talks"></head>'
        f"<body><article><p>{NEWS}</p></article></body></html>"
    )
    article = read_one(write(tmp_path / "page.html", page))
    assert isinstance(article, Article) and article.published == "2023-02-28"


def test_html_without_any_date(tmp_path: Path) -> None:
    page = f"<html><head><title>Talks</title></head><body><article><p>{NEWS}</p><p>{NEWS}</p></article></body></html>"
    article = read_one(write(tmp_path / "undated.html", page))
    assert isinstance(article, Article) and article.published is None and article.url is None


def test_html_without_article_text() -> None:
    path = ARTICLES / "navigation-only.html"
    assert read_one(path) == InputError(str(path), "no article text found in the HTML")


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02\x03", b"<html><body><p>Hi.</p></body></html>"])
def test_html_empty_or_junk(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "junk.html", data)
    assert read_one(path) == InputError(str(path), "no article text found in the HTML")


def test_html_file_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.readers import html

    monkeypatch.setattr(html, "MAX_HTML_BYTES", 500)
    result = read_one(ARTICLES / "ceasefire-monitors.html")
    assert isinstance(result, InputError) and result.reason.startswith("too large:") and "limit 500 bytes" in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home\nNews\nSport", False),
        ("World news Politics and economy today Sport results and tables", False),
        ("Officials met in Geneva on Friday, the ministry said.", True),
        ("代表团星期五在日内瓦举行了会谈，外交部发言人表示双方同意继续对话。", True),
    ],
)
def test_has_article_text(text: str, expected: bool) -> None:
    assert has_article_text(text) is expected


# ---------------------------------------------------------------- JSON Lines


def test_jsonl_articles_with_metadata() -> None:
    path = ARTICLES / "wire-batch.jsonl"
    items = list(read_path(str(path)))
    assert all(isinstance(item, Article) for item in items)
    assert [item.id for item in items][:2] == ["wire-001", "42"]  # the JSONL id; integers as strings
    assert items[2].id and len(items[2].id) == 16  # no id: content hash
    assert items[0].title == "Election commission rejects opposition appeal"
    assert items[0].published == "2024-06-12"  # the field, as an ISO date
    assert items[1].published == "2024-07-03"  # from the date in its url
    assert items[2].published is None
    assert all(item.source == str(path) for item in items)
    assert all(item.text_is_derived is False for item in items)


def test_jsonl_published_option_wins(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps({"text": NEWS, "published": "2020-01-01"}) + "\n")
    article = read_one(path, published="2021-02-03")
    assert isinstance(article, Article) and article.published == "2021-02-03"


def test_jsonl_bad_lines_name_file_and_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": NEWS}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "x", "body": NEWS}),
        json.dumps({"id": "y", "text": "   "}),
        json.dumps({"id": {"nested": 1}, "text": NEWS}),
        json.dumps({"id": "b", "text": NEWS + "Again."}),
    ]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(str(path)))
    errors = [(item.source, item.reason) for item in items if isinstance(item, InputError)]
    where = str(path)
    assert [item.id for item in items if isinstance(item, Article)] == ["a", "b"]
    assert errors == [
        (f"{where}:line 3", "malformed JSON (Expecting property name enclosed in double quotes at column 2)"),
        (f"{where}:line 4", "not a JSON object (got list)"),
        (f"{where}:line 5", 'no "text" string field'),
        (f"{where}:line 6", "empty text"),
        (f"{where}:line 7", '"id" must be a string or an integer'),
    ]
    assert [type(item).__name__ for item in items] == ["Article"] + ["InputError"] * 5 + ["Article"]


def test_jsonl_undecodable_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bytes.jsonl", b'{"text": "ok text here for sure."}\n{"text": "caf\xe9"}\n')
    items = list(read_path(str(path)))
    assert isinstance(items[0], Article)
    assert items[1] == InputError(f"{path}:line 2", "not UTF-8 text (byte 0xe9 at offset 13)")


def test_jsonl_over_long_line_is_skipped_with_its_number(tmp_path: Path) -> None:
    long_line = json.dumps({"id": "long", "text": "word " * 5000})
    path = write(tmp_path / "long.jsonl", "\n".join([json.dumps({"id": "a", "text": NEWS}), long_line, json.dumps({"id": "b", "text": NEWS})]) + "\n")
    with open(path, "rb") as handle:
        items = list(jsonl_reader.parse_stream(handle, str(path), line_limit=1000))
    assert [getattr(item, "id", None) for item in items] == ["a", None, "b"]
    assert isinstance(items[1], InputError) and items[1].source == f"{path}:line 2"
    assert items[1].reason.startswith("line too long: over 1,000 bytes")


def test_jsonl_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.jsonl", "\n\n")
    assert read_one(path) == InputError(str(path), "empty file: no articles")


def test_jsonl_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.jsonl", json.dumps({"text": NEWS}) + "\n")

    def denied(path: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(jsonl_reader, "_open", denied)
    assert read_one(path) == InputError(str(path), "permission denied")


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for number in range(3):
            handle.write(json.dumps({"id": f"g{number}", "text": f"Report {number}. {NEWS}"}) + "\n")
    assert [item.id for item in read_path(str(path))] == ["g0", "g1", "g2"]


def test_jsonl_gz_corrupt(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.jsonl.gz", b"\x1f\x8b\x08\x00garbage that is not deflate")
    result = read_one(path)
    assert isinstance(result, InputError) and result.source == str(path) and "gzip" in result.reason


def test_large_jsonl_streams_with_bounded_memory(tmp_path: Path) -> None:
    """A 50 MB JSONL file is read article by article: peak memory stays near one line's size."""
    path = tmp_path / "big.jsonl"
    paragraph = ("Negotiators met again on Monday, officials said. " * 18_000)[:900_000]
    line = json.dumps({"text": paragraph}) + "\n"
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(60):
            handle.write(line.replace('{"text"', f'{{"id": "n{number}", "text"', 1))
    assert path.stat().st_size > 50_000_000
    tracemalloc.start()
    try:
        count = sum(1 for item in read_path(str(path)) if isinstance(item, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 60
    assert peak < 12_000_000  # a few copies of one 0.9 MB line, never the 50 MB file


# ---------------------------------------------------------------- standard input


def test_stdin_text() -> None:
    raw = "Line one said so.\r\nLine two – Türkiye.\r\n"
    [article] = list(read_stream(io.BytesIO(raw.encode())))
    assert isinstance(article, Article)
    assert article.text == raw and article.source == STDIN_SOURCE and article.text_is_derived is False


def test_stdin_jsonl_is_streamed() -> None:
    data = (json.dumps({"id": "x1", "text": NEWS}) + "\n" + "{oops\n" + json.dumps({"id": "x2", "text": NEWS}) + "\n").encode()
    items = list(read_stream(io.BytesIO(data)))
    assert [getattr(item, "id", None) for item in items] == ["x1", None, "x2"]
    assert items[1] == InputError(f"{STDIN_SOURCE}:line 2", "malformed JSON (Expecting property name enclosed in double quotes at column 2)")


def test_stdin_html() -> None:
    [article] = list(read_stream(io.BytesIO((ARTICLES / "ceasefire-monitors.html").read_bytes())))
    assert isinstance(article, Article) and article.title and article.text_is_derived


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty text"), (b"\xc3\x28 broken", "not UTF-8 text (byte 0xc3 at offset 0)")])
def test_stdin_bad(data: bytes, reason: str) -> None:
    assert list(read_stream(io.BytesIO(data))) == [InputError(STDIN_SOURCE, reason)]


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.readers import stdin

    monkeypatch.setattr(stdin, "MAX_ARTICLE_BYTES", 100)
    [result] = list(read_stream(io.BytesIO(NEWS.encode() * 3)))
    assert isinstance(result, InputError) and result.reason.startswith("too large: over 100 bytes")


# ---------------------------------------------------------------- URLs (local server only)


@pytest.fixture(scope="module")
def server() -> str:
    with serve_articles() as base:
        yield base


def test_url_html_page(server: str) -> None:
    url = f"{server}/world/ceasefire.html"
    article = read_one(url)
    assert isinstance(article, Article)
    assert article.source == url and article.url == url
    assert article.title == "Ceasefire monitors report violations near border"
    assert article.published == "2024-11-02"
    assert article.text_is_derived is True


def test_url_date_from_url_path(server: str) -> None:
    article = read_one(f"{server}/news/2023/09/14/talks-resume")
    assert isinstance(article, Article) and article.published == "2023-09-14" and article.title == "Talks resume"


def test_url_plain_text(server: str) -> None:
    article = read_one(f"{server}/plain.txt")
    assert isinstance(article, Article) and article.text == PLAIN_ARTICLE and article.text_is_derived
    assert article.published is None
    dated = read_one(f"{server}/wire/2022-10-05/plain.txt")
    assert isinstance(dated, Article) and dated.published == "2022-10-05"


def test_url_page_is_decoded_by_the_charset_its_server_declares(server: str) -> None:
    """A page served as ``text/html; charset=iso-8859-1`` was decoded by guess: "Genève" became "Genčve"."""
    article = read_one(f"{server}/latin.html")
    assert isinstance(article, Article) and LATIN_PAGE_TEXT in article.text and article.title == "Talks in Genève"


def test_url_text_is_decoded_by_the_charset_its_server_declares(server: str) -> None:
    article = read_one(f"{server}/latin.txt")
    assert isinstance(article, Article) and article.text == LATIN_PAGE_TEXT


def test_warc_page_is_decoded_by_the_charset_of_its_http_headers(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=iso-8859-1")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/latin", "response",
                                                      payload=io.BytesIO(LATIN_PAGE), http_headers=headers))
    article = read_one(path)
    assert isinstance(article, Article) and LATIN_PAGE_TEXT in article.text


def test_url_follows_redirects(server: str) -> None:
    article = read_one(f"{server}/moved")
    assert isinstance(article, Article) and article.source == f"{server}/moved"
    assert article.url == f"{server}/world/ceasefire.html"


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/report.pdf", "not an HTML page (content type application/pdf)"),
        ("/menu.html", "no article text found in the HTML"),
    ],
)
def test_url_errors(server: str, route: str, reason: str) -> None:
    assert read_one(server + route) == InputError(server + route, reason)


def test_url_unreachable() -> None:
    url = closed_port_url()
    with direct_connections():
        result = read_one(url)
    assert isinstance(result, InputError) and result.source == url
    assert result.reason.startswith("unreachable (ConnectError")


def test_url_timeout(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url_reader, "FETCH_TIMEOUT_SECONDS", 0.3)
    assert read_one(f"{server}/slow") == InputError(f"{server}/slow", "timed out after 0.3 s (one deadline for the whole fetch: lookup, connect and read)")


def test_url_too_large(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url_reader, "MAX_HTML_BYTES", 200)
    result = read_one(f"{server}/world/ceasefire.html")
    assert isinstance(result, InputError) and result.reason.startswith("too large: over 200 bytes")


def test_url_invalid() -> None:
    result = read_one("http://")
    assert isinstance(result, InputError) and result.source == "http://" and result.reason.startswith("invalid URL")


# ---------------------------------------------------------------- publication dates


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/world/2025-05-17/talks.html", "2025-05-17"),
        ("https://news.example.com/2025/05/17/talks-end/", "2025-05-17"),
        ("https://news.example.com/2025/05/17", "2025-05-17"),
        ("https://news.example.com/a/20250517/story", "2025-05-17"),
        ("https://news.example.com/talks-end-2025-05-17.html", "2025-05-17"),
        ("cgtn-istanbul-talks-2025-05-17.txt", "2025-05-17"),
        ("https://news.example.com/2025/13/45/bad-date", None),
        ("https://news.example.com/story/123456789012", None),
        ("https://news.example.com/2025/05/talks", None),
        ("https://news.example.com/id/12025-05-171/", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-17", "2025-05-17"),
        ("2025-05-17T23:10:00+03:00", "2025-05-17"),
        ("2025-05-17 08:00", "2025-05-17"),
        ("Sat, 17 May 2025 10:00:00 GMT", "2025-05-17"),
        ("May 17, 2025", "2025-05-17"),
        ("2025-02-30", None),
        ("not a date", None),
        ("", None),
        (20250517, None),
    ],
)
def test_normalize_date(value: object, expected: str | None) -> None:
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "last week", "in 3 days", "2 hours ago", "today", "tomorrow"])
def test_relative_metadata_date_is_no_publication_date(value: str) -> None:
    """A metadata "yesterday" would date the article by the day it is read, not the day it was published."""
    assert normalize_date(value) is None


def test_jsonl_relative_published_is_ignored_with_a_note(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps({"text": NEWS, "published": "yesterday"}) + "\n")
    article = read_one(path)
    assert isinstance(article, Article) and article.published is None
    assert "'yesterday' is not a date: ignored" in caplog.text


def test_first_date_precedence() -> None:
    assert first_date([None, "garbage", "2024-01-02", "2023-03-04"]) == "2024-01-02"
    assert first_date([None, None]) is None


@pytest.mark.parametrize("value", ["2025-5-17", "17/05/2025", "yesterday", "2025-05-17T10:00"])
def test_published_option_is_strict(value: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_published_option(value)


def test_a_published_day_not_in_the_calendar_says_so() -> None:
    """``--published 2025-02-30`` was told it was not in the form YYYY-MM-DD, which it is; ``--since`` says
    "not a calendar date": so does ``--published``."""
    with pytest.raises(ValueError, match="not a calendar date"):
        parse_published_option("2025-02-30")


def test_published_option_accepts_iso_date() -> None:
    assert parse_published_option("2025-05-17") == "2025-05-17"


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("report.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF document"),
        ("brief.docx", b"PK\x03\x04 word/document.xml", "a ZIP archive (such as a Word or other Office document)"),
        ("notes.txt", b"%PDF-1.4\n%plain enough to decode\n", "a PDF document"),
    ],
)
def test_a_document_accord_does_not_read_is_named_not_read_as_text(tmp_path: Path, name: str, data: bytes,
                                                                    kind: str) -> None:
    """A user gave a PDF by name and got a record titled "%PDF-1.7" with nothing in it: a file whose bytes
    open as a document format accord does not read is one error line saying what it is."""
    path = write(tmp_path / name, data)
    assert read_one(path) == InputError(str(path), f"{kind}, not text or HTML: accord does not read it")
