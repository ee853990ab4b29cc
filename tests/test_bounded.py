"""Issue 16 (F1, F3): extraction survives unstorable characters and does bounded work per article."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from accord import bounded
from accord.article import Article, InputError
from accord.bounded import LONG_RUN_CHARS, MAX_ARTICLE_TOKENS, cut_points, tokenized
from accord.cli import app
from accord.pipeline import extract_articles

SENTENCE = "Foreign Minister Anna Kovacs said on Monday that the talks in Geneva had made progress."


def test_extract_cli_keeps_good_lines_around_a_lone_surrogate(nlp, tmp_path, caplog):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Talks \\ud800 resumed."}\n' + json.dumps({"id": "b", "text": SENTENCE}) + "\n")
    result = CliRunner().invoke(app, ["extract", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    assert "note:" in caplog.text and "Traceback" not in result.stderr


def test_articles_built_in_code_with_surrogates_are_cleaned_before_the_parse(nlp, caplog):
    [record] = extract_articles([Article(text=SENTENCE + " \ud800\x00", source="code")], nlp)
    assert not isinstance(record, InputError) and "\ud800" not in record.id
    assert "replaced by U+FFFD" in caplog.text


@pytest.mark.parametrize("text", [
    "\U0001F600" * 20_000,
    "Talks resumed. " + "!" * 20_000,
    "x/" * 10_000,
    SENTENCE + " " + "a" * 5_000 + "." * 5_000,
])
def test_long_whitespace_free_runs_are_tokenized_in_linear_time_with_the_same_text(nlp, text):
    started = time.monotonic()
    doc = tokenized(nlp, text)
    assert time.monotonic() - started < 2.0  # unbounded, 20,000 emoji took ~60 s
    assert doc.text == text
    assert all(len(token.text) <= LONG_RUN_CHARS for token in doc)


def test_short_runs_are_tokenized_exactly_as_before(nlp):
    text = SENTENCE + " https://news.example.org/2025/05/17/talks-resume-in-geneva?ref=home"
    assert not cut_points(text)
    assert [t.text for t in tokenized(nlp, text)] == [t.text for t in nlp.make_doc(text)]


def test_cuts_fall_inside_long_runs_only():
    text = "ab " + "x" * (2 * LONG_RUN_CHARS + 5) + " cd"
    assert cut_points(text) == [3 + LONG_RUN_CHARS, 3 + 2 * LONG_RUN_CHARS]


def test_offsets_hold_across_a_cut(nlp):
    text = SENTENCE + " " + "\U0001F600" * (LONG_RUN_CHARS * 3) + " " + SENTENCE
    [record] = extract_articles([Article(text=text, source="t")], nlp)
    for statement in record.statements:
        assert text[statement.content.start:statement.content.end] == statement.content.text


def test_article_over_the_token_limit_is_refused_before_the_parse(nlp, monkeypatch):
    monkeypatch.setattr(bounded, "MAX_ARTICLE_TOKENS", 50)
    big_text = " ".join([SENTENCE] * 4)
    items = [Article(text=big_text, source="big", id="big", extra={"line": 2}),
             Article(text=SENTENCE, source="small")]
    big, small = extract_articles(items, nlp)
    assert isinstance(big, InputError) and big.source == "big:line 2" and big.id == "big"
    assert big.reason.startswith(f"too large: {len(nlp.make_doc(big_text))} tokens (limit 50 tokens")
    assert not isinstance(small, InputError)


def test_article_over_the_time_budget_fails_alone(nlp, monkeypatch):
    import accord.pipeline as pipeline

    monkeypatch.setattr(pipeline, "ARTICLE_SECONDS", 0.0)
    monkeypatch.setattr(pipeline.run_stages, "__defaults__", (pipeline.STAGES, 0.0))
    [failed] = extract_articles([Article(text=SENTENCE, source="slow")], nlp)
    assert isinstance(failed, InputError) and "over the time budget of 0 s per article" in failed.reason


def test_token_limit_is_far_above_any_news_article():
    assert MAX_ARTICLE_TOKENS >= 50_000


def test_installed_command_prints_the_note_as_one_stderr_line(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    import accord

    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Talks \\ud800 resumed.", "published": "soon"}\n')
    env = {**os.environ, "PYTHONPATH": str(Path(accord.__file__).resolve().parents[1])}
    result = subprocess.run([sys.executable, "-m", "accord", "extract", str(path)], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if ": note: " in line]
    assert len(notes) == 2 and all(line.startswith(f"{path}:line 1: note: ") for line in notes), result.stderr
