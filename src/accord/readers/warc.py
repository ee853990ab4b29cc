"""WARC / WARC.gz files (web crawls): each HTML response record is one article.

The record's ``WARC-Target-URI`` is the article URL. Records that are not successful HTML
responses (requests, metadata, images, redirects, robots.txt) are not articles and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from accord.article import Article, InputError
from accord.readers.html import html_article
from accord.readers.limits import MAX_HTML_BYTES, too_large
from accord.readers.text import os_error_reason
from accord.readers.url import HTML_TYPES

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

OK_STATUS = "200"
# Characters of a parser's complaint kept in the one-line error (its first line, no record bytes).
ERROR_DETAIL_CHARS = 160


def _quiet_iterator(handle: BinaryIO) -> Iterator[ArcWarcRecord]:
    """warcio's record iterator without its multi-line stderr warnings: problems are reported once, by us."""
    from warcio.archiveiterator import ArchiveIterator

    class QuietArchiveIterator(ArchiveIterator):
        INC_RECORD = ""  # "Record not followed by newline" (a wrong Content-Length): the record still reads

    return QuietArchiveIterator(handle)


def _corruption(exc: Exception) -> str:
    """What is wrong with a WARC file, in one printable line (warcio quotes the raw bytes it met)."""
    detail = (str(exc).splitlines() or [""])[0].split(", first line")[0][:ERROR_DETAIL_CHARS]
    return f"corrupt WARC ({type(exc).__name__}: {detail})"


def _html_body(record: ArcWarcRecord) -> bytes | None:
    """The payload of a 200 HTML response record (at most MAX_HTML_BYTES + 1 bytes), else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != OK_STATUS:
        return None
    kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if kind not in HTML_TYPES:
        return None
    return record.content_stream().read(MAX_HTML_BYTES + 1)


def read_warc_file(path: Path, source: str, published: str | None = None) -> Iterator[Article | InputError]:
    """Articles of a WARC(.gz) file, streamed record by record, in file order."""
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        with open(path, "rb") as handle:
            for record in _quiet_iterator(handle):
                body = _html_body(record)
                if body is None:
                    continue
                found += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or None
                where = f"{source}:{uri or found}"
                if len(body) > MAX_HTML_BYTES:
                    yield InputError(where, too_large(len(body), MAX_HTML_BYTES))
                    continue
                item = html_article(body, where, url=uri, published=published)
                if isinstance(item, Article):
                    item.source = source
                yield item
    except OSError as exc:
        yield InputError(source, os_error_reason(exc))
        return
    except (ArchiveLoadFailed, ValueError, EOFError) as exc:
        yield InputError(source, _corruption(exc))
        return
    if not found:
        yield InputError(source, "no HTML response records in the WARC")
