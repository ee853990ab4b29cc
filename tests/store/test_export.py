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
                      "sector,speaker_entity_id,cue,content,content_start,content_end,addressee,via,polarity"]
