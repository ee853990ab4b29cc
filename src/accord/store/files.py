"""Identity of articles that are whole local files: a plain-text or HTML file without URL or caller id
is the same article as long as it is the same file, so editing it and ingesting again updates it.

JSONL lines, WARC records, feed entries and standard input are not whole files (or carry their own
URL/id) and keep the identity ``accord.store.rows.article_key`` gives them.
"""

from __future__ import annotations

import os
from pathlib import Path

from accord.article import Article, content_id
from accord.readers import STDIN, reader_for
from accord.readers.html import read_html_file
from accord.readers.text import read_text_file

# Readers whose file is one article (a file with an unregistered suffix is read by one of them too).
_WHOLE_FILE_READERS = (read_text_file, read_html_file)


def article_file(article: Article) -> str | None:
    """The resolved path of the local file ``article`` is the whole of, when it has no URL or own id;
    else None (its identity is the URL, the id, or only its content hash)."""
    source = article.source
    if article.url or not source or source == STDIN:
        return None
    if article.id and article.id != content_id(article.text):
        return None
    path = Path(source)
    try:
        if not path.is_file():
            return None
        resolved = path.resolve()
    except OSError:
        return None
    if reader_for(path) not in (None, *_WHOLE_FILE_READERS):
        return None
    return os.fspath(resolved)

