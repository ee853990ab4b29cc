"""Orchestration: readers -> pipeline -> store (``ingest_paths``) or -> records (``extract_paths``).

The layers below stay apart: ``accord.store`` imports neither the pipeline nor the readers; this
package is where they meet (a test scans the imports).
"""

from accord.ingest.extract import extract_paths, read_articles
from accord.ingest.paths import IngestInterrupted, ingest_paths

__all__ = ["IngestInterrupted", "extract_paths", "ingest_paths", "read_articles"]
