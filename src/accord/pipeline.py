"""The extraction pipeline: articles in, contract records out, one parse per article.

Stages run in the order of ``STAGES``; each declares what it reads and writes (see ``stages.base``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from accord.article import Article, InputError
from accord.bounded import ARTICLE_SECONDS, Budget, OverBudget, tokenized, too_many_tokens
from accord.language import EXTRACTED_LANGUAGE, detect_language
from accord.nlp import BATCH_SIZE, load_model
from accord.records import ArticleRecord
from accord.stages import entities, events, places, positions, quantities, statements
from accord.stages.dates import stage as dates
from accord.stages.base import ArticleState, Stage
from accord.unstorable import cleaned_field

STAGES: tuple[Stage, ...] = (
    entities.STAGE,
    statements.STAGE,
    events.STAGE,
    dates.STAGE,
    places.STAGE,
    quantities.STAGE,
    positions.STAGE,
)


def run_stages(article: Article, doc: Doc, stages: Iterable[Stage] = STAGES, seconds: float = ARTICLE_SECONDS) -> ArticleRecord:
    """Run the stages over one parsed article and assemble its record (within a time budget)."""
    state = ArticleState(article=article, doc=doc)
    budget = Budget(seconds)
    for stage in stages:
        stage.run(state)
        budget.check(getattr(stage, "name", type(stage).__name__))
    return article_record(
        article, EXTRACTED_LANGUAGE, statements=state.statements, events=state.events, entities=state.entities
    )


def article_record(article: Article, language: str, **found: Any) -> ArticleRecord:
    """The article's record: its metadata and what the stages ``found`` (empty lists for a language accord
    does not extract)."""
    return ArticleRecord(
        id=article.id or "",
        source=article.source,
        title=article.title,
        url=article.url,
        published=article.published,
        language=language,
        text=article.text if article.text_is_derived else None,
        **found,
    )


def _clean_article(article: Article) -> None:
    """Replace lone surrogates and NULs (readers already do; this covers articles built in code)."""
    where = article.source or article.id or "?"
    for name in ("text", "id", "title", "url", "source"):
        value = getattr(article, name)
        if isinstance(value, str):
            setattr(article, name, cleaned_field(value, where, name))


def article_where(article: Article) -> str:
    """How messages name an article: its source (else its id), and its line in a JSONL file when known."""
    line = article.extra.get("line")
    source = article.source or article.id or "?"
    return f"{source}:line {line}" if line else source


def _failed(article: Article, reason: str) -> InputError:
    """The InputError of an article that failed after reading: names its source and line, keeps its id."""
    return InputError(article_where(article), reason, id=article.id, line=article.extra.get("line"))


def extract_articles(
    items: Iterable[Article | InputError],
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    stages: Iterable[Stage] = STAGES,
) -> Iterator[ArticleRecord | InputError]:
    """Extract records from articles in input order; input errors pass through in their place.

    Articles are parsed in batches through ``nlp.pipe``; an article whose stages fail becomes an
    ``InputError`` naming it, and the others go on.
    """
    stages = tuple(stages)
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, batch_size)):
        languages: dict[int, str] = {}
        english: list[int] = []
        for index, item in enumerate(batch):
            if isinstance(item, Article):
                _clean_article(item)
                languages[index] = detect_language(item.text, default=EXTRACTED_LANGUAGE)
                if languages[index] == EXTRACTED_LANGUAGE:
                    english.append(index)
        docs: dict[int, Doc] = {}
        refused: dict[int, str] = {}
        if english:
            nlp = nlp or load_model()
            tokens = {i: tokenized(nlp, batch[i].text) for i in english}  # type: ignore[union-attr]
            refused = {i: reason for i, doc in tokens.items() if (reason := too_many_tokens(doc))}
            parse = [i for i in english if i not in refused]
            docs = dict(zip(parse, nlp.pipe((tokens[i] for i in parse), batch_size=batch_size)))
            del tokens
        for index, item in enumerate(batch):
            if isinstance(item, InputError):
                yield item
            elif index in refused:
                yield _failed(item, refused[index])
            elif index in docs:
                try:
                    yield run_stages(item, docs[index], stages)
                except OverBudget as exc:
                    yield _failed(item, str(exc))
                except Exception as exc:  # one bad article must not stop the run
                    yield _failed(item, f"extraction failed: {type(exc).__name__}: {exc}")
            else:
                yield article_record(item, languages[index])
