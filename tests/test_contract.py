"""Real `accord extract` output on several articles validates against the extraction contract's schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from accord.cli import app
from readers_support import ARTICLES, FIXTURES, serve_articles
from records_support import iter_spans, offset_mismatches

SCHEMA_PATH = FIXTURES / "extraction.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def records(nlp, example_path: Path) -> list[dict]:
    """One run over every kind of input: the example, news-style texts, HTML, JSONL, French, a URL."""
    with serve_articles() as base:
        inputs = [str(example_path), str(ARTICLES), f"{base}/world/ceasefire.html", f"{base}/plain.txt"]
        result = CliRunner().invoke(app, ["extract", *inputs, "--with-text"], catch_exceptions=False)
    assert "Traceback" not in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 10  # navigation-only.html is the one input reported as an error
    return lines


def test_schema_copy_is_identical_to_the_shared_contract(shared_dir: Path) -> None:
    assert SCHEMA_PATH.read_bytes() == (shared_dir / "contract" / "extraction.schema.json").read_bytes()


def test_every_record_validates(records: list[dict], validator) -> None:
    for record in records:
        errors = sorted(validator.iter_errors(record), key=lambda error: list(error.path))
        assert not errors, f"{record['source']}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_record_models_serialise_to_the_contract(records: list[dict], validator) -> None:
    """Round trip: the pydantic model reads every record back and writes the same JSON."""
    from accord.records import ArticleRecord

    for record in records:
        assert ArticleRecord.model_validate(record).to_json_dict() == record


def test_every_span_points_at_its_text(records: list[dict]) -> None:
    for record in records:
        assert offset_mismatches(record, record["text"]) == [], record["source"]


def test_spans_are_found_when_stages_produce_them(records: list[dict]) -> None:
    """Guard for the walk itself: statement spans of the example are reached (when any exist)."""
    example = records[0]
    expected = sum(1 + (s["cue"] is not None) + (s["speaker"] is not None) for s in example["statements"])
    found = [path for path, _ in iter_spans(example) if re.fullmatch(r"\$\.statements\[\d+\]\.(content|cue|speaker)", path)]
    assert len(found) == expected


@pytest.mark.parametrize(
    "breakage",
    [
        lambda r: r.pop("language"),
        lambda r: r.update(published="17 May 2025"),
        lambda r: r.update(statements=[{"id": "s1", "kind": "quoted", "content": {"text": "x", "start": 0, "end": 1}, "cue": None, "speaker": None}]),
        lambda r: r.update(events=[{"id": "e1", "event": "PARLEY"}]),
    ],
)
def test_schema_rejects_broken_records(records: list[dict], validator, breakage) -> None:
    """The validation above can fail: records broken in contract-relevant ways are rejected."""
    record = json.loads(json.dumps(records[0]))
    breakage(record)
    assert list(validator.iter_errors(record))


def test_languages_and_text_presence(records: list[dict]) -> None:
    by_name = {Path(r["source"]).name: r for r in records}
    assert by_name["pourparlers-fr.txt"]["language"] == "fr"
    assert all(r["language"] == "en" for name, r in by_name.items() if name != "pourparlers-fr.txt")


def test_span_of_fast_path_equals_a_validated_span() -> None:
    """``Span.of`` skips the validator for plain values: the result must be indistinguishable."""
    from accord.records import Span

    text = "Talks in Istanbul ended."
    fast = Span.of(text, 9, 17)
    validated = Span(text="Istanbul", start=9, end=17)
    assert fast == validated
    assert fast.model_dump_json() == validated.model_dump_json()
    assert fast.model_fields_set == validated.model_fields_set
    assert repr(fast) == repr(validated)
    with pytest.raises(ValueError):
        fast.start = -1  # assignment is still validated
