"""Evaluation results as dataclasses, rendered as rich tables or JSON, plus per-article error details."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.evaluate.gold import SetKind
from accord.evaluate.scoring import (
    EventCounts,
    EventMatch,
    GoldEvent,
    GoldStatement,
    Ranges,
    StatementCounts,
    StatementMatch,
)
from accord.records import ArticleRecord, Event, Span

# Figures are printed and exported with this many decimals.
DECIMALS = 3


@dataclass
class ArticleResult:
    """One scored article: counts, plus its false positives and misses for ``--details``."""

    name: str
    source: str
    statements: StatementCounts
    events: EventCounts
    details: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def summary(self, kind: SetKind) -> dict[str, Any]:
        """The article's counts as one JSON-able row."""
        row: dict[str, Any] = {
            "article": self.name,
            "predicted_statements": self.statements.predicted,
            "gold_statements": self.statements.gold,
            "found_statements": self.statements.found,
            "correct_statements": self.statements.correct,
        }
        if kind == "gold":
            row |= {
                "predicted_events": self.events.predicted,
                "required_events": self.events.required,
                "found_events": self.events.found,
            }
        if self.error:
            row["error"] = self.error
        return row


@dataclass
class SetResult:
    """One evaluation argument's result: its articles and summed counts."""

    name: str
    kind: SetKind
    articles: list[ArticleResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    statements: StatementCounts = field(default_factory=StatementCounts)
    events: EventCounts = field(default_factory=EventCounts)

    @property
    def label(self) -> str:
        """A short column heading: the gold file's name, or the folder's last two parts."""
        parts = Path(self.name).parts
        return parts[-1] if self.kind == "gold" else "/".join(parts[-2:])

    def add(self, article: ArticleResult) -> None:
        self.articles.append(article)
        self.statements.add(article.statements)
        self.events.add(article.events)

    def figures(self) -> dict[str, float]:
        """The headline figures of this kind of set (what the gate and the issues quote)."""
        s = self.statements
        figures = {
            "statement_precision": s.precision,
            "statement_recall": s.recall,
            "statement_f1": s.f1,
        }
        if self.kind == "gold":
            e = self.events
            figures |= {
                "speaker_name_accuracy": s.name_accuracy,
                "affiliation_accuracy": s.affiliation_accuracy,
                "event_precision": e.precision,
                "event_recall": e.recall,
                "event_f1": e.f1,
                "date_accuracy": e.date_accuracy,
            }
        figures["speaker_span_accuracy"] = s.speaker_span_accuracy
        return {name: round(value, DECIMALS) for name, value in figures.items()}

    def counts(self) -> dict[str, int]:
        """The raw counts behind the figures."""
        counts = {f"statements_{k}": v for k, v in vars(self.statements).items()}
        if self.kind == "gold":
            counts |= {f"events_{k}": v for k, v in vars(self.events).items()}
        return counts

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "set": self.name,
            "kind": self.kind,
            "articles_scored": len(self.articles),
            "figures": self.figures(),
            "counts": self.counts(),
            "articles": [a.summary(self.kind) for a in self.articles],
            "errors": self.errors,
        }


@dataclass
class EvaluationReport:
    """Every set's result; ``failed`` when any input could not be read or extracted."""

    sets: list[SetResult] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(s.errors for s in self.sets)

    def to_json_dict(self) -> dict[str, Any]:
        return {"sets": [s.to_json_dict() for s in self.sets]}

    def details(self) -> list[dict[str, Any]]:
        """Per-article false positives and misses (for ``--details FILE``)."""
        return [{"set": s.name, "article": a.name, "source": a.source, **a.details} for s in self.sets for a in s.articles]


def span_json(text: str, ranges: Ranges) -> list[dict[str, Any]]:
    """Ranges as a list of ``{text, start, end}`` spans (several for a discontinuous span)."""
    return [{"text": text[start:end], "start": start, "end": end} for start, end in ranges]


def statement_details(
    text: str, gold: Sequence[GoldStatement], record: ArticleRecord, match: StatementMatch
) -> dict[str, Any]:
    """One article's statement errors: false positives, misses, found statements with a wrong speaker."""
    found = match.found
    matched_predictions = match.matched_predictions
    false_positives = [
        {"id": s.id, "kind": s.kind, "content": s.content.model_dump(), "speaker": _dump(s.speaker)}
        for i, s in enumerate(record.statements)
        if i not in match.correct
    ]
    misses = [
        {"content": span_json(text, g.content), "speaker": span_json(text, g.source), "name": g.name}
        for i, g in enumerate(gold)
        if i not in found
    ]
    wrong_speakers = [
        {
            "id": record.statements[p].id,
            "content": record.statements[p].content.text,
            "gold_speaker": span_json(text, gold[g].source),
            "gold_name": gold[g].name,
            "gold_affiliation": gold[g].affiliation,
            "predicted_speaker": _dump(record.statements[p].speaker),
            "right": {"name": verdict.name, "affiliation": verdict.affiliation, "span": verdict.span},
        }
        for (g, p), verdict in zip(match.pairs, match.verdicts, strict=True)
        if not verdict.all_right
    ]
    return {
        "statements_predicted": len(record.statements),
        "statements_gold": len(gold),
        "statement_false_positives": false_positives,
        "statement_misses": misses,
        "statement_wrong_speakers": wrong_speakers,
        # Correct (inside a gold) but not matched one-to-one: usually one gold statement split in several.
        "statement_unmatched_correct": [record.statements[i].id for i in sorted(match.correct - matched_predictions)],
    }


def event_details(text: str, gold: Sequence[GoldEvent], record: ArticleRecord, match: EventMatch) -> dict[str, Any]:
    """One article's event errors: false positives, missed required events, found events with a wrong date."""
    found = {g for g, _ in match.pairs}
    return {
        "events_predicted": len(record.events),
        "events_required": sum(1 for g in gold if not g.optional),
        "event_false_positives": [_event_brief(record.events[p]) for p in sorted(match.false_positives)],
        "event_misses": [
            {"types": sorted(g.types), "negated": g.negated, "actors": sorted(g.actors),
             "trigger": span_json(text, g.trigger), "date": g.date}
            for i, g in enumerate(gold)
            if not g.optional and i not in found
        ],
        "event_wrong_dates": [
            {"predicted": _event_brief(record.events[p]), "gold_date": gold[g].date}
            for (g, p), right in zip(match.pairs, match.dates_right, strict=True)
            if not right
        ],
    }


def _dump(span: Span | None) -> dict[str, Any] | None:
    return span.model_dump() if span is not None else None


def _event_brief(event: Event) -> dict[str, Any]:
    """What a person needs to see of a predicted event to judge it."""
    return {
        "id": event.id,
        "event": event.event,
        "negated": event.negated,
        "actors": [a.code for a in event.actors],
        "trigger": event.trigger.model_dump(),
        "sentence": _dump(event.sentence),
        "date": event.date.model_dump() if event.date else None,
    }
