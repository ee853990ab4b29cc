"""The corpus store: keep extraction records in SQLite or PostgreSQL, query, read back and export them.

The CLI (``accord ingest/query/export``), the web API and ``accord.ingest`` all call these functions;
nothing else touches SQL. The store imports neither the pipeline nor the readers (a test checks).
"""

from accord.store.clusters import list_event_clusters
from accord.store.db import DEFAULT_URL, Store, StoreError, normalise_url, open_store
from accord.store.export import export, export_records
from accord.store.runs import IngestProgress, IngestSummary, ingest_records
from accord.store.query import Page, get_article, list_articles, query_entities, query_events, query_statements

__all__ = [
    "DEFAULT_URL",
    "IngestProgress",
    "IngestSummary",
    "Page",
    "Store",
    "StoreError",
    "export",
    "export_records",
    "get_article",
    "ingest_records",
    "list_articles",
    "list_event_clusters",
    "normalise_url",
    "open_store",
    "query_entities",
    "query_events",
    "query_statements",
]
