"""Token indices picked by a label in one vectorised pass over the Doc's arrays (no Token objects).

A Python loop over every token that reads ``token.dep_`` or ``token.pos_`` creates a Token and looks a
string up per token; the stages use these filters to visit only the few tokens that can matter.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy as np
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.tokens import Doc


def indices_with(doc: Doc, attr: str, labels: Iterable[str]) -> list[int]:
    """Indices, in text order, of the tokens whose ``attr`` ("POS", "TAG", "DEP", ...) is one of ``labels``."""
    if len(doc) == 0:
        return []
    values = doc.to_array(attr)
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


def indices_with_words(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices, in text order, of the tokens whose lower-cased form or lower-cased lemma is one of ``words``
    (``token.lower_ in words or token.lemma_.lower() in words``), each distinct string read once."""
    if len(doc) == 0:
        return []
    values = doc.to_array(["LOWER", "LEMMA"])
    unique = np.unique(values).tolist()
    lowered = lowered_strings(doc, unique)
    wanted = [h for h in unique if lowered[h] in words]
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
