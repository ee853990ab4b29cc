"""Articles fetched from a URL the user gave: with feeds, the only network access accord makes.

HTML pages go through the HTML reader; ``text/plain`` is taken as the article text. Unreachable
hosts, timeouts, non-200 answers and other content types are InputErrors naming the URL.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass

import httpx

from accord import __version__
from accord.article import Article, InputError
from accord.readers.charset import declared_charset
from accord.readers.html import html_article
from accord.readers.limits import MAX_ARTICLE_BYTES, MAX_HTML_BYTES, too_large
from accord.readers.published import date_from_url
from accord.readers.text import text_article

URL_SCHEMES = ("http://", "https://")
# Seconds one URL may take, all told (name lookup, connect, every byte): news pages answer in a few
# seconds; a host that does not, or drips bytes, fails the one input rather than hang the run.
FETCH_TIMEOUT_SECONDS = 20.0
# Seconds to wait for an abandoned fetch's thread to notice its socket was shut down.
ABANDON_SECONDS = 1.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
# Feeds as servers label them (``python -m http.server`` sends application/x-rss+xml for .rss).
FEED_TYPES = (
    "application/rss+xml",
    "application/x-rss+xml",
    "application/atom+xml",
    "application/x-atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
USER_AGENT = f"accord/{__version__} (news article extraction)"


def is_url(value: str) -> bool:
    """True when the input names an http(s) URL rather than a path."""
    return value.lower().startswith(URL_SCHEMES)


def http_client(timeout: float) -> httpx.Client:
    """The HTTP client of every fetch: redirects followed, our user agent, ``timeout`` seconds per step."""
    return httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})


def content_type(response: httpx.Response) -> str:
    """The response's media type, lower case, without parameters ("text/html")."""
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def read_body(response: httpx.Response, limit: int, cancelled: threading.Event | None = None) -> bytes | None:
    """The response body, or None once it exceeds ``limit`` bytes (the rest is not downloaded)."""
    body = bytearray()
    for chunk in response.iter_bytes():
        if cancelled is not None and cancelled.is_set():
            raise httpx.ReadTimeout("deadline passed")
        body.extend(chunk)
        if len(body) > limit:
            return None
    return bytes(body)


@dataclass
class Fetched:
    """A 200 answer of an accepted content type: where it ended up, its media type and its body."""

    url: str
    kind: str
    body: bytes
    charset: str | None = None  # the codec the server declared in Content-Type (``accord.readers.charset``)


def _limit_for(kind: str) -> int:
    return MAX_ARTICLE_BYTES if kind in TEXT_TYPES else MAX_HTML_BYTES


def _fetch_now(url: str, types: tuple[str, ...], timeout: float, cancelled: threading.Event,
               sockets: list[socket.socket]) -> Fetched | InputError:
    """One GET of ``url`` (the worker side of ``fetch``); every failure is an InputError naming it."""
    try:
        with http_client(timeout) as client, client.stream("GET", url) as response:
            stream = response.extensions.get("network_stream")
            if stream is not None:
                sockets.append(stream.get_extra_info("socket"))
            if cancelled.is_set():
                raise httpx.ReadTimeout("deadline passed")
            if response.status_code != 200:
                return InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            kind = content_type(response)
            if kind not in types:
                return InputError(url, f"not an HTML page (content type {kind or 'missing'})")
            limit = _limit_for(kind)
            body = read_body(response, limit, cancelled)
            if body is None:
                return InputError(url, too_large(limit + 1, limit, at_least=True))
            return Fetched(str(response.url), kind, body, declared_charset(response.headers.get("content-type")))
    except httpx.TimeoutException:
        return InputError(url, _timed_out(timeout))
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        return InputError(url, f"invalid URL ({exc})")
    except httpx.TransportError as exc:
        if cancelled.is_set():
            return InputError(url, _timed_out(timeout))
        return InputError(url, f"unreachable ({type(exc).__name__}: {exc or 'connection failed'})")
    except httpx.HTTPError as exc:
        return InputError(url, f"fetch failed ({type(exc).__name__}: {exc})")


def _timed_out(timeout: float) -> str:
    return f"timed out after {timeout:g} s (one deadline for the whole fetch: lookup, connect and read)"


def fetch(url: str, types: tuple[str, ...], timeout: float | None = None) -> Fetched | InputError:
    """GET ``url`` once, within one wall-clock deadline of ``timeout`` seconds for everything.

    httpx's timeouts bound each step (a host that drips a byte every few seconds never trips them),
    so the fetch runs in a helper thread and is abandoned at the deadline: its socket is shut down,
    which ends the blocked read, and the caller gets the timeout at once.
    """
    timeout = FETCH_TIMEOUT_SECONDS if timeout is None else timeout
    cancelled = threading.Event()
    sockets: list[socket.socket] = []  # the fetch's connection, shut down at the deadline
    result: list[Fetched | InputError] = []

    def work() -> None:
        try:
            result.append(_fetch_now(url, types, timeout, cancelled, sockets))
        except Exception as exc:  # anything else the HTTP stack raises still names this URL only
            result.append(InputError(url, f"fetch failed ({type(exc).__name__})"))

    worker = threading.Thread(target=work, name="accord-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancelled.set()
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except (OSError, AttributeError):
                pass
        worker.join(ABANDON_SECONDS)
        return InputError(url, _timed_out(timeout))
    return result[0]


def fetch_article(url: str, published: str | None = None, timeout: float | None = None) -> Article | InputError:
    """Fetch ``url`` and read its article; every failure is one InputError naming the URL."""
    fetched = fetch(url, HTML_TYPES + TEXT_TYPES, timeout)
    if isinstance(fetched, InputError):
        return fetched
    return fetched_article(url, fetched, published)


def fetched_article(url: str, fetched: Fetched, published: str | None = None) -> Article | InputError:
    """The article of a page or text already fetched from ``url`` (``fetched.kind`` is an HTML or text type)."""
    if fetched.kind in HTML_TYPES:
        return html_article(fetched.body, url, url=fetched.url, published=published, charset=fetched.charset)
    published = published or date_from_url(fetched.url) or date_from_url(url)
    article = text_article(fetched.body, url, published, path_date=False, charset=fetched.charset)
    if isinstance(article, Article):
        article.url = fetched.url
        article.text_is_derived = True
    return article
