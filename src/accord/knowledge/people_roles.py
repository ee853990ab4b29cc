"""Dated roles of known people (``data/actors/people_roles.tsv``): who a name is, on the article's date.

The gazetteer is derived from the PETRARCH2/Phoenix dictionaries by ``scripts/build_people_gazetteer.py``.
Lookups go through ``name_variants.person_key``, so "Sergei Lavrov" finds "Sergey Lavrov"; only a
full name or a listed alias matches, never a first-name token inside a longer name.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from accord.knowledge.loader import read_rows
from accord.knowledge.name_variants import person_key

DATA_FILE = "actors/people_roles.tsv"
# ISO dates compare as text; an open start or end stands for the earliest or latest day.
OPEN_START = "0000-00-00"
OPEN_END = "9999-99-99"
# Last words of a name that tell a father from a son, in person_key form; news styles add them (the New York
# Times' "Joseph R. Biden Jr."), the dictionaries mostly do not.
GENERATIONAL_SUFFIXES = frozenset(person_key(word) for word in ("Jr.", "Sr.", "II", "III", "IV"))
COLUMNS = ("phrase", "code", "sector", "canonical", "role", "valid_from", "valid_to")


@dataclass(frozen=True)
class PersonRole:
    """One dated role of a person: PLOVER code, sector (None: unknown), canonical name, validity."""

    code: str
    sector: str | None
    canonical: str
    valid_from: str  # ISO date, "" when open
    valid_to: str  # ISO date, "" when open

    def valid_on(self, day: str) -> bool:
        """Whether the role holds on this ISO day."""
        return (self.valid_from or OPEN_START) <= day <= (self.valid_to or OPEN_END)


@functools.lru_cache(maxsize=1)
def roles_by_key() -> dict[str, tuple[PersonRole, ...]]:
    """person_key of every name and alias -> its roles, in time order (loaded once per process)."""
    table: dict[str, set[PersonRole]] = defaultdict(set)
    for row in read_rows(DATA_FILE, COLUMNS):
        phrase, code, sector, canonical = row["phrase"], row["code"], row["sector"], row["canonical"]
        valid_from, valid_to = row["valid_from"], row["valid_to"]
        key = person_key(phrase)
        if key:
            table[key].add(PersonRole(code, None if sector == "-" else sector, canonical, valid_from, valid_to))
    return {
        key: tuple(sorted(roles, key=lambda r: (r.valid_from or OPEN_START, r.valid_to or OPEN_END, r.code)))
        for key, roles in table.items()
    }


def roles_of(name: str) -> tuple[PersonRole, ...]:
    """Every listed role of the person this full name or alias names (empty if unknown); a generational
    suffix the gazetteer does not list is read without ("Joseph R. Biden Jr." is Joe Biden)."""
    table = roles_by_key()
    key = person_key(name)
    words = key.split()
    if key not in table and len(words) > 2 and words[-1] in GENERATIONAL_SUFFIXES:
        key = " ".join(words[:-1])
    return table.get(key, ())


def _iso_day(on_date: str | None) -> str | None:
    """The ISO day of a date or timestamp ("2025-05-16T10:00:00Z" -> "2025-05-16"), None if not one."""
    if not on_date:
        return None
    day = on_date.strip()[:10]
    return day if len(day) == 10 and day[4] == "-" and day[7] == "-" and day.replace("-", "").isdigit() else None


def pick_role(roles: tuple[PersonRole, ...], on_date: str | None) -> PersonRole | None:
    """The role valid on the date; else the latest one begun by then; else the most recent overall."""
    if not roles:
        return None
    day = _iso_day(on_date)
    if day is None:
        return max(roles, key=lambda r: (r.valid_from or OPEN_START, r.valid_to or OPEN_END))
    valid = [r for r in roles if r.valid_on(day)]
    if valid:
        # Of overlapping roles, the one begun last is the person's current office.
        return max(valid, key=lambda r: (r.valid_from or OPEN_START, r.valid_to or OPEN_END))
    begun = [r for r in roles if (r.valid_from or OPEN_START) <= day]
    pool = begun or list(roles)
    return max(pool, key=lambda r: (r.valid_to or OPEN_END, r.valid_from or OPEN_START))


def role_of(name: str, on_date: str | None = None) -> tuple[str, str | None, str] | None:
    """(code, sector, canonical name) of a known person on the article's date, or None.

    ``name`` is a full name or a listed alias in any listed spelling; ``on_date`` an ISO date or
    timestamp (None: the most recent role). Names that several people share are not listed.
    """
    role = pick_role(roles_of(name), on_date)
    return (role.code, role.sector, role.canonical) if role else None


@functools.lru_cache(maxsize=1)
def roles_by_surname() -> dict[str, tuple[PersonRole, ...]]:
    """Last token of every listed name's person_key -> the roles of everyone with that surname."""
    table: dict[str, set[PersonRole]] = defaultdict(set)
    for key, roles in roles_by_key().items():
        table[key.split()[-1]].update(roles)
    return {surname: tuple(roles) for surname, roles in table.items()}


def role_by_surname(surname: str, on_date: str | None, countries: frozenset[str]) -> tuple[str, str | None, str] | None:
    """(code, sector, canonical name) of the one listed person with this surname holding a role on the
    article's date in one of the article's ``countries`` ("President Obama" in 2016 -> USA), else None.

    A surname alone is ambiguous, so the caller asks only for a titled person the article never names in
    full; a role must be valid on the day (no undated article, no past office) and belong to a country
    the article names, and two listed people with that surname and such a role give None.
    """
    day = _iso_day(on_date)
    key = person_key(surname)
    if day is None or not key or " " in key:
        return None
    held = [r for r in roles_by_surname().get(key, ()) if r.valid_on(day) and r.code in countries]
    if len({r.canonical for r in held}) != 1:
        return None
    role = pick_role(tuple(held), day)
    return (role.code, role.sector, role.canonical) if role else None


def codes_of(name: str) -> frozenset[str]:
    """Codes of every listed role of the person a full name or alias names; for a lone surname, the one
    code all its listed bearers share (empty if unknown or several). Any date: a person's country rarely
    changes, so this refutes a country a reference gives them ("the French president" is not Obama)."""
    if len(name.split()) > 1:
        return frozenset(role.code for role in roles_of(name))
    codes = frozenset(role.code for role in roles_by_surname().get(person_key(name), ()))
    return codes if len(codes) == 1 else frozenset()
