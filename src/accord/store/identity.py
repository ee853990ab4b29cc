"""Cross-article identity: the same person, organisation or country in many articles is one entity.

An article's entities (contract ``Entity``: resolved name, kind, actor code) are keyed by a kind
group and a normalised name; countries are keyed by their actor code, so "Russia" and "Russian
Federation" meet. Names go through the actor lexicon (``accord.knowledge.actors.lookup_actor``) so an alias
and its canonical name meet too ("EU" / "European Union"; a known person's surname / full name).
Within an article, surname-only mentions are already resolved to the full name by the entities stage.

People are keyed by a spelling-insensitive name (``accord.knowledge.name_variants.person_key``:
"Araghchi" and "Araqchi" meet) and filed under their family name (``family``); a person whose key is
new is matched against the stored people of its family names (``same_people``: transliterations,
particles, a surname-only mention, never two given names, never two actor codes), one indexed query
per article. A join a nickname row or a family name alone makes ("Tim Scott" / "Timothy Scott", "Scott")
holds only when the two articles' sectors do not tell two people apart (``one_person``); a short given
name is keyed as written, so only that question joins it. A phrase that merely contains a known person's
name ("a Trump aide") is not that person, and a description with neither name nor code ("the spokesman")
is someone else in each article.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from collections.abc import Sequence
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from accord.knowledge.actors import OFFICIAL_SECTORS, lookup_actor, names_someone_inside
from accord.knowledge.name_variants import (
    joined_by_short_form, middle_initials, normalise_name, parse_name, person_key, same_person,
)
from accord.records import Entity
from accord.store import schema
from accord.store.rows import bounded_key

# Kinds (as the entities stage writes them) folded into one identity namespace each.
KIND_GROUPS: dict[str, str] = {
    "person": "person",
    "country": "country",
    "organisation": "org",
    "organization": "org",
    "group": "org",
}
DEFAULT_GROUP = "other"
# Kinds that name no one in particular without an actor code ("police", "officials", "reporters"):
# such entities are kept per article, never merged across the corpus.
GENERIC_KINDS = frozenset({"group", ""})
# Sectors a person's public career moves among (a senator runs for president, then is a former official):
# two descriptions of one person in different articles often differ among these, so they tell no two people
# apart; any other pair of differing sectors does ("senator" LEG and "farmer" AGR).
PUBLIC_LIFE_SECTORS = OFFICIAL_SECTORS | {"ELI", "PTY"}


@dataclass(frozen=True)
class EntityIdentity:
    """Who an article's entity is across the corpus, and how it is shown."""

    identity: str
    name: str
    norm_name: str
    code: str | None
    kind: str | None
    sector: str | None
    title: str | None
    # False for a generic group without actor code: its identity is scoped to one article.
    cross_article: bool = True
    # A person's family-name key (the last token of ``person_key``), under which it is stored.
    family: str | None = None

    @property
    def family_name_only(self) -> bool:
        """Whether this is a person named by a family name alone ("Scott"): who it is depends on what its article
        says of it (``same_people``), so it is looked up in every article, never taken from a cache by name."""
        return (self.family is not None and self.identity.startswith("person:")
                and len(parse_name(self.name).tokens) == 1)


# Identities remembered per (name, kind, code, sector, title): the same actors recur in every article.
IDENTITY_CACHE_SIZE = 50_000


def scoped(identity: str, article_scope: str) -> str:
    """The identity of a generic entity within one article (``article_scope``: its content hash)."""
    return bounded_key(f"{identity}@{article_scope}")


def entity_identity(entity: Entity) -> EntityIdentity:
    """The corpus-wide identity of one article entity (see ``cross_article`` for generic groups)."""
    name = entity.name.strip() or (entity.mentions[0].text if entity.mentions else "?")
    return _identity(name, entity.kind, entity.code, entity.sector, entity.title)


