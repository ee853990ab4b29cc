"""`accord extract` end to end through the CLI: formats, options, order, and every bad-input path."""

from __future__ import annotations

import re

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from readers_support import ARTICLES, PLAIN_ARTICLE, closed_port_url, serve_articles

ROOT = Path(__file__).resolve().parents[1]
NEWS = "Officials said on Friday that the talks in Istanbul had ended without a ceasefire agreement.\n"


@pytest.fixture(scope="module")
def run(nlp):
    """Invoke ``accord`` in-process (the model is loaded once per session by the ``nlp`` fixture)."""
    runner = CliRunner()

    def _run(*args: str, input: bytes | str | None = None):
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        assert "Traceback" not in result.stderr
        return result

    return _run


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_example_as_jsonl(run, example_path: Path) -> None:
    result = run("extract", str(example_path))
    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["source"] == str(example_path)
    assert record["language"] == "en"
    assert record["published"] == "2025-05-17"  # from the date in its file name
    assert "text" not in record  # a .txt file's own contents are not repeated
    for key in ("id", "statements", "events", "entities"):
        assert key in record
    assert result.stderr == ""


def test_with_text_prints_the_exact_file_contents(run, tmp_path: Path) -> None:
    raw = "Türkiye’s envoy said:\r\n\t“Talks – again – on Monday.”\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode())
    [record] = jsonl(run("extract", str(path), "--with-text").stdout)
    assert record["text"] == raw


def test_html_record_carries_its_text_and_metadata(run) -> None:
    [record] = jsonl(run("extract", str(ARTICLES / "ceasefire-monitors.html")).stdout)
    assert record["title"] == "Ceasefire monitors report violations near border"
    assert record["published"] == "2024-11-02"
    assert record["url"].startswith("https://news.example.org/")
    assert record["text"].startswith("Ceasefire monitors report violations near border\n")


def test_jsonl_input_text_only_with_flag(run) -> None:
    path = str(ARTICLES / "wire-batch.jsonl")
    plain = jsonl(run("extract", path).stdout)
    assert [record["id"] for record in plain][:2] == ["wire-001", "42"]
    assert all("text" not in record for record in plain)
    assert all("text" in record for record in jsonl(run("extract", path, "--with-text").stdout))


def test_records_in_input_order_with_errors_in_between(run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = run(
        "extract",
        str(ARTICLES / "port-strike.txt"),
        "missing.txt",
        str(bad),
        str(ARTICLES / "wire-batch.jsonl"),
        str(empty),
        str(ARTICLES / "rail-crossing-talks.txt"),
    )
    assert result.exit_code == 1
    sources = [record["source"] for record in jsonl(result.stdout)]
    assert sources == [str(ARTICLES / "port-strike.txt")] + [str(ARTICLES / "wire-batch.jsonl")] * 3 + [str(ARTICLES / "rail-crossing-talks.txt")]
    assert result.stderr.splitlines() == [
        "accord: error: missing.txt: no such file or directory",
        f"accord: error: {bad}: not UTF-8 text (byte 0xff at offset 0)",
        f"accord: error: {empty}: empty text",
    ]


def test_directory_input(run) -> None:
    result = run("extract", str(ARTICLES))
    assert result.exit_code == 1  # navigation-only.html has no article text
    sources = [Path(record["source"]).name for record in jsonl(result.stdout)]
    assert sources == ["ceasefire-monitors.html", "port-strike.txt", "pourparlers-fr.txt", "rail-crossing-talks.txt"] + ["wire-batch.jsonl"] * 3
    assert "navigation-only.html: no article text found in the HTML" in result.stderr


def test_empty_directory(run, tmp_path: Path) -> None:
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"accord: error: {tmp_path}: directory has no files to read")


