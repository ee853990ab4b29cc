"""Inputs built to break readers (shared by the robustness tests, the fuzz tests and benchmarks/fuzz.py).

Everything is generated in code: WARC files with chosen lengths, pages, a server that drips bytes.
"""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SENTENCE = "Officials from both delegations met in Geneva on Tuesday and agreed to hold talks, a spokesman said."


def page(index: int, sentence: str = SENTENCE) -> bytes:
    """A small HTML news page whose text trafilatura finds."""
    return (
        f"<html><head><title>Story {index}</title></head><body><article><h1>Story {index}</h1>"
        f"<p>{sentence} (Report {index}.)</p><p>{sentence}</p></article></body></html>"
    ).encode()


def warc_records(pages: list[bytes], gz: bool = False) -> list[bytes]:
    """One serialised WARC response record per page (``https://news.example/N``), in order."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = []
    for index, body in enumerate(pages):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=gz)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{index}", "response", payload=io.BytesIO(body), http_headers=headers))
        records.append(buffer.getvalue())
    return records


def with_content_length(record: bytes, delta: int) -> bytes:
    """An uncompressed WARC record whose declared Content-Length is off by ``delta`` bytes."""
    head, sep, rest = record.partition(b"Content-Length: ")
    digits = rest.split(b"\r\n", 1)[0]
    return head + sep + str(int(digits) + delta).encode() + rest[len(digits):]


class DripServer:
    """A local HTTP server that answers headers at once, then a byte every ``interval`` seconds, forever.

    ``connections`` counts how many times it was fetched.
    """

    def __init__(self, interval: float = 0.05, content_type: str = "text/html", headers: bool = True) -> None:
        self.interval = interval
        self.content_type = content_type
        self.headers = headers
        self.connections = 0
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/page.html"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                if self.headers:
                    conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: {self.content_type}\r\n\r\n<html><body><p>".encode())
                while not self.stop.wait(self.interval):
                    if self.headers:
                        conn.sendall(b"a")
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@contextmanager
def drip_server(**options: object) -> Iterator[DripServer]:
    """A DripServer for the duration of a ``with`` block."""
    server = DripServer(**options)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.close()
