"""Hypothesis strategies for malformed inputs of every reader (shared by tests/test_fuzz.py and
benchmarks/fuzz.py): JSONL lines, HTML pages, feeds and WARC records, each with known good items
mixed in, so a property can check that the good items always come out.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field

from hypothesis import strategies as st

from robust_support import SENTENCE, page, warc_records

# Characters that break things: lone surrogates, NUL, controls, BOM, RTL marks, emoji, CJK.
NASTY_CHARS = st.sampled_from(["\ud800", "\udfff", "\x00", "\x01", "\x1b", "\ufeff", "\u202e", "\U0001F600", "\u4e2d", "\r", "\t", "\\", '"'])
# Longest generated run: long enough to cross the tokenizer's piece length, short enough to stay fast.
MAX_RUN = 3_000


def _text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=200),
        st.lists(st.one_of(st.text(max_size=20), NASTY_CHARS), max_size=30).map("".join),
        st.builds(lambda char, n: char * n, st.sampled_from(["!", "\U0001F600", "a", ".", "-", "\ud800"]), st.integers(1, MAX_RUN)),
    )


def _json_value() -> st.SearchStrategy[object]:
    return st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | _text(),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
        max_leaves=8,
    )


@st.composite
def bad_jsonl_line(draw) -> bytes:
    """One line (no newline byte) that may or may not be an article: anything a broken export holds."""
    kind = draw(st.sampled_from(["object", "truncated", "bytes", "not-object", "deep", "escaped", "bignum"]))
    if kind == "object":
        item = draw(st.dictionaries(st.sampled_from(["id", "text", "title", "url", "published", "other"]), _json_value(), max_size=6))
        line = json.dumps(item).encode()
    elif kind == "truncated":
        line = json.dumps({"id": "z", "text": draw(_text())}).encode()
        line = line[: draw(st.integers(0, max(0, len(line) - 1)))]
    elif kind == "bytes":
        line = draw(st.binary(max_size=300))
    elif kind == "not-object":
        line = json.dumps(draw(_json_value())).encode()
    elif kind == "deep":
        depth = draw(st.integers(1, 100_000))
        line = b"[" * depth + b"]" * draw(st.integers(0, depth))
    elif kind == "bignum":  # more digits than Python converts to an int, as id or anywhere
        digits = "9" * draw(st.integers(1, 10_000))
        line = draw(st.sampled_from(['{"id": %s, "text": "x y"}', '{"text": "x y", "n": %s}', "%s"])).replace("%s", digits).encode()
    else:  # JSON escapes of surrogates and NUL written by hand
        escapes = draw(st.lists(st.sampled_from(["\\ud800", "\\udc00", "\\u0000", "\\ud83d\\ude00", "\\ud83d"]), max_size=5))
        line = ('{"id": "z", "text": "x' + "".join(escapes) + ' y", "published": "' + "".join(escapes) + '"}').encode()
    return line.replace(b"\n", b" ")


@dataclass
class JsonlCase:
    """A JSONL file's bytes and the ids of the good articles in it."""

    data: bytes
    good_ids: list[str] = field(default_factory=list)
    gz: bool = False


@st.composite
def jsonl_case(draw) -> JsonlCase:
    """Good article lines (ids g0, g1, ...) interleaved with bad lines; maybe gzipped."""
    bad = draw(st.lists(bad_jsonl_line(), max_size=6))
    good_count = draw(st.integers(1, 3))
    lines = list(bad)
    good_ids = []
    for number in range(good_count):
        position = draw(st.integers(0, len(lines)))
        lines.insert(position, json.dumps({"id": f"g{number}", "text": f"{SENTENCE} ({number})"}).encode())
        good_ids.append(f"g{number}")
    data = b"\n".join(lines) + draw(st.sampled_from([b"\n", b"", b"\r\n"]))
    gz = draw(st.booleans())
    return JsonlCase(gzip.compress(data) if gz else data, good_ids, gz)


@st.composite
def html_document(draw) -> bytes:
    """A broken page: random markup, unclosed tags, odd encodings, huge runs, truncation."""
    parts = draw(st.lists(st.one_of(
        st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<article>", "<script>", "<!--", "<![CDATA[", "<meta charset='x'>",
                         "<title>", "</title>", "&#0;", "&#xD800;", "&nbsp;", "<div", ">", "</html>"]),
        _text(),
    ), max_size=30))
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "utf-16", "surrogatepass"]))
    text = "".join(parts)
    data = text.encode("utf-8", "surrogatepass") if encoding == "surrogatepass" else text.encode(encoding, "replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


@st.composite
def feed_document(draw, link_base: str) -> bytes:
    """An RSS or Atom feed, well-formed or not, whose entry links point at ``link_base`` (no network)."""
    entries = draw(st.lists(st.tuples(_text(), st.sampled_from(["", "x", "not a url", link_base + "/a"]), _text()), max_size=3))
    if draw(st.booleans()):
        items = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate></item>" for t, link, d in entries)
        doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'
    else:
        items = "".join(f'<entry><title>{t}</title><link href="{link}"/><updated>{d}</updated></entry>' for t, link, d in entries)
        doc = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">{items}</feed>'
    data = doc.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


@dataclass
class WarcCase:
    """A WARC file's bytes, its number of pages, the record broken (or None) and how."""

    data: bytes
    pages: int
    broken: int | None
    mutation: str
    gz: bool


def _mutate(record: bytes, mutation: str, offset: int, delta: int, junk: bytes) -> bytes:
    if mutation == "truncate":
        return record[: max(1, offset % len(record))]
    if mutation == "length":
        head, sep, rest = record.partition(b"Content-Length: ")
        if not sep:
            return record
        digits = rest.split(b"\r\n", 1)[0]
        return head + sep + str(max(0, int(digits) + delta)).encode() + rest[len(digits):]
    if mutation == "flip":
        position = offset % len(record)
        return record[:position] + bytes([record[position] ^ 0xFF]) + record[position + 1:]
    return record[: offset % len(record)] + junk + record[offset % len(record):]  # "insert"


@st.composite
def warc_case(draw) -> WarcCase:
    """A few good page records, one of which may be truncated, mis-sized, bit-flipped or spliced."""
    pages = draw(st.integers(1, 4))
    gz = draw(st.booleans())
    records = warc_records([page(i) for i in range(pages)], gz=gz)
    mutation = draw(st.sampled_from(["none", "truncate", "length", "flip", "insert"]))
    broken = None
    if mutation != "none":
        broken = draw(st.integers(0, pages - 1))
        records[broken] = _mutate(records[broken], mutation, draw(st.integers(0, 10_000)), draw(st.integers(-500, 500)),
                                  draw(st.binary(min_size=1, max_size=50)))
        if mutation == "truncate":
            records = records[: broken + 1]
    return WarcCase(b"".join(records), pages, broken, mutation, gz)
