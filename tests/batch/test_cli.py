"""`accord batch` command line: one line per bad input, exit codes, refusals (no model needed)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from accord.cli import app


def test_bad_inputs_are_one_line_each_and_exit_1(tmp_path):
    (tmp_path / "notes.txt").write_text("text")
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "missing.jsonl"), str(tmp_path / "notes.txt"), "--output", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'missing.jsonl'}: no such file or directory" in result.stderr
    assert f"{tmp_path / 'notes.txt'}: not a batch input kind" in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["shards"] == []


def test_unknown_engine_and_mismatched_folder_are_refused_with_exit_2(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["batch", str(tmp_path), "--output", str(tmp_path / "out"), "--engine", "spark"])
    assert result.exit_code == 2 and "unknown engine 'spark'" in result.stderr
    runner.invoke(app, ["batch", str(tmp_path / "none.jsonl"), "--output", str(tmp_path / "out")])
    result = runner.invoke(app, ["batch", str(tmp_path / "none.jsonl"), "--output", str(tmp_path / "out"), "--format", "parquet"])
    assert result.exit_code == 2 and "rerun with --format jsonl" in result.stderr


def test_a_refused_run_is_exactly_one_stderr_line(tmp_path):
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--output", str(tmp_path / "out"), "--engine", "spark"])
    assert result.exit_code == 2
    # The same `accord: error:` start as every other command's error line (it said "accord batch: ...").
    assert result.stderr == "accord: error: unknown engine 'spark' (expected one of local, ray)\n"  # no blank line after it


def test_the_summary_gives_a_slow_run_its_time_and_a_rate_that_is_not_zero(tmp_path, monkeypatch):
    """A small run on Ray said "2 articles ... 0.0 articles/s": the rate was rounded to nothing."""
    import accord.batch as batch
    from accord.batch.run import BatchSummary

    def finished(*args, **kwargs):
        return BatchSummary(output_dir=str(tmp_path / "out"), inputs=1, shards_written=1, articles=2, seconds=81.3)

    monkeypatch.setattr(batch, "run_batch", finished)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert "2 articles (0 failed) in 1 new shards, 0/1 inputs already complete, in 81.3 s (0.025 articles/s)" in result.stdout


def test_a_bad_input_line_starts_as_every_commands_error_line(tmp_path):
    """``accord batch missing.jsonl`` said "missing.jsonl: no such file or directory" where ``accord extract``
    says "accord: error: missing.jsonl: ..."; a script grepping for errors missed batch's."""
    missing = tmp_path / "missing.jsonl"
    result = CliRunner().invoke(app, ["batch", str(missing), "--output", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"accord: error: {missing}: no such file or directory\n" in result.stderr
