"""Fuzzing every reader, ingest and the batch worker with malformed input (issue 16, short budget).

Properties: each input gives records or one-line errors and never a traceback; the good items mixed
into it always come out; a structurally broken WARC never loses records silently; time is bounded.
``benchmarks/fuzz.py`` runs the reader properties with a long budget.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest
from db_support import BACKENDS, empty_database
from fuzz_strategies import feed_document, html_document, jsonl_case, warc_case
from hypothesis import HealthCheck, given, settings
from readers_support import closed_port_url, direct_connections

from accord.article import Article, InputError
from accord.readers import read_path

# Seconds one generated input may take to read (generous: the machine is shared; typical is milliseconds).
READ_SECONDS = 10.0
FUZZ = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_PARSE = settings(max_examples=6, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def read_file_items(data: bytes, name: str) -> list[Article | InputError]:
    """Read one generated file, checking the properties every item must have."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        started = time.monotonic()
        items = list(read_path(str(path)))
        assert time.monotonic() - started < READ_SECONDS
    assert items, "every input gives at least one item"
    for item in items:
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert "\n" not in item.message() and "Traceback" not in item.message()
        else:
            assert item.text.strip() and "\x00" not in item.text
            item.text.encode("utf-8")  # no lone surrogate reaches the tokenizer or a store
            for value in (item.id, item.title, item.url, item.published):
                assert value is None or ("\x00" not in value and value.encode("utf-8"))
    return items


@FUZZ
@given(jsonl_case())
def test_jsonl_good_lines_always_come_out(case):
    items = read_file_items(case.data, "in.jsonl.gz" if case.gz else "in.jsonl")
    ids = [item.id for item in items if isinstance(item, Article)]
    assert all(good in ids for good in case.good_ids)


@FUZZ
@given(html_document())
def test_html_is_one_article_or_one_error(data):
    assert len(read_file_items(data, "page.html")) == 1


@FUZZ
@given(feed_document(link_base=closed_port_url().rsplit("/", 1)[0]))
def test_feed_never_raises(data):
    with direct_connections():
        read_file_items(data, "news.rss")


@FUZZ
@given(warc_case())
def test_warc_keeps_every_record_before_the_damage_and_loses_none_silently(case):
    items = read_file_items(case.data, "crawl.warc.gz" if case.gz else "crawl.warc")
    urls = [item.url for item in items if isinstance(item, Article)]
    before = case.pages if case.broken is None else case.broken
    assert [f"https://news.example/{i}" for i in range(before)] == urls[:before]
    if case.mutation in ("none", "truncate", "length"):
        # a truncated file holds the pages up to the cut one only (the pages after it are not in it)
        present = case.broken + 1 if case.mutation == "truncate" else case.pages
        missing = [i for i in range(present) if f"https://news.example/{i}" not in urls]
        assert not missing or any(isinstance(item, InputError) for item in items), (case.mutation, missing)


@FUZZ_PARSE
@given(case=jsonl_case())
def test_batch_worker_gives_one_line_per_item_and_keeps_good_ones(nlp, case):
    import json

    from accord.batch.extract import extract_chunk

    items = read_file_items(case.data, "in.jsonl.gz" if case.gz else "in.jsonl")
    output = extract_chunk(items, nlp)
    records = [json.loads(line) for line in output.lines]
    assert len(records) == len(items)
    good = {record["id"]: record for record in records if record["id"] in case.good_ids}
    assert set(good) == set(case.good_ids) and all(record.get("error") is None for record in good.values())


@pytest.mark.parametrize("backend", BACKENDS)
def test_ingest_counts_every_item_and_stores_the_good_ones(nlp, backend, tmp_path):
    from accord.ingest import ingest_paths
    from accord.store import list_articles, open_store

    with empty_database(backend, tmp_path, "fuzz") as url, open_store(url) as store:

        @FUZZ_PARSE
        @given(case=jsonl_case())
        def check(case):
            path = tmp_path / ("in.jsonl.gz" if case.gz else "in.jsonl")
            path.write_bytes(case.data)
            expected = len(list(read_path(str(path))))
            summary = ingest_paths([str(path)], store)
            assert summary.total == expected
            stored = {item["record_id"] for item in list_articles(store, limit=500).items}
            assert set(case.good_ids) <= stored

        check()


@FUZZ
@given(jsonl_case())
def test_stdin_never_raises(case):
    import gzip
    import io

    from accord.readers.stdin import read_stream

    data = gzip.decompress(case.data) if case.gz else case.data
    items = list(read_stream(io.BytesIO(data)))
    assert items and all(isinstance(item, (Article, InputError)) for item in items)
    assert all("\n" not in item.message() for item in items if isinstance(item, InputError))
