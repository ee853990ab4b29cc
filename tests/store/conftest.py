"""Store test fixtures: a fresh database per test on SQLite and (when configured) PostgreSQL,
and a builder of contract records with correct offsets, so store tests need no spaCy parse."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest

from accord.records import ArticleRecord
from store_support import build_record, two_articles_records

POSTGRES_ENV = "ACCORD_TEST_POSTGRES_URL"


def _postgres_schema_url(base: str, schema: str) -> str:
    """``base`` with every connection's search_path set to ``schema`` (isolation per test)."""
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema}')}"


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@contextmanager
def _database(backend: str, directory) -> Iterator[str]:
    """A URL of an empty database: a SQLite file in ``directory``, or a fresh PostgreSQL schema."""
    if backend == "sqlite":
        yield f"sqlite:///{directory / 'store.db'}"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set (CI sets it)")
    import sqlalchemy as sa

    from accord.store.db import normalise_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(base))
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _postgres_schema_url(base, schema)
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    """An empty database for one test, on each backend."""
    with _database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(request, tmp_path_factory) -> Iterator[str]:
    """An empty database shared by one module's read-only tests, on each backend."""
    with _database(request.param, tmp_path_factory.mktemp("store")) as url:
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


