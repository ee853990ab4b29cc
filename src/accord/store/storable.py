"""Records made storable alike on SQLite and PostgreSQL: no lone surrogate, no NUL, in any string.

SQLite stores NUL and PostgreSQL refuses it; neither can encode a lone surrogate. Records extracted
here are already clean (the readers and the pipeline replace both), but records from elsewhere (batch
output, ``ingest_records``) are cleaned the same way, one character for one, so offsets hold.
"""

from __future__ import annotations

from accord.records import ArticleRecord
from accord.unstorable import UNSTORABLE, clean


def _clean_json(value: object) -> object:
    """``value`` (JSON-like) with every string cleaned."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_clean_json(item) for item in value]
    if isinstance(value, dict):
        return {clean(key) if isinstance(key, str) else key: _clean_json(item) for key, item in value.items()}
    return value


def needs_cleaning(record: ArticleRecord, text: str) -> bool:
    """True when the record or its text holds a character one of the stores cannot take."""
    return bool(UNSTORABLE.search(text)) or bool(UNSTORABLE.search(record.model_dump_json(exclude={"text"})))


def storable(record: ArticleRecord, text: str) -> tuple[ArticleRecord, str, bool]:
    """``(record, text, changed)`` with lone surrogates and NULs replaced by U+FFFD everywhere."""
    try:
        if not needs_cleaning(record, text):
            return record, text, False
    except ValueError:  # a lone surrogate cannot even be serialised
        pass
    cleaned = ArticleRecord.model_validate(_clean_json(record.model_dump(mode="python")))
    return cleaned, clean(text), True
