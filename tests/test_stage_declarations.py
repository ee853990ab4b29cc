"""Each stage's declared reads and writes match what it does, and it reads only what comes before it.

The stages run over real articles on a state that records every field and scratch key touched; a
stage that reads something it does not declare, or changes something it does not declare, fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from accord.article import Article
from accord.pipeline import STAGES
from accord.stages.base import ArticleState, Stage, covers, unsatisfied_reads

# State attributes a stage can read or write; "text" is the Doc's text, so reading it reads "doc".
TRACED = frozenset({"article", "doc", "text", "entities", "statements", "events", "scratch"})
RECORD_LISTS = ("entities", "statements", "events")
# Texts with pronouns, relative clauses, dates, places and counts, so every declared read happens.
TEXTS = (
    "Foreign Minister Hakan Fidan, who hosted the talks, said on Friday that Russia and Ukraine agreed to "
    "exchange 1,000 prisoners each. He added that the delegations met in Istanbul. The talks took place "
    "at Dolmabahce Palace. Ukraine rejected the Russian demands, which it called unacceptable.",
    "Kenya has refused to attend a hearing of the International Court of Justice. In a letter last week, "
    "the Kenyan government cited the pandemic.",
)
EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


class _Log:
    """What one stage touched: names read and names written."""

    def __init__(self) -> None:
        self.reads: set[str] = set()
        self.writes: set[str] = set()


class _Scratch(dict):
    """Scratch data that records each key read or written."""

    def __init__(self, log: _Log) -> None:
        super().__init__()
        self.log = log

    def __getitem__(self, key: str) -> Any:
        self.log.reads.add(f"scratch.{key}")
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self.log.reads.add(f"scratch.{key}")
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self.log.reads.add(f"scratch.{key}")
        return super().__contains__(key)

    def __setitem__(self, key: str, value: Any) -> None:
        self.log.writes.add(f"scratch.{key}")
        super().__setitem__(key, value)

    def setdefault(self, key: str, default: Any = None) -> Any:
        self.log.writes.add(f"scratch.{key}")
        return super().setdefault(key, default)


class _TracedState(ArticleState):
    """An ArticleState that records attribute reads and assignments in ``self.log``."""

    def __getattribute__(self, name: str) -> Any:
        if name in TRACED and name != "scratch":
            object.__getattribute__(self, "log").reads.add("doc" if name == "text" else name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        log = self.__dict__.get("log")
        if log is not None and name in TRACED:
            log.writes.add(name)
        object.__setattr__(self, name, value)


def _snapshot(state: ArticleState) -> dict[str, list[dict]]:
    return {name: [r.model_dump() for r in object.__getattribute__(state, name)] for name in RECORD_LISTS}


def _changed(before: dict[str, list[dict]], after: dict[str, list[dict]]) -> set[str]:
    """Record-list names whose list changed, or "list.field" for fields changed in place."""
    changed: set[str] = set()
    for name in RECORD_LISTS:
        old, new = before[name], after[name]
        if len(old) != len(new) or any(o.get("id") != n.get("id") for o, n in zip(old, new)):
            changed.add(name)
            continue
        changed |= {f"{name}.{key}" for o, n in zip(old, new) for key in n if n[key] != o.get(key)}
    return changed


def _trace(nlp, text: str, published: str | None) -> dict[str, _Log]:
    """Run every stage over one text on a traced state; what each stage touched, by stage name."""
    state = _TracedState(article=Article(text=text, source="test", published=published), doc=nlp(text))
    logs: dict[str, _Log] = {}
    scratch: dict[str, Any] = {}
    for stage in STAGES:
        log = _Log()
        object.__setattr__(state, "log", log)
        traced_scratch = _Scratch(log)
        dict.update(traced_scratch, scratch)
        object.__setattr__(state, "scratch", traced_scratch)
        before = _snapshot(state)
        stage.run(state)
        log.writes |= _changed(before, _snapshot(state))
        scratch = dict(object.__getattribute__(state, "scratch"))
        logs[stage.name] = log
    return logs


@pytest.fixture(scope="module")
def traces(nlp) -> list[dict[str, _Log]]:
    texts = [(t, "2025-05-16") for t in TEXTS] + [(p.read_text(encoding="utf-8"), "2025-05-17") for p in EXAMPLES]
    return [_trace(nlp, text, published) for text, published in texts]


def _by_name(name: str) -> Stage:
    return next(s for s in STAGES if s.name == name)


def test_every_declared_read_is_written_before_it():
    assert unsatisfied_reads(STAGES) == []


def test_a_read_written_only_later_is_reported():
    first = Stage("first", lambda state: None, reads=("doc",), writes=("entities",))
    second = Stage("second", lambda state: None, reads=("entities", "scratch.mentions"), writes=("statements",))
    assert unsatisfied_reads((first, second)) == ["stage 'second' reads 'scratch.mentions', which no earlier stage writes"]
    assert unsatisfied_reads((second, first))[0].startswith("stage 'second' reads 'entities'")


@pytest.mark.parametrize("stage", [s.name for s in STAGES])
def test_stage_reads_only_what_it_declares(traces, stage):
    declared = _by_name(stage)
    undeclared = {read for trace in traces for read in trace[stage].reads
                  if not any(covers(d, read) for d in declared.reads + declared.writes)}
    assert undeclared == set()


@pytest.mark.parametrize("stage", [s.name for s in STAGES])
def test_stage_writes_only_what_it_declares(traces, stage):
    declared = _by_name(stage)
    undeclared = {write for trace in traces for write in trace[stage].writes
                  if not any(write == d or write.startswith(d + ".") for d in declared.writes)}
    assert undeclared == set()


@pytest.mark.parametrize("stage", [s.name for s in STAGES])
def test_every_declared_read_happens(traces, stage):
    done = {read for trace in traces for read in trace[stage].reads}
    assert {d for d in _by_name(stage).reads if not any(covers(d, r) for r in done)} == set()
