"""PLOVER contexts of an event from keywords in its sentence (data: ``plover/contexts.json``).

Only the manual's contexts, and only those a keyword makes clear ("truce" -> diplomatic, "cholera" ->
health); the broad ones (executive, political institutions, ...) need document-level classifiers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from accord.knowledge.loader import read_json


@dataclass(frozen=True)
class ContextRule:
    """A context's single-word keywords, multi-word keywords (space-joined) and the contexts that replace it."""

    name: str
    words: frozenset[str]
    phrases: tuple[str, ...]
    unless: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_context_rules() -> tuple[ContextRule, ...]:
    """The context keyword table, parsed once per process."""
    data = read_json("events/contexts.json")
    return tuple(
        ContextRule(name, frozenset(w.lower() for w in spec.get("words", [])),
                    tuple(f" {p.lower()} " for p in spec.get("phrases", [])), frozenset(spec.get("unless", [])))
        for name, spec in data["contexts"].items()
    )


@functools.lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[re.Pattern[str] | None, ...]:
    """Per rule, one regex alternation of its phrases: a single search instead of a Python loop of ``in`` tests."""
    return tuple(re.compile("|".join(map(re.escape, r.phrases))) if r.phrases else None for r in load_context_rules())


# The key of a document's sentence contexts in ``Doc.user_data``: (sentence start, end) -> its contexts.
_CONTEXTS = "accord.sentence_contexts"


def sentence_contexts(sentence: SpacySpan) -> list[str]:
    """The contexts a sentence's keywords make clear, in the table's order; read once per sentence (the event
    builder and the type model ask it for every candidate of the sentence)."""
    known = sentence.doc.user_data.setdefault(_CONTEXTS, {})
    key = (sentence.start, sentence.end)
    if key not in known:
        known[key] = tuple(_read_contexts(sentence))
    return list(known[key])


def _read_contexts(sentence: SpacySpan) -> list[str]:
    """The contexts of ``sentence`` from its words and lemmas (``sentence_contexts``, uncached)."""
    lower_forms = [t.lower_ for t in sentence]  # read once: each attribute access looks the string up again
    lemma_forms = [t.lemma_.lower() for t in sentence]
    words = {*lower_forms, *lemma_forms}
    forms = " " + " ".join(lower_forms) + " "
    lemmas = " " + " ".join(lemma_forms) + " "
    rules = load_context_rules()
    found = [r for r, phrases in zip(rules, _phrase_patterns())
             if not r.words.isdisjoint(words) or (phrases is not None and (phrases.search(forms) or phrases.search(lemmas)))]
    names = {r.name for r in found}
    return [r.name for r in found if not r.unless & names]
