"""JSON Lines articles (``.jsonl``, ``.jsonl.gz``): one ``{"id", "text", "title"?, "published"?, "url"?}`` a line.

Files are streamed line by line, so a file of any size is read with bounded memory; a single line
above ``MAX_JSONL_LINE_BYTES`` is refused (and skipped without being held in memory).
A bad line is an InputError naming ``file:line N``; the other lines go on.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from accord.article import Article, InputError
from accord.readers.limits import MAX_ARTICLE_CHARS, MAX_JSONL_LINE_BYTES, too_large
from accord.readers.published import date_from_url, normalize_date
from accord.readers.text import os_error_reason, undecodable_reason
from accord.readers.trailers import without_trailers
from accord.unstorable import clean, cleaned_field, note

# Bytes read at a time while skipping the rest of an over-long line.
SKIP_CHUNK_BYTES = 1 << 20
OPTIONAL_STRING_FIELDS = ("title", "url")
# Characters of an unusable ``published`` value quoted in its note.
DATE_SHOWN_CHARS = 40


def read_lines(handle: IO[bytes], limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` for each line; ``None`` in place of a line longer than ``limit``."""
    limit = MAX_JSONL_LINE_BYTES if limit is None else limit
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(SKIP_CHUNK_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, line


# Why an "id" of another JSON type (true, 1.5, a list) refuses its line.
BAD_ID = '"id" must be a string or an integer'


def _is_valid_id(value: object) -> bool:
    """Whether ``value`` can be an article id: absent, a string or an integer (JSON ``true`` is not an id)."""
    return value is None or (isinstance(value, (str, int)) and not isinstance(value, bool))


def parse_line(line: bytes, source: str, number: int, published: str | None = None) -> Article | InputError | None:
    """The Article of one JSONL line; None for a blank line; an InputError naming ``source:line N``.

    Lone surrogates and NULs in string fields are replaced (``accord.unstorable``) with a note;
    a ``published`` value that is not a date is dropped with a note.
    """
    where = f"{source}:line {number}"
    try:
        decoded = line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return InputError(where, undecodable_reason(exc), line=number)
    if not decoded.strip():
        return None
    try:
        item = json.loads(decoded)
    except (ValueError, RecursionError) as exc:  # ValueError: also an integer of more digits than Python converts
        if isinstance(exc, json.JSONDecodeError):
            detail = f"{exc.msg} at column {exc.colno}"
        else:
            detail = "nested too deeply" if isinstance(exc, RecursionError) else "a number too long to read"
        return InputError(where, f"malformed JSON ({detail})", line=number)
    if not isinstance(item, dict):
        return InputError(where, f"not a JSON object (got {type(item).__name__})", line=number)
    raw_id = item.get("id")
    if not _is_valid_id(raw_id):
        return InputError(where, BAD_ID, line=number)
    article_id = None if raw_id is None else cleaned_field(str(raw_id), where, "id")

    def refused(reason: str) -> InputError:
        return InputError(where, reason, id=article_id, line=number)

    text = item.get("text")
    if not isinstance(text, str):
        return refused('no "text" string field')
    if not text.strip():
        return refused("empty text")
    if len(text) > MAX_ARTICLE_CHARS:
        return refused(too_large(len(text), MAX_ARTICLE_CHARS, "characters"))
    fields = {
        name: cleaned_field(item[name], where, name) if isinstance(item.get(name), str) and item[name] else None
        for name in OPTIONAL_STRING_FIELDS
    }
    raw_date = item.get("published")
    own_date = None if published else normalize_date(raw_date)
    date = published or own_date or date_from_url(fields["url"])
    if not published and raw_date not in (None, "") and own_date is None:
        shown = clean(str(raw_date))[:DATE_SHOWN_CHARS]
        note(where, f'"published" {shown!r} is not a date: ignored' + (f" (date {date} taken from the URL)" if date else ""))
    return Article(
        text=without_trailers(cleaned_field(text, where, "text")),
        source=source,
        id=article_id,
        title=fields["title"],
        url=fields["url"],
        published=date,
        extra={"line": number},
    )


def parse_stream(handle: IO[bytes], source: str, published: str | None = None, line_limit: int | None = None) -> Iterator[Article | InputError]:
    """Articles of a JSONL byte stream in order; a stream with no article at all is one InputError."""
    line_limit = MAX_JSONL_LINE_BYTES if line_limit is None else line_limit
    found = False
    for number, line in read_lines(handle, line_limit):
        if line is None:
            found = True
            yield InputError(f"{source}:line {number}", f"line too long: over {line_limit:,} bytes (limit; see accord.readers.limits)", line=number)
            continue
        try:
            item = parse_line(line, source, number, published)
        except Exception as exc:  # anything unforeseen costs this line only
            item = InputError(f"{source}:line {number}", f"unreadable line ({type(exc).__name__})", line=number)
        if item is not None:
            found = True
            yield item
    if not found:
        yield InputError(source, "empty file: no articles")


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")


def read_jsonl_file(path: Path, source: str, published: str | None = None) -> Iterator[Article | InputError]:
    """Articles of a ``.jsonl`` or ``.jsonl.gz`` file, streamed; read errors name the file."""
    try:
        handle = _open(path)
    except OSError as exc:
        yield InputError(source, os_error_reason(exc))
        return
    with handle:
        try:
            yield from parse_stream(handle, source, published)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield InputError(source, f"corrupt gzip data ({type(exc).__name__})")
        except OSError as exc:
            yield InputError(source, os_error_reason(exc))