def test_malformed_jsonl_line_is_named(run, tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": NEWS}) + "\n{broken\n")
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert [record["id"] for record in jsonl(result.stdout)] == ["ok"]
    assert result.stderr.startswith(f"accord: error: {path}:line 2: malformed JSON")


def test_html_without_text(run) -> None:
    result = run("extract", str(ARTICLES / "navigation-only.html"))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip() == f"accord: error: {ARTICLES / 'navigation-only.html'}: no article text found in the HTML"


def test_non_english_article_gets_empty_record_and_note(run) -> None:
    path = str(ARTICLES / "pourparlers-fr.txt")
    result = run("extract", path)
    assert result.exit_code == 0
    [record] = jsonl(result.stdout)
    assert record["language"] == "fr"
    assert record["statements"] == record["events"] == record["entities"] == []
    assert result.stderr.strip() == f"accord: note: {path}: language 'fr' — not extracted"


def test_stdin(run) -> None:
    result = run("extract", "-", "--published", "2024-02-29", input=NEWS.encode())
    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["source"] == "<stdin>" and record["published"] == "2024-02-29"


def test_stdin_empty(run) -> None:
    result = run("extract", "-", input=b"")
    assert result.exit_code == 1 and result.stderr.strip() == "accord: error: <stdin>: empty text"


def test_published_overrides_metadata(run) -> None:
    [record] = jsonl(run("extract", str(ARTICLES / "ceasefire-monitors.html"), "--published", "2024-12-31").stdout)
    assert record["published"] == "2024-12-31"


@pytest.mark.parametrize(("value", "reason"), [("2025-13-01", "not a calendar date"), ("May 17", "YYYY-MM-DD"),
                                               ("2025/05/17", "YYYY-MM-DD")])
def test_bad_published_is_a_usage_error(run, value: str, reason: str) -> None:
    result = run("extract", str(ARTICLES / "port-strike.txt"), "--published", value)
    assert result.exit_code == 2 and result.stdout == ""
    assert reason in result.stderr


def test_unknown_format_is_a_usage_error(run) -> None:
    result = run("extract", str(ARTICLES / "port-strike.txt"), "--format", "xml")
    assert result.exit_code == 2 and "jsonl" in result.stderr


def test_missing_model_is_one_line_and_exit_2(run) -> None:
    result = run("extract", str(ARTICLES / "port-strike.txt"), "--model", "xx_no_such_model")
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("accord: error: cannot load model xx_no_such_model:")


def test_extraction_failure_is_reported_and_the_rest_go_on(run, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.pipeline as pipeline

    real_run_stages = pipeline.run_stages

    def failing(article, doc, *args, **kwargs):
        if article.source.endswith("port-strike.txt"):
            raise RuntimeError("stage exploded")
        return real_run_stages(article, doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_stages", failing)
    result = run("extract", str(ARTICLES / "port-strike.txt"), str(ARTICLES / "rail-crossing-talks.txt"))
    assert result.exit_code == 1
    assert [record["source"] for record in jsonl(result.stdout)] == [str(ARTICLES / "rail-crossing-talks.txt")]
    assert result.stderr.strip() == f"accord: error: {ARTICLES / 'port-strike.txt'}: extraction failed: RuntimeError: stage exploded"


def test_json_array_format(run) -> None:
    result = run("extract", str(ARTICLES / "wire-batch.jsonl"), "missing.txt", "--format", "json")
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert isinstance(records, list) and [record["id"] for record in records][:2] == ["wire-001", "42"]


def test_json_array_format_with_no_records(run) -> None:
    result = run("extract", "missing.txt", "--format", "json")
    assert result.exit_code == 1 and json.loads(result.stdout) == []


def test_table_format(run, example_path: Path) -> None:
    result = run("extract", str(example_path), str(ARTICLES / "ceasefire-monitors.html"), "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert str(example_path) in result.stdout
    assert "Ceasefire monitors report violations near border" in result.stdout
    assert "published: 2025-05-17" in result.stdout and "published: 2024-11-02" in result.stdout
    assert result.stdout.count(" statements, ") == 2 and " entities" in result.stdout


class ClosedPipe(io.StringIO):
    """An output whose reader has gone away (``accord extract ... | head``)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("output_format", ["jsonl", "json", "table"])
def test_closed_output_pipe_stops_quietly(nlp, output_format: str) -> None:
    from accord.cli.extract import run_extract

    errors = io.StringIO()
    status = run_extract([str(ARTICLES / "port-strike.txt")], output_format=output_format, stdout=ClosedPipe(), stderr=errors)
    assert status == 0 and errors.getvalue() == ""


def test_output_file(run, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = run("extract", str(ARTICLES / "port-strike.txt"), "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    [record] = jsonl(target.read_text(encoding="utf-8"))
    assert record["source"] == str(ARTICLES / "port-strike.txt")
    # A summary line, since nothing else shows that the run did anything.
    summary = re.fullmatch(r"extracted: 1 article \((\d+) statements, (\d+) events\), 0 failed, in [\d.]+ s to (.+)",
                           result.stderr.strip())
    assert summary, result.stderr
    assert (int(summary[1]), int(summary[2]), summary[3]) == (len(record["statements"]), len(record["events"]), str(target))


def test_output_file_summary_counts_failures(run, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = run("extract", str(ARTICLES / "port-strike.txt"), str(tmp_path / "missing.txt"), "--output", str(target))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("extracted: 1 article (")
    assert ", 1 failed, in " in result.stderr


def test_output_file_inside_the_input_directory_is_not_read(run, tmp_path: Path) -> None:
    """``accord extract . -o out.jsonl``: the run's own output is no input (it failed as an empty file)."""
    (tmp_path / "talks.txt").write_text(NEWS, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    for _ in range(2):  # the second run finds last run's output in the folder
        result = run("extract", str(tmp_path), "--output", str(target))
        assert result.exit_code == 0, result.stderr
        assert [record["source"] for record in jsonl(target.read_text(encoding="utf-8"))] == [str(tmp_path / "talks.txt")]


def test_redirected_stdout_inside_the_input_directory_is_not_read(tmp_path: Path) -> None:
    """``accord extract . > out.jsonl``: the shell creates the file first; it is skipped, not read."""
    (tmp_path / "talks.txt").write_text(NEWS, encoding="utf-8")
    with open(tmp_path / "out.jsonl", "w", encoding="utf-8") as out:
        result = subprocess.run([sys.executable, "-m", "accord", "extract", "."], cwd=tmp_path, stdout=out,
                                stderr=subprocess.PIPE, text=True, timeout=300,
                                env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.returncode == 0, result.stderr
    assert [record["source"] for record in jsonl((tmp_path / "out.jsonl").read_text(encoding="utf-8"))] == ["./talks.txt"]


def test_output_file_named_as_input_is_refused(run, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text(json.dumps({"id": "a", "text": NEWS}) + "\n", encoding="utf-8")
    result = run("extract", str(target), "--output", str(target))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"accord: error: {target}: is also the output file"
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "a"  # not truncated


def test_unwritable_output(run, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "out.jsonl"
    result = run("extract", str(ARTICLES / "port-strike.txt"), "--output", str(target))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"accord: error: {target}: cannot write (No such file or directory)"


def test_urls(run) -> None:
    unreachable = closed_port_url()
    with serve_articles() as base:
        result = run("extract", f"{base}/world/ceasefire.html", unreachable, f"{base}/missing", f"{base}/plain.txt")
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert [record["source"] for record in records] == [f"{base}/world/ceasefire.html", f"{base}/plain.txt"]
    assert records[1]["text"] == PLAIN_ARTICLE
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"accord: error: {unreachable}: unreachable (ConnectError")
    assert errors[1] == f"accord: error: {base}/missing: HTTP 404 Not Found"


@pytest.mark.slow
def test_installed_command_in_a_subprocess(example_path: Path) -> None:
    """The console script itself: one real process, table format, exit 0, no traceback."""
    accord = Path(sys.executable).parent / "accord"
    if not accord.exists():
        pytest.skip("accord console script not installed beside the interpreter")
    done = subprocess.run(
        [str(accord), "extract", str(example_path.relative_to(ROOT)), "missing.txt"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == "accord: error: missing.txt: no such file or directory"
    [record] = jsonl(done.stdout)
    assert record["source"] == "examples/cgtn-istanbul-talks-2025-05-17.txt"


@pytest.mark.slow
def test_output_file_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal, ``extract -o`` draws a progress line (on stderr) while it works, then the summary."""
    import os
    import pty
    import subprocess
    import sys

    import threading

    target = tmp_path / "out.jsonl"
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    chunks: list[bytes] = []

    def drain() -> None:  # read the terminal while the command writes to it (a full pty would block it)
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    process = subprocess.Popen([sys.executable, "-m", "accord", "extract", str(ARTICLES / "port-strike.txt"), "-o", str(target)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower, env=env)
    process.wait(timeout=300)
    os.close(follower)
    reader.join(timeout=10)
    os.close(leader)
    shown = b"".join(chunks)
    text = shown.decode("utf-8", "replace")
    assert process.returncode == 0
    assert "extracting" in text  # the progress display's label
    assert "extracted: 1 article (" in text


def test_an_unforeseen_failure_is_one_line_and_exit_2(monkeypatch, capsys) -> None:
    """The last-resort handler of ``accord`` keeps even a multi-line exception message to one line."""
    import accord.cli as cli
    import accord.cli.extract as extract_cli

    def unforeseen(*args, **kwargs):
        raise RuntimeError("first line of the message\nsecond line\nthird line")

    monkeypatch.setattr(extract_cli, "run_extract", unforeseen)
    monkeypatch.setattr(sys, "argv", ["accord", "extract", "-"])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 2
    assert capsys.readouterr().err == "accord: error: RuntimeError: first line of the message\n"


def test_ctrl_c_says_interrupted_and_exits_130(monkeypatch, capsys) -> None:
    """Ctrl-C ends any command with one line saying so (typer turned it into a silent exit 130)."""
    import accord.cli as cli
    import accord.cli.extract as extract_cli

    def pressed_ctrl_c(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(extract_cli, "run_extract", pressed_ctrl_c)
    monkeypatch.setattr(sys, "argv", ["accord", "extract", "-"])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 130
    assert capsys.readouterr().err == "accord: interrupted\n"


@pytest.mark.parametrize("command", ["extract", "ingest", "query", "export", "serve", "batch", "eval"])
def test_help_shows_flags_without_a_value(command) -> None:
    """`accord extract --help` showed "--with-text <bool>", as if the flag took a value (`--with-text true`
    would then be read as a PATH)."""
    result = CliRunner().invoke(app, [command, "--help"], terminal_width=100)
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout, result.stdout
    assert "--help" in result.stdout and "Show this message and exit." in result.stdout


@pytest.mark.parametrize(("command", "name"), [("extract", "PATH"), ("ingest", "PATH"), ("batch", "INPUT"), ("eval", "GOLD"),
                                              ("query", "KIND")])
def test_a_missing_argument_is_named_as_the_synopsis_names_it(command, name) -> None:
    """`accord ingest` with no path said "Missing argument 'paths'"; README and --help call it PATH."""
    result = CliRunner().invoke(app, [command, *(["--output", "out"] if command == "batch" else [])])
    assert result.exit_code == 2
    assert f"Missing argument '{name}'" in result.output, result.output


def test_the_extract_and_query_tables_flag_an_event_alike() -> None:
    """``extract --format table`` flagged a demanded act "hypothetical" (its contract modality) and an undated one
    "—", where ``query events`` says "demanded" and "undated": one flags cell and one word for no date."""
    from accord.cli.extract import events_table
    from accord.cli.query import page_table
    from accord.records import ActorRef, ArticleRecord, Event, Span
    from accord.store.query import Page

    text = "Kyiv demanded talks."
    event = Event(id="e1", event="REQUEST", trigger=Span.of(text, 5, 13), modality="hypothetical", assertion="demanded",
                  actors=[ActorRef(**Span.of(text, 0, 4).model_dump(), name="Kyiv", code="UKR")])
    record = ArticleRecord(id="a", source="a.txt", language="en", text=text, events=[event])

    def cells(table) -> list[str]:
        return [str(cell) for column in table.columns for cell in column._cells]

    extracted = cells(events_table(record))
    queried = cells(page_table("events", Page([event.model_dump(mode="json") | {"article_id": 1}], 1)))
    for word in ("demanded", "undated"):
        assert word in extracted and word in queried
    assert "hypothetical" not in extracted
