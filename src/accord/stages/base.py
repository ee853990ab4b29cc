"""What every extraction stage shares: the per-article state it reads and writes, and its declaration.

A stage follows spaCy's ``pipeline/`` discipline: it finds candidates over the parsed Doc, then writes
typed records into the state, and declares the state fields it reads and writes. A declared name is a
state field ("events"), a field of its records ("statements.issues") or a scratch key
("scratch.mentions"); ``unsatisfied_reads`` checks that every read is written by an earlier stage.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from accord.article import Article
from accord.records import Entity, Event, Statement
from accord.stages.grammar import document_text


@dataclass
class ArticleState:
    """Everything known about one article while the stages run over it."""

    article: Article
    doc: Doc
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Stage-to-stage working data that is not part of the contract (declared in reads/writes).
    scratch: dict[str, Any] = field(default_factory=dict)

    @functools.cached_property
    def text(self) -> str:
        """The document text, joined once: ``Doc.text`` rebuilds the string on every access."""
        return document_text(self.doc)


@dataclass(frozen=True)
class Stage:
    """A named step over an ArticleState, with the fields it reads and writes."""

    name: str
    run: Callable[[ArticleState], None]
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()


# What every stage may read without an earlier stage writing it: the input article and its parse.
INPUTS: tuple[str, ...] = ("article", "doc")


def covers(written: str, read: str) -> bool:
    """Whether writing ``written`` provides ``read``: the same name, or one is a field of the other."""
    return written == read or read.startswith(written + ".") or written.startswith(read + ".")


def unsatisfied_reads(stages: Iterable[Stage]) -> list[str]:
    """One line per declared read that neither the input nor an earlier stage's writes provide."""
    problems: list[str] = []
    written: list[str] = list(INPUTS)
    for stage in stages:
        for read in stage.reads:
            if not any(covers(w, read) for w in written):
                problems.append(f"stage {stage.name!r} reads {read!r}, which no earlier stage writes")
        written.extend(stage.writes)
    return problems
