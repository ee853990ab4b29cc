"""The assessment lexicon (``data/positions/polarity.tsv``): phrases, their sign and their kind.

One home for the rows, read by the positions stage (which scores statements) and the corpus divergence
(which needs to know which evidence words are positions on an issue rather than assessments of the talks).
"""

from __future__ import annotations

import functools

from accord.knowledge.loader import read_rows

# The lexicon kind of words that give a position on what they govern: they count only when that is
# an issue ("eliminate its enrichment programme", not "eliminate any doubts").
STANCE = "stance"
# The kind of a row that names none.
ASSESSMENT = "assessment"


@functools.lru_cache(maxsize=1)
def polarity_rows() -> tuple[tuple[str, int, str], ...]:
    """(lower-cased phrase, +1 or -1, kind) of every row of ``polarity.tsv``."""
    return tuple((row["phrase"], int(row["polarity"]), row["kind"] or ASSESSMENT)
                 for row in read_rows("positions/polarity.tsv", ("phrase", "polarity", "kind")))


@functools.lru_cache(maxsize=1)
def stance_weights() -> dict[str, int]:
    """Lower-cased stance phrase -> +1 (for what it governs) or -1 (against it)."""
    return {phrase: weight for phrase, weight, kind in polarity_rows() if kind == STANCE}


@functools.lru_cache(maxsize=1)
def lexicon_phrases() -> frozenset[str]:
    """Every lower-cased phrase of the lexicon, whatever its kind: whether an evidence word is the
    lexicon's own (a negator is not)."""
    return frozenset(phrase for phrase, _weight, _kind in polarity_rows())
