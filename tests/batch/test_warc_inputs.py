"""WARC(.gz) inputs go through the WARC reader into parts and chunks like JSONL (no model needed)."""

from __future__ import annotations

import io

from batch_support import article_text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accord.article import Article
from accord.batch.shards import END, PendingInput, discover_inputs, iter_chunks

PAGES = 5


def _page(index: int) -> bytes:
    paragraphs = "".join(f"<p>{article_text(index * 10 + n)}</p>" for n in range(4))
    return f"<html><head><title>Story {index}</title></head><body><article><h1>Story {index}</h1>{paragraphs}</article></body></html>".encode()


def write_warc(path) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for index in range(PAGES):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://news.example/{index}", "response", payload=io.BytesIO(_page(index)), http_headers=headers)
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image))


def test_warc_gz_articles_are_cut_into_parts_like_jsonl(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz")
    [found] = list(discover_inputs([str(tmp_path)]))
    chunks = list(iter_chunks(PendingInput(found), shard_size=2, chunk_size=2))
    items = [item for chunk in chunks for item in chunk.items]
    assert all(isinstance(item, Article) for item in items)
    assert [item.url for item in items] == [f"https://news.example/{i}" for i in range(PAGES)]
    assert [chunk.part for chunk in chunks] == [0, 1, 2, END] and chunks[-1].total_parts == 3
    assert all("Report" in item.text for item in items)
