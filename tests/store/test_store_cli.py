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
        # Options of another kind were ignored without a word: the answer looked filtered and was not.
        (("query", "statements", "--window", "3"), "query statements does not take --window"),
        (("query", "events", "--agreed"), "query events does not take --agreed"),
        (("query", "divergence", "--speaker", "Medinsky"), "query divergence does not take --speaker"),
        (("query", "divergence", "--type", "AGREE"), "query divergence does not take --type"),
        (("query", "divergence", "--assertion", "all"), "query divergence does not take --assertion"),
        (("query", "events", "--assertion", "some"), "assertion: expected asserted"),
        (("query", "events", "--assertion", "all", "--all-assertions"), "--all-assertions is the old name of --assertion all"),
        (("export", "--format", "cameo", "--q", "talks"), "CAMEO rows are events: it takes --type, --recipient, --place"),
        (("query", "people"), "not one of"),
        (("export", "--format", "parquet"), "parquet"),
        # Ignored without a word before: the output looked like the rows asked for and was not.
        (("export", "--format", "jsonl", "--table", "statements"), "export --format jsonl (the default: whole articles) does not take --table (it applies to csv and parquet: --format csv --table statements)"),
        (("export", "--format", "cameo", "--table", "entities"), "export --format cameo does not take --table"),
        (("export", "--format", "jsonl", "--assertion", "all"), "export --format jsonl does not take --assertion"),
        (("export", "--format", "csv", "--table", "statements", "--assertion", "all"),
         "--assertion applies to event rows"),
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


@pytest.mark.parametrize("every", [("--assertion", "all"), ("--assertion", "ALL"), ("--all-assertions",)])
def test_export_assertion_all_brings_back_unreported_events(db_url, two_articles, every):
    """``--assertion all`` on export, as on ``query events`` and as the API's ``assertion=all``: a future act is in
    the table only when asked (``--all-assertions``, the old name, still works)."""
    first = two_articles[0]
    planned = first.events[0].model_copy(update={"id": "e-planned", "modality": "future"})
    ingest_records([first.model_copy(update={"events": [*first.events, planned]}), *two_articles[1:]], db_url)
    default = _run("export", "--db", db_url, "--format", "csv")
    asserted = _run("export", "--db", db_url, "--format", "csv", "--assertion", "asserted")
    everything = _run("export", "--db", db_url, "--format", "csv", *every)
    assert default.exit_code == asserted.exit_code == everything.exit_code == 0
    assert "e-planned" not in default.stdout and default.stdout == asserted.stdout and "e-planned" in everything.stdout


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
    assert result.exit_code == 2 and "no database at" in result.stderr


@pytest.mark.parametrize("command", [("query", "events"), ("query", "divergence"), ("export", "--format", "csv")])
def test_a_mistyped_database_path_is_refused_not_created(tmp_path, command):
    """Reading a database that does not exist would create an empty one and answer nothing: refuse instead."""
    typo = tmp_path / "acord.db"
    result = _run(*command, "--db", str(typo))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"accord: error: no database at {typo}: run `accord ingest` first (or pass --db)"
    assert not typo.exists()


def test_export_parquet_with_no_matching_rows_writes_an_empty_table(filled_url, tmp_path):
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "none.parquet"
    result = _run("export", "--db", filled_url, "--format", "parquet", "--since", "2031-01-01", "--output", str(target))
    assert result.exit_code == 0 and "exported: 0 events" in result.stderr
    table = pyarrow_parquet.read_table(target)
    assert table.num_rows == 0 and "event" in table.column_names


def test_speaker_matches_whole_words_not_substrings(db_url, make_record):
    """``--speaker he`` must not find Shen, the spokesman or every "he"; a real name part still matches."""
    text = ('Li Shen said the ceasefire would hold. He added that the talks went well. '
            'The spokesman said nothing had changed. He Lifeng said trade would resume.')
    record = make_record(
        text, people={"Li Shen": ("person", "CHN", ["Li Shen", "He"]),
                      "He Lifeng": ("person", "CHN", ["He Lifeng"])},
        quotes=[("Li Shen", "said", "the ceasefire would hold"), ("The spokesman", "said", "nothing had changed"),
                ("He Lifeng", "said", "trade would resume")])
    ingest_records([record], db=db_url)

    def speakers(value: str) -> list[str]:
        result = _run("query", "statements", "--db", db_url, "--speaker", value, "--format", "json")
        assert result.exit_code == 0, result.stderr
        return sorted(item["content"]["text"] for item in json.loads(result.stdout)["items"])

    assert speakers("he") == ["trade would resume"]  # He Lifeng's name, not "Shen" or "the spokesman"
    assert speakers("Shen") == ["the ceasefire would hold"]
    assert speakers("spokes") == []
    assert speakers("spokesman") == ["nothing had changed"]
    assert speakers("li shen") == ["the ceasefire would hold"]


