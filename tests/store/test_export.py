"""Export: jsonl after ingest equals what extract prints for the same inputs; csv/parquet tables."""

from __future__ import annotations

import csv
import json

import pytest

from accord.ingest import ingest_paths
from accord.store import export, export_records, ingest_records

ARTICLE_TEXT = (
    "Turkish Foreign Minister Hakan Fidan said on Friday that the delegations would meet again. "
    "Russian negotiator Vladimir Medinsky told reporters that Moscow was satisfied with the talks."
)
HTML_PAGE = (
    "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
    "<p>The European Union said on Monday it would send observers to the ceasefire line.</p>"
    "<p>Kyiv accused Moscow of shelling the port of Odesa, officials said.</p></article></body></html>"
)


@pytest.fixture
def inputs(tmp_path, example_path):
    (tmp_path / "fidan.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    lines = [
        {"id": "j1", "text": "The UN envoy said both parties agreed to a prisoner exchange.", "published": "2025-05-10"},
        {"id": "j2", "text": "Protesters marched in Tbilisi, police said.", "url": "https://news.example/tbilisi"},
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    paths = [str(tmp_path / "fidan.txt"), str(tmp_path / "page.html"), str(tmp_path / "batch.jsonl")]
    if example_path.is_file():
        paths.append(str(example_path))
    return paths


@pytest.mark.slow
def test_export_jsonl_equals_extract_output(db_url, inputs, nlp):
    from accord.ingest import extract_paths

    extracted = [record.to_json_dict() for record in extract_paths(inputs, nlp=nlp)]
    summary = ingest_paths(inputs, db_url)
    assert summary.new == len(extracted) and summary.failed == 0
    from accord.store import open_store

    with open_store(db_url) as store:
        exported = list(export_records(store))
    assert exported == extracted  # dict equality: key order aside, identical records


def test_export_formats(store, two_articles, tmp_path):
    ingest_records(two_articles, store)
    assert export(store, "jsonl", tmp_path / "out.jsonl") == 2
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [record.to_json_dict() for record in two_articles]
    assert export(store, "csv", tmp_path / "events.csv") == 2
    with open(tmp_path / "events.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["event"] for row in rows} == {"REQUEST", "ACCUSE"}
    assert export(store, "csv", tmp_path / "statements.csv", table="statements") == 4
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    assert export(store, "parquet", tmp_path / "s.parquet", table="statements") == 4
    table = pyarrow_parquet.read_table(tmp_path / "s.parquet")
    assert table.num_rows == 4 and "speaker_name" in table.column_names


@pytest.mark.parametrize(
    ("filters", "expected"),
    [({"since": "2025-05-17"}, ["second"]), ({"until": "2025-05-16"}, ["first"]),
     ({"actor": "Umerov"}, ["second"]), ({"actor": "RUS"}, ["first", "second"])],
)
def test_export_filters(store, two_articles, filters, expected):
    ingest_records(two_articles, store)
    assert [record["id"] for record in export_records(store, **filters)] == expected


def test_export_rejects_parquet_to_stdout(store):
    with pytest.raises(ValueError, match="parquet"):
        export(store, "parquet", None)


def test_export_cameo_rows(store, two_articles, tmp_path):
    ingest_records(two_articles, store)
    assert export(store, "cameo", tmp_path / "events.tsv") == 2  # records read
    rows = (tmp_path / "events.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("GLOBALEVENTID\t")
    assert any("ACCUSE" in row.split("\t") for row in rows[1:])


def test_event_rows_hold_reported_events_unless_all_assertions(store, two_articles, tmp_path):
    """An exported dataset counts what happened, as every view does: a demanded act is left out of the
    events table and the CAMEO rows by default, and comes back marked with ``all_assertions``."""
    first = two_articles[0]
    demanded = first.events[0].model_copy(update={"id": "e-demanded", "modality": "hypothetical", "assertion": "demanded"})
    records = [first.model_copy(update={"events": [*first.events, demanded]}), *two_articles[1:]]
    ingest_records(records, store)
    assert export(store, "csv", tmp_path / "events.csv") == 2
    assert export(store, "csv", tmp_path / "all.csv", all_assertions=True) == 3
    with open(tmp_path / "all.csv", encoding="utf-8") as handle:
        marked = {row["event_id"]: row["assertion"] for row in csv.DictReader(handle)}
    assert marked["e-demanded"] == "demanded"
    export(store, "cameo", tmp_path / "events.tsv")
    assert "-e-demanded-" not in (tmp_path / "events.tsv").read_text(encoding="utf-8")
    export(store, "cameo", tmp_path / "all.tsv", all_assertions=True)
    assert "\tdemanded\n" in (tmp_path / "all.tsv").read_text(encoding="utf-8")


@pytest.mark.parametrize("table", ["statements", "events", "entities", "articles"])
def test_parquet_with_no_matching_rows_is_a_valid_file_with_the_schema(store, two_articles, tmp_path, table):
    """A filter that matches nothing (and an empty store) still writes a readable Parquet file with every column."""
    from accord.store.export import TABLE_COLUMNS

    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    empty_store_file = tmp_path / "empty.parquet"
    assert export(store, "parquet", empty_store_file, table=table) == 0
    ingest_records(two_articles, store)
    target = tmp_path / "none.parquet"
    assert export(store, "parquet", target, since="2031-01-01", table=table) == 0
    for path in (empty_store_file, target):
        read = pyarrow_parquet.read_table(path)
        assert read.num_rows == 0
        assert read.column_names == [name for name, _ in TABLE_COLUMNS[table]]
    assert str(read.schema.field(TABLE_COLUMNS[table][0][0]).type) == "int64"


@pytest.mark.parametrize("table", ["statements", "events", "entities", "articles"])
def test_flat_tables_have_their_declared_columns_and_types(store, two_articles, tmp_path, table):
    """Rows carry exactly the declared columns; the Parquet file keeps the declared types."""
    from accord.store.export import ROW_SOURCES, TABLE_COLUMNS

    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    ingest_records(two_articles, store)
    rows = list(ROW_SOURCES[table](store, []))
    assert rows and all(list(row) == [name for name, _ in TABLE_COLUMNS[table]] for row in rows)
    assert export(store, "parquet", tmp_path / "t.parquet", table=table) == len(rows)
    read = pyarrow_parquet.read_table(tmp_path / "t.parquet")
    assert read.num_rows == len(rows) and read.to_pylist() == rows


def test_csv_with_no_matching_rows_still_has_its_header(store, tmp_path):
    assert export(store, "csv", tmp_path / "none.csv", table="statements") == 0
    header = (tmp_path / "none.csv").read_text(encoding="utf-8").splitlines()
    assert header == ["article_id,record_id,published,statement,kind,speaker,speaker_name,speaker_title,affiliation,"
                      "sector,speaker_entity_id,cue,content,content_start,content_end,addressee,via,polarity,"
                      "party,third_party,issues,evidence,article_title,article_url"]


def test_flat_exports_carry_what_an_analyst_reads(store, tmp_path):
    """Sentence, article title and URL, quantities, coordinates, party, issues and evidence are in the rows."""
    from accord.records import ArticleRecord, Event, Location, Quantity, Span, Speaker, Statement

    text = "Russia and Ukraine agreed in Istanbul to exchange 1,000 prisoners. Medinsky said the talks were useful."
    sentence = Span.of(text, 0, text.index(".") + 1)
    trigger = text.index("agreed")
    content = text.index("the talks")
    record = ArticleRecord(
        id="x", source="t.txt", title="Prisoner swap agreed", url="https://news.example/swap", published="2025-05-17",
        language="en", text=text,
        events=[Event(id="e1", event="AGREE", trigger=Span.of(text, trigger, trigger + 6), sentence=sentence,
                      location=Location(name="Istanbul", country="TUR", lat=41.01, lon=28.97),
                      quantities=[Quantity(value=1000, unit="prisoners", text="1,000 prisoners")],
                      issues=["prisoner_exchange"])],
        statements=[Statement(id="s1", kind="indirect", content=Span.of(text, content, len(text) - 1),
                              cue=Span.of(text, content - 5, content - 1),
                              speaker=Speaker(**Span.of(text, content - 14, content - 6).model_dump(), affiliation="RUS"),
                              issues=["negotiation_process"], polarity="positive", party="RUS",
                              evidence=[Span.of(text, len(text) - 7, len(text) - 1)])],
    )
    ingest_records([record], db=store)
    export(store, "csv", tmp_path / "events.csv", table="events")
    export(store, "csv", tmp_path / "statements.csv", table="statements")
    [event] = list(csv.DictReader(open(tmp_path / "events.csv", encoding="utf-8")))
    assert event["sentence"] == sentence.text and event["article_title"] == "Prisoner swap agreed"
    assert event["article_url"] == "https://news.example/swap"
    assert event["quantities"] == "1000 prisoners = 1,000 prisoners"
    assert (float(event["lat"]), float(event["lon"])) == (41.01, 28.97) and event["issues"] == "prisoner_exchange"
    [statement] = list(csv.DictReader(open(tmp_path / "statements.csv", encoding="utf-8")))
    assert (statement["party"], statement["issues"], statement["evidence"]) == ("RUS", "negotiation_process", "useful")
    assert statement["article_title"] == "Prisoner swap agreed"
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    export(store, "parquet", tmp_path / "events.parquet", table="events")
    row = pyarrow_parquet.read_table(tmp_path / "events.parquet").to_pylist()[0]
    assert row["lat"] == 41.01 and row["quantities"] == "1000 prisoners = 1,000 prisoners"


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_guarded_but_spans_stay_verifiable(store, tmp_path):
    """A speaker, title or sentence starting with = + - @ opened in a spreadsheet ran as a formula (CSV
    injection from the article's own words); such a cell gets a leading apostrophe. The span columns
    (content, trigger) keep their exact text so ``text[start:end] == cell`` still checks out."""
    from accord.records import ArticleRecord, Event, Span, Speaker, Statement

    text = '=HYPERLINK("http://evil.example") said @Kyiv agreed. +Moscow: -the talks were useful.'
    speaker_start = 0
    cue = text.index("said")
    content = text.index("-the talks")
    trigger = text.index("agreed")
    record = ArticleRecord(
        id="x", source="t.txt", title="=cmd|' /C calc'!A0", url=None, published="2025-05-17", language="en", text=text,
        events=[Event(id="e1", event="AGREE", trigger=Span.of(text, trigger, trigger + 6),
                      sentence=Span.of(text, 0, text.index(".") + 1),
                      actors=[{**Span.of(text, cue + 5, cue + 10).model_dump(), "name": "@Kyiv"}])],
        statements=[Statement(id="s1", kind="indirect", content=Span.of(text, content, len(text) - 1),
                              cue=Span.of(text, cue, cue + 4),
                              speaker=Speaker(**Span.of(text, speaker_start, cue - 1).model_dump()))],
    )
    ingest_records([record], db=store)
    export(store, "csv", tmp_path / "events.csv", table="events")
    export(store, "csv", tmp_path / "statements.csv", table="statements")
    [event] = list(csv.DictReader(open(tmp_path / "events.csv", encoding="utf-8")))
    [statement] = list(csv.DictReader(open(tmp_path / "statements.csv", encoding="utf-8")))
    assert event["sentence"].startswith("'=HYPERLINK") and event["actors"] == "'@Kyiv"
    assert event["article_title"] == "'=cmd|' /C calc'!A0"
    assert statement["speaker"].startswith("'=HYPERLINK")
    # A span cell is the text at its offsets, unchanged (its columns are documented as verbatim).
    assert statement["content"] == "-the talks were useful" == text[int(statement["content_start"]):int(statement["content_end"])]
    assert event["trigger"] == "agreed" == text[int(event["trigger_start"]):int(event["trigger_end"])]
    assert event["event"] == "AGREE" and statement["kind"] == "indirect"  # ordinary cells are untouched
