"""Regenerate ``people_roles.tsv``, accord's dated people gazetteer (maintainers only; never imported).

Reads the PETRARCH2/Phoenix actor dictionaries (MIT, Copyright (c) 2014 Open Event Data Alliance),
keeps the people with a dated role current on or after ``CURRENT_FROM``, converts their CAMEO codes
to PLOVER (country or UNO/EUR/IGO/NGO/IMG/MNC, and a sector), normalises their names and aliases, and
applies the reviewed rules of ``people_roles_curation.tsv`` (sector table, title words, exclusions,
roles ended or begun after the dictionaries' last update). Same input, same output, byte for byte.

Run: ``PYTHONPATH=src python scripts/build_people_gazetteer.py ../shared/reference/petrarch-dictionaries``
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from accord.knowledge.name_variants import person_key

DATA = Path(__file__).resolve().parents[1] / "src" / "accord" / "data" / "actors"
OUTPUT = DATA / "people_roles.tsv"
CURATION = DATA / "people_roles_curation.tsv"
COUNTRIES = DATA / "countries.tsv"
FIRST_NAMES = DATA / "first_names.tsv"
SOURCES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
# accord reads news from 2015 on (the dev and benchmark sets run 2019-2025): a role that ended before
# this day names a former office holder the news rarely mentions, and would only add false matches.
CURRENT_FROM = dt.date(2015, 1, 1)
# Six-digit dates in the dictionaries: years up to this two-digit value are 20xx (PETRARCH's rule).
TWO_DIGIT_YEAR_PIVOT = 30
# A token that opens this many canonical names in the dictionaries is a given name, so never kept as a
# one-word alias ("Abbas" opens "Abbas Araghchi", "Abbas Kiarostami", ...).
GIVEN_NAME_MIN_COUNT = 2
# A family name borne by more people than this anywhere in the dictionaries (past office holders
# included) is no alias of one of them: "Ivanov" or "Traore" alone names nobody in particular.
SURNAME_MAX_BEARERS = 1
# A person's name has at least two words (one word is an alias, not an identity) and at most this many
# (Gulf names carry long bin/bint chains: "Sayyid Badr bin Saud bin Harib Al Busaidi" is nine).
MAX_NAME_TOKENS = 10
# Letters, apostrophes, dots and hyphens only: anything else is a code, a number or markup.
NAME_TOKEN = re.compile(r"^[A-Z][A-Z'.\-]*$")
# One-word aliases shorter than this are initials or acronyms, not surnames.
MIN_ALIAS_CHARS = 4
# Generational suffixes the dictionaries write after a comma ("ERIC_H._HOLDER,_JR._"): not part of the name news uses.
NAME_SUFFIXES = {"JR.", "JR", "SR.", "SR", "II", "III", "IV"}
# A former office holder (every dated role ended before CURRENT_FROM, no default role) whose last role ended on or
# after this day is still named in the news, as a party of the state they served (a cabinet member of the
# administration before: "Rahm Emanuel", "Joshua Bolten"): kept with that state's code and the PLOVER sector of
# elites. Earlier office holders are rarely named, each added name is one more chance of a false match, and the
# file stays under a megabyte (2001 would double it).
FORMER_FROM = dt.date(2008, 1, 1)
# The sector of such a former office holder (PLOVER 5.2: ELI, elites, former officials among them).
FORMER_SECTOR = "ELI"
# Codes that are no state: an official of an international body has no state to be coded by once out of office.
NON_STATE_CODES = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"}
CODE = re.compile(r"^([A-Z]{3,})\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?$")
LICENCE = """# The MIT License (MIT) - Copyright (c) 2014 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""


@dataclass
class Block:
    """One dictionary record: its primary phrases (each with its synonyms) and its codes."""

    primaries: list[list[str]] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    source: str = ""


@dataclass(frozen=True)
class Role:
    """A PLOVER coding valid from ``start`` to ``end`` (None: open)."""

    code: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None


