"""Query parameters of the API and the pages, validated in one place: dates, event types, paging.

Both the JSON routes and the HTML routes read user input through these functions, so a bad date is
the same clear message everywhere (a 422 from the API, an inline notice on a page) and never a 500.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from accord.records import EVENT_TYPES

# Largest page one request may ask for: big enough for a month of a negotiation's events in one
# response, small enough that no single request can make the server serialise the whole corpus.
MAX_PAGE_SIZE = 500
# Page size when the client does not say: a screenful of records.
DEFAULT_PAGE_SIZE = 50
# Longest free-text filter we accept; longer input is a mistake or an attack, not a search.
MAX_TEXT_PARAM = 200

_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ParameterError(ValueError):
    """One invalid query parameter: which one, what was given, and what is expected."""

    def __init__(self, name: str, value: str, reason: str) -> None:
        super().__init__(f"{name}: {reason} (got {value!r})")
        self.name = name
        self.value = value
        self.reason = reason

    def detail(self) -> dict:
        """The error in FastAPI's validation-error shape, so clients see one format for every 422."""
        return {"loc": ["query", self.name], "msg": str(self), "type": "value_error", "input": self.value}


def blank_to_none(value: str | None) -> str | None:
    """HTML forms send empty fields as ``name=``: treat them as absent, and trim whitespace."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def parse_text(name: str, value: str | None) -> str | None:
    """A free-text filter (speaker, actor, q): trimmed, empty means absent, bounded in length."""
    value = blank_to_none(value)
    if value is not None and len(value) > MAX_TEXT_PARAM:
        raise ParameterError(name, value[:40] + "…", f"at most {MAX_TEXT_PARAM} characters")
    return value


def parse_date(name: str, value: str | None, *, end_of_period: bool = False) -> str | None:
    """An ISO date ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``) as ``YYYY-MM-DD``, or None when absent.

    A month or year stands for its first day, or its last day when ``end_of_period`` (for ``until``),
    so ``since=2025-05&until=2025-05`` covers all of May.
    """
    value = blank_to_none(value)
    if value is None:
        return None
    match = _DATE_PATTERN.match(value)
    if not match:
        raise ParameterError(name, value, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if end_of_period else 1)
    if match.group(3):
        day = int(match.group(3))
    elif end_of_period and 1 <= month <= 12:
        day = calendar.monthrange(year, month)[1]
    else:
        day = 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise ParameterError(name, value, "not a calendar date") from None


def parse_event_type(name: str, value: str | None) -> str | None:
    """A PLOVER event type, case-insensitive (``assault`` -> ``ASSAULT``); anything else is an error."""
    value = blank_to_none(value)
    if value is None:
        return None
    code = value.upper()
    if code not in EVENT_TYPES:
        raise ParameterError(name, value, "unknown event type; expected one of " + ", ".join(EVENT_TYPES))
    return code


def check_range(since: str | None, until: str | None) -> None:
    """``since`` after ``until`` can only be a mistake: say so instead of returning nothing."""
    if since and until and since > until:
        raise ParameterError("until", until, f"is before since={since}")


@dataclass(frozen=True)
class Page:
    """Which slice of a result list to return."""

    limit: int = DEFAULT_PAGE_SIZE
    offset: int = 0


@dataclass(frozen=True)
class StatementFilter:
    """Filters of ``/api/statements`` and the statement pages; None means no filter."""

    speaker: str | None = None
    party: str | None = None
    q: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, speaker=None, party=None, q=None, since=None, until=None) -> "StatementFilter":
        """Validate raw query strings; raises ``ParameterError`` on the first bad one."""
        result = cls(
            speaker=parse_text("speaker", speaker),
            party=parse_text("party", party),
            q=parse_text("q", q),
            since=parse_date("since", since),
            until=parse_date("until", until, end_of_period=True),
        )
        check_range(result.since, result.until)
        return result


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``/api/events`` and the timeline; None means no filter."""

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, type=None, actor=None, recipient=None, since=None, until=None) -> "EventFilter":  # noqa: A002
        """Validate raw query strings; raises ``ParameterError`` on the first bad one."""
        result = cls(
            type=parse_event_type("type", type),
            actor=parse_text("actor", actor),
            recipient=parse_text("recipient", recipient),
            since=parse_date("since", since),
            until=parse_date("until", until, end_of_period=True),
        )
        check_range(result.since, result.until)
        return result
