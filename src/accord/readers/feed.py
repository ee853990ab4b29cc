"""RSS and Atom feeds: each entry's page is fetched and read as an article.

The page's own publication date wins; the entry's date is used when the page has none (and
``--published`` overrides both). A feed URL is fetched once and recognised by its content type
or its first bytes, so ``accord ingest URL`` takes a page or a feed alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from accord.article import Article, InputError
from accord.readers.limits import MAX_HTML_BYTES
from accord.readers.published import normalize_date
from accord.readers.text import read_bytes_limited
from accord.readers.url import FEED_TYPES, HTML_TYPES, TEXT_TYPES, fetch, fetch_article, fetched_article
from accord.unstorable import clean

# Bytes looked at to tell a feed from a page when the server's content type is vague.
FEED_SNIFF_BYTES = 2048
FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(start: bytes) -> bool:
    """True when a document starts like an RSS, Atom or RDF feed."""
    head = start[:FEED_SNIFF_BYTES].lower()
    return any(marker in head for marker in FEED_MARKERS)


def _entry_date(entry: dict) -> str | None:
    """The entry's publication (else update) date as ISO ``YYYY-MM-DD``."""
    for field in ("published_parsed", "updated_parsed"):
        parsed = entry.get(field)
        if parsed:
            try:
                return dt.date(*parsed[:3]).isoformat()
            except (TypeError, ValueError):
                continue
    for field in ("published", "updated"):
        date = normalize_date(entry.get(field))
        if date:
            return date
    return None


def feed_articles(data: bytes, source: str, published: str | None = None) -> Iterator[Article | InputError]:
    """The articles behind a feed document's entries, in feed order; each entry page fetched."""
    import feedparser

    try:
        feed = feedparser.parse(data)
        entries = list(feed.entries)
    except Exception as exc:  # feedparser on hostile bytes: the feed is one bad input
        yield InputError(source, f"not a feed ({type(exc).__name__})")
        return
    if not entries:
        reason = "not a feed" if feed.bozo and not feed.feed else "feed has no entries"
        yield InputError(source, reason)
        return
    for number, entry in enumerate(entries, start=1):
        try:
            yield _entry_article(entry, f"{source}: entry {number}", published)
        except Exception as exc:  # one odd entry costs itself only
            yield InputError(f"{source}: entry {number}", f"unreadable feed entry ({type(exc).__name__})")


def _entry_article(entry: dict, where: str, published: str | None) -> Article | InputError:
    """The article of one feed entry, its page fetched; the entry's date and title fill the page's gaps."""
    link = entry.get("link")
    if not link:
        return InputError(where, "feed entry has no link")
    article = fetch_article(clean(link), published=published)
    if isinstance(article, Article):
        article.published = article.published or _entry_date(entry)
        article.title = article.title or (clean(entry.get("title")) if entry.get("title") else None)
    return article


def read_feed_file(path: Path, source: str, published: str | None = None) -> Iterator[Article | InputError]:
    """Articles of a feed saved as a file (``.rss``, ``.atom``); its entries' pages are fetched."""
    data = read_bytes_limited(path, source, MAX_HTML_BYTES)
    if isinstance(data, InputError):
        yield data
        return
    yield from feed_articles(data, source, published)


def read_url_or_feed(url: str, published: str | None = None) -> Iterator[Article | InputError]:
    """The article at ``url``, or every entry's article when ``url`` is a feed (fetched once)."""
    fetched = fetch(url, FEED_TYPES + HTML_TYPES + TEXT_TYPES)
    if isinstance(fetched, InputError):
        yield fetched
    elif fetched.kind in FEED_TYPES or (fetched.kind in HTML_TYPES and looks_like_feed(fetched.body)):
        yield from feed_articles(fetched.body, url, published)
    else:
        yield fetched_article(url, fetched, published)
