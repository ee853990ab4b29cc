"""Store test fixtures: a fresh database per test on SQLite and (when configured) PostgreSQL,
and a builder of contract records with correct offsets, so store tests need no spaCy parse."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from accord.records import ArticleRecord
from db_support import BACKENDS, empty_database
from store_support import build_record, two_articles_records


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    """An empty database for one test, on each backend."""
    with empty_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request, tmp_path_factory) -> Iterator[str]:
    """An empty database shared by one module's read-only tests, on each backend."""
    with empty_database(request.param, tmp_path_factory.mktemp("store")) as url:
        yield url


@pytest.fixture
def store(db_url):
    from accord.store import open_store

    with open_store(db_url) as opened:
        yield opened


@pytest.fixture
def make_record():
    return build_record


@pytest.fixture
def two_articles() -> list[ArticleRecord]:
    """Two articles sharing one person (Medinsky) and one country (Russia) across them."""
    return two_articles_records()


