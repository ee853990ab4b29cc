"""The reader's output: an article's text and metadata, before any NLP."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """One input article as read: ``text`` is exactly what offsets point into."""

    text: str
    source: str | None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    # True when text is printed in the record: HTML, URL, or any input with --with-text (not .txt or JSONL).
    text_is_derived: bool = False
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)


def content_id(text: str) -> str:
    """A stable id from the content: the first 16 hex digits of its SHA-256 (lone surrogates hashed as
    written, so even text not yet cleaned has an id)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class InputError:
    """An input that could not be read: which one, and why, in one line."""

    source: str
    reason: str
    # The input's own id and line number when known (a refused JSONL line), so output joins to input.
    # Not compared: the source (``file:line N``) and reason already say which input and why.
    id: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)

    def message(self) -> str:
        """The one stderr line for this input: ``source: reason``."""
        return f"{self.source}: {self.reason}"
