"""Token indices picked by a label in one vectorised pass over the Doc's arrays (no Token objects).

A Python loop over every token that reads ``token.dep_`` or ``token.pos_`` creates a Token and looks a
string up per token; the stages use these filters to visit only the few tokens that can matter.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy as np
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.tokens import Doc, Span, Token


# The key of a document's token attribute arrays in ``Doc.user_data``: attribute(s) -> ``Doc.to_array`` of them.
_ARRAYS = "accord.token_arrays"


def token_array(doc: Doc, attrs: str | tuple[str, ...]) -> np.ndarray:
    """``doc.to_array(attrs)``, read once per document and shared (read-only) by every later filter: the
    parse does not change after the pipeline, and the stages ask for the same few columns a dozen times."""
    arrays: dict[str | tuple[str, ...], np.ndarray] = doc.user_data.setdefault(_ARRAYS, {})
    values = arrays.get(attrs)
    if values is None:
        values = arrays[attrs] = doc.to_array(list(attrs) if isinstance(attrs, tuple) else attrs)
    return values


def indices_with(doc: Doc, attr: str, labels: Iterable[str]) -> list[int]:
    """Indices, in text order, of the tokens whose ``attr`` ("POS", "TAG", "DEP", ...) is one of ``labels``."""
    if len(doc) == 0:
        return []
    values = token_array(doc, attr)
    mask = np.zeros(len(values), dtype=bool)
    for label in labels:  # a few labels: comparisons are ~10x faster than np.isin on arrays this short
        mask |= values == np.uint64(doc.vocab.strings[label])
    return np.flatnonzero(mask).tolist()


# The key of a document's lower-cased strings by hash in ``Doc.user_data``.
_LOWERED = "accord.lowered_strings"


def lowered_strings(doc: Doc, hashes: Iterable[int]) -> dict[int, str]:
    """The lower-cased string of each of ``hashes`` (of the Doc's StringStore), in a per-Doc table that answers
    the later callers too: the trigger, cue and mediator filters read the same lemmas' strings."""
    table: dict[int, str] = doc.user_data.setdefault(_LOWERED, {})
    strings = doc.vocab.strings
    for h in hashes:
        if h not in table:
            table[h] = strings[h].lower()
    return table


# The key of a document's sentence table in ``Doc.user_data``: (its sentences, each token's sentence).
_SENTENCES = "accord.sentences"


def _sentence_table(doc: Doc) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """``tuple(doc.sents)`` and each token's sentence by token index, built once per document: ``Token.sent``
    walks the tokens to both ends of its sentence and builds a new Span on every access (~3.8 us a call)."""
    table = doc.user_data.get(_SENTENCES)
    if table is None:
        sentences = tuple(doc.sents)
        table = doc.user_data[_SENTENCES] = (sentences, tuple(s for s in sentences for _ in range(len(s))))
    return table


def document_sentences(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, made once per document and shared (read-only) by every caller."""
    return _sentence_table(doc)[0]


def token_sentences(doc: Doc) -> tuple[Span, ...]:
    """Each token's sentence (``token.sent``) by token index, made once per document."""
    return _sentence_table(doc)[1]


def sentence_of(token: Token) -> Span:
    """``token.sent``, from the per-document sentence table (one Span per sentence, made once)."""
    return _sentence_table(token.doc)[1][token.i]


# The key of a document's lower-form and lemma table in ``Doc.user_data`` (``_lower_and_lemma``).
_LOWER_AND_LEMMA = "accord.lower_and_lemma"


def _lower_and_lemma(doc: Doc) -> tuple[np.ndarray, dict[str, tuple[int, ...]]]:
    """The Doc's (LOWER, LEMMA) hash array and its distinct hashes by lower-cased string, built once per
    document: ``indices_with_words`` is asked per sentence and per speaker head, and ``np.unique`` and a walk
    over every distinct string were its cost."""
    table = doc.user_data.get(_LOWER_AND_LEMMA)
    if table is None:
        values = token_array(doc, ("LOWER", "LEMMA"))
        unique = np.unique(values).tolist()
        lowered = lowered_strings(doc, unique)
        grouped: dict[str, list[int]] = {}
        for h in unique:
            grouped.setdefault(lowered[h], []).append(h)
        # Tuples of ints, which the garbage collector stops tracking: a list per word kept with every live Doc
        # made each later collection walk them (a run holding many parsed documents slowed down).
        by_string = {word: tuple(hashes) for word, hashes in grouped.items()}
        table = doc.user_data[_LOWER_AND_LEMMA] = (values, by_string)
    return table


def indices_with_words(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices, in text order, of the tokens whose lower-cased form or lower-cased lemma is one of ``words``
    (``token.lower_ in words or token.lemma_.lower() in words``), each distinct string read once."""
    if len(doc) == 0:
        return []
    values, by_string = _lower_and_lemma(doc)
    wanted = [h for word in words for h in by_string.get(word, ())]
    if not wanted:
        return []
    return np.flatnonzero(np.isin(values, np.array(wanted, dtype=np.uint64)).any(axis=1)).tolist()


# The dependency labels and parts of speech of spaCy's English noun-chunk iterator
# (spacy/lang/en/syntax_iterators.py), which ``noun_chunk_bounds`` reproduces over arrays.
NOUN_CHUNK_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")
NOUN_CHUNK_POS = ("NOUN", "PROPN", "PRON")


def noun_chunk_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` token bounds of ``doc.noun_chunks``, the same chunks in the same order, with
    Python visiting only the nouns and pronouns in a chunk-heading relation (not every token)."""
    if doc.noun_chunks_iterator is not english_noun_chunks or len(doc) == 0 or not doc.has_annotation("DEP"):
        return [(chunk.start, chunk.end) for chunk in doc.noun_chunks]  # another language's rules, or its error
    strings = doc.vocab.strings
    values = doc.to_array(["POS", "DEP", "HEAD"])  # uint64: label hashes, and HEAD as a wrapped signed offset
    deps = values[:, 1]
    heads = (np.arange(len(doc), dtype=np.int64) + values[:, 2].astype(np.int64)).tolist()
    conj_id = strings["conj"]
    is_np_dep = np.isin(deps, np.array([strings[label] for label in NOUN_CHUNK_DEPS], dtype=np.uint64))
    pos_mask = np.isin(values[:, 0], np.array([strings[pos] for pos in NOUN_CHUNK_POS], dtype=np.uint64))
    candidates = np.flatnonzero(pos_mask & (is_np_dep | (deps == np.uint64(conj_id)))).tolist()
    np_flags = is_np_dep.tolist()
    dep_list = deps.tolist()
    bounds: list[tuple[int, int]] = []
    prev_end = -1
    for i in candidates:
        if not np_flags[i]:  # a conjunct heads a chunk when the first of its conjunction does
            head = heads[i]
            while dep_list[head] == conj_id and heads[head] < head:
                head = heads[head]
            if not np_flags[head]:
                continue
        left = doc[i].left_edge.i
        if left <= prev_end:  # no nested chunks
            continue
        prev_end = i
        bounds.append((left, i + 1))
    return bounds