@dataclass
class Person:
    """A person kept in the gazetteer: canonical name, aliases, dated roles and default role."""

    name: str
    aliases: set[str]
    roles: list[Role]
    default: Role | None
    source: str


@dataclass
class Curation:
    """The reviewed rules of ``people_roles_curation.tsv``."""

    sectors: dict[str, str] = field(default_factory=dict)
    igo: dict[str, str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    excluded: set[str] = field(default_factory=set)
    renamed: dict[str, str] = field(default_factory=dict)
    ends: list[tuple[str, str, str | None, dt.date]] = field(default_factory=list)
    added: list[tuple[str, Role]] = field(default_factory=list)


def sector_of(text: str) -> str | None:
    """A sector column: '-' is none."""
    return None if text in ("", "-") else text


def read_curation(path: Path) -> Curation:
    """Parse the curation file (see its header)."""
    cur = Curation()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        kind = cols[0]
        if kind == "sector":
            cur.sectors[cols[1]] = cols[2]
        elif kind == "country":
            cur.countries[cols[1]] = cols[2]
        elif kind == "igo":
            cur.igo[cols[1]] = cols[2]
        elif kind == "title":
            cur.titles.add(cols[1])
        elif kind == "notname":
            cur.not_names.add(cols[1])
        elif kind == "word":
            cur.words.add(cols[1])
        elif kind == "exclude":
            cur.excluded.add(cols[1])
        elif kind == "name":
            cur.renamed[cols[1]] = cols[2]
        elif kind == "end":
            cur.ends.append((cols[1], cols[2], sector_of(cols[3]), dt.date.fromisoformat(cols[4])))
        elif kind == "role":
            end = dt.date.fromisoformat(cols[5]) if cols[5] else None
            cur.added.append((cols[1], Role(cols[2], sector_of(cols[3]), dt.date.fromisoformat(cols[4]), end)))
        else:
            raise SystemExit(f"{path.name} line {number}: unknown kind {kind!r}")
    return cur


def read_blocks(path: Path) -> list[Block]:
    """Records of a TABARI actor file, grouped as PETRARCH reads them.

    Consecutive primary phrases without a code share the codes that follow them.
    """
    blocks: list[Block] = []
    current = Block(source=path.name)
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].split(";", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = [c.strip() for c in re.findall(r"\[([^\]]*)\]", line)]
        head = re.sub(r"\[[^\]]*\]", "", line).strip()
        if not head:
            current.codes.extend(codes)
            continue
        if head.startswith("+"):
            if current.primaries:
                current.primaries[-1].append(head[1:].strip())
            current.codes.extend(codes)
            continue
        if current.codes:
            blocks.append(current)
            current = Block(source=path.name)
        current.primaries.append([head])
        current.codes.extend(codes)
    if current.primaries and current.codes:
        blocks.append(current)
    return blocks


def parse_date(text: str) -> dt.date | None:
    """A YYMMDD or YYYYMMDD date, or None when it is no valid date."""
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            year = int(text[:2])
            year += 2000 if year <= TWO_DIGIT_YEAR_PIVOT else 1900
            return dt.date(year, int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


def plover_code(cameo: str, countries: set[str], cur: Curation) -> tuple[str, str | None] | None:
    """PLOVER actor code and sector of a CAMEO code ("IRNGOVBUS" -> IRN, GOV), or None if uncodable."""
    head, rest = cameo[:3], cameo[3:]
    head = cur.countries.get(head, head)
    if head == "IGO":
        code = cur.igo.get(rest[:3], "IGO")
        rest = rest[3:] if rest[:3] in cur.igo else rest
    elif head in ("NGO", "IMG", "MNC") or head in countries:
        code = head
    else:
        return None
    chunks = [rest[i : i + 3] for i in range(0, len(rest) - len(rest) % 3, 3)]
    sector = next((cur.sectors[c] for c in chunks if c in cur.sectors), None)
    return code, sector


def parse_codes(codes: list[str], countries: set[str], cur: Curation) -> tuple[list[Role], Role | None, int]:
    """Dated roles, the default (undated) role, and how many codes were malformed or uncodable."""
    roles: list[Role] = []
    default: Role | None = None
    dropped = 0
    for text in codes:
        match = CODE.match(text)
        if not match:
            dropped += 1
            continue
        cameo, op, single, first, last = match.groups()
        coded = plover_code(cameo, countries, cur)
        if coded is None:
            dropped += 1
            continue
        if op:
            day = parse_date(single)
            if day is None:
                dropped += 1
                continue
            roles.append(Role(coded[0], coded[1], day, None) if op == ">" else Role(coded[0], coded[1], None, day))
        elif first:
            start, end = parse_date(first), parse_date(last)
            if start is None or end is None or end < start:
                dropped += 1
                continue
            roles.append(Role(coded[0], coded[1], start, end))
        elif default is None:
            default = Role(coded[0], coded[1], None, None)
    return roles, default, dropped


def tokens_of(phrase: str) -> list[str]:
    """Upper-case word tokens of a dictionary phrase ("VLADIMIR_V._PUTIN_" -> VLADIMIR, V., PUTIN), without a
    generational suffix ("ERIC_H._HOLDER,_JR._" -> ERIC, H., HOLDER): news names the man without it."""
    tokens = [t for t in re.split(r"[_\s]+", phrase.upper().replace("`", "")) if t]
    if len(tokens) > 2 and tokens[-1] in NAME_SUFFIXES and tokens[-2].endswith(","):  # never a regnal "ABDULLAH_II"
        tokens = tokens[:-2] + [tokens[-2].rstrip(",")]
    return tokens


def strip_titles(tokens: list[str], cur: Curation) -> list[str]:
    """Drop leading title and demonym words ("RUSSIAN_PRESIDENT_VLADIMIR_PUTIN" -> VLADIMIR PUTIN)."""
    while tokens and tokens[0] in cur.titles:
        tokens = tokens[1:]
    return tokens


def is_name(tokens: list[str], cur: Curation) -> bool:
    """Whether the tokens look like a person's name (letters only, no institution words)."""
    return bool(tokens) and len(tokens) <= MAX_NAME_TOKENS and tokens[-1] not in PARTICLES and all(
        NAME_TOKEN.match(t) and t not in cur.not_names for t in tokens
    )


# Words of a patronymic chain, and the article that opens a family name ("Al Busaidi", "Al Thani").
CHAIN_WORDS = {"BIN", "IBN", "BINT"}
FAMILY_PARTICLES = {"AL", "EL"}
# Words that open a two-word given name ("Abd al Aziz", "Abdul Hamid", "Abu Bakr"): no short form cuts them.
COMPOUND_NAME_HEADS = {"ABD", "ABDUL", "ABDEL", "ABDOL", "ABU"}
PARTICLES = {"AL", "EL", "BIN", "IBN", "BINT", "DE", "DA", "DI", "DU", "VAN", "VON", "DER", "LA", "LE", "DOS", "DEL"}


def display(tokens: list[str]) -> str:
    """Title case a name: "VLADIMIR V. PUTIN" -> "Vladimir V. Putin", "AL-ASSAD" -> "al-Assad"."""

    def part(word: str, first: bool) -> str:
        if word in PARTICLES and not first:
            return word.lower()
        low = word.lower()
        if low.startswith("mc") and len(low) > 2:
            return "Mc" + low[2:].capitalize()
        if low.startswith("o'") and len(low) > 2:
            return "O'" + low[2:].capitalize()
        return low.capitalize()

    out = []
    for i, token in enumerate(tokens):
        pieces = token.split("-")
        out.append("-".join(part(p, i == 0 and j == 0) for j, p in enumerate(pieces)))
    return " ".join(out)


def is_short_given_name(tokens: list[str], canonical: list[str], cur: Curation) -> bool:
    """Whether a phrase is the canonical name with its given name cut short ("ASH_CARTER" of
    "ASHTON_CARTER"): kept as an alias, which the title rule would cut to the bare surname."""
    return (
        len(tokens) == len(canonical) >= 2 and tokens[1:] == canonical[1:] and tokens[0] != canonical[0]
        and canonical[0].startswith(tokens[0]) and is_name(tokens, cur)
    )


def person_of(block: Block, countries: set[str], cur: Curation, stats: Counter[str]) -> Person | None:
    """The person a record describes, or None (no dated role, not a name, nothing codable)."""
    roles, default, dropped = parse_codes(block.codes, countries, cur)
    stats["codes dropped (malformed or uncodable)"] += dropped
    if not roles:
        return None
    # The codes belong to the last primary phrase; earlier code-less ones join only if they share its surname.
    phrases = block.primaries[-1]
    canonical = strip_titles(tokens_of(phrases[0]), cur)
    if not is_name(canonical, cur) or len(canonical) < 2:
        stats["records not a person's name"] += 1
        return None
    surname = person_key(canonical[-1])
    for other in block.primaries[:-1]:
        if person_key(tokens_of(other[0])[-1] if tokens_of(other[0]) else "") == surname:
            phrases = phrases + other
        else:
            stats["code-less records of another name dropped"] += 1
    canonical_set = set(canonical)
    aliases: set[str] = set()
    for phrase in phrases:
        tokens = tokens_of(phrase)
        starts = [i for i, t in enumerate(tokens) if t in canonical_set]
        # Titles precede names: the alias starts at its first word of the canonical name, if any.
        stripped = strip_titles(tokens, cur)
        tokens = tokens[starts[0]:] if starts else stripped
        if is_name(tokens, cur):
            aliases.add(display(tokens))
        else:
            stats["aliases not a name"] += 1
        if is_short_given_name(stripped, canonical, cur):
            aliases.add(display(stripped))
    aliases |= short_forms(canonical)
    return Person(display(canonical), aliases, roles, default, block.source)


def short_forms(tokens: list[str]) -> set[str]:
    """The short form news gives a name with a bin/ibn chain: given name and father's ("Badr bin Saud bin
    Harib al Busaidi" -> "Badr bin Saud"). Given name and family name ("Badr al Busaidi") is no alias:
    the ruling families share given names (the dictionaries' Badr bin Saud is not Oman's foreign
    minister Badr bin Hamad Albusaidi)."""
    chain = [i for i, t in enumerate(tokens) if t in CHAIN_WORDS]
    if not chain or len(tokens) < 4 or tokens[0] in FAMILY_PARTICLES or tokens[0] in COMPOUND_NAME_HEADS:
        return set()
    if chain[0] + 1 < len(tokens) and tokens[chain[0] + 1] in COMPOUND_NAME_HEADS:
        return set()
    forms = {display(tokens[: chain[0] + 2])} if chain[0] == 1 else set()
    return {f for f in forms if f != display(tokens)}


def apply_curation(people: list[Person], cur: Curation, stats: Counter[str]) -> list[Person]:
    """Names news uses, exclusions, roles ended after the dictionaries' update, and roles begun since."""
    by_name: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        if person.name in cur.renamed:
            person.aliases.add(person.name)
            person.name = cur.renamed[person.name]
        by_name[person.name].append(person)
    for name, code, sector, end in cur.ends:
        hits = [
            (p, i) for p in by_name.get(name, []) for i, r in enumerate(p.roles)
            if r.code == code and r.sector == sector and r.end is None
        ]
        if not hits:
            raise SystemExit(f"curation: no open {code} {sector} role of {name!r} to end")
        for person, index in hits:
            person.roles[index] = Role(code, sector, person.roles[index].start, end)
        stats["roles ended by curation"] += len(hits)
    for person in people:
        person.roles = sorted(set(person.roles), key=role_order)
    for name, role in cur.added:
        targets = by_name.get(name)
        if not targets:
            new = Person(name, {name}, [], None, "accord curation")
            people.append(new)
            by_name[name].append(new)
            targets = [new]
        targets[0].roles.append(role)
        stats["roles added by curation"] += 1
    kept = [p for p in people if p.name not in cur.excluded]
    stats["people excluded by curation"] += len(people) - len(kept)
    return kept


def role_order(role: Role) -> tuple[dt.date, dt.date, str, str]:
    """Roles in time order (a stable order for a deterministic output)."""
    return (role.start or dt.date.min, role.end or dt.date.max, role.code, role.sector or "")


def current_roles(person: Person) -> list[Role]:
    """Roles valid on or after CURRENT_FROM; after the last dated role ends, the default role (if any). The
    default counts even when every dated role ended before CURRENT_FROM: a former office holder ("[USAGOV
    090121-130201] [USAELI]") is still named in the news with the code the dictionaries give them after it."""
    roles = sorted({r for r in person.roles if r.end is None or r.end >= CURRENT_FROM}, key=role_order)
    if person.default and person.roles and all(r.end is not None for r in person.roles):
        last_end = max(r.end for r in person.roles if r.end is not None)
        roles.append(Role(person.default.code, person.default.sector, last_end + dt.timedelta(days=1), None))
    elif not roles and person.roles:
        roles = former_role(person)
    return roles


def former_role(person: Person) -> list[Role]:
    """A former office holder's role after the last dated one (``FORMER_FROM``): that role's state, sector ELI,
    open; none when it ended before FORMER_FROM or was no state's."""
    last = max(person.roles, key=lambda r: r.end or dt.date.max)
    if last.end is None or last.end < FORMER_FROM or last.code in NON_STATE_CODES:
        return []
    return [Role(last.code, FORMER_SECTOR, last.end + dt.timedelta(days=1), None)]


def merge_people(people: list[Person], stats: Counter[str]) -> list[Person]:
    """One person per spelling key and actor code (CountryInfo lists some people twice)."""
    merged: dict[tuple[str, str], Person] = {}
    for person in people:
        codes = sorted({r.code for r in person.roles})
        key = (person_key(person.name), codes[0] if codes else "")
        if key in merged:
            target = merged[key]
            target.aliases |= person.aliases | {person.name}
            target.roles.extend(r for r in person.roles if r not in target.roles)
            if target.default is None:
                target.default = person.default
            stats["records merged into an earlier one"] += 1
        else:
            merged[key] = person
    return list(merged.values())


def never_alone(blocks: list[Block], cur: Curation) -> set[str]:
    """Keys of words too ambiguous to stand alone for one person: given names (a word that opens at
    least GIVEN_NAME_MIN_COUNT names) and family names that more than one listed person bears."""
    given: Counter[str] = Counter()
    for block in blocks:
        for primary in block.primaries:
            tokens = strip_titles(tokens_of(primary[0]), cur)
            if len(tokens) > 1:
                given[person_key(tokens[0])] += 1
    return shared_surnames(blocks, cur) | {key for key, n in given.items() if n >= GIVEN_NAME_MIN_COUNT}


def shared_surnames(blocks: list[Block], cur: Curation) -> set[str]:
    """Keys of the family names that more than SURNAME_MAX_BEARERS listed people bear."""
    bearers: dict[str, set[str]] = defaultdict(set)
    for block in blocks:
        for primary in block.primaries:
            tokens = strip_titles(tokens_of(primary[0]), cur)
            if len(tokens) > 1:
                bearers[person_key(tokens[-1])].add(person_key(" ".join(tokens)))
    return {key for key, names in bearers.items() if len(names) > SURNAME_MAX_BEARERS}


def distinct_former(people: list[Person], shared: set[str], stats: Counter[str]) -> list[Person]:
    """The people, less former office holders (``former_role``) whose family name others bear too: a common
    name ("James Smith", "George Wallace") long out of office in a small state is more often someone else."""
    kept = []
    for person in people:
        former = person.default is None and all(r.end is not None and r.end < CURRENT_FROM for r in person.roles)
        if former and person_key(person.name.split()[-1]) in shared:
            stats["former office holders dropped: a family name others bear"] += 1
            continue
        kept.append(person)
    return kept


def rows_of(people: list[Person], cur: Curation, never_alone: set[str], stats: Counter[str]) -> list[tuple[str, ...]]:
    """Output rows; a phrase that names two different people is dropped as ambiguous."""
    owners: dict[str, set[str]] = defaultdict(set)
    candidates: list[tuple[Person, str, str, list[Role]]] = []
    for person in people:
        roles = current_roles(person)
        if not roles:
            continue
        phrases: dict[str, str] = {}
        for alias in sorted(person.aliases | {person.name}):
            key = person_key(alias)
            # One word once particles and honorifics are gone ("Ould Abbas" is looked up as "Abbas").
            if len(key.split()) == 1:
                alias_word = alias.split()[-1]
                if (alias_word.upper() in cur.words or key in never_alone or len(alias_word) < MIN_ALIAS_CHARS
                        or key != person_key(person.name.split()[-1])):
                    stats["one-word aliases dropped (word, given name, shared or not the surname)"] += 1
                    continue
            phrases[alias] = "name" if alias == person.name else "alias"
        for phrase, role in phrases.items():
            owners[person_key(phrase)].add(person_key(person.name))
            candidates.append((person, phrase, role, roles))
    rows: set[tuple[str, ...]] = set()
    for person, phrase, role, roles in candidates:
        if len(owners[person_key(phrase)]) > 1:
            stats["phrases dropped: they name several people"] += 1
            continue
        for r in roles:
            rows.add((phrase, r.code, r.sector or "-", person.name, role,
                      r.start.isoformat() if r.start else "", r.end.isoformat() if r.end else ""))
    return sorted(rows, key=lambda row: (row[3], row[4] != "name", row[0], row[5], row[6], row[1], row[2]))


def header(sources: list[str], rows: int, people: int) -> str:
    """The output's provenance, licence and column notes."""
    return (
        "# accord people gazetteer with dated roles, generated by scripts/build_people_gazetteer.py; do not edit\n"
        "# by hand (edit people_roles_curation.tsv and rebuild). Derived from the PETRARCH2/Phoenix actor\n"
        "# dictionaries (Open Event Data Alliance, last updated 2014):\n"
        f"# {', '.join(sources)},\n"
        f"# keeping roles current on or after {CURRENT_FROM.isoformat()}, converted from CAMEO to PLOVER codes and\n"
        "# sectors, names normalised, reviewed and partly brought up to date by the accord team.\n"
        f"# {people} people, {rows} rows. Open-ended roles are as the dictionaries left them in 2014 unless the\n"
        "# curation file ends them: prefer people.tsv (reviewed for 2025) where both know a person.\n"
        f"{LICENCE}\n"
        "# Columns: phrase, code (ISO3 or UNO/EUR/IGO/NGO/IMG/MNC), sector ('-' none), canonical name,\n"
        "# role (name | alias), valid_from, valid_to (ISO dates; empty: open).\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Build the gazetteer from the dictionary directory given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionaries", type=Path, help="directory of the Phoenix *.actors.txt files")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    missing = [name for name in SOURCES if not (args.dictionaries / name).is_file()]
    if missing:
        print(f"{args.dictionaries}: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    cur = read_curation(CURATION)
    countries = {line.split("\t")[1] for line in COUNTRIES.read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")}
    first = {person_key(line.split("\t")[0]) for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")}
    stats: Counter[str] = Counter()
    blocks = [b for name in SOURCES for b in read_blocks(args.dictionaries / name)]
    people = [p for b in blocks if (p := person_of(b, countries, cur, stats)) is not None]
    stats["records with a dated role and a name"] = len(people)
    people = distinct_former(merge_people(apply_curation(people, cur, stats), stats), shared_surnames(blocks, cur), stats)
    rows = rows_of(people, cur, first | never_alone(blocks, cur), stats)
    kept = len({row[3] for row in rows})
    text = header(list(SOURCES), len(rows), kept) + "".join("\t".join(row) + "\n" for row in rows)
    args.output.write_text(text, encoding="utf-8")
    for what, n in sorted(stats.items()):
        print(f"{n:7d}  {what}")
    print(f"{kept:7d}  people written, {len(rows)} rows, {len(text.encode()) / 1024:.0f} KiB -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
