"""A cheap token of the store's contents, for answers cached until the store changes."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from accord.store import schema


def store_state(store: Any) -> tuple:
    """(articles, last id, last ingest time, sum of versions): any ingest, update or deletion changes it."""
    table = schema.articles
    query = sa.select(sa.func.count(), sa.func.max(table.c.id), sa.func.max(table.c.ingested_at), sa.func.sum(table.c.version))
    with store.engine.connect() as connection:
        return tuple(connection.execute(query).one())
