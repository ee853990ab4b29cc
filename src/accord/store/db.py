"""Opening a store: a SQLAlchemy engine for SQLite or PostgreSQL, migrated to the newest schema."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

DEFAULT_URL = "sqlite:///accord.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# How long a SQLite writer waits for another writer's lock before failing (seconds): two ingests
# into one file take turns per article (milliseconds each) rather than failing at once.
SQLITE_BUSY_TIMEOUT_S = 30
# Execution option marking the engine of write transactions (see ``_sqlite_begin``).
WRITE_OPTION = "accord_write"
# The password of a ``scheme://user:password@host`` URL, hidden in messages about unparseable URLs.
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")


class StoreError(RuntimeError):
    """The database URL is unusable or the database cannot be opened (one-line message)."""


@dataclass
class Store:
    """An open database: the engine and which dialect it speaks."""

    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        """The SQL dialect: "sqlite" or "postgresql" (statements that differ are chosen by it)."""
        return self.engine.dialect.name

    @functools.cached_property
    def writer(self) -> Engine:
        """The engine for write transactions (``with store.writer.begin() as connection``)."""
        return self.engine.execution_options(**{WRITE_OPTION: True})

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def normalise_url(url: str | None) -> str:
    """The SQLAlchemy URL for a user's ``--db``: default SQLite file, psycopg 3 for PostgreSQL."""
    url = (url or DEFAULT_URL).strip()
    if "://" not in url:  # a bare path: a SQLite file
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg2"):
        return f"postgresql+psycopg://{rest}"
    return url


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    """WAL: readers never block the writer and a killed writer loses only its open transaction;
    synchronous=NORMAL is crash-safe in WAL mode and keeps per-article commits cheap."""
    # pysqlite's own implicit BEGIN is switched off: transactions start in the "begin" listener.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    except Exception:  # read-only databases cannot change journal mode; they keep what they have
        pass
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """Write transactions (``Store.writer``) take SQLite's write lock when they start, so two
    ingests into one file wait for each other (busy timeout) instead of failing on a read-to-write
    lock upgrade; reads begin deferred and never wait for a writer (WAL)."""
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_engine(url: str) -> Engine:
    """An engine for ``url`` (already normalised), with SQLite configured for safe concurrent use."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        shown = _PASSWORD.sub(r"\1***@", url)
        raise StoreError(f"not a database URL: {shown!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            parent = Path(database).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{url}: directory {parent} does not exist")
        engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return sa.create_engine(url, pool_pre_ping=True)
    raise StoreError(f"unsupported database {parsed.get_backend_name()!r} (use sqlite:/// or postgresql://)")


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (a fresh database gets every table)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _read_only(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    """Make every transaction of this connection read-only, enforced by the database itself."""
    cursor = dbapi_connection.cursor()
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor.execute("PRAGMA query_only=ON")
    else:
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_connection.commit()
    cursor.close()


def open_store(url: str | None = None, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the database at ``url``; default ``sqlite:///accord.db``.

    ``read_only``: the schema is still brought to the newest revision (a fresh database becomes an
    empty store), then every connection refuses writes (SQLite ``query_only``, PostgreSQL
    read-only transactions): what the web server uses.
    """
    normalised = normalise_url(url)
    engine = create_engine(normalised)
    try:
        migrate(engine)
        if read_only:
            engine.dispose()
            engine = create_engine(normalised)
            sa.event.listen(engine, "connect", _read_only)
            with engine.connect() as connection:
                connection.execute(sa.text("SELECT 1"))
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        shown = make_url(normalised).render_as_string(hide_password=True)
        detail = str(exc).splitlines()[0] if str(exc) else ""
        raise StoreError(f"cannot open database {shown}: {type(exc).__name__}: {detail}") from exc
    return Store(engine=engine, url=normalised)


# Rows fetched from the database at a time while streaming a long result (exports, corpus scans).
FETCH_ROWS = 500


def stream_rows(store: Store, query: sa.Select) -> Iterator[sa.Row]:
    """Rows of ``query`` fetched FETCH_ROWS at a time (server-side cursor on PostgreSQL): one query, bounded memory."""
    with store.engine.connect() as connection:
        result = connection.execution_options(stream_results=True, yield_per=FETCH_ROWS).execute(query)
        yield from result


def missing_sqlite_file(db_url: str | None) -> Path | None:
    """The SQLite file ``db_url`` names when it does not exist, else None: reading it (serve, query,
    export) would silently create an empty database and show nothing."""
    try:
        url = make_url(normalise_url(db_url))
    except Exception:  # not a URL: let open_store report it
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if url.database.startswith("file:"):
        return None
    path = Path(url.database).expanduser()
    return None if path.exists() else path
