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
from accord.language import detect_language
from accord.nlp import BATCH_SIZE, load_model
from accord.records import ArticleRecord
from accord.stages import dates, entities, events, places, positions, quantities, statements
from accord.stages.base import ArticleState, Stage

STAGES: tuple[Stage, ...] = (
    entities.STAGE,
    statements.STAGE,
    events.STAGE,
    dates.STAGE,
    places.STAGE,
    quantities.STAGE,
    positions.STAGE,
)
# The language the stages and lexicons are written for; other languages get empty records.
EXTRACTED_LANGUAGE = "en"


def run_stages(article: Article, doc: Doc, stages: Iterable[Stage] = STAGES) -> ArticleRecord:
    """Run the stages over one parsed article and assemble its record."""
    state = ArticleState(article=article, doc=doc)
    for stage in stages:
        stage.run(state)
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
                languages[index] = detect_language(item.text, default=EXTRACTED_LANGUAGE)
                if languages[index] == EXTRACTED_LANGUAGE:
                    english.append(index)
        docs: dict[int, Doc] = {}
        if english:
            nlp = nlp or load_model()
            texts = (batch[i].text for i in english)  # type: ignore[union-attr]
            docs = dict(zip(english, nlp.pipe(texts, batch_size=batch_size)))
        for index, item in enumerate(batch):
            if isinstance(item, InputError):
                yield item
            elif index in docs:
                try:
                    yield run_stages(item, docs[index], stages)
                except Exception as exc:  # one bad article must not stop the run
                    yield InputError(item.source or item.id or "?", f"extraction failed: {type(exc).__name__}: {exc}")
            else:
                yield article_record(item, languages[index])
