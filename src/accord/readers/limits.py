"""Size limits for inputs, checked before anything large is read into memory.

One article is parsed in one piece by spaCy, so its text is bounded by ``MAX_CHARS`` (which
``accord.nlp`` configures spaCy with). Files above the byte limits are refused from ``os.stat``
alone, without being read. This module imports nothing, so reading inputs never loads spaCy.
"""

from __future__ import annotations

# spaCy refuses longer texts by default; the readers refuse articles above this many characters
# and ``accord.nlp`` raises spaCy's own limit to it.
MAX_CHARS = 1_000_000

# Longest article text accepted, in characters (what spaCy is configured to parse in one Doc).
MAX_ARTICLE_CHARS = MAX_CHARS
# A plain-text article file: MAX_CHARS characters take at most 4 bytes each in UTF-8, so any
# file larger than this cannot fit; smaller ones are read and their decoded length checked.
MAX_ARTICLE_BYTES = 4 * MAX_CHARS
# An HTML page carries markup, scripts and styles around its text; 20 MB covers the heaviest
# real news pages while keeping a mistaken multi-gigabyte input from being read.
MAX_HTML_BYTES = 20_000_000
# One JSONL line: the text plus JSON escaping (``\\uXXXX`` is 6 bytes a character) and metadata.
MAX_JSONL_LINE_BYTES = 6 * MAX_CHARS + 65_536


def too_large(size: int, limit: int, unit: str = "bytes", at_least: bool = False) -> str:
    """The reason given for refusing an input that exceeds a limit (``at_least``: reading stopped early)."""
    amount = f"over {limit:,}" if at_least else f"{size:,}"
    return f"too large: {amount} {unit} (limit {limit:,} {unit}; see accord.readers.limits)"
