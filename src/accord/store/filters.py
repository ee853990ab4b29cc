"""Query filters: the one validator of user parameters (dates, limits, windows, types, text) and the
SQL conditions of ``query`` and ``export``.

Every condition is a SQLAlchemy expression with bound parameters; user text never becomes SQL.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from accord.knowledge.actors import lookup_actor
from accord.knowledge.loader import read_json
from accord.records import ENTITY_KINDS, EVENT_TYPES, REPORTED_ASSERTIONS
from accord.store import schema
from accord.store.db import Store
from accord.unstorable import clean

ACTOR_CODE = re.compile(r"^[A-Za-z]{3}$")
_WORD = re.compile(r"\w+", re.UNICODE)

# --- The one validator of user parameters: the CLI, the API, the pages and the library all call these,
# so the same input gets the same verdict everywhere (a 422 from the API, a notice on a page, exit 2).

# Most rows one page may hold: big enough for a month of a negotiation's events in one response,
# small enough that no single request can make the server serialise the whole corpus.
MAX_LIMIT = 500
# Page size when the caller does not say: a screenful of records.
DEFAULT_LIMIT = 50
# Offsets (and counts) beyond this cannot hold data and would overflow the database's 64-bit integers.
MAX_OFFSET = 1_000_000_000
# Longest divergence window accepted, in days: beyond a season, "the same round of talks" means nothing.
MAX_WINDOW_DAYS = 366
# Longest free-text filter accepted; longer input is a mistake or an attack, not a search.
MAX_TEXT_PARAM = 200
_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ParameterError(ValueError):
    """One invalid parameter: which one, what was given, and what is expected."""

    def __init__(self, name: str, value: object, reason: str) -> None:
        super().__init__(f"{name}: {reason} (got {value!r})")
        self.name = name
        self.value = value
        self.reason = reason

    def detail(self) -> dict:
        """The error in FastAPI's validation-error shape, so clients see one format for every 422."""
        return {"loc": ["query", self.name], "msg": str(self), "type": "value_error", "input": self.value}


def blank_to_none(value: str | None) -> str | None:
    """Empty or blank values (HTML forms send ``name=``) are absent; others are trimmed."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def check_text(name: str, value: str | None) -> str | None:
    """A free-text filter (speaker, actor, q): trimmed, empty means absent, bounded in length, and its NULs
    and lone surrogates replaced as in stored text (``accord.unstorable``): PostgreSQL refuses NUL in a
    query, and the text it would match holds U+FFFD there on both stores."""
    value = blank_to_none(None if value is None else clean(value))
    if value is not None and len(value) > MAX_TEXT_PARAM:
        raise ParameterError(name, value[:40] + "…", f"at most {MAX_TEXT_PARAM} characters")
    return value


def check_date(name: str, value: str | None, *, end_of_period: bool = False) -> str | None:
    """An ISO date ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``) as ``YYYY-MM-DD``, or None when absent.

    A month or year stands for its first day, or its last day when ``end_of_period`` (for ``until``),
    so ``since=2025-05&until=2025-05`` covers all of May. An ``until`` must have a day after it (the
    range ends before that day): 9999-12-31 is refused, as is anything that is not a calendar date.
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
    elif end_of_period and 1 <= month <= 12 and year >= 1:
        day = calendar.monthrange(year, month)[1]
    else:
        day = 1
    try:
        found = dt.date(year, month, day)
    except ValueError:
        raise ParameterError(name, value, "not a calendar date") from None
    if end_of_period and found == dt.date.max:
        raise ParameterError(name, value, f"beyond the calendar: the latest end date is {dt.date.max - dt.timedelta(days=1)}")
    return found.isoformat()


def check_range(since: str | None, until: str | None) -> None:
    """``since`` after ``until`` can only be a mistake: say so instead of returning nothing."""
    if since and until and since > until:
        raise ParameterError("until", until, f"is before since={since}")