@functools.lru_cache(maxsize=IDENTITY_CACHE_SIZE)
def _identity(name: str, kind: str | None, code: str | None, sector: str | None, title: str | None) -> EntityIdentity:
    """The identity of one (name, kind, code, sector, title); cached: the same actors recur in every article."""
    group = KIND_GROUPS.get((kind or "").lower(), DEFAULT_GROUP)
    canonical = name
    actor = lookup_actor(name)
    if group == "person" and actor is not None and names_someone_inside(name, actor.name, actor.kind):
        actor = None
    # A person is only renamed by the lexicon's entry for a person ("Umerov" -> "Rustem Umerov"),
    # never by a country or body the name happens to code to.
    if actor is not None and (group != "person" or actor.kind == "person"):
        canonical = actor.name or name
        code = code or actor.code
        sector = sector or actor.sector
    norm = normalise_name(canonical) or normalise_name(name) or name.casefold()
    identity = f"country:{code}" if group == "country" and code else f"{group}:{norm}"
    family = None
    descriptor = group == "person" and is_description(canonical)
    if group == "person" and (spelled := person_key(canonical, formal=False)):
        # A short given name keys as written ("Tim Scott" apart from "Timothy Scott"): whether the two are one
        # person is ``same_people``'s question, which asks what each article says of him.
        identity, family = f"person:{spelled}", None if descriptor else spelled.split()[-1]
        if initials := middle_initials(canonical):
            # Middle initials key apart ("George W. Bush" and "George H. W. Bush"); a name without them meets
            # either in ``same_people``.
            identity = f"{identity}|{''.join(initials)}"
    elif group == "org" and not code and actor is None and len(parse_name(name).tokens) == 1:
        # A one-word "organisation" with no code may be a person's family name ("al-Busaidi"): it is
        # looked up among the stored people of that name (``same_people``), and stays an
        # organisation when none is found.
        family = person_key(name)
    # A description with no name is no family name's person, and uncoded ("the spokesman", "a senior official")
    # names someone else in each article; a country's office ("Oman's foreign minister") is kept across them.
    cross_article = bool(code) or (not descriptor and (kind or "").lower() not in GENERIC_KINDS)
    return EntityIdentity(
        identity=bounded_key(identity),
        name=canonical,
        norm_name=norm,
        code=code,
        kind=kind,
        sector=sector,
        title=title,
        cross_article=cross_article,
        family=bounded_key(family) if family else None,
    )


def is_description(name: str) -> bool:
    """Whether a person's name is a description, no proper name: its last word has no capital letter
    ("spokesman", "Iranian official", "the country's envoy"), as every family name and suffix has."""
    words = name.split()
    return bool(words) and not any(ch.isupper() for ch in words[-1])


def family_keys(name: str) -> set[str]:
    """The family names a person's name may be stored under: its last token, and for a bin/ibn chain
    also its second ("Haitham bin Tariq Al Said" is also "Haitham bin Tariq")."""
    parsed = parse_name(name)
    if not parsed.tokens:
        return set()
    keys = {parsed.tokens[-1]}
    if parsed.chain and len(parsed.tokens) >= 2:
        keys.add(parsed.tokens[1])
    return {bounded_key(key) for key in keys}


_PEOPLE_OF_FAMILIES = sa.select(schema.entities.c.id, schema.entities.c.identity, schema.entities.c.name,
                                schema.entities.c.code, schema.entities.c.sector).where(
    schema.entities.c.family.in_(sa.bindparam("families", expanding=True))).order_by(schema.entities.c.id)


def _fuller(name: str, than: str) -> bool:
    return len(parse_name(name).tokens) > len(parse_name(than).tokens)


def _sectors_apart(one: str | None, other: str | None) -> bool:
    """Whether two sectors describe two people: both given, different, not both of public life."""
    return bool(one and other and one != other) and not (one in PUBLIC_LIFE_SECTORS and other in PUBLIC_LIFE_SECTORS)


def _weak_join(name: str, other: str) -> bool:
    """Whether two names are one person only by a nickname row ("Tim Scott", "Timothy Scott") or a family name
    alone ("Scott"): joins that two people sharing a family name would also make."""
    return joined_by_short_form(name, other) or min(len(parse_name(name).tokens), len(parse_name(other).tokens)) < 2


def one_person(name: str, code: str | None, sector: str | None,
               other: str, other_code: str | None, other_sector: str | None) -> bool:
    """Whether two people of two articles (name, actor code, sector) are one: ``same_person`` spelling aside,
    no conflicting actor codes nor middle initials, and a weak join (``_weak_join``) only between agreeing sectors."""
    if code and other_code and code != other_code:
        return False
    if not same_person(name, other):
        return False
    initials, other_initials = middle_initials(name), middle_initials(other)
    if initials and other_initials and initials != other_initials:
        return False  # "George W. Bush" and "George H.W. Bush"
    return not (_weak_join(name, other) and _sectors_apart(sector, other_sector))


def _full_name(name: str, stored: str) -> bool:
    """Whether a name stored under the same key is the same full name (a given and a family name, not joined only
    by a nickname row): the same person whatever code each article gave him (codes come from context: an envoy
    coded by the country he negotiated in was split from himself in the multi-outlet reports); a family name
    alone or a nickname join is decided by ``one_person``."""
    return len(parse_name(name).tokens) >= 2 and not _weak_join(name, stored)


