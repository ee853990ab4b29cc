"""Killing a real `accord ingest` mid-run loses nothing committed and leaves no half-written article."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from accord.store import open_store
from accord.store import schema

ARTICLES = 80
# Seconds allowed for the subprocess to load the model and commit its first articles.
FIRST_COMMIT_TIMEOUT_S = 120
ACCORD = Path(sys.executable).with_name("accord")

TEMPLATE = (
    "{city} officials said on Tuesday that talks on the {topic} would resume next week. "
    "Foreign Minister {name} told reporters that the delegation had agreed to exchange {count} prisoners. "
    "\"We will not accept any preconditions,\" {name} said, adding that the {topic} was urgent."
)
CITIES = ("Geneva", "Istanbul", "Doha", "Riyadh", "Vienna", "Minsk")
TOPICS = ("ceasefire", "grain corridor", "prisoner swap", "border dispute")
NAMES = ("Anna Petrova", "Jonas Berg", "Mehmet Kaya", "Laila Haddad", "Pierre Morel")


def _write_corpus(path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(ARTICLES):
            text = TEMPLATE.format(
                city=CITIES[number % len(CITIES)], topic=TOPICS[number % len(TOPICS)],
                name=NAMES[number % len(NAMES)], count=10 * (number + 1),
            )
            handle.write(json.dumps({"id": f"k{number}", "text": text}) + "\n")


def _article_count(url: str) -> int:
    with open_store(url) as store, store.engine.connect() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(schema.articles)).scalar_one()


def _assert_only_whole_articles(url: str) -> int:
    """Every stored article has exactly the statements, events and mentions of its record."""
    with open_store(url) as store, store.engine.connect() as connection:
        articles = connection.execute(sa.select(schema.articles.c.id, schema.articles.c.record)).all()
        for article_id, record_json in articles:
            record = json.loads(record_json)
            for table, expected in (
                (schema.statements, len(record["statements"])),
                (schema.events, len(record["events"])),
                (schema.mentions, sum(len(entity["mentions"]) for entity in record["entities"])),
            ):
                stored = connection.execute(
                    sa.select(sa.func.count()).select_from(table).where(table.c.article_id == article_id)
                ).scalar_one()
                assert stored == expected, f"article {article_id}: {table.name} {stored} != {expected}"
    return len(articles)


@pytest.mark.slow
def test_killed_ingest_keeps_whole_articles_and_rerun_completes(db_url, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus)
    open_store(db_url).close()  # schema first, so polling never races the migration
    command = [str(ACCORD), "ingest", str(corpus), "--db", db_url]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        deadline = time.monotonic() + FIRST_COMMIT_TIMEOUT_S
        while _article_count(db_url) == 0:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else "exited"
            assert time.monotonic() < deadline, "no article committed in time"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    committed = _assert_only_whole_articles(db_url)
    assert 0 < committed < ARTICLES, "the kill must land mid-run"

    rerun = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{ARTICLES - committed} new, 0 updated, {committed} unchanged, 0 failed" in rerun.stderr
    assert _assert_only_whole_articles(db_url) == ARTICLES


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "ctrl-c"])
def test_stopped_ingest_finishes_its_article_and_says_what_it_stored(db_url, tmp_path, signum):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus)
    open_store(db_url).close()
    command = [str(ACCORD), "ingest", str(corpus), "--db", db_url]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path, text=True)
    try:
        deadline = time.monotonic() + FIRST_COMMIT_TIMEOUT_S
        while _article_count(db_url) == 0:
            assert process.poll() is None, process.stderr.read() if process.stderr else "exited"
            assert time.monotonic() < deadline, "no article committed in time"
            time.sleep(0.05)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, stderr
    committed = _assert_only_whole_articles(db_url)
    assert 0 < committed < ARTICLES, "the signal must land mid-run"
    assert f"ingested before the interruption: {committed} new, 0 updated, 0 unchanged, 0 failed" in stderr
    assert stderr.rstrip().endswith("accord: interrupted") and "Traceback" not in stderr
