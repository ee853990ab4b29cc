"""Articles fetched from a URL the user gave: with feeds, the only network access accord makes.

HTML pages go through the HTML reader; ``text/plain`` is taken as the article text. Unreachable
hosts, timeouts, non-200 answers and other content types are InputErrors naming the URL.
"""

from __future__ import annotations

import httpx

from accord import __version__
from accord.article import Article, InputError
from accord.readers.html import html_article
from accord.readers.limits import MAX_ARTICLE_BYTES, MAX_HTML_BYTES, too_large
from accord.readers.published import date_from_url
from accord.readers.text import text_article

URL_SCHEMES = ("http://", "https://")
# Seconds to wait for a connection and between bytes: news pages answer in a few seconds; a
# host that does not should fail the one input quickly rather than hang the whole run.
FETCH_TIMEOUT_SECONDS = 20.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
USER_AGENT = f"accord/{__version__} (news article extraction)"


def is_url(value: str) -> bool:
    """True when the input names an http(s) URL rather than a path."""
    return value.lower().startswith(URL_SCHEMES)


def http_client(timeout: float) -> httpx.Client:
    """The HTTP client of every fetch: redirects followed, our user agent, ``timeout`` seconds."""
    return httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})


def content_type(response: httpx.Response) -> str:
    """The response's media type, lower case, without parameters ("text/html")."""
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def read_body(response: httpx.Response, limit: int) -> bytes | None:
    """The response body, or None once it exceeds ``limit`` bytes (the rest is not downloaded)."""
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > limit:
            return None
    return bytes(body)


def fetch_article(url: str, published: str | None = None, timeout: float | None = None) -> Article | InputError:
    """Fetch ``url`` and read its article; every failure is one InputError naming the URL."""
    timeout = FETCH_TIMEOUT_SECONDS if timeout is None else timeout
    try:
        with http_client(timeout) as client, client.stream("GET", url) as response:
            if response.status_code != 200:
                return InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            kind = content_type(response)
            if kind in HTML_TYPES:
                limit = MAX_HTML_BYTES
            elif kind in TEXT_TYPES:
                limit = MAX_ARTICLE_BYTES
            else:
                return InputError(url, f"not an HTML page (content type {kind or 'missing'})")
            body = read_body(response, limit)
            final_url = str(response.url)
    except httpx.TimeoutException:
        return InputError(url, f"timed out after {timeout:g} s")
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        return InputError(url, f"invalid URL ({exc})")
    except httpx.TransportError as exc:
        return InputError(url, f"unreachable ({type(exc).__name__}: {exc or 'connection failed'})")
    except httpx.HTTPError as exc:
        return InputError(url, f"fetch failed ({type(exc).__name__}: {exc})")
    if body is None:
        return InputError(url, too_large(limit + 1, limit, at_least=True))
    if kind in HTML_TYPES:
        return html_article(body, url, url=final_url, published=published)
    published = published or date_from_url(final_url) or date_from_url(url)
    article = text_article(body, url, published, path_date=False)
    if isinstance(article, Article):
        article.url = final_url
        article.text_is_derived = True
    return article

