"""`accord eval`: score extraction against gold files and PolNeAR-style folders.

All texts of all sets go through ``extract_articles`` once (one model load, batched parsing); each
article's records are then reduced to the plain records of ``scoring`` and matched against its gold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from accord.article import Article, InputError
from accord.evaluate.gold import GoldArticle, GoldSet, SetKind, load_gold_file
from accord.evaluate.polnear import is_polnear_folder, load_polnear_folder
from accord.evaluate.report import (
    ArticleResult,
    EvaluationReport,
    SetResult,
    event_details,
    statement_details,
)
from accord.evaluate.scoring import (
    PredictedEvent,
    PredictedStatement,
    as_ranges,
    score_events,
    score_statements,
)
from accord.records import ArticleRecord, Event, Span, Statement
from accord.stages.base import Stage

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["evaluate_paths", "evaluate_sets", "load_sets"]


def load_sets(paths: Iterable[str], limit: int | None = None) -> list[GoldSet]:
    """One gold set per argument: a PolNeAR-style folder, else an ``accord-gold/1`` file."""
    sets: list[GoldSet] = []
    for raw in paths:
        path = Path(raw)
        if is_polnear_folder(path):
            sets.append(load_polnear_folder(path, limit))
        elif path.is_dir():
            sets.append(GoldSet(name=raw, kind="polnear", errors=[InputError(raw, "folder without gold.json and text/")]))
        else:
            gold_set = load_gold_file(path)
            gold_set.name = raw
            if limit is not None:
                gold_set.articles = gold_set.articles[:limit]
            sets.append(gold_set)
    return sets


def _ranges(span: Span | None) -> tuple[tuple[int, int], ...]:
    return as_ranges([(span.start, span.end)]) if span is not None else ()


def predicted_statement(statement: Statement) -> PredictedStatement:
    """What is scored of a predicted statement."""
    speaker = statement.speaker
    return PredictedStatement(
        content=_ranges(statement.content),
        speaker=_ranges(speaker),
        name=speaker.name if speaker else None,
        affiliation=speaker.affiliation if speaker else None,
        cue=_ranges(statement.cue),
    )


def predicted_event(event: Event) -> PredictedEvent:
    """What is scored of a predicted event; an unresolved date counts as no date."""
    date = event.date.value if event.date is not None and event.date.resolved else None
    return PredictedEvent(
        type=event.event,
        actors=frozenset(a.code for a in event.actors if a.code),
        trigger=_ranges(event.trigger),
        sentence=_ranges(event.sentence),
        negated=event.negated,
        date=date,
        modality=event.assertion or event.modality,
        location=(event.location.name, event.location.country, event.location.text or "") if event.location is not None else None,
    )


def score_article(gold: GoldArticle, record: ArticleRecord | InputError, kind: SetKind) -> ArticleResult:
    """Score one article's record (an extraction failure scores as no predictions)."""
    error = record.message() if isinstance(record, InputError) else None
    if isinstance(record, InputError):
        record = ArticleRecord(id=gold.name, source=gold.source, language="en")
    statement_match = score_statements(
        gold.statements, [predicted_statement(s) for s in record.statements], join_split_quotes=kind == "polnear"
    )
    event_match = score_events(gold.events, [predicted_event(e) for e in record.events])
    details = statement_details(gold.text, gold.statements, record, statement_match)
    if kind == "gold":
        details |= event_details(gold.text, gold.events, record, event_match)
    return ArticleResult(
        name=gold.name, source=gold.source, statements=statement_match.counts, events=event_match.counts,
        details=details, error=error,
    )


def evaluate_sets(
    sets: Sequence[GoldSet], nlp: Language | None = None, stages: Iterable[Stage] | None = None
) -> EvaluationReport:
    """Extract every article of every set in one batched pass, then score each set.

    ``stages`` defaults to the pipeline's ``STAGES`` (tests pass their own to check the plumbing).
    """
    from accord.pipeline import STAGES, extract_articles

    articles = [
        Article(text=g.text, source=g.source, id=g.name, published=g.published)
        for gold_set in sets
        for g in gold_set.articles
    ]
    records = iter(extract_articles(articles, nlp, stages=STAGES if stages is None else stages))
    report = EvaluationReport()
    for gold_set in sets:
        result = SetResult(name=gold_set.name, kind=gold_set.kind, errors=[e.message() for e in gold_set.errors])
        for gold in gold_set.articles:
            scored = score_article(gold, next(records), gold_set.kind)
            if scored.error:
                result.errors.append(scored.error)
            result.add(scored)
        report.sets.append(result)
    return report


def evaluate_paths(paths: Iterable[str], model: str | None = None, limit: int | None = None) -> EvaluationReport:
    """Load the gold sets named by ``paths`` and score the pipeline on them."""
    from accord.nlp import load_model

    sets = load_sets(paths, limit)
    nlp = load_model(model) if any(s.articles for s in sets) else None
    return evaluate_sets(sets, nlp)
