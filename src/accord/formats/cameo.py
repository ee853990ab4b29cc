"""PLOVER -> CAMEO conversion and a writer of GDELT-style tab-separated event rows.

Codes come from ``data/events/plover_to_cameo.tsv`` (derived from the CAMEO2PLOVER table). PLOVER's
actor lists are expanded to dyads, one row per actor-recipient pair, as CAMEO/GDELT data expect
(manual 2.4.2). Negated events are not written: CAMEO has no negation. Event data counts what
happened, so only reported events (asserted or historical) are written unless all assertions are
asked for; then the ``Assertion`` column tells a future, hypothetical or demanded act from a held one.
``SQLDATE`` is the event's own day or empty: the publication day is ``DATEADDED``, never the event's.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TextIO

from accord.knowledge.loader import read_rows
from accord.records import ActorRef, ArticleRecord, Event

# GDELT 1.0 event-table column names (the subset accord can fill), in order.
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions", "ActionGeo_FullName",
    "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED", "SOURCEURL", "PLOVER",
    "PLOVERMode", "Assertion",
)
# PLOVER quad categories (manual table 7.2) as GDELT QuadClass numbers.
QUAD_CLASS: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
# Leading digits of a CAMEO code that give its root (``EventRootCode``, "19" of "1951") and base
# (``EventBaseCode``, "195") event codes, as GDELT derives them.
ROOT_DIGITS = 2
BASE_DIGITS = 3


@functools.lru_cache(maxsize=1)
def conversion_table() -> dict[tuple[str, str], str]:
    """(PLOVER type, mode or "") -> CAMEO code."""
    rows = read_rows("events/plover_to_cameo.tsv", ("type", "mode", "code"))
    return {(row["type"], row["mode"]): row["code"] for row in rows}


def cameo_code(event_type: str, mode: str | None = None) -> str:
    """The CAMEO code of a PLOVER type and mode (the type's generic code when the mode has none)."""
    table = conversion_table()
    return table.get((event_type, mode or "")) or table[(event_type, "")]


def _actor_cells(actor: ActorRef | None) -> list[str]:
    """An actor's four GDELT cells: code (country + sector), name, country code, type code."""
    if actor is None:
        return ["", "", "", ""]
    country = actor.code or ""
    sector = actor.sector or ""
    return [country + sector, actor.name or actor.text, country, sector]


def _sql_date(event: Event) -> str:
    """GDELT's SQLDATE (YYYYMMDD): the event's own day when resolved to a day, else empty (an undated
    event is not dated by its report: issue 14)."""
    if event.date is not None and event.date.resolved and event.date.granularity == "day":
        return event.date.value.replace("-", "")
    return ""


def _date_added(published: str | None) -> str:
    """GDELT's DATEADDED (YYYYMMDD): the day the report was published, when known."""
    return (published or "")[:10].replace("-", "")


def _dyads(event: Event) -> Iterator[tuple[int, int, ActorRef | None, ActorRef | None]]:
    """Actor-recipient pairs; a reciprocal event (several actors, no recipient) pairs each actor with the others."""
    actors: list[ActorRef | None] = list(event.actors) or [None]
    if event.recipients:
        recipients: list[ActorRef | None] = list(event.recipients)
        for a_index, actor in enumerate(actors):
            for r_index, recipient in enumerate(recipients):
                yield a_index, r_index, actor, recipient
    elif len(actors) > 1:
        for a_index, actor in enumerate(actors):
            for r_index, other in enumerate(actors):
                if r_index != a_index:
                    yield a_index, r_index, actor, other
    else:
        yield 0, 0, actors[0], None


def event_rows(record: ArticleRecord, all_assertions: bool = False) -> Iterator[list[str]]:
    """GDELT-style rows for one article's events: one per actor-recipient dyad; negated events skipped,
    and events not reported as having happened unless ``all_assertions``."""
    for event in record.events:
        yield from report_rows(event, record.id, record.published, record.url or record.source or "", all_assertions)


def report_rows(event: Event, article_id: str, published: str | None, source_url: str,
                all_assertions: bool = False) -> Iterator[list[str]]:
    """GDELT-style rows for one event of the article ``article_id`` (one per actor-recipient dyad): none for a
    negated event, nor for one not reported as having happened unless ``all_assertions``."""
    if event.negated or not (all_assertions or event.reported):
        return
    code = cameo_code(event.event, event.mode)
    location = event.location
    for a_index, r_index, actor, recipient in _dyads(event):
        yield [
            f"{article_id}-{event.id}-{a_index + 1}-{r_index + 1}",
            _sql_date(event),
            *_actor_cells(actor),
            *_actor_cells(recipient),
            "1" if event.statement is None else "0",
            code, code[:BASE_DIGITS], code[:ROOT_DIGITS],
            str(QUAD_CLASS[event.event]),
            "1",
            location.name if location else "",
            location.country or "" if location else "",
            "" if location is None or location.lat is None else f"{location.lat:.4f}",
            "" if location is None or location.lon is None else f"{location.lon:.4f}",
            _date_added(published),
            source_url,
            event.event,
            event.mode or "",
            event.assertion or event.modality or "",
        ]


# Characters that would end a cell or a row for a TSV reader (``\r`` too: CRLF text keeps its CRs).
_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _cell(value: str) -> str:
    """A value that cannot break a row: tabs and line breaks become spaces."""
    return value.translate(_BREAKS)


def write_cameo(records: Iterable[ArticleRecord], out: TextIO, all_assertions: bool = False) -> int:
    """Tab-separated GDELT-style rows with a header line, flushed per article (``event_rows``); returns
    the number of rows under the header."""
    return write_cameo_rows((event_rows(record, all_assertions) for record in records), out)


def write_cameo_rows(groups: Iterable[Iterable[list[str]]], out: TextIO) -> int:
    """The header line, then each group's rows (``report_rows``; flushed per group); returns the rows written."""
    out.write("\t".join(COLUMNS) + "\n")
    written = 0
    for rows in groups:
        for row in rows:
            out.write("\t".join(_cell(v) for v in row) + "\n")
            written += 1
        out.flush()
    return written
