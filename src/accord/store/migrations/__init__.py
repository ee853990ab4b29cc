"""Alembic migrations of the store, run programmatically by ``accord.store.db.open_store``."""
