"""Query filters shared by ``query`` and ``export``: validated parameters and SQL conditions.

Every condition is a SQLAlchemy expression with bound parameters; user text never becomes SQL.
"""

from __future__ import annotations

import datetime as dt
import re

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from accord.knowledge.actors import lookup_actor
from accord.records import EVENT_TYPES
from accord.store import schema
from accord.store.db import Store

# Most rows one page may hold: a web client cannot ask the server to materialise a whole corpus.
MAX_LIMIT = 1000
ACTOR_CODE = re.compile(r"^[A-Za-z]{3}$")
_WORD = re.compile(r"\w+", re.UNICODE)


def check_date(name: str, value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` parameter, or ValueError naming the parameter."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date in the form YYYY-MM-DD") from None


def day_after(date: str) -> str:
    """The ISO date after ``date``: ``until`` is inclusive, compared as ``< day after``."""
    return (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()


def check_page(limit: int, offset: int) -> tuple[int, int]:
    """Validated paging values (``limit`` 1..MAX_LIMIT, ``offset`` >= 0)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit: must be between 1 and {MAX_LIMIT} (got {limit})")
    if offset < 0:
        raise ValueError(f"offset: must be 0 or more (got {offset})")
    return limit, offset


def check_event_type(value: str | None) -> str | None:
    """A PLOVER event type, case-insensitive, or ValueError listing the valid ones."""
    if not value:
        return None
    upper = value.strip().upper()
    if upper not in EVENT_TYPES:
        raise ValueError(f"type: {value!r} is not a PLOVER event type ({', '.join(EVENT_TYPES)})")
    return upper


def date_range(column: ColumnElement, since: str | None, until: str | None) -> list[ColumnElement]:
    """Conditions keeping ISO date strings in [since, until] (validated here)."""
    since = check_date("since", since)
    until = check_date("until", until)
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
    actor = lookup_actor(stripped)
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


def speaker_matches(value: str) -> ColumnElement:
    """Statements whose speaker is ``value``: resolved name, span, or any mention of its entity."""
    statements = schema.statements
    return sa.or_(
        statements.c.speaker_name.icontains(value, autoescape=True),
        statements.c.speaker_text.icontains(value, autoescape=True),
        statements.c.speaker_entity_id.in_(entities_mentioned_as(value)),
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


def fulltext_matches(store: Store, q: str) -> ColumnElement:
    """Statements whose content or speaker contains every word of ``q`` (stemmed full-text search)."""
    words = _WORD.findall(q)
    if not words:
        raise ValueError(f"q: {q!r} has no words to search for")
    statements = schema.statements
    if store.dialect == "postgresql":
        query = " ".join(words)
        return sa.literal_column("statements.search").op("@@")(sa.func.plainto_tsquery("english", query))
    # FTS5 query: each word a quoted string (no operators reach FTS5), all required.
    expression = " ".join(f'"{word}"' for word in words)
    matching = sa.select(sa.literal_column("rowid")).select_from(sa.table("statements_fts")).where(
        sa.text("statements_fts MATCH :fts_query").bindparams(fts_query=expression)
    )
    return statements.c.id.in_(matching)
