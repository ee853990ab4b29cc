"""Database URLs: the default file, psycopg 3 for PostgreSQL, clear errors for unusable ones."""

from __future__ import annotations

import pytest

from accord.store import StoreError, normalise_url, open_store


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "sqlite:///accord.db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
        ("corpus.db", "sqlite:///corpus.db"),
        ("postgresql://u:p@host:5432/db", "postgresql+psycopg://u:p@host:5432/db"),
        ("postgres://u@host/db", "postgresql+psycopg://u@host/db"),
        ("postgresql+psycopg://u@host/db", "postgresql+psycopg://u@host/db"),
    ],
)
def test_normalise_url(given, expected):
    assert normalise_url(given) == expected


@pytest.mark.parametrize("url", ["mysql://u@host/db", "sqlite:////no/such/folder/x.db"])
def test_unusable_urls_raise_store_error(url):
    with pytest.raises(StoreError):
        open_store(url)


def test_default_database_is_accord_db_in_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        assert store.dialect == "sqlite"
    assert (tmp_path / "accord.db").is_file()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://someone:s3cret-pw@127.0.0.1:1/nowhere",
        "postgresql://someone:s3cret-pw@127.0.0.1:notaport/nowhere",  # not even a URL SQLAlchemy parses
    ],
)
def test_postgres_password_is_not_shown(url):
    with pytest.raises(StoreError) as error:
        open_store(url)
    assert "s3cret-pw" not in str(error.value)
