"""Extraction from paths: readers, then the pipeline, then a writer — what ``accord extract`` runs.

``extract_paths`` is the reusable generator (API, workers); ``run_extract`` is the whole command:
records to the output in input order, one line on stderr per bad input, an exit status.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

from spacy.language import Language

from accord.article import Article, InputError
from accord.nlp import load_model
from accord.output import FORMATS, open_output
from accord.pipeline import EXTRACTED_LANGUAGE, extract_articles
from accord.readers import read_inputs
from accord.records import ArticleRecord

EXIT_OK = 0
EXIT_INPUT_FAILED = 1  # some input could not be read or extracted; the others were printed
EXIT_USAGE = 2  # bad option, unknown model, unwritable output: nothing was extracted


def read_articles(paths: Iterable[str], published: str | None = None, with_text: bool = False) -> Iterator[Article | InputError]:
    """The inputs' articles in order; ``with_text`` marks every article's text to be printed."""
    for item in read_inputs(paths, published):
        if with_text and isinstance(item, Article):
            item.text_is_derived = True
        yield item


def extract_paths(
    paths: Iterable[str],
    published: str | None = None,
    model: str | None = None,
    with_text: bool = False,
    nlp: Language | None = None,
) -> Iterator[ArticleRecord | InputError]:
    """Records (or InputErrors) for every article of the inputs, in input order, one model load."""
    nlp = nlp or load_model(model)
    yield from extract_articles(read_articles(paths, published, with_text), nlp)


@dataclass
class Report:
    """Messages for a person on stderr: one line per failed input and per article not extracted."""

    stream: TextIO
    failed: int = 0

    def error(self, error: InputError) -> None:
        """Count and print one failed input."""
        self.failed += 1
        print(f"accord: error: {error.message()}", file=self.stream, flush=True)

    def note(self, message: str) -> None:
        """Print one article that was read but not extracted (another language)."""
        print(f"accord: note: {message}", file=self.stream, flush=True)


def records_reporting(items: Iterable[ArticleRecord | InputError], report: Report) -> Iterator[ArticleRecord]:
    """The records of ``items``; InputErrors and non-English articles are reported as they pass."""
    for item in items:
        if isinstance(item, InputError):
            report.error(item)
            continue
        if item.language != EXTRACTED_LANGUAGE:
            report.note(f"{item.source or item.id}: language '{item.language}' — not extracted")
        yield item


def run_extract(
    paths: list[str],
    published: str | None = None,
    output_format: str = "jsonl",
    output_path: str | None = None,
    with_text: bool = False,
    model: str | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """The ``accord extract`` command: write the records, report bad inputs, return the exit status."""
    stdout = stdout or sys.stdout
    report = Report(stderr or sys.stderr)
    writer = FORMATS.get(output_format)
    if writer is None:
        print(f"accord: error: unknown format {output_format!r} (choose from {', '.join(FORMATS)})", file=report.stream)
        return EXIT_USAGE
    try:
        nlp = load_model(model)
    except Exception as exc:  # spaCy raises OSError, ValueError, ... for a bad model name or path
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        print(f"accord: error: cannot load model {model or 'default'}: {reason}", file=report.stream)
        return EXIT_USAGE
    try:
        target = open_output(output_path, stdout)
    except OSError as exc:
        print(f"accord: error: {output_path}: cannot write ({exc.strerror or type(exc).__name__})", file=report.stream)
        return EXIT_USAGE
    try:
        with target as out:
            writer(records_reporting(extract_paths(paths, published, with_text=with_text, nlp=nlp), report), out)
    except BrokenPipeError:  # the reader of our output went away (``| head``): stop quietly
        if stdout is sys.__stdout__:
            _discard_process_stdout()
    return EXIT_INPUT_FAILED if report.failed else EXIT_OK


def _discard_process_stdout() -> None:
    """Point the process's stdout at /dev/null so the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor behind stdout
        pass
