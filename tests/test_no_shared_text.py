"""The repository quotes no copyrighted text: no run of words from the PolNeAR or multi-outlet articles.

Those articles may be read from ``../shared`` at test and benchmark time but never copied into the
project (docstrings, notes in data files and test sentences use invented examples instead). VOA
stories and the seed corpus are exempt: they are public domain or ours to quote.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Seven words in a row shared with an article is a quotation; six still matches stock news phrasing
# ("said in a statement on Monday") too often to be a fair test.
RUN_WORDS = 7
# Stock phrases of news writing that any article and any invented example may share.
STOCK_PHRASES = (
    "did not respond to requests for comment",
    "who spoke on condition of anonymity",
    "according to a person close to the",
    "the oval office at the white house",
    "talks between iran and the united states",
    "by the end of the year",
    "thank you very much and god bless",
)
# Project files that are text; binary files, the virtualenv and VOA fixtures (public domain) are skipped.
TEXT_SUFFIXES = {".py", ".md", ".json", ".jsonl", ".tsv", ".txt", ".csv", ".toml", ".cfg", ".ini", ".html", ".js", ".css", ".yml", ".yaml"}
SKIPPED_PARTS = {".git", ".venv", "__pycache__", ".pytest_cache", ".hypothesis", "node_modules"}
EXEMPT_FOLDERS = (Path("tests") / "fixtures" / "voa",)
SCANNED_TOP = ("src", "tests", "benchmarks", "scripts", "docs", "examples", "README.md", "Makefile", ".ci")

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


def _words(text: str) -> list[str]:
    return [word.lower().replace("’", "'") for word in _WORD.findall(text)]


def _runs(words: list[str]) -> Iterator[str]:
    for start in range(len(words) - RUN_WORDS + 1):
        yield " ".join(words[start : start + RUN_WORDS])


def _article_texts(shared: Path) -> Iterator[str]:
    for split in ("train", "dev"):
        for path in sorted((shared / "dev-sets" / "polnear" / split / "text").glob("*.txt")):
            yield path.read_text(encoding="utf-8", errors="replace")
    outlets = shared / "dev-sets" / "multi-outlet" / "articles.jsonl"
    for line in outlets.read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            yield f"{article.get('title') or ''}\n{article.get('text') or ''}"


def _free_texts(shared: Path) -> Iterator[str]:
    """Text the project may quote: VOA stories (public domain) and the seed corpus."""
    yield from (shared / "dev-sets" / "voa" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    for path in sorted((shared / "corpus").rglob("*")):
        if path.is_file():
            yield path.read_text(encoding="utf-8", errors="replace")
    yield from STOCK_PHRASES


def _runs_of(texts: Iterable[str]) -> set[str]:
    return {run for text in texts for run in _runs(_words(text))}


def _project_files() -> Iterator[Path]:
    for top in SCANNED_TOP:
        base = ROOT / top
        paths = [base] if base.is_file() else sorted(base.rglob("*")) if base.is_dir() else []
        for path in paths:
            relative = path.relative_to(ROOT)
            if not path.is_file() or path.suffix not in TEXT_SUFFIXES or SKIPPED_PARTS & set(relative.parts):
                continue
            if any(relative.is_relative_to(folder) for folder in EXEMPT_FOLDERS):
                continue
            yield path


def test_no_run_of_words_from_copyrighted_articles_is_in_the_project(shared_dir: Path) -> None:
    copyrighted = _runs_of(_article_texts(shared_dir)) - _runs_of(_free_texts(shared_dir))
    assert len(copyrighted) > 100_000, "the shared articles were not read"
    found = []
    for path in _project_files():
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            run = next((run for run in _runs(_words(line)) if run in copyrighted), None)
            if run is not None:
                found.append(f"{path.relative_to(ROOT)}:{number}: {run}")
    assert not found, f"{len(found)} lines quote copyrighted articles:\n" + "\n".join(found)


def test_a_quoted_run_is_found_and_a_short_or_stock_one_is_not() -> None:
    runs = _runs_of(["The committee voted on Tuesday to delay the final report until spring."])
    assert "voted on tuesday to delay the final" in runs
    assert not _runs_of(["voted on Tuesday to delay"])
    assert _runs_of(STOCK_PHRASES) >= {"did not respond to requests for comment"}

