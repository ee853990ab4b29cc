"""The date rules' statement index: statements found by the sentence of their cue and direct quotes by
position, answering as a scan over every statement would."""

from __future__ import annotations

from types import SimpleNamespace

from accord.stages.dates.statement_index import statement_index

TEXT = '"We will not yield," Ali said. Later, Omar said the talks failed. "Talks are over," he added.'


def _span(text: str, occurrence: int = 0) -> SimpleNamespace:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return SimpleNamespace(start=start, end=start + len(text))


def _state() -> SimpleNamespace:
    sentences = [SimpleNamespace(start_char=TEXT.index(s)) for s in ('"We will', "Later,", '"Talks are')]
    statements = [
        SimpleNamespace(id="s1", kind="direct", cue=_span("said"), content=_span("We will not yield,")),
        SimpleNamespace(id="s2", kind="indirect", cue=_span("said", 1), content=_span("the talks failed")),
        SimpleNamespace(id="s3", kind="direct", cue=_span("added"), content=_span("Talks are over,")),
    ]
    return SimpleNamespace(doc=SimpleNamespace(sents=sentences), statements=statements, scratch={})


def test_statements_are_found_by_the_cue_they_overlap_and_by_id():
    state = _state()
    index = statement_index(state)
    said = _span("said", 1)
    assert [s.id for s in index.with_cue_over([(said.start, said.end)])] == ["s2"]
    assert index.with_cue_over([(0, 3)]) == []
    assert index.by_id["s3"].kind == "direct"
    assert statement_index(state) is index  # built once per article


def test_a_position_is_in_a_direct_quote_only_inside_one():
    index = statement_index(_state())
    inside, outside = _span("yield"), _span("failed")
    assert index.in_direct_quote(inside.start)
    assert not index.in_direct_quote(outside.start)
    assert index.quotes_holding(inside.start, inside.end) == [(_span("We will not yield,").start, _span("We will not yield,").end)]
    assert index.quotes_holding(outside.start, outside.end) == []
