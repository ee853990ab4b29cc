"""Batch extraction at scale: JSONL/WARC inputs in, resumable shard folder out (local pool or Ray)."""

from accord.batch.manifest import BatchError
from accord.batch.run import BatchProgress, BatchSummary, run_batch

__all__ = ["BatchError", "BatchProgress", "BatchSummary", "run_batch"]
