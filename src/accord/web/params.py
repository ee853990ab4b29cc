"""The filters of the API and the pages, read through the one validator (``accord.store.filters``).

Both the JSON routes and the HTML routes parse user input into these dataclasses, so a bad date is the
same clear message everywhere (a 422 from the API, an inline notice on a page, exit status 2 from the
CLI) and never a 500.
"""

from __future__ import annotations

from dataclasses import dataclass

from accord.store.filters import DEFAULT_ASSERTION, DEFAULT_LIMIT, check_assertion, check_dates, check_event_type, check_text


@dataclass(frozen=True)
class Page:
    """Which slice of a result list to return."""

    limit: int = DEFAULT_LIMIT
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
        speaker, party, q = check_text("speaker", speaker), check_text("party", party), check_text("q", q)
        since, until = check_dates(since, until)
        return cls(speaker=speaker, party=party, q=q, since=since, until=until)


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``/api/events``, the timeline, the map and the clusters; None means no filter. ``assertion``
    is ``asserted`` (events reported as having happened, the default) or ``all``."""

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    assertion: str = DEFAULT_ASSERTION

    @classmethod
    def parse(cls, type=None, actor=None, recipient=None, since=None, until=None, place=None,  # noqa: A002
              assertion=None) -> "EventFilter":
        """Validate raw query strings; raises ``ParameterError`` on the first bad one."""
        event_type = check_event_type("type", type)
        actor, recipient = check_text("actor", actor), check_text("recipient", recipient)
        since, until = check_dates(since, until)
        return cls(type=event_type, actor=actor, recipient=recipient, since=since, until=until,
                   place=check_text("place", place), assertion=check_assertion("assertion", assertion))
