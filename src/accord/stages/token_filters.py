"""Token indices picked by a label in one vectorised pass over the Doc's arrays (no Token objects).

A Python loop over every token that reads ``token.dep_`` or ``token.pos_`` creates a Token and looks a
string up per token; the stages use these filters to visit only the few tokens that can matter.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
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
