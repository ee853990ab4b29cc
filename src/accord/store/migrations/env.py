"""Alembic environment: runs on the connection ``accord.store.db`` hands over in the Config."""

from __future__ import annotations

from alembic import context

from accord.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - accord always passes its own connection
    raise RuntimeError("accord's migrations run through accord.store.open_store, not the alembic CLI")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
