"""Publication dates: from the --published option, a JSONL field, HTML metadata, or the URL.

Every function returns an ISO date string ``YYYY-MM-DD`` or None; ``first_date`` applies the
precedence (the first candidate that yields a date wins).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable

# Years outside this range in a URL or metadata are digits that happen to look like a date.
MIN_YEAR, MAX_YEAR = 1900, 2100
# Languages tried for free-text metadata dates; trying all of dateparser's takes seconds per value.
FREE_TEXT_DATE_LANGUAGES = ("en",)
# Longest metadata value tried as a date: real dates are short, and free-text parsing of a long
# value costs time for nothing.
MAX_DATE_TEXT_CHARS = 200
# dateparser's parsers for metadata dates: all but "relative-time", which reads "yesterday" or
# "2 hours ago" against the clock of the run, so an article would be dated by the day it is read.
ABSOLUTE_DATE_PARSERS = ("timestamp", "custom-formats", "absolute-time")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# ISO date at the start of a timestamp: 2025-05-17, 2025-05-17T10:00:00Z, 2025-05-17 10:00.
ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
# Dates as news sites put them in URL paths: /2025-05-17/, /2025/05/17/, /20250517/, or a slug
# ending -2025-05-17 or -2025-05-17.html. Digits must not run on either side (ids are not dates).
URL_DATES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])"),
    re.compile(r"/(\d{4})/(\d{2})/(\d{2})(?=/|$|[?#.])"),
    re.compile(r"/(\d{4})(\d{2})(\d{2})(?=/|$|[?#.])"),
    re.compile(r"(?<![\d])(\d{4})_(\d{2})_(\d{2})(?![\d])"),
)


def _valid(year: str, month: str, day: str) -> str | None:
    """The ISO date of these digits if they form a real calendar date in range, else None."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        return None
    return date.isoformat()


def parse_published_option(value: str) -> str:
    """Validate a ``--published`` value: exactly ``YYYY-MM-DD``, a real date; raises ValueError."""
    match = ISO_DATE.match(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD")
    date = _valid(*match.groups())
    if date is None:  # the form is right: say what is wrong, as --since and --until do
        raise ValueError(f"{value!r} is not a calendar date")
    return date


def normalize_date(value: object) -> str | None:
    """An ISO date from a metadata value: ISO date/timestamp, RFC 2822 (feeds), or free text."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_DATE_TEXT_CHARS:
        return None
    match = ISO_PREFIX.match(value)
    if match:
        return _valid(*match.groups())
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _valid(str(parsed.year), str(parsed.month), str(parsed.day))
    return _parse_free_text_date(value)


def _parse_free_text_date(value: str) -> str | None:
    """``May 17, 2025`` and the like, via dateparser (imported only when needed: it is slow)."""
    import dateparser

    parsed = dateparser.parse(
        value, languages=list(FREE_TEXT_DATE_LANGUAGES), settings={"STRICT_PARSING": True, "PARSERS": list(ABSOLUTE_DATE_PARSERS)}
    )
    if parsed is None:
        return None
    return _valid(str(parsed.year), str(parsed.month), str(parsed.day))


def date_from_url(url: str | None) -> str | None:
    """A publication date written in a URL or file path (``/2025-05-17/``, ``/2025/05/17/``)."""
    if not url:
        return None
    for pattern in URL_DATES:
        for match in pattern.finditer(url):
            date = _valid(*match.groups())
            if date:
                return date
    return None


def first_date(candidates: Iterable[str | None]) -> str | None:
    """The first candidate that normalises to a date: callers list sources in precedence order."""
    for candidate in candidates:
        date = normalize_date(candidate)
        if date:
            return date
    return None
