"""The article's statements indexed once for the date rules (review): by id, by their cue's sentence, and the
direct quotes' spans, so that asking about one event reads its sentence's statements, not every statement
of the article (the rules ask per event, which made them quadratic in an article's statements)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from accord.records import Statement
from accord.stages.base import ArticleState

# The scratch key the index is kept under: built on the first question, once per article.
STATEMENTS_KEY = "date_statements"
# The statement kind of a direct quote, whose words are the speaker's, not the story's narration.
DIRECT_KIND = "direct"


@dataclass
class StatementIndex:
    """Statements by id and by the sentence holding their cue's start; direct quotes' spans in text order."""

    sentence_starts: list[int]  # each sentence's first character
    by_id: dict[str, Statement] = field(default_factory=dict)
    by_sentence: dict[int, list[Statement]] = field(default_factory=dict)
    quote_starts: list[int] = field(default_factory=list)
    quote_reach: list[int] = field(default_factory=list)  # the furthest end of the quotes starting up to each one
    quotes: list[tuple[int, int]] = field(default_factory=list)
    order: dict[int, int] = field(default_factory=dict)  # each statement's place in the article's list, by id()
    by_quote: dict[tuple[int, int], Statement] = field(default_factory=dict)  # the first direct statement of each quote span

    def sentence_of(self, char: int) -> int:
        """The index of the sentence holding character ``char``."""
        return bisect_right(self.sentence_starts, char) - 1

    def with_cue_over(self, spans: Iterable[tuple[int, int]]) -> list[Statement]:
        """The statements, in the article's order, whose cue overlaps one of the character ranges."""
        spans = list(spans)
        candidates = {id(s): s for start, end in spans
                      for sentence in range(self.sentence_of(start), self.sentence_of(max(start, end - 1)) + 1)
                      for s in self.by_sentence.get(sentence, ())}
        return sorted((s for s in candidates.values() if any(s.cue.start < end and start < s.cue.end for start, end in spans)),
                      key=lambda s: self.order[id(s)])

    def in_direct_quote(self, char: int) -> bool:
        """Whether character ``char`` lies inside a direct quote's content."""
        position = bisect_right(self.quote_starts, char)
        return bool(position) and self.quote_reach[position - 1] > char

    def quoting(self, start: int, end: int) -> list[Statement]:
        """The direct statements whose quoted words hold the range [start, end), innermost first."""
        return [self.by_quote[span] for span in self.quotes_holding(start, end) if span in self.by_quote]

    def quotes_holding(self, start: int, end: int) -> list[tuple[int, int]]:
        """The direct quotes whose content holds the range [start, end): walked back from the last quote
        starting at ``start`` until no earlier quote reaches ``end`` (quotes rarely nest, so a few steps)."""
        found = []
        position = bisect_right(self.quote_starts, start) - 1
        while position >= 0 and self.quote_reach[position] >= end:
            if self.quotes[position][1] >= end:
                found.append(self.quotes[position])
            position -= 1
        return found


def statement_index(state: ArticleState) -> StatementIndex:
    """The article's statement index, built on the first call and kept in ``state.scratch``."""
    index = state.scratch.get(STATEMENTS_KEY)
    if index is None:
        index = _build(state)
        state.scratch[STATEMENTS_KEY] = index
    return index


def _build(state: ArticleState) -> StatementIndex:
    index = StatementIndex([s.start_char for s in state.doc.sents])
    for position, statement in enumerate(state.statements):
        index.order[id(statement)] = position
        index.by_id.setdefault(statement.id, statement)
        if statement.cue is not None:
            index.by_sentence.setdefault(index.sentence_of(statement.cue.start), []).append(statement)
    for statement in state.statements:
        if statement.kind == DIRECT_KIND:
            index.by_quote.setdefault((statement.content.start, statement.content.end), statement)
    index.quotes = sorted((s.content.start, s.content.end) for s in state.statements if s.kind == DIRECT_KIND)
    index.quote_starts = [start for start, _ in index.quotes]
    reach = 0
    for _, end in index.quotes:
        reach = max(reach, end)
        index.quote_reach.append(reach)
    return index
