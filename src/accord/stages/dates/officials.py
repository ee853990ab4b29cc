"""A country's officials (issue 14 item 5): a story tells the day for a country ("Russia on Friday rejected the
offer") and then what its officials did or said ("Its foreign minister said ..."), without naming the day again.

An official here is a resolved person of the government sector whose code is that country's: the country's act
of that day is theirs to speak for, so their act told right after it, under the guards of the rule using this
link (``dates.followup``, ``dates.speech``, ``dates.context.StatementDates``), is of that day.
"""

from __future__ import annotations

from accord.stages.base import ArticleState
from accord.stages.entities import BY_ID_KEY

# The entity kinds and the sector the link needs: a person of a government, a country.
PERSON_KIND = "person"
COUNTRY_KIND = "country"
GOVERNMENT_SECTOR = "GOV"


def _entities(state: ArticleState) -> dict:
    return state.scratch.get(BY_ID_KEY) or {e.id: e for e in state.entities}


def is_country(state: ArticleState, entity: str | None) -> bool:
    """Whether an entity is a country."""
    found = _entities(state).get(entity) if entity else None
    return found is not None and found.kind == COUNTRY_KIND


def official_of(state: ArticleState, person: str | None, country: str | None) -> bool:
    """Whether entity ``person`` is a government official of entity ``country`` (a country): "Its foreign
    minister" after "Russia on Friday ..."."""
    if not person or not country or person == country:
        return False
    by_id = _entities(state)
    official, nation = by_id.get(person), by_id.get(country)
    return official is not None and nation is not None and nation.kind == COUNTRY_KIND \
        and official.kind == PERSON_KIND and official.sector == GOVERNMENT_SECTOR \
        and official.code is not None and official.code == nation.code


def officials_of_any(state: ArticleState, people: set[str] | frozenset[str], countries: frozenset[str]) -> bool:
    """Whether one of ``people`` is an official of one of ``countries`` (``official_of``)."""
    return any(official_of(state, person, country) for person in people for country in countries)
