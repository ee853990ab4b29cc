"""The `accord batch` command: parse arguments, call ``accord.batch.run_batch``, show progress (``accord.cli.console``)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from accord.cli.console import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, batch_progress, error, say
from accord.cli.options import MODEL_HELP


def batch_command(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT", help="JSONL(.gz) or WARC(.gz) files, or folders of them.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output folder: shards + manifest.json (resumable).")],
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) or ray.")] = "local",
    address: Annotated[str | None, typer.Option("--address", help="Ray cluster to join (default: start a local Ray); inputs must be at the same path on every node.")] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Worker processes / Ray actors (default: the CPUs of this machine, or of the cluster with --address).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="Shard format: jsonl or parquet.")] = "jsonl",
    shard_size: Annotated[
        int | None, typer.Option("--shard-size", min=1, help="Articles per output shard, the unit of resumption (default 1000).")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
) -> None:
    """Extract a large corpus into shards: resumable, streaming, on a local process pool or Ray."""
    from accord.batch import BatchError, run_batch

    progress = batch_progress()
    try:
        summary = run_batch(
            inputs, output, engine=engine, address=address, workers=workers, fmt=fmt,
            shard_size=shard_size, model=model, progress=progress,
        )
    except BatchError as exc:
        error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    finally:
        progress.stop()  # type: ignore[attr-defined]
    say(
        f"{summary.articles} articles ({summary.errors} failed) in {summary.shards_written} new shards, "
        f"{summary.inputs_skipped}/{summary.inputs} inputs already complete, "
        f"in {summary.seconds:.1f} s ({rate(summary.articles_per_second)} articles/s) -> {summary.output_dir}",
        sys.stdout,
    )
    raise typer.Exit(EXIT_OK if summary.ok else EXIT_INPUT_FAILED)


def rate(per_second: float) -> str:
    """A rate shown to a person: one decimal from 1 up, two significant digits below (never a bare 0.0)."""
    return f"{per_second:.1f}" if per_second >= 1 or per_second == 0 else f"{per_second:.2g}"


def register(app: typer.Typer) -> None:
    """Add the `batch` command to the app."""
    app.command("batch")(batch_command)
