"""PLOVER -> CAMEO conversion and the GDELT-style writer (`accord extract --format cameo`)."""

from __future__ import annotations

import io

import pytest

from accord.formats.cameo import COLUMNS, cameo_code, event_rows, write_cameo
from accord.records import ActorRef, ArticleRecord, Event, EventDate, Location, Span
from accord.records import EVENT_TYPES


@pytest.mark.parametrize(
    ("event_type", "mode", "code"),
    [
        ("AGREE", None, "030"),
        ("CONSULT", "visit", "042"),
        ("CONSULT", "phone", "041"),
        ("REQUEST", "meet", "106"),
        ("REJECT", "meet", "125"),
        ("THREATEN", "restrict", "1312"),
        ("PROTEST", "riot", "145"),
        ("COERCE", "arrest", "173"),
        ("RETREAT", "release", "0841"),
        ("ASSAULT", "drone", "180"),  # a mode the table does not list: the type's generic code
    ],
)
def test_conversion(event_type, mode, code):
    assert cameo_code(event_type, mode) == code


def test_every_plover_type_converts():
    for event_type in EVENT_TYPES:
        assert cameo_code(event_type)[:2].isdigit()


def _record() -> ArticleRecord:
    text = "Russia and Ukraine held talks in Istanbul. Turkey did not sanction Russia."
    def ref(start: int, end: int, code: str, sector: str | None = None) -> ActorRef:
        return ActorRef(text=text[start:end], start=start, end=end, name=text[start:end], code=code, sector=sector)
    talks = Event(id="e1", event="CONSULT", actors=[ref(0, 6, "RUS", "GOV"), ref(11, 18, "UKR")], trigger=Span.of(text, 24, 29),
                  date=EventDate(value="2025-05-16", granularity="day"),
                  location=Location(name="Istanbul", country="TUR", lat=41.01, lon=28.95))
    negated = Event(id="e2", event="SANCTION", negated=True, actors=[ref(43, 49, "TUR")], recipients=[ref(66, 72, "RUS")], trigger=Span.of(text, 58, 66))
    return ArticleRecord(id="a1", source="a.txt", published="2025-05-17", language="en", events=[talks, negated])


def test_rows_expand_reciprocal_actors_and_skip_negated_events():
    rows = list(event_rows(_record()))
    assert len(rows) == 2  # RUS->UKR and UKR->RUS; the negated SANCTION is not CAMEO data
    first = dict(zip(COLUMNS, rows[0]))
    assert (first["Actor1Code"], first["Actor2Code"], first["EventCode"], first["EventRootCode"], first["QuadClass"]) == ("RUSGOV", "UKR", "040", "04", "1")
    assert first["SQLDATE"] == "20250516" and first["ActionGeo_CountryCode"] == "TUR"


def test_rows_leave_out_unreported_events_unless_asked_and_never_date_an_event_by_its_report():
    """A demanded or future act is not CAMEO event data by default; an undated event keeps SQLDATE empty
    while DATEADDED carries the report's day."""
    record = _record()
    talks = record.events[0]
    planned = talks.model_copy(update={"id": "e3", "modality": "future", "date": None})
    undated = talks.model_copy(update={"id": "e4", "date": None})
    record = record.model_copy(update={"events": [talks, planned, undated]})
    rows = [dict(zip(COLUMNS, row)) for row in event_rows(record)]
    assert {row["GLOBALEVENTID"].split("-")[1] for row in rows} == {"e1", "e4"}
    assert all(row["Assertion"] == "asserted" and row["DATEADDED"] == "20250517" for row in rows)
    assert {row["SQLDATE"] for row in rows if row["GLOBALEVENTID"].startswith("a1-e4-")} == {""}
    every = [dict(zip(COLUMNS, row)) for row in event_rows(record, all_assertions=True)]
    assert {row["Assertion"] for row in every if row["GLOBALEVENTID"].startswith("a1-e3-")} == {"future"}


def test_writer_prints_a_header_and_tab_separated_rows():
    out = io.StringIO()
    write_cameo([_record()], out)
    lines = out.getvalue().splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines[1:])


def test_a_line_break_or_tab_inside_a_value_never_breaks_a_row():
    record = _record()
    actor = record.events[0].actors[0]
    record.events[0].actors[0] = actor.model_copy(update={"name": "Russian\r\nFederation\tgovernment"})
    out = io.StringIO()
    write_cameo([record], out)
    lines = out.getvalue().splitlines()  # splits at \r too, as spreadsheet and TSV readers do
    assert len(lines) == 1 + len(list(event_rows(record)))
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)
    assert "Russian  Federation government" in out.getvalue()


def test_registered_as_an_output_format():
    from accord.formats.writers import FORMATS

    assert FORMATS["cameo"] is write_cameo
