"""One chunk through the shared worker code: one line per item, failures as error records."""

from __future__ import annotations

import json

from accord.article import Article, InputError
from accord.batch.extract import extract_chunk, failed_chunk
from accord.records import ArticleRecord

TEXT = "Foreign Minister Anna Kovacs said on Monday that the talks in Geneva had made progress."


def test_every_item_gives_one_line_in_order_with_text_and_errors_in_place(nlp):
    items = [
        Article(text=TEXT, source="f.jsonl", id="ok"),
        InputError("f.jsonl:line 2", "malformed JSON (Expecting value at column 1)"),
        Article(text="Der Außenminister sagte am Montag, die Gespräche in Genf seien vorangekommen.", source="f.jsonl", id="de"),
    ]
    output = extract_chunk(items, nlp)
    records = [ArticleRecord.model_validate(json.loads(line)) for line in output.lines]
    assert [record.id for record in records] == ["ok", records[1].id, "de"]
    assert records[0].text == TEXT and records[0].error is None
    assert records[1].error.startswith("malformed JSON") and records[1].source == "f.jsonl:line 2" and records[1].text == ""
    assert records[2].language != "en" and records[2].error is None
    assert output.errors == ["f.jsonl:line 2: malformed JSON (Expecting value at column 1)"]


def test_a_failing_stage_becomes_an_error_record_and_its_neighbours_survive(nlp, monkeypatch):
    import accord.pipeline as pipeline

    def explode(article, doc, stages=()):
        if "explode" in article.text:
            raise ValueError("boom")
        return original(article, doc, stages)

    original = pipeline.run_stages
    monkeypatch.setattr(pipeline, "run_stages", explode)
    items = [Article(text=TEXT, source="f", id="1"), Article(text=TEXT + " It will explode.", source="f", id="2")]
    output = extract_chunk(items, nlp)
    first, second = (json.loads(line) for line in output.lines)
    assert first["id"] == "1" and "error" not in first
    assert second["id"] == "2" and "boom" in second["error"] and second["text"] == items[1].text
    assert len(output.errors) == 1


def test_a_chunk_that_failed_whole_keeps_each_item_id_line_and_text():
    items = [
        Article(text=TEXT, source="f.jsonl", id="a1", extra={"line": 3}),
        InputError("f.jsonl:line 4", "malformed JSON (Expecting value at column 1)", line=4),
    ]
    output = failed_chunk(items, "extraction failed: RuntimeError: worker lost")
    first, second = (json.loads(line) for line in output.lines)
    assert first["id"] == "a1" and first["text"] == TEXT and first["source"] == "f.jsonl:line 3"
    assert first["error"] == "extraction failed: RuntimeError: worker lost"
    assert second["source"] == "f.jsonl:line 4" and second["text"] == ""
    assert output.errors == [
        "f.jsonl:line 3: extraction failed: RuntimeError: worker lost",
        "f.jsonl:line 4: extraction failed: RuntimeError: worker lost",
    ]


def test_the_string_store_does_not_grow_with_the_texts_extracted(nlp):
    def chunk(start: int) -> list[Article]:
        return [
            Article(text=f"Envoy Zorvath{n} said talks with Kelmora{n} in Vantrell{n} had stalled.", source="f", id=str(n))
            for n in range(start, start + 20)
        ]

    extract_chunk(chunk(0), nlp)
    before = len(nlp.vocab.strings)
    for start in (100, 200, 300):
        extract_chunk(chunk(start), nlp)
    assert len(nlp.vocab.strings) == before


def test_a_worker_whose_warm_up_failed_keeps_its_strings_so_later_chunks_still_parse(monkeypatch):
    # A stage the failed warm-up never reached would build its matchers inside the first chunk's memory zone;
    # freeing that zone's strings made every later chunk fail ("Can't retrieve string for hash").
    import contextlib

    import spacy

    import accord.batch.extract as worker

    nlp = spacy.blank("en")
    zones: list[str] = []
    monkeypatch.setattr(nlp, "memory_zone", lambda *args, **kwargs: zones.append("zone") or contextlib.nullcontext())
    monkeypatch.setattr(worker, "extract_articles",
                        lambda items, nlp, **kwargs: [InputError(item.source, "extraction failed: boom") for item in items])
    assert worker.warm_up(nlp) is False
    output = extract_chunk([Article(text=TEXT, source="f", id="1")], nlp)
    assert zones == [] and output.errors == ["f: extraction failed: boom"]


def test_a_worker_whose_warm_up_ran_to_the_end_frees_each_chunks_strings(monkeypatch):
    import contextlib

    import spacy

    import accord.batch.extract as worker

    nlp = spacy.blank("en")
    zones: list[str] = []
    monkeypatch.setattr(nlp, "memory_zone", lambda *args, **kwargs: zones.append("zone") or contextlib.nullcontext())
    record = ArticleRecord(id="1", source="f", language="en", text=TEXT)
    monkeypatch.setattr(worker, "extract_articles", lambda items, nlp, **kwargs: [record for _ in items])
    assert worker.warm_up(nlp) is True
    extract_chunk([Article(text=TEXT, source="f", id="1")], nlp)
    assert zones == ["zone"]
