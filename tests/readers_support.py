"""Test helpers shared by the reader and CLI tests: a local HTTP server (no real network)."""

from __future__ import annotations

import http.server
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = FIXTURES / "articles"

# A page and a text in windows-1252 (served as "iso-8859-1", as many servers label it): accented
# letters and curly quotes that a guessed encoding turns into other letters ("Genève" -> "Genčve").
LATIN_PAGE_TEXT = "The French minister said in Genève on Monday that the talks were “constructive”, officials said."
LATIN_PAGE = ("<html><head><title>Talks in Genève</title></head><body><article><p>" + LATIN_PAGE_TEXT
              + "</p><p>Russia rejected the offer in Genève.</p></article></body></html>").encode("cp1252")
PLAIN_ARTICLE = (
    "Officials from both delegations met in Geneva on Tuesday and agreed to hold a second round of talks "
    "next month, a spokesman for the mediators said.\n"
)
NO_PROXY_VARIABLES = ("NO_PROXY", "no_proxy")
# Seconds the slow route sleeps before answering (tests set a shorter client timeout).
SLOW_ROUTE_SECONDS = 2.0


class ArticleHandler(http.server.BaseHTTPRequestHandler):
    """Routes for the URL reader tests: pages, plain text, errors, redirects, a slow answer."""

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        path = self.path
        if path == "/world/ceasefire.html":
            self._send(200, "text/html; charset=utf-8", (ARTICLES / "ceasefire-monitors.html").read_bytes())
        elif path == "/news/2023/09/14/talks-resume":
            body = b"<html><head><title>Talks resume</title></head><body><article><p>" + PLAIN_ARTICLE.encode() + b"</p></article></body></html>"
            self._send(200, "text/html", body)
        elif path in ("/plain.txt", "/wire/2022-10-05/plain.txt"):
            self._send(200, "text/plain; charset=utf-8", PLAIN_ARTICLE.encode())
        elif path == "/latin.html":
            self._send(200, "text/html; charset=iso-8859-1", LATIN_PAGE)
        elif path == "/latin.txt":
            self._send(200, "text/plain; charset=ISO-8859-1", LATIN_PAGE_TEXT.encode("cp1252"))
        elif path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 fake")
        elif path == "/menu.html":
            self._send(200, "text/html", (ARTICLES / "navigation-only.html").read_bytes())
        elif path == "/moved":
            self._send(301, "text/html", b"", {"Location": "/world/ceasefire.html"})
        elif path == "/slow":
            time.sleep(SLOW_ROUTE_SECONDS)
            self._send(200, "text/html", b"<html><body><p>late</p></body></html>")
        elif path == "/broken":
            self._send(500, "text/html", b"<html><body>Internal error</body></html>")
        else:
            self._send(404, "text/html", b"<html><body>Not found</body></html>")


class QuietServer(http.server.ThreadingHTTPServer):
    """Clients that time out or stop reading (as tests make them) are not errors worth printing."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def direct_connections() -> Iterator[None]:
    """Bypass any HTTP proxy configured in the environment (requests go to 127.0.0.1 only)."""
    saved = {name: os.environ.get(name) for name in NO_PROXY_VARIABLES}
    os.environ.update({name: "*" for name in NO_PROXY_VARIABLES})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def serve_articles() -> Iterator[str]:
    """A local HTTP server on 127.0.0.1 in a thread; yields its base URL."""
    server = QuietServer(("127.0.0.1", 0), ArticleHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with direct_connections():
            yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """A URL on 127.0.0.1 whose port was just free: connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"
