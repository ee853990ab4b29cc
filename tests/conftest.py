"""Shared test fixtures: the model once per session, the seed article, the shared folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The shared data folder: ``../shared`` beside the project, or ACCORD_SHARED (a git worktree elsewhere).
SHARED = Path(os.environ.get("ACCORD_SHARED") or ROOT.parent / "shared")
EXAMPLE = ROOT / "examples" / "cgtn-istanbul-talks-2025-05-17.txt"
# The one home of every pinned minimum figure (benchmarks/eval_gate.py reads it too).
FLOORS_FILE = ROOT / "benchmarks" / "floors.json"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy model, loaded once for the whole test session."""
    from accord.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project or ACCORD_SHARED (read-only); tests needing it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def floors() -> dict:
    """``benchmarks/floors.json``: the pinned minimum figures tests and the eval gate hold the code to."""
    return json.loads(FLOORS_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Run the whole pipeline over one text: ``extract_text(text, published=None) -> ArticleRecord``."""
    from accord.article import Article
    from accord.pipeline import run_stages

    def _extract(text: str, published: str | None = None, source: str = "test"):
        article = Article(text=text, source=source, published=published)
        return run_stages(article, nlp(text))

    return _extract
