"""HTML pages: the main article text and its metadata (title, date, URL), extracted with trafilatura.

The record's offsets point into the extracted text, which is therefore printed in the record
(``text_is_derived``).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

from accord.article import Article, InputError
from accord.readers.charset import decoded_as_declared
from accord.readers.limits import MAX_HTML_BYTES
from accord.readers.published import date_from_url, first_date
from accord.readers.text import checked_text, read_bytes_limited
from accord.readers.trailers import without_trailers
from accord.unstorable import cleaned_field

# trafilatura and htmldate log parsing trouble as warnings; a page without text is reported once,
# by us, as an InputError, so their own messages are silenced here.
for _logger_name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_logger_name).addHandler(logging.NullHandler())
    logging.getLogger(_logger_name).propagate = False

# Publication date only from the page's metadata and URL: htmldate's "extensive search" guesses
# from any date in the body text (often an event date, not the publication date).
DATE_EXTRACTION_PARAMS = {"extensive_search": False, "original_date": True}
NO_TEXT = "no article text found in the HTML"
# What distinguishes article text from a page's leftover menus and link lists: enough letters and
# at least one sentence-final punctuation mark (menus are lists of words without sentences).
MIN_ARTICLE_LETTERS = 20
SENTENCE_END = re.compile(r"[.!?。！？…]")


def has_article_text(text: str) -> bool:
    """True when extracted text reads like prose rather than navigation labels."""
    return sum(ch.isalpha() for ch in text) >= MIN_ARTICLE_LETTERS and SENTENCE_END.search(text) is not None


def html_article(data: bytes | str, source: str, url: str | None = None, published: str | None = None,
                 charset: str | None = None) -> Article | InputError:
    """An Article from an HTML page: ``published`` wins, then the page metadata, then a date in its URL.
    ``charset``: the codec its server declared (``accord.readers.charset``), which outranks a guess."""
    import trafilatura

    if isinstance(data, bytes):
        data = decoded_as_declared(data, charset) or data
    try:
        document = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=DATE_EXTRACTION_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds of errors on broken markup
        return InputError(source, f"cannot parse HTML ({type(exc).__name__})")
    if document is None or not has_article_text(document.text or ""):
        return InputError(source, NO_TEXT)
    text = checked_text(without_trailers(cleaned_field(document.text, source, "text")), source)
    if isinstance(text, InputError):
        return text
    page_url = url or document.url
    date = published or first_date(
        (document.date, date_from_url(page_url), date_from_url(document.url), date_from_url(os.path.basename(source)))
    )
    return Article(
        text=text,
        source=source,
        title=cleaned_field(document.title, source, "title") if document.title else None,
        url=cleaned_field(page_url, source, "url") if page_url else None,
        published=date,
        text_is_derived=True,
    )


def read_html_file(path: Path, source: str, published: str | None = None) -> Iterator[Article | InputError]:
    """One article from an ``.html``/``.htm`` file (refused unread above ``MAX_HTML_BYTES``)."""
    data = read_bytes_limited(path, source, MAX_HTML_BYTES)
    if isinstance(data, InputError):
        yield data
        return
    yield html_article(data, source, published=published)