def check_dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` checked and normalised (``until`` to the end of its month or year), in order."""
    since, until = check_date("since", since), check_date("until", until, end_of_period=True)
    check_range(since, until)
    return since, until


def check_count(name: str, value: object, least: int, most: int) -> int:
    """A whole number in ``least..most``, or a ParameterError naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
        raise ParameterError(name, value, f"expected a whole number from {least} to {most}")
    return value


def parse_count(name: str, raw: str | None, default: int, least: int, most: int) -> int:
    """A whole number given as text (a form field): ``default`` when blank, else ``least..most``."""
    raw = blank_to_none(raw)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > len(str(most)):  # "¹".isdigit() is True
        raise ParameterError(name, raw, f"expected a whole number from {least} to {most}")
    return check_count(name, int(raw), least, most)


def check_page(limit: int, offset: int) -> tuple[int, int]:
    """Validated paging values (``limit`` 1..MAX_LIMIT, ``offset`` 0..MAX_OFFSET)."""
    return check_count("limit", limit, 1, MAX_LIMIT), check_count("offset", offset, 0, MAX_OFFSET)


def check_window(window_days: int) -> int:
    """The divergence window in days, 1..``MAX_WINDOW_DAYS``."""
    return check_count("window", window_days, 1, MAX_WINDOW_DAYS)


def check_event_type(name: str, value: str | None) -> str | None:
    """A PLOVER event type, case-insensitive (``assault`` -> ``ASSAULT``), or a ParameterError listing them."""
    value = blank_to_none(value)
    if value is None:
        return None
    code = value.upper()
    if code not in EVENT_TYPES:
        raise ParameterError(name, value, "unknown event type; expected one of " + ", ".join(EVENT_TYPES))
    return code


def newest_first(column: ColumnElement) -> list[ColumnElement]:
    """Sort keys for ``column`` (a date) newest first, nulls (undated) last on every backend: PostgreSQL
    puts NULLs first in a descending order, SQLite last."""
    return [column.is_(None), column.desc()]


def oldest_first(column: ColumnElement) -> list[ColumnElement]:
    """Sort keys for ``column`` (a date) oldest first, nulls (undated) last on every backend: SQLite puts
    NULLs first in an ascending order, PostgreSQL last."""
    return [column.is_(None), column]


def check_entity_kind(name: str, value: str | None) -> str | None:
    """An entity kind, case-insensitive (``Person`` -> ``person``), or a ParameterError listing them."""
    value = blank_to_none(value)
    if value is None:
        return None
    kind = value.lower()
    if kind not in ENTITY_KINDS:
        raise ParameterError(name, value, "unknown entity kind; expected one of " + ", ".join(ENTITY_KINDS))
    return kind


# Which events a view lists and counts: "asserted" (the default: events reported as having happened, now
# or in the past, and not negated) or "all" (future, hypothetical, demanded, denied and negated ones too). A demanded summit is no
# summit (issue 14), so timelines, counts, clusters and the map leave such events out unless asked.
ASSERTION_FILTERS = ("asserted", "all")
DEFAULT_ASSERTION = "asserted"


def check_assertion(name: str, value: str | None) -> str:
    """``asserted`` (the default, also for a blank value) or ``all``, case-insensitive; else a ParameterError."""
    value = blank_to_none(value)
    if value is None:
        return DEFAULT_ASSERTION
    if value.lower() not in ASSERTION_FILTERS:
        raise ParameterError(name, value, "expected asserted (events reported as having happened, the default) or all")
    return value.lower()


def asserted_events(events: sa.Table | None = None) -> ColumnElement:
    """Events reported as having happened (``Event.reported``): asserted or historical and not negated; never
    future, hypothetical, demanded or denied (stored with a contract modality of future or hypothetical),
    nor negated ("did not attack", kept in the record and listed with ``assertion=all``)."""
    table = schema.events if events is None else events
    return sa.and_(table.c.modality.in_(sorted(REPORTED_ASSERTIONS)), table.c.negated.is_(False))


def assertion_conditions(value: str | None, events: sa.Table | None = None) -> list[ColumnElement]:
    """The conditions of an ``assertion`` filter on ``events`` (validated here): none for ``all``."""
    return [] if check_assertion("assertion", value) == "all" else [asserted_events(events)]


def at_place(value: str, events: sa.Table | None = None) -> ColumnElement:
    """Events at the place named ``value``: its name as the map shows it, in any case (validated by the caller)."""
    table = schema.events if events is None else events
    return sa.func.lower(table.c.location_name) == value.lower()


def day_after(date: str) -> str:
    """The ISO date after ``date``: ``until`` is inclusive, compared as ``< day after``."""
    return (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()


def date_range(column: ColumnElement, since: str | None, until: str | None) -> list[ColumnElement]:
    """Conditions keeping ISO date strings in [since, until] (validated here, ``check_dates``)."""
    since, until = check_dates(since, until)
    conditions: list[ColumnElement] = []
    if since:
        conditions.append(column >= since)
    if until:
        conditions.append(column < day_after(until))
    return conditions


def actor_codes(value: str) -> set[str]:
    """Actor codes a user's actor/party value stands for: itself if it is a code, else the lexicon's
    code for a country or organisation name ("the Kremlin" -> RUS); people stand for no code."""
    codes: set[str] = set()
    stripped = value.strip()
    if ACTOR_CODE.match(stripped):
        codes.add(stripped.upper())
    # The lexicon is written as names are (capitalised); a user types "russia" or "the kremlin" too.
    actor = lookup_actor(stripped) or (lookup_actor(stripped.title()) if stripped.islower() else None)
    # A person's code is their country: asking for Umerov must not return all of Ukraine.
    if actor is not None and actor.code and actor.kind != "person":
        codes.add(actor.code)
    return codes


def entities_mentioned_as(value: str) -> sa.Select:
    """Ids of cross-article entities named ``value`` or with any mention containing it."""
    entities, mentions = schema.entities, schema.mentions
    by_name = sa.select(entities.c.id).where(entities.c.name.icontains(value, autoescape=True))
    by_mention = sa.select(mentions.c.entity_id).where(
        mentions.c.entity_id.is_not(None), mentions.c.text.icontains(value, autoescape=True)
    )
    return sa.union(by_name, by_mention)


# Characters that separate the words of a name besides spaces ("U.S.", "Jean-Luc", "O'Neill", "Putin's",
# markup around a name).
NAME_PUNCTUATION = ".,-'’\"()[]<>/&;:!?"


@functools.cache
def pronouns() -> frozenset[str]:
    """Pronouns (he, she, they, …): a speaker written as one is nobody's name, so ``--speaker he`` does not
    list every statement whose speaker the text calls "he"."""
    return frozenset(read_json("cues/speakers.json")["pronouns"])


def name_words(value: str) -> str:
    """``value`` as the words of a name compare: lower case, punctuation as spaces, single spaces."""
    for mark in NAME_PUNCTUATION:
        value = value.replace(mark, " ")
    return " ".join(value.lower().split())


def _words_of(column: ColumnElement) -> ColumnElement:
    """The SQL counterpart of ``name_words`` with a space at each end, so `` word `` matches whole words."""
    expression = sa.func.lower(column)
    for mark in NAME_PUNCTUATION:
        expression = sa.func.replace(expression, mark, " ")
    return sa.literal(" ") + expression + sa.literal(" ")


def has_words(column: ColumnElement, value: str) -> ColumnElement:
    """``column`` contains the words of ``value`` as whole words, in order: "Zelensky" matches
    "Volodymyr Zelensky", "he" does not match "Shen" or "the spokesman"."""
    words = name_words(value)
    # The plain substring test first: cheap, and it rules out almost every row before the word test.
    first = words.split(" ", 1)[0]
    return sa.and_(column.icontains(first, autoescape=True), _words_of(column).contains(f" {words} ", autoescape=True))


def speaker_matches(value: str) -> ColumnElement:
    """Statements whose speaker is ``value``, word for word: their resolved name, the span naming them, or
    the name or any mention of their entity; a pronoun span or mention ("he") names nobody."""
    statements, entities, mentions = schema.statements, schema.entities, schema.mentions
    if not name_words(value):
        return sa.false()
    not_pronoun = sorted(pronouns())
    by_entity = sa.union(
        sa.select(entities.c.id).where(has_words(entities.c.name, value)),
        sa.select(mentions.c.entity_id).where(mentions.c.entity_id.is_not(None), has_words(mentions.c.text, value),
                                              sa.func.lower(mentions.c.text).not_in(not_pronoun)),
    )
    return sa.or_(
        has_words(statements.c.speaker_name, value),
        sa.and_(has_words(statements.c.speaker_text, value), sa.func.lower(statements.c.speaker_text).not_in(not_pronoun)),
        statements.c.speaker_entity_id.in_(by_entity),
    )


def party_matches(value: str) -> ColumnElement:
    """Statements whose speaker belongs to ``value`` (an actor code or a name the lexicon codes)."""
    statements, entities = schema.statements, schema.entities
    codes = actor_codes(value)
    if not codes:
        return sa.or_(
            statements.c.speaker_entity_id.in_(entities_mentioned_as(value)),
            statements.c.speaker_name.icontains(value, autoescape=True),
        )
    return sa.or_(
        statements.c.speaker_affiliation.in_(sorted(codes)),
        statements.c.speaker_entity_id.in_(sa.select(entities.c.id).where(entities.c.code.in_(sorted(codes)))),
    )


def participant_matches(value: str, role: str | None = None) -> sa.Select:
    """Ids of events with an actor (or recipient) that is ``value``: its code, name, span or mention."""
    participants = schema.event_participants
    codes = actor_codes(value)
    match = sa.or_(
        participants.c.name.icontains(value, autoescape=True),
        participants.c.text.icontains(value, autoescape=True),
        participants.c.entity_id.in_(entities_mentioned_as(value)),
        *([participants.c.code.in_(sorted(codes))] if codes else []),
    )
    query = sa.select(participants.c.event_id).where(match)
    if role is not None:
        query = query.where(participants.c.role == role)
    return query


def articles_about(value: str) -> ColumnElement:
    """Articles in which ``value`` acts in an event, speaks, or is mentioned as an entity."""
    articles, participants, statements, mentions, entities = (
        schema.articles, schema.event_participants, schema.statements, schema.mentions, schema.entities,
    )
    codes = sorted(actor_codes(value))
    in_events = sa.select(participants.c.article_id).where(
        participants.c.event_id.in_(participant_matches(value))
    )
    speaking = sa.select(statements.c.article_id).where(sa.or_(speaker_matches(value), party_matches(value)))
    coded = sa.select(mentions.c.article_id).where(
        mentions.c.entity_id.in_(sa.select(entities.c.id).where(entities.c.code.in_(codes)))
    )
    return sa.or_(articles.c.id.in_(in_events), articles.c.id.in_(speaking), articles.c.id.in_(coded))


# A search term: a quoted phrase ("prisoner exchange") or one bare word; the word OR between terms
# separates alternatives, as in web search engines (lower-case "or" is an ordinary word).
_SEARCH_TERM = re.compile(r'"([^"]*)"?|(\S+)')
ALTERNATIVE = "OR"


def search_alternatives(q: str) -> list[list[tuple[str, ...]]]:
    """``q`` as alternatives, each a list of required terms (a phrase's words in order, or one word)."""
    alternatives: list[list[tuple[str, ...]]] = [[]]
    for phrase, bare in _SEARCH_TERM.findall(q):
        if bare == ALTERNATIVE:
            alternatives.append([])
        elif phrase:
            alternatives[-1] += [words] if (words := tuple(_WORD.findall(phrase))) else []
        else:
            alternatives[-1] += [(word,) for word in _WORD.findall(bare)]
    return [terms for terms in alternatives if terms]


def fulltext_matches(store: Store, q: str) -> ColumnElement:
    """Statements whose content or speaker holds every term of one of ``q``'s alternatives (stemmed
    full-text search; see ``search_alternatives``)."""
    alternatives = search_alternatives(q)
    if not alternatives:
        raise ValueError(f"q: {q!r} has no words to search for")
    # Only word characters reach either engine's query syntax: terms are quoted, operators are ours.
    quoted = [['"' + " ".join(term) + '"' for term in terms] for terms in alternatives]
    statements = schema.statements
    if store.dialect == "postgresql":
        query = " or ".join(" ".join(terms) for terms in quoted)
        return sa.literal_column("statements.search").op("@@")(sa.func.websearch_to_tsquery("english", query))
    expression = " OR ".join("(" + " AND ".join(terms) + ")" for terms in quoted)
    matching = sa.select(sa.literal_column("rowid")).select_from(sa.table("statements_fts")).where(
        sa.text("statements_fts MATCH :fts_query").bindparams(fts_query=expression)
    )
    return statements.c.id.in_(matching)
