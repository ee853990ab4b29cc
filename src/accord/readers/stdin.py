"""Standard input (``-``): plain text, an HTML page, or JSON Lines, told apart by the first line.

Text and HTML are read whole (up to their size limit); JSON Lines are streamed like a file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from accord.article import Article, InputError
from accord.readers.html import html_article
from accord.readers.jsonl import parse_stream
from accord.readers.limits import MAX_ARTICLE_BYTES, MAX_HTML_BYTES, MAX_JSONL_LINE_BYTES, too_large
from accord.readers.text import text_article

# How the record names standard input in ``source`` and in messages.
STDIN_SOURCE = "<stdin>"
# Bytes at the start of the input searched for an HTML document marker.
HTML_SNIFF_BYTES = 1024
HTML_MARKERS = (b"<!doctype html", b"<html")


class _PrefixedStream:
    """A byte stream whose first line was already read: serves that line, then the rest."""

    def __init__(self, first_line: bytes, rest: IO[bytes]) -> None:
        self._first_line = first_line
        self._rest = rest

    def readline(self, limit: int = -1) -> bytes:
        if self._first_line:
            line, self._first_line = self._first_line, b""
            return line
        return self._rest.readline(limit)


def looks_like_jsonl(first_line: bytes) -> bool:
    """True when the first line is a JSON object with a ``text`` field (an article per line)."""
    if not first_line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        return False
    try:
        item = json.loads(first_line.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # undecodable, malformed, too deep, or a number too long to read
        return False
    return isinstance(item, dict) and "text" in item


def looks_like_html(start: bytes) -> bool:
    """True when the input starts like an HTML document."""
    head = start[:HTML_SNIFF_BYTES].lower()
    return any(marker in head for marker in HTML_MARKERS)


def read_stream(handle: IO[bytes], source: str = STDIN_SOURCE, published: str | None = None) -> Iterator[Article | InputError]:
    """Articles from a byte stream such as ``sys.stdin.buffer``."""
    first_line = handle.readline(MAX_JSONL_LINE_BYTES + 1)
    if looks_like_jsonl(first_line):
        yield from parse_stream(_PrefixedStream(first_line, handle), source, published)
        return
    limit = MAX_HTML_BYTES if looks_like_html(first_line) else MAX_ARTICLE_BYTES
    data = first_line + handle.read(max(0, limit + 1 - len(first_line)))
    if len(data) > limit:
        yield InputError(source, too_large(len(data), limit, at_least=True))
        return
    if looks_like_html(data):
        yield html_article(data, source, published=published)
    else:
        yield text_article(data, source, published, path_date=False)
