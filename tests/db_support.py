"""Empty test databases on each backend: a SQLite file, or a fresh schema on the PostgreSQL server
CI names in ``ACCORD_TEST_POSTGRES_URL`` (tests on it are skipped when it is not set)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

POSTGRES_ENV = "ACCORD_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def postgres_schema_url(base: str, schema: str) -> str:
    """``base`` with every connection's search_path set to ``schema`` (isolation per test)."""
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema}')}"


@contextmanager
def empty_database(backend: str, directory: Path, label: str = "store") -> Iterator[str]:
    """A URL of an empty database: ``directory/<label>.db``, or a PostgreSQL schema ``<label>_<random>``
    dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{directory / f'{label}.db'}"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set (CI sets it)")
    import sqlalchemy as sa

    from accord.store import normalise_url

    schema = f"{label}_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(base))
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield postgres_schema_url(base, schema)
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def stored_records(backend: str, directory: Path, label: str, records: list) -> Iterator[str]:
    """A URL of a database of ``backend`` holding ``records`` ingested (each must store)."""
    from accord.store import ingest_records, open_store

    with empty_database(backend, directory, label) as url:
        with open_store(url) as store:
            assert ingest_records(records, db=store).failed == 0
        yield url


@contextmanager
def web_client(url: str) -> Iterator:
    """A test client of the web app over the store at ``url``."""
    from fastapi.testclient import TestClient

    from accord.web import create_app

    with TestClient(create_app(url), base_url="http://127.0.0.1") as client:
        yield client
