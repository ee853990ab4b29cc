"""Entities and speakers: people, organisations, countries and groups with every mention, actor-coded.

Writes ``state.entities`` (contract ``Entity`` list, ids "n1", "n2", ... in order of first mention)
and ``state.scratch["mentions"]`` (``Mention`` objects sorted by start). Other stages resolve any
character range to its entity with ``resolve_mention``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from accord.records import Entity, Span
from accord.stages.base import ArticleState, Stage
from accord.stages.entities.context import article_context
from accord.stages.entities.dated_roles import code_known_people
from accord.stages.entities.finder import find_entities
from accord.stages.entities.not_names import named_parties
from accord.stages.entities.venue import international_court, venue_country
from accord.stages.entities.mentions import Mention, ResolvedMention, best_mention, overlapping
from accord.stages.grammar import RELATIVE_PRONOUNS

MENTIONS_KEY = "mentions"
# Sorted mention starts, kept beside the mentions for bisect.
STARTS_KEY = "mention_starts"
# Entity id -> Entity, for O(1) lookups from mentions.
BY_ID_KEY = "entities_by_id"
# Entity id -> gender guess ("m", "f") of persons, from honorifics; pronoun resolution is the statements stage's.
GENDER_KEY = "entity_genders"
# The article's context country (``context.article_context``): the back-off affiliation of its speakers.
CONTEXT_KEY = "context_country"
# The country the article's courts sit in (``venue.venue_country``), else its international court's code
# (``venue.international_court``): the back-off affiliation of court speakers.
VENUE_KEY = "venue_country"
# The scratch data ``resolve_mention`` and ``persons`` read: a stage calling them declares these reads.
RESOLVE_READS = (f"scratch.{MENTIONS_KEY}", f"scratch.{STARTS_KEY}", f"scratch.{BY_ID_KEY}")
PERSONS_READS = (f"scratch.{MENTIONS_KEY}", f"scratch.{GENDER_KEY}")

LOG = logging.getLogger(__name__)

__all__ = ["CONTEXT_KEY", "VENUE_KEY", "PERSONS_READS", "RESOLVE_READS", "STAGE", "Mention", "ResolvedMention", "PersonInfo", "resolve_mention", "persons", "run"]


@dataclass(frozen=True)
class PersonInfo:
    """A person entity with the gender guess pronoun resolution may use."""

    entity: str
    name: str
    gender: str | None
    mention_starts: tuple[int, ...]


def run(state: ArticleState) -> None:
    """Find the article's entities and write them to ``state.entities`` and ``state.scratch``."""
    text = state.text
    try:
        drafts = named_parties(state.doc, text, find_entities(state.doc, text))
    except Exception as exc:  # an entity bug must not cost the article its statements and events
        LOG.warning("entities skipped for %s: %s: %s", state.article.source or state.article.id or "?", type(exc).__name__, exc)
        drafts = []
    code_known_people(drafts, state.article.published)
    entities: list[Entity] = []
    mentions: list[Mention] = []
    genders: dict[str, str | None] = {}
    for number, draft in enumerate(drafts, start=1):
        entity_id = f"n{number}"
        spans = []
        for start, end, head_start, head_end, via in draft.mentions:
            spans.append(Span.of(text, start, end))
            mentions.append(Mention(start, end, head_start, head_end, entity_id, text[start:end], via))
        entities.append(Entity(
            id=entity_id, name=draft.name, code=draft.code, kind=draft.kind,
            sector=draft.sector, title=draft.title, mentions=spans,
        ))
        if draft.kind == "person":
            genders[entity_id] = draft.gender
    mentions.sort(key=lambda m: (m.start, m.end))
    state.entities = entities
    state.scratch[MENTIONS_KEY] = mentions
    state.scratch[STARTS_KEY] = [m.start for m in mentions]
    state.scratch[BY_ID_KEY] = {e.id: e for e in entities}
    state.scratch[GENDER_KEY] = genders
    state.scratch[CONTEXT_KEY] = article_context(entities, state.doc)
    state.scratch[VENUE_KEY] = venue_country(state.doc) or international_court(entities)


def resolve_mention(state: ArticleState, start: int, end: int) -> ResolvedMention | None:
    """The entity mentioned in ``text[start:end]``: the overlapping mention whose head lies inside, else the best overlap."""
    mentions: list[Mention] = state.scratch.get(MENTIONS_KEY, [])
    if not mentions:
        return None
    starts: list[int] = state.scratch.get(STARTS_KEY) or [m.start for m in mentions]
    start, end = _antecedent_of_relative(state, start, end)
    mention = best_mention(overlapping(mentions, starts, start, end), start, end)
    if mention is None:
        return None
    by_id: dict[str, Entity] = state.scratch.get(BY_ID_KEY) or {e.id: e for e in state.entities}
    entity = by_id.get(mention.entity)
    if entity is None:
        return None
    return ResolvedMention(
        entity=entity.id, name=entity.name, title=entity.title, code=entity.code, sector=entity.sector,
        kind=entity.kind, start=mention.start, end=mention.end, text=mention.text,
        head_start=mention.head_start, head_end=mention.head_end,
    )


def _antecedent_of_relative(state: ArticleState, start: int, end: int) -> tuple[int, int]:
    """For a relative pronoun ("X, who said ..."), the range of the noun it refers to; else the range."""
    if state.text[start:end].lower() not in RELATIVE_PRONOUNS:
        return start, end  # the cheap test first: most ranges are names, not one pronoun token
    span = state.doc.char_span(start, end)
    if span is None or len(span) != 1 or span[0].lower_ not in RELATIVE_PRONOUNS:
        return start, end
    clause = span[0].head
    if clause.dep_ != "relcl":
        return start, end
    noun = clause.head
    return noun.idx, noun.idx + len(noun.text)


def persons(state: ArticleState) -> list[PersonInfo]:
    """Person entities with a gender guess and where they are mentioned (for pronoun resolution)."""
    genders: dict[str, str | None] = state.scratch.get(GENDER_KEY, {})
    mentions: list[Mention] = state.scratch.get(MENTIONS_KEY, [])
    starts: dict[str, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.entity, []).append(m.start)
    return [
        PersonInfo(e.id, e.name, genders.get(e.id), tuple(starts.get(e.id, ())))
        for e in state.entities if e.kind == "person"
    ]


STAGE = Stage(
    "entities", run, reads=("article", "doc"),
    writes=("entities", f"scratch.{MENTIONS_KEY}", f"scratch.{STARTS_KEY}", f"scratch.{BY_ID_KEY}", f"scratch.{GENDER_KEY}",
            f"scratch.{CONTEXT_KEY}", f"scratch.{VENUE_KEY}"),
)
