"""Plain-text articles: UTF-8 files and standard input, decoded exactly as written.

Offsets point into the decoded text unchanged (CRLF line endings, tabs and all); the things removed
are a leading UTF-8 byte-order mark, which is an encoding marker rather than text, and trailing outlet
boilerplate ("Read more: …", ``accord.readers.trailers``), which leaves a prefix of the text.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from accord.article import Article, InputError
from accord.readers.charset import decoded_as_declared
from accord.readers.limits import MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS, too_large
from accord.readers.published import date_from_url
from accord.readers.trailers import without_trailers

UTF8_BOM = "\ufeff"
# Text never contains NUL; a file that does is binary even when it happens to decode.
NUL_BYTE = b"\x00"
# Leading bytes of document formats accord does not read, and how the error line names them: such a file
# given by name would otherwise be read as text (a PDF's first line, "%PDF-1.7", its title).
DOCUMENT_SIGNATURES: dict[bytes, str] = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (such as a Word or other Office document)",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Word or other Office document",
    b"{\\rtf": "an RTF document",
}
# A plain-text article has no title field: its first line is its title, cut to about one line of a wide
# page when it is a lede rather than a headline (longer than this many characters).
TITLE_CHARS = 120


def os_error_reason(exc: OSError) -> str:
    """A one-line reason for a failed file operation (no path: the caller names the input)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or type(exc).__name__}"


def undecodable_reason(exc: UnicodeDecodeError) -> str:
    """The one-line reason for bytes that are not UTF-8: the first bad byte and its offset."""
    return f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"


def read_bytes_limited(path: Path, source: str, limit: int) -> bytes | InputError:
    """A file's bytes, or an InputError if it is unreadable or larger than ``limit`` (checked by stat)."""
    try:
        size = os.stat(path).st_size
        if size > limit:
            return InputError(source, too_large(size, limit))
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        return InputError(source, os_error_reason(exc))
    if len(data) > limit:  # grew after stat, or a special file that reports no size
        return InputError(source, too_large(len(data), limit, at_least=True))
    return data


def decode_text(data: bytes, source: str, charset: str | None = None) -> str | InputError:
    """The text of ``data`` (in the ``charset`` its server declared, else UTF-8) without a leading BOM, or
    an InputError for binary/undecodable/empty input or a document format accord does not read."""
    for signature, kind in DOCUMENT_SIGNATURES.items():
        if data.startswith(signature):
            return InputError(source, f"{kind}, not text or HTML: accord does not read it")
    text = decoded_as_declared(data, charset)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return InputError(source, undecodable_reason(exc))
    if "\x00" in text:
        offset = data.find(NUL_BYTE)
        return InputError(source, f"binary data, not text (NUL byte at offset {offset})")
    if text.startswith(UTF8_BOM):
        text = text[len(UTF8_BOM):]
    return checked_text(without_trailers(text), source)


def checked_text(text: str, source: str) -> str | InputError:
    """``text`` itself, or an InputError if it is empty or longer than one article may be."""
    if not text.strip():
        return InputError(source, "empty text")
    if len(text) > MAX_ARTICLE_CHARS:
        return InputError(source, too_large(len(text), MAX_ARTICLE_CHARS, "characters"))
    return text


def first_line_title(text: str) -> str | None:
    """The title of a plain text: its first non-blank line, shortened at a word to ``TITLE_CHARS`` (with …)."""
    line = next((" ".join(line.split()) for line in text.splitlines() if line.strip()), "")
    if len(line) <= TITLE_CHARS:
        return line or None
    return line[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def text_article(data: bytes, source: str, published: str | None = None, path_date: bool = True,
                 charset: str | None = None) -> Article | InputError:
    """An Article from raw bytes, titled by its first line; ``published`` wins, else a date in the file name.
    ``charset``: the codec its server declared (``accord.readers.charset``); else the text is UTF-8."""
    text = decode_text(data, source, charset)
    if isinstance(text, InputError):
        return text
    if published is None and path_date:
        published = date_from_url(os.path.basename(source))
    return Article(text=text, source=source, published=published, title=first_line_title(text))


def read_text_file(path: Path, source: str, published: str | None = None) -> Iterator[Article | InputError]:
    """One article from a ``.txt`` file (refused unread above ``MAX_ARTICLE_BYTES``)."""
    data = read_bytes_limited(path, source, MAX_ARTICLE_BYTES)
    if isinstance(data, InputError):
        yield data
        return
    yield text_article(data, source, published)
