"""Two ingests into one database at once: each article stored once, nothing fails."""

from __future__ import annotations

import multiprocessing

from store_support import build_record

from accord.store import ingest_records, query_statements, open_store

SHARED = 10
OWN = 20


def _records(worker: int) -> list:
    texts = [f"Envoy number {n} said the shared talks would resume." for n in range(SHARED)]
    texts += [f"Worker {worker} official {n} said the port was open." for n in range(OWN)]
    return [
        build_record(text, record_id=f"w{worker}-{n}", url=f"https://news.example/{worker}/{n}",
                     people={"Envoy": ("person", None, [text.split(" said")[0]])},
                     quotes=[(text.split(" said")[0], "said", text.split("said ")[1].rstrip("."))])
        for n, text in enumerate(texts)
    ]


def _ingest(url: str, worker: int, results) -> None:  # type: ignore[no-untyped-def]
    results.put(ingest_records(_records(worker), url).as_dict())


def test_two_concurrent_ingests(db_url):
    open_store(db_url).close()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_ingest, args=(db_url, worker, results)) for worker in (1, 2)]
    for process in workers:
        process.start()
    summaries = [results.get(timeout=120) for _ in workers]
    for process in workers:
        process.join(timeout=60)
    assert sum(summary["failed"] for summary in summaries) == 0
    assert sum(summary["new"] for summary in summaries) == SHARED + 2 * OWN
    assert sum(summary["unchanged"] for summary in summaries) == SHARED
    with open_store(db_url) as store:
        assert query_statements(store).total == SHARED + 2 * OWN
