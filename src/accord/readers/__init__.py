"""Readers: paths, directories, URLs and standard input in; Articles (or InputErrors) out, in order.

``READERS`` maps a file-name suffix to the reader of that kind of file; a new input kind (feeds,
WARC) is one line there. Directories yield every file with a registered suffix, recursively,
sorted by path; a file with another suffix given by name is read as text (or HTML if it looks
like a page). ``-`` is standard input.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from accord.article import Article, InputError, content_id
from accord.readers.feed import read_feed_file, read_url_or_feed
from accord.readers.html import read_html_file
from accord.readers.jsonl import read_jsonl_file
from accord.readers.stdin import HTML_SNIFF_BYTES, STDIN_SOURCE, looks_like_html, read_stream
from accord.readers.text import os_error_reason, read_text_file
from accord.readers.url import is_url
from accord.readers.warc import read_warc_file

Reader = Callable[[Path, str, "str | None"], Iterator["Article | InputError"]]
# A file's identity on this machine (device, inode): how the run's own output file is told apart from
# its inputs whatever path names it (``accord extract . > out.jsonl``).
FileId = tuple[int, int]
# The reason given for an input that is the run's own output file.
IS_OUTPUT = "is also the output file"

# Suffix -> reader; matched longest suffix first, case-insensitively.
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".jsonl.gz": read_jsonl_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".warc": read_warc_file,
    ".warc.gz": read_warc_file,
}
STDIN = "-"


def reader_for(path: Path) -> Reader | None:
    """The registered reader for this file name, or None."""
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def _sniffed_reader(path: Path) -> Reader:
    """Reader for a file given by name with an unregistered suffix: HTML if it looks like a page."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(HTML_SNIFF_BYTES)  # all that ``looks_like_html`` looks at
    except OSError:
        return read_text_file  # it reports the error itself
    return read_html_file if looks_like_html(start) else read_text_file


def file_id(path: str | Path | int) -> FileId | None:
    """The identity of a file (a path or an open descriptor), or None when it cannot be asked."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def directory_files(directory: Path, unreadable: list[OSError] | None = None,
                    skip: frozenset[FileId] = frozenset()) -> list[Path]:
    """Every readable-kind file under ``directory`` (hidden entries and the files ``skip`` names left
    out), sorted by path.

    Raises OSError when ``directory`` itself cannot be listed; a subdirectory that cannot be listed
    is appended to ``unreadable`` (its ``filename`` names it) so the caller reports it.
    """
    os.listdir(directory)  # os.walk would silently yield nothing for an unreadable directory
    found: list[Path] = []
    failed = unreadable if unreadable is not None else []
    for root, dirs, files in os.walk(directory, onerror=failed.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root, name) for name in files if not name.startswith(".") and reader_for(Path(name)))
    if skip:
        found = [path for path in found if file_id(path) not in skip]
    return sorted(found)


def unreadable_errors(directory: Path, source: str, unreadable: list[OSError]) -> Iterator[InputError]:
    """One InputError per subdirectory of ``directory`` that could not be listed, named as the user sees it."""
    for exc in unreadable:
        where = os.path.join(source, os.path.relpath(exc.filename, directory)) if exc.filename else source
        yield InputError(where, f"unreadable directory: {os_error_reason(exc)}")


# A feed's entries are pages on the web: reading them is network access, which only an input the user
# named may cause (a feed file given by name, or a URL), never a file met while walking a directory.
FEED_IN_DIRECTORY = "feed in a directory, not fetched: name the feed file itself to fetch its entries' pages"


def _read_directory(directory: Path, source: str, published: str | None,
                    skip: frozenset[FileId] = frozenset()) -> Iterator[Article | InputError]:
    unreadable: list[OSError] = []
    try:
        files = directory_files(directory, unreadable, skip)
    except OSError as exc:
        yield InputError(source, os_error_reason(exc))
        return
    yield from unreadable_errors(directory, source, unreadable)
    if not files:
        if not unreadable:
            kinds = ", ".join(sorted(READERS))
            yield InputError(source, f"directory has no files to read ({kinds})")
        return
    for path in files:
        file_source = os.path.join(source, os.path.relpath(path, directory))
        if reader_for(path) is read_feed_file:
            yield InputError(file_source, FEED_IN_DIRECTORY)
            continue
        yield from read_file(path, file_source, published)


def read_file(path: Path, source: str, published: str | None) -> Iterator[Article | InputError]:
    """Read one file with the reader its name calls for."""
    reader = reader_for(path) or _sniffed_reader(path)
    yield from reader(path, source, published)


def read_path(path_or_url: str, published: str | None = None,
              skip: frozenset[FileId] = frozenset()) -> Iterator[Article | InputError]:
    """The articles of one input (file, directory, URL or ``-``), or InputErrors naming it.

    ``skip`` names the run's own output files: left out of directories, refused when named.
    """
    if path_or_url == STDIN:
        yield from read_stream(sys.stdin.buffer, STDIN_SOURCE, published)
        return
    if is_url(path_or_url):
        yield from read_url_or_feed(path_or_url, published)  # a page, or a feed's entries
        return
    path = Path(path_or_url)
    try:
        is_directory = path.is_dir()
        exists = is_directory or path.exists()
    except OSError as exc:
        yield InputError(path_or_url, os_error_reason(exc))
        return
    if not exists:
        yield InputError(path_or_url, "no such file or directory")
    elif is_directory:
        yield from _read_directory(path, path_or_url, published, skip)
    elif skip and file_id(path) in skip:
        yield InputError(path_or_url, IS_OUTPUT)
    else:
        yield from read_file(path, path_or_url, published)


# Readers whose file is one article (a file with an unregistered suffix is read by one of them too).
_WHOLE_FILE_READERS = (read_text_file, read_html_file)


def article_file(article: Article) -> str | None:
    """The file identity of an article: the resolved path of the local file ``article`` is the whole of,
    when it has no URL or own id; else None (its identity is the URL, the id, or only its content hash).

    A plain-text or HTML file without URL or caller id is the same article as long as it is the same
    file, so editing it and ingesting again updates it. JSONL lines, WARC records, feed entries and
    standard input are not whole files (or carry their own URL/id).
    """
    source = article.source
    if article.url or not source or source == STDIN:
        return None
    path = Path(source)
    # Cheapest checks first: ingest asks this of every article, and a JSONL or WARC file's articles are
    # ruled out by the file name alone, before their text is hashed or the file system asked.
    if reader_for(path) not in (None, *_WHOLE_FILE_READERS):
        return None
    if article.id and article.id != content_id(article.text):
        return None
    try:
        if not path.is_file():
            return None
        return os.fspath(path.resolve())
    except OSError:
        return None


def read_inputs(paths: Iterable[str], published: str | None = None,
                skip: frozenset[FileId] = frozenset()) -> Iterator[Article | InputError]:
    """The articles of many inputs, in the order given (the files ``skip`` names are no input)."""
    for path in paths:
        yield from read_path(path, published, skip)


__all__ = ["FileId", "IS_OUTPUT", "READERS", "Reader", "file_id", "article_file", "read_inputs", "read_path", "reader_for", "directory_files", "unreadable_errors"]