def test_statements_table_shows_cue_and_kind(filled_url):
    result = _run("query", "statements", "--db", filled_url, "--speaker", "Umerov")
    assert result.exit_code == 0
    header = next(line for line in result.stdout.splitlines() if "speaker" in line)
    assert "cue" in header and "kind" in header
    assert "indirect" in result.stdout and "(reported) Kyiv accused Russia of stalling" in result.stdout


def test_events_table_never_dates_an_event_by_its_article(filled_url):
    """The two events have no date of their own: the date column says undated, the published column the day."""
    result = _run("query", "events", "--db", filled_url, "--format", "table")
    assert result.exit_code == 0
    rows = [line for line in result.stdout.splitlines() if "REQUEST" in line or "ACCUSE" in line]
    assert len(rows) == 2 and all("undated" in row for row in rows)
    assert any("2025-05-16" in row for row in rows)


def test_divergence_shows_who_said_what(db_url, make_record):
    text = ("Russian negotiator Vladimir Medinsky said the talks were a success. "
            "Ukrainian minister Rustem Umerov said the talks were a failure.")
    record = make_record(
        text, people={"Vladimir Medinsky": ("person", "RUS", ["Vladimir Medinsky"]),
                      "Rustem Umerov": ("person", "UKR", ["Rustem Umerov"])},
        quotes=[("Vladimir Medinsky", "said", "the talks were a success"),
                ("Rustem Umerov", "said", "the talks were a failure")])
    for statement, polarity in zip(record.statements, ("positive", "negative")):
        statement.polarity, statement.issues, statement.party = polarity, ["ceasefire"], statement.speaker.affiliation
    ingest_records([record], db=db_url)
    result = _run("query", "divergence", "--db", db_url)
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert "Vladimir Medinsky: (reported) the talks were a success" in flat
    assert "Rustem Umerov: (reported) the talks were a failure" in flat
    assert ":s1" not in flat and ":s2" not in flat  # no bare statement ids
    body = json.loads(_run("query", "divergence", "--db", db_url, "--format", "json").stdout)
    said = [entry for side in body["items"][0]["sides"] for entry in side["said"]]
    assert {(entry["speaker"], entry["content"]) for entry in said} == {
        ("Vladimir Medinsky", "the talks were a success"), ("Rustem Umerov", "the talks were a failure")}


@pytest.mark.parametrize("command", [
    ["query", "statements"], ["query", "events", "--format", "json"], ["query", "divergence"],
    ["export", "--format", "csv"],  # csv: an empty store still writes its header (jsonl would write nothing)
])
def test_a_reader_that_went_away_stops_the_command_quietly(tmp_path, command):
    """``accord query ... | head``: a closed standard output is no error (as for extract), not a BrokenPipeError line."""
    import os
    import subprocess
    import sys

    from accord.store import open_store

    db = tmp_path / "empty.db"
    open_store(f"sqlite:///{db}").close()  # an empty store still prints a header
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before anything is written
    try:
        done = subprocess.run([sys.executable, "-m", "accord", *command, "--db", f"sqlite:///{db}"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.parametrize(("output_format", "unit"), [("cameo", "CAMEO rows"), ("jsonl", "articles")])
def test_export_summary_counts_what_the_file_holds(filled_url, tmp_path, output_format, unit):
    """`export --format cameo -o FILE` said "exported: 2 records" of a file of many event rows (it counted articles)."""
    target = tmp_path / f"out.{output_format}"
    result = _run("export", "--db", filled_url, "--format", output_format, "--output", str(target))
    assert result.exit_code == 0, result.stderr
    lines = target.read_text(encoding="utf-8").splitlines()
    rows = len(lines) - 1 if output_format == "cameo" else len(lines)  # a CAMEO file starts with its header
    assert rows > 0
    assert result.stderr.strip() == f"exported: {rows} {unit} to {target}"
