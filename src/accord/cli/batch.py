"""The `accord batch` command: parse arguments, call ``accord.batch.run_batch``, show progress."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from accord.batch import BatchProgress
    from accord.batch.manifest import ShardEntry


def _rich_progress() -> "BatchProgress":
    """A BatchProgress drawing a rich progress line on stderr (a plain log when stderr is not a terminal)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from accord.batch import BatchProgress

    console = Console(stderr=True)

    class RichProgress(BatchProgress):
        def __init__(self) -> None:
            self.display = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True
            )
            self.task = self.display.add_task("starting")
            self.articles = self.errors = self.shards = 0

        def _refresh(self) -> None:
            self.display.update(
                self.task, description=f"{self.articles:,} articles ({self.errors:,} failed), {self.shards:,} shards written"
            )

        def started(self, inputs: int, pending: int) -> None:
            console.print(f"accord batch: {inputs} input file(s), {inputs - pending} already complete", highlight=False)
            self.display.start()

        def chunk_done(self, articles: int, errors: int) -> None:
            self.articles += articles
            self.errors += errors
            self._refresh()

        def shard_done(self, entry: "ShardEntry") -> None:
            self.shards += 1
            self._refresh()

        def error(self, message: str) -> None:
            console.print(escape(message), highlight=False, soft_wrap=True)

    return RichProgress()


def batch_command(
    inputs: Annotated[list[str], typer.Argument(help="JSONL(.gz) or WARC(.gz) files, or folders of them.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output folder: shards + manifest.json (resumable).")],
    engine: Annotated[str, typer.Option("--engine", help="local (process pool) or ray.")] = "local",
    address: Annotated[str | None, typer.Option("--address", help="Ray cluster to join (default: start a local Ray); inputs must be at the same path on every node.")] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Worker processes / Ray actors (default: the CPUs of this machine, or of the cluster with --address).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="Shard format: jsonl or parquet.")] = "jsonl",
    shard_size: Annotated[
        int | None, typer.Option("--shard-size", min=1, help="Articles per output shard, the unit of resumption (default 1000).")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model name (default: en_core_web_sm).")] = None,
) -> None:
    """Extract a large corpus into shards: resumable, streaming, on a local process pool or Ray."""
    from accord.batch import BatchError, run_batch

    progress = _rich_progress()
    try:
        summary = run_batch(
            inputs, output, engine=engine, address=address, workers=workers, fmt=fmt,
            shard_size=shard_size, model=model, progress=progress,
        )
    except BatchError as exc:
        print(f"accord batch: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    finally:
        progress.display.stop()  # type: ignore[attr-defined]
    print(
        f"{summary.articles} articles ({summary.errors} failed) in {summary.shards_written} new shards, "
        f"{summary.inputs_skipped}/{summary.inputs} inputs already complete, "
        f"{summary.articles_per_second:.1f} articles/s -> {summary.output_dir}"
    )
    raise typer.Exit(0 if summary.ok else 1)


def register(app: typer.Typer) -> None:
    """Add the `batch` command to the app."""
    app.command("batch")(batch_command)
