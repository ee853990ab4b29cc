"""An article's text as HTML with every statement and event span marked at its character offsets.

The text is cut at every span boundary; each piece is escaped and wrapped in one flat ``<span>``
listing every record that covers it. Flat pieces instead of nested tags make overlapping spans
(a trigger inside a quote, a speaker shared by two statements) valid HTML by construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

STATEMENT = "statement"
EVENT = "event"


@dataclass(frozen=True)
class Mark:
    """One span to highlight: which record it belongs to and what part of the record it is."""

    start: int
    end: int
    record: str  # record id within the article, e.g. "s1", "e3"
    kind: str  # STATEMENT or EVENT
    role: str  # "content", "speaker", "cue" for statements; "trigger", "mention" (told again) for events


Record = Mapping[str, Any]  # a contract statement or event as JSON (what the store returns)


def _mark(span: Record | None, record: str, kind: str, role: str) -> list[Mark]:
    """The mark of one span of a record, or none when the span is absent or has no integer offsets."""
    if not span:
        return []
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return []
    return [Mark(start, end, record, kind, role)]


def marks_of(statements: Iterable[Record], events: Iterable[Record]) -> list[Mark]:
    """The spans of an article's records worth showing: statement content, speaker, cue; event trigger and
    the later words that tell the same event again."""
    marks: list[Mark] = []
    for statement in statements:
        record = str(statement.get("id"))
        marks += _mark(statement.get("content"), record, STATEMENT, "content")
        marks += _mark(statement.get("speaker"), record, STATEMENT, "speaker")
        marks += _mark(statement.get("cue"), record, STATEMENT, "cue")
    for event in events:
        marks += _mark(event.get("trigger"), str(event.get("id")), EVENT, "trigger")
        for mention in event.get("mentions") or []:
            marks += _mark(mention, str(event.get("id")), EVENT, "mention")
    return marks


def valid_marks(text: str, marks: Iterable[Mark]) -> list[Mark]:
    """Drop marks whose offsets fall outside the text or are empty: a bad record must not break the page."""
    return [mark for mark in marks if 0 <= mark.start < mark.end <= len(text)]


def _piece(text: str, covering: Sequence[Mark], anchors: Sequence[str]) -> str:
    """One cut of the text: escaped, wrapped when records cover it, preceded by anchors of records starting here."""
    html = "".join(f'<span class="anchor" id="at-{escape(record)}"></span>' for record in anchors)
    body = escape(text)
    if not covering:
        return html + body
    kinds = sorted({mark.kind for mark in covering})
    records = list(dict.fromkeys(mark.record for mark in covering))
    roles = list(dict.fromkeys(f"{mark.record}-{mark.role}" for mark in covering))
    classes = " ".join(["hl"] + [f"hl-{kind}" for kind in kinds] + sorted({f"role-{m.role}" for m in covering}))
    return (
        f'{html}<span class="{escape(classes)}" data-recs="{escape(" ".join(records))}"'
        f' data-roles="{escape(" ".join(roles))}">{body}</span>'
    )


def highlight_html(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as safe HTML, every piece escaped, every mark's characters inside a tagged ``<span>``.

    Runs in O(n log n) in the number of marks plus one pass over the text: boundaries are sorted
    once and the set of open marks is updated at each boundary.
    """
    marks = valid_marks(text, marks)
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    boundaries = sorted({0, len(text), *starts, *ends})
    open_marks: dict[Mark, None] = {}  # insertion-ordered set: outer marks first
    anchored: set[str] = set()
    pieces: list[str] = []
    for left, right in zip(boundaries, boundaries[1:]):
        for mark in ends.get(left, ()):
            open_marks.pop(mark, None)
        # Longer marks open first so that, at a shared start, the enclosing record is listed first.
        for mark in sorted(starts.get(left, ()), key=lambda m: m.start - m.end):
            open_marks[mark] = None
        anchors = [m.record for m in open_marks if m.start == left and m.record not in anchored]
        anchored.update(anchors)
        pieces.append(_piece(text[left:right], list(open_marks), anchors))
    return Markup("".join(pieces))
