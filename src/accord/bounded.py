"""Bounded work per article: long whitespace-free runs tokenized in pieces, and a time budget.

spaCy's tokenizer strips prefixes and suffixes from a whitespace-free run one at a time, searching
the rest of the run each time, so its cost grows with the square of the run's length (5,000 emoji
took 3 s, 20,000 ``!`` 35 s, a 1,000,000-character run never finished). A text with a run longer than
``LONG_RUN_CHARS`` is therefore tokenized in pieces cut inside such runs, each piece by the stock
tokenizer, and the pieces joined into one Doc: the text (so every offset) is unchanged, the only
difference is a token boundary at each cut, and the cost is linear in the text's length.
"""

from __future__ import annotations

import re
import time

from spacy.language import Language
from spacy.tokens import Doc

# Longest whitespace-free run tokenized in one piece. News text has no run near this long (the
# longest are URLs of one or two hundred characters); at this length a run costs ~5 ms, so a whole
# article of such runs at the character limit tokenizes in seconds, not days.
LONG_RUN_CHARS = 200
LONG_RUN = re.compile(r"\S{%d,}" % (LONG_RUN_CHARS + 1))
# Most tokens one article may have for the parse. The tagger and parser hold ~15 kB per token of
# one Doc (measured: 100,000 tokens peak at ~1.5 GB above the model and take ~30-50 s), so this,
# not the character limit, bounds memory: prose at 1,000,000 characters is ~200,000 tokens, and
# a run of 1,000,000 emoji is 1,000,000 tokens. No news article comes near (a long one is 5,000).
MAX_ARTICLE_TOKENS = 100_000
# Seconds one article's stages may take after its parse. An article at the size limit takes well
# under this (see README, "Extract limits"); one that takes longer is reported as failed rather
# than holding up a batch or an ingest. Checked between stages.
ARTICLE_SECONDS = 300.0


def cut_points(text: str) -> list[int]:
    """Offsets at which ``text`` is cut so no piece holds a whitespace-free run over LONG_RUN_CHARS."""
    cuts: list[int] = []
    for match in LONG_RUN.finditer(text):
        cuts.extend(range(match.start() + LONG_RUN_CHARS, match.end(), LONG_RUN_CHARS))
    return cuts


def tokenized(nlp: Language, text: str) -> Doc:
    """``text`` tokenized for ``nlp.pipe`` in linear time (in pieces when it has long runs; same text)."""
    cuts = cut_points(text)
    if not cuts:
        return nlp.make_doc(text)
    bounds = [0, *cuts, len(text)]
    pieces = [nlp.tokenizer(text[start:end]) for start, end in zip(bounds, bounds[1:])]
    return Doc.from_docs(pieces, ensure_whitespace=False)


def too_many_tokens(doc: Doc) -> str | None:
    """Why a tokenized article is refused before the parse, or None when it is within MAX_ARTICLE_TOKENS."""
    if len(doc) <= MAX_ARTICLE_TOKENS:
        return None
    return f"too large: {len(doc):,} tokens (limit {MAX_ARTICLE_TOKENS:,} tokens; see accord.bounded)"


class OverBudget(RuntimeError):
    """An article's stages ran past ARTICLE_SECONDS."""


class Budget:
    """A per-article deadline, checked between stages (a stage is never interrupted half-way)."""

    def __init__(self, seconds: float = ARTICLE_SECONDS) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def check(self, stage: str) -> None:
        """Raise OverBudget when the deadline has passed (naming the stage that crossed it)."""
        if time.monotonic() > self.deadline:
            raise OverBudget(f"over the time budget of {self.seconds:g} s per article (after stage {stage}; see accord.bounded)")
