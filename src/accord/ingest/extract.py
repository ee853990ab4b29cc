"""Extraction from paths: readers, then the pipeline — the records ``accord extract`` writes.

``extract_paths`` is the reusable generator (the CLI, the API, workers): records (or InputErrors) in
input order, one model load.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from accord.article import Article, InputError
from accord.nlp import load_model
from accord.pipeline import extract_articles
from accord.readers import FileId, read_inputs
from accord.records import ArticleRecord


def read_articles(paths: Iterable[str], published: str | None = None, with_text: bool = False,
                  skip: frozenset[FileId] = frozenset()) -> Iterator[Article | InputError]:
    """The inputs' articles in order; ``with_text`` marks every article's text to be printed; the files
    ``skip`` names (the run's own output) are no input."""
    for item in read_inputs(paths, published, skip):
        if with_text and isinstance(item, Article):
            item.text_is_derived = True
        yield item


def extract_paths(
    paths: Iterable[str],
    published: str | None = None,
    model: str | None = None,
    with_text: bool = False,
    nlp: Language | None = None,
    skip: frozenset[FileId] = frozenset(),
) -> Iterator[ArticleRecord | InputError]:
    """Records (or InputErrors) for every article of the inputs, in input order, one model load."""
    nlp = nlp or load_model(model)
    yield from extract_articles(read_articles(paths, published, with_text, skip), nlp)
