"""WARC / WARC.gz files (web crawls): each HTML response record is one article.

The record's ``WARC-Target-URI`` is the article URL. Records that are not successful HTML
responses (requests, metadata, images, redirects, robots.txt) are not articles and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from accord.article import Article, InputError
from accord.readers.charset import declared_charset
from accord.readers.html import html_article
from accord.readers.limits import MAX_HTML_BYTES, too_large
from accord.readers.text import os_error_reason
from accord.readers.url import HTML_TYPES

if TYPE_CHECKING:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecord

OK_STATUS = "200"
# Characters of a parser's complaint kept in the one-line error (its first line, no record bytes).
ERROR_DETAIL_CHARS = 160
# Bytes read at a time when skipping the rest of a record.
DRAIN_CHUNK_BYTES = 1 << 16
# Bytes looked at after the last complete record: anything but blank lines there is a cut-off record.
TAIL_CHECK_BYTES = 4096


def _quiet_iterator(handle: BinaryIO) -> ArchiveIterator:
    """warcio's record iterator without its multi-line stderr warnings: problems are reported once, by us
    (a record not followed by a blank line, i.e. a wrong Content-Length, shows in ``err_count``)."""
    from warcio.archiveiterator import ArchiveIterator

    class QuietArchiveIterator(ArchiveIterator):
        INC_RECORD = ""

    return QuietArchiveIterator(handle)


def _corruption(exc: Exception) -> str:
    """What is wrong with a WARC file, in one printable line (warcio quotes the raw bytes it met)."""
    from warcio.exceptions import ArchiveLoadFailed

    if not isinstance(exc, (ArchiveLoadFailed, ValueError, EOFError)):  # warcio tripping over a cut-off header
        return f"corrupt WARC (truncated or malformed record header: {type(exc).__name__})"
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


def _length_problem(record: ArcWarcRecord, records: ArchiveIterator) -> str | None:
    """Read to the end of a record and the blank lines after it: what is wrong with its length, if anything."""
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if record.format == "warc" and not (declared.isascii() and declared.isdigit()):
        records.read_to_end()
        return "truncated WARC record header (no Content-Length)"
    stream = record.raw_stream
    while stream.read(DRAIN_CHUNK_BYTES):
        pass
    short = getattr(stream, "limit", 0) > 0
    before = records.err_count
    records.read_to_end()  # warcio counts a record not followed by a blank line: a wrong Content-Length
    if short:
        return f"truncated WARC record (the file ends before its Content-Length of {record.length:,} bytes)"
    if records.err_count > before:
        return "WARC record length does not match its Content-Length"
    return None


def _record_item(record: ArcWarcRecord, records: ArchiveIterator, source: str, number: int, published: str | None) -> Article | InputError | None:
    """The article of one record (None when it is not an HTML page), or an InputError naming it."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    where = f"{source}:{uri or f'record {number}'}"
    body = _html_body(record)
    problem = _length_problem(record, records)
    if problem:
        return InputError(where, problem)
    if body is None:
        return None
    if len(body) > MAX_HTML_BYTES:
        return InputError(where, too_large(len(body), MAX_HTML_BYTES))
    charset = declared_charset(record.http_headers.get_header("Content-Type") if record.http_headers else None)
    item = html_article(body, where, url=uri, published=published, charset=charset)
    if isinstance(item, Article):
        item.source = source
    return item


def read_warc_file(path: Path, source: str, published: str | None = None) -> Iterator[Article | InputError]:
    """Articles of a WARC(.gz) file, streamed record by record, in file order.

    Every problem is an InputError: a record that fails alone, a truncated record or one whose
    Content-Length does not match its bytes, and a file that cannot be read on (the records before
    it are kept; the rest is reported as unreadable).
    """
    found = 0
    number = 0
    consumed = 0
    try:
        with open(path, "rb") as handle:
            records = _quiet_iterator(handle)
            for record in records:
                number += 1
                try:
                    item = _record_item(record, records, source, number, published)
                except OSError:
                    raise
                except Exception as exc:  # one broken record costs only itself
                    item = InputError(f"{source}:record {number}", _corruption(exc))
                consumed = records.offset  # where the next record starts
                if item is not None:
                    found += 1
                    yield item
            handle.seek(consumed)
            if handle.read(TAIL_CHECK_BYTES).strip():  # warcio ends quietly at a record cut inside its header
                yield InputError(f"{source}:record {number + 1}", "truncated WARC record at the end of the file")
    except OSError as exc:
        yield InputError(source, os_error_reason(exc))
        return
    except Exception as exc:  # warcio raises many kinds (ArchiveLoadFailed, ValueError, AttributeError) on bad bytes
        where = f"{source}:record {number + 1}" if number else source
        rest = "; the rest of the file is unreadable" if number else ""
        yield InputError(where, _corruption(exc) + rest)
        return
    if not found:
        yield InputError(source, "no HTML response records in the WARC")
