"""The store's commands end to end in-process: exit codes, one-line errors, the summary, formats."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.store import ingest_records


@pytest.fixture
def filled_url(db_url, two_articles):
    ingest_records(two_articles, db_url)
    return db_url


def _run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_query_statements_json(filled_url):
    result = _run("query", "statements", "--db", filled_url, "--speaker", "Medinsky", "--format", "json")
    assert result.exit_code == 0
    page = json.loads(result.stdout)
    assert page["total"] == 3 and {item["speaker"]["name"] for item in page["items"]} == {"Vladimir Medinsky"}


def test_query_table_lists_events(filled_url):
    result = _run("query", "events", "--db", filled_url, "--type", "ACCUSE")
    assert result.exit_code == 0 and "ACCUSE" in result.stdout and "Ukraine [UKR]" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("query", "statements", "--since", "yesterday"), "since"),
        (("query", "events", "--speaker", "Medinsky"), "does not take --speaker"),
        (("query", "people"), "not one of"),
        (("export", "--format", "parquet"), "parquet"),
    ],
)
def test_usage_errors_are_one_line_exit_2(filled_url, args, message):
    result = _run(*args, "--db", filled_url)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_export_csv_to_stdout(filled_url):
    result = _run("export", "--db", filled_url, "--format", "csv", "--table", "statements")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("article_id,") and len(lines) == 5


def test_ingest_reports_bad_input_and_summary(db_url, tmp_path):
    result = _run("ingest", str(tmp_path / "missing.txt"), "--db", db_url)
    assert result.exit_code == 1
    assert "missing.txt: no such file or directory" in result.stderr
    assert "ingested: 0 new, 0 updated, 0 unchanged, 1 failed" in result.stderr


def test_ingest_with_unknown_model_is_one_line_exit_2(db_url, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The minister said the talks would resume.", encoding="utf-8")
    result = _run("ingest", str(article), "--db", db_url, "--model", "no_such_model_xyz")
    assert result.exit_code == 2
    assert result.stderr.startswith("accord: error: cannot load model no_such_model_xyz")
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_to_unwritable_file_is_one_line(filled_url, tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "out.csv"
    result = _run("export", "--db", filled_url, "--format", "csv", "--output", str(target))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"accord: error: {target}: cannot write (No such file or directory)"


def test_unusable_database_is_one_line(tmp_path):
    result = _run("query", "statements", "--db", f"sqlite:///{tmp_path}/no/such/dir/x.db")
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_export_parquet_with_no_matching_rows_writes_an_empty_table(filled_url, tmp_path):
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "none.parquet"
    result = _run("export", "--db", filled_url, "--format", "parquet", "--since", "2031-01-01", "--output", str(target))
    assert result.exit_code == 0 and "exported: 0 events" in result.stderr
    table = pyarrow_parquet.read_table(target)
    assert table.num_rows == 0 and "event" in table.column_names