class StoredPerson(NamedTuple):
    """What ``same_people`` found for a new person: the stored row it is (with a fuller name to give that row), or,
    when the row stored under its own identity is someone else, the identity its own new row takes instead."""

    entity_id: int | None
    fuller: str | None = None
    apart: str | None = None


def apart_identity(person: EntityIdentity) -> str:
    """The identity of a person whose plain identity is stored for someone ``one_person`` rejects (a baker
    "Quillon" stored, a minister "Quillon" arriving): the plain one with its actor code and sector."""
    return bounded_key(f"{person.identity}#{person.code or '-'}/{person.sector or '-'}")


def same_people(connection: Connection, people: Sequence[EntityIdentity]) -> dict[str, StoredPerson]:
    """For new person identities, the stored person each one is (identity -> ``StoredPerson``): the one stored
    person of its family names that ``one_person`` accepts (``same_person``, no conflicting actor code, a weak
    join only between agreeing sectors). Several candidates that are not one person (two given names for one
    surname): none. A row under its own identity that is someone else, and no other match: a new row keyed
    apart (``apart_identity``). One indexed query for all of them."""
    families = sorted(set().union(*(family_keys(p.name) for p in people)))
    if not families:
        return {}
    rows = connection.execute(_PEOPLE_OF_FAMILIES, {"families": families}).all()
    found: dict[str, StoredPerson] = {}
    for person in people:
        keys = family_keys(person.name)
        exact = next((row for row in rows if row.identity == person.identity), None)
        if exact is not None and (_full_name(person.name, exact.name) or one_person(person.name, person.code, person.sector,
                                                                        exact.name, exact.code, exact.sector)):
            found[person.identity] = StoredPerson(exact.id)
            continue
        # A family name alone stored as someone described otherwise ("Scott" the farmer) is looked for among the
        # family's other people first; its identity is that row's when none of them is it.
        matches = [row for row in rows if row is not exact and row.identity.startswith("person:")
                   and keys & family_keys(row.name)
                   and one_person(person.name, person.code, person.sector, row.name, row.code, row.sector)]
        if not matches:
            if exact is not None:  # "Minister Quillon" where only the baker "Quillon" is stored: someone new
                found[person.identity] = StoredPerson(None, apart=apart_identity(person))
            continue
        best = max(matches, key=lambda row: (len(parse_name(row.name).tokens), -row.id))
        if all(one_person(best.name, best.code, best.sector, row.name, row.code, row.sector) for row in matches):
            found[person.identity] = StoredPerson(best.id, person.name if _fuller(person.name, best.name) else None)
        elif exact is not None:
            found[person.identity] = StoredPerson(None, apart=apart_identity(person))
    return found


def same_within(people: Sequence[EntityIdentity]) -> dict[str, str]:
    """New people of one article that are one person spelled two ways: identity -> the identity of the
    fullest name it is (``same_person``, no conflicting codes); the fullest name maps to nothing."""
    aliases: dict[str, str] = {}
    for person in people:
        fuller = [other for other in people if other.identity != person.identity
                  and not (person.code and other.code and person.code != other.code)
                  and same_person(person.name, other.name) and _fuller(other.name, person.name)]
        if not fuller:
            continue
        best = max(fuller, key=lambda other: len(parse_name(other.name).tokens))
        # "Scott" beside "Tim Scott" and "Timothy Scott", kept apart by the entities stage: neither.
        if all(other.identity == best.identity or (same_person(best.name, other.name)
                                                    and not joined_by_short_form(best.name, other.name))
               for other in fuller):
            aliases[person.identity] = best.identity
    return aliases


def backfill_families(connection: Connection, batch: int = 500) -> None:
    """Set ``family`` of every stored person (migration 0007), in batches by id."""
    entities = schema.entities
    last = 0
    while True:
        rows = connection.execute(sa.select(entities.c.id, entities.c.name).where(
            entities.c.id > last, entities.c.identity.like("person:%")).order_by(entities.c.id).limit(batch)).all()
        if not rows:
            return
        updates: list[dict[str, Any]] = [{"entity_id": row.id, "family": bounded_key(spelled.split()[-1])}
                                         for row in rows if (spelled := person_key(row.name))]
        if updates:
            connection.execute(sa.update(entities).where(entities.c.id == sa.bindparam("entity_id"))
                               .values(family=sa.bindparam("family")), updates)
        last = rows[-1].id

