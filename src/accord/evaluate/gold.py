"""Loading ``accord-gold/1`` files (shared/gold/FORMAT.md) into scorable gold articles.

A gold file names its article's text with ``text_file``, relative to the gold folder's parent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from accord.article import InputError
from accord.evaluate.scoring import GoldEvent, GoldStatement, Ranges, as_ranges

GOLD_FORMAT = "accord-gold/1"
SetKind = Literal["gold", "polnear"]


@dataclass
class GoldArticle:
    """One annotated article: its text and what should be extracted from it."""

    name: str
    text: str
    source: str
    published: str | None = None
    statements: list[GoldStatement] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)


@dataclass
class GoldSet:
    """The articles of one evaluation argument (a gold file or a PolNeAR-style folder)."""

    name: str
    kind: SetKind
    articles: list[GoldArticle] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


class GoldFormatError(ValueError):
    """A gold file that does not follow ``accord-gold/1``; the message says where."""


def read_failure(exc: OSError | UnicodeDecodeError) -> str:
    """The reason a gold or text file could not be read, in one line (the caller names the file)."""
    if isinstance(exc, UnicodeDecodeError):
        return f"cannot read: {exc}"
    return f"cannot read: {exc.strerror or exc}"


def _span_ranges(span: Any, text: str, where: str) -> Ranges:
    """The range of a ``{text, start, end}`` span (checked against the article text), or () for null."""
    if span is None:
        return ()
    try:
        start, end = int(span["start"]), int(span["end"])
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldFormatError(f"{where}: not a span with start and end ({exc})") from None
    if not 0 <= start <= end <= len(text) or ("text" in span and text[start:end] != span["text"]):
        raise GoldFormatError(f"{where}: [{start}, {end}) does not point at {span.get('text')!r} in the text")
    return as_ranges([(start, end)])


def parse_statement(raw: dict[str, Any], text: str, where: str) -> GoldStatement:
    """A gold statement from its JSON object."""
    speaker = raw.get("speaker") or {}
    return GoldStatement(
        content=_span_ranges(raw.get("content"), text, f"{where}.content"),
        source=_span_ranges(speaker, text, f"{where}.speaker") if speaker else (),
        name=speaker.get("name"),
        affiliation=speaker.get("affiliation"),
    )


def parse_event(raw: dict[str, Any], text: str, where: str) -> GoldEvent:
    """A gold event from its JSON object: its type and alternatives are all accepted."""
    try:
        types = frozenset([raw["event"], *(raw.get("alternatives") or [])])
    except KeyError:
        raise GoldFormatError(f"{where}: no 'event' type") from None
    return GoldEvent(
        types=types,
        actors=frozenset(raw.get("actor") or []),
        trigger=_span_ranges(raw.get("trigger"), text, f"{where}.trigger"),
        negated=bool(raw.get("negated", False)),
        date=raw.get("date") or None,
        optional=bool(raw.get("optional", False)),
        modality=raw.get("modality") or None,
        location=_location(raw.get("location")),
    )


def _location(raw: Any) -> tuple[str, str | None] | None:
    """A gold event's place as (name, alpha-3 country), or None when it names none."""
    if not isinstance(raw, dict) or not raw.get("name"):
        return None
    return str(raw["name"]), raw.get("country") or None


def parse_gold(data: Any, text: str, name: str, source: str) -> GoldArticle:
    """A gold article from a parsed ``accord-gold/1`` object and its text."""
    statements = [parse_statement(s, text, f"statements[{i}]") for i, s in enumerate(data.get("statements") or [])]
    events = [parse_event(e, text, f"events[{i}]") for i, e in enumerate(data.get("events") or [])]
    return GoldArticle(
        name=name, text=text, source=source, published=data.get("published"), statements=statements, events=events
    )


def load_gold_file(path: Path) -> GoldSet:
    """Load one gold file; problems become the set's ``errors`` (one line each), never exceptions."""
    gold_set = GoldSet(name=str(path), kind="gold")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
            raise GoldFormatError(f"not an {GOLD_FORMAT} file")
        text_file = data.get("text_file")
        if not text_file:
            raise GoldFormatError("no text_file")
        text_path = path.resolve().parent.parent / text_file
        text = text_path.read_text(encoding="utf-8")
        name = str(data.get("id") or path.stem)
        gold_set.articles.append(parse_gold(data, text, name, str(text_path)))
    except (OSError, UnicodeDecodeError) as exc:
        gold_set.errors.append(InputError(str(path), read_failure(exc)))
    except json.JSONDecodeError as exc:
        gold_set.errors.append(InputError(str(path), f"invalid JSON at line {exc.lineno}: {exc.msg}"))
    except GoldFormatError as exc:
        gold_set.errors.append(InputError(str(path), str(exc)))
    except (TypeError, AttributeError) as exc:  # a value of the wrong JSON type (list for object, ...)
        gold_set.errors.append(InputError(str(path), f"malformed {GOLD_FORMAT} file: {exc}"))
    return gold_set
