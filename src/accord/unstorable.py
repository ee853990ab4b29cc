"""Characters no store or tokenizer can take: lone surrogates and NUL, replaced one for one.

A JSON ``\\ud800`` escape decodes to a lone surrogate that cannot be encoded as UTF-8 (the tokenizer,
SQLite and PostgreSQL all refuse it), and PostgreSQL refuses NUL in text while SQLite stores it. Each
is replaced by U+FFFD, one character for one, so every offset into the text stays valid and both
stores hold the same text; the replacement is noted (a warning on the ``accord.input`` logger, which
reaches stderr), naming the input. Readers, the pipeline and the store all use this one module.
"""

from __future__ import annotations

import logging
import re

# What stands in for an unstorable character: the Unicode replacement character (same length: 1).
REPLACEMENT = "\ufffd"
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable_count(value: str) -> int:
    """How many lone surrogates and NULs ``value`` holds."""
    return len(UNSTORABLE.findall(value))


def clean(value: str) -> str:
    """``value`` with every lone surrogate and NUL replaced by U+FFFD (length unchanged)."""
    return UNSTORABLE.sub(REPLACEMENT, value) if UNSTORABLE.search(value) else value


LOG = logging.getLogger("accord.input")


def note(where: str, message: str) -> None:
    """One line (a logged warning) about an input that was read with a change: not a failure."""
    LOG.warning("%s: note: %s", where, message)


def cleaned_field(value: str, where: str, field: str) -> str:
    """``value`` cleaned, with a note naming the field when anything was replaced."""
    count = unstorable_count(value)
    if not count:
        return value
    note(where, f'{count} lone surrogate or NUL character(s) in "{field}" replaced by U+FFFD')
    return clean(value)
