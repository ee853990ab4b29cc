"""Spelling-insensitive person names: one key for "Zelensky", "Zelenskyy" and "Zelenskiy".

Transliterations of one name differ in a few regular ways (-ych/-ich, -iy/-ii/-y, kh/h, gh/q,
al-/Al /Al- particles, bin/ibn chains, -e- infixes, honorifics); the rules live in
``data/actors/transliteration.tsv``. Pure functions, no spaCy: the entities stage, the store's
identity and the gazetteer all ask the same question the same way.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from accord.knowledge.loader import read_json, read_rows

DATA_FILE = "actors/transliteration.tsv"
# The generational suffixes ("Jr.", "Sr.", "III") are the entities stage's list, read from its file here: importing
# ``accord.knowledge.actors`` would be circular (it keys its lexicon with ``person_key``).
SUFFIX_FILE = "actors/entity_words.json"
# A name of more words than this between its given name and its suffix or end has a middle name ("Joseph R. Biden").
GIVEN_AND_SURNAME = 2
# A particle glued to a surname ("Albusaidi", "Elbaradei") is split off only when this many letters
# remain, so that short names that merely begin with "al"/"el" ("Alan", "Elias") stay whole.
GLUED_PARTICLE_MIN_REST = 5
GLUED_PARTICLES = ("al", "el")
# Characters that separate name tokens; hyphens and apostrophes join the parts of one token.
TOKEN_SPLIT = re.compile(r"[\s,]+")
HYPHENS = re.compile(r"[-‐‑‒–—]+")


@dataclass(frozen=True)
class NameRules:
    """The transliteration table: honorifics, particles, whole-token equivalences, rewrites."""

    honorifics: frozenset[str]
    particles: frozenset[str]
    chain_particles: frozenset[str]
    given_particles: frozenset[str]
    tokens: dict[str, str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    short_forms: dict[str, str] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def rules() -> NameRules:
    """Load ``transliteration.tsv`` once per process."""
    honorifics: set[str] = set()
    particles: set[str] = set()
    chains: set[str] = set()
    given: set[str] = set()
    tokens: dict[str, str] = {}
    rewrites: list[tuple[re.Pattern[str], str]] = []
    short: dict[str, str] = {}
    for row in read_rows(DATA_FILE, ("kind", "value", "replacement")):
        kind, value, replacement = row["kind"], row["value"], row["replacement"]
        if kind == "honorific":
            honorifics.add(value)
        elif kind == "particle":
            particles.add(value)
            if replacement == "chain":
                chains.add(value)
            elif replacement == "joined":
                given.add(value)
        elif kind == "token":
            tokens[value] = replacement
        elif kind == "short":
            short[value] = replacement
        elif kind == "rewrite":
            rewrites.append((re.compile(value), replacement))
        else:
            raise ValueError(f"{DATA_FILE}: unknown rule kind {kind!r} in row {row!r}")
    return NameRules(
        frozenset(honorifics), frozenset(particles), frozenset(chains), frozenset(given), tokens, tuple(rewrites),
        short,
    )


# Letters that open a UTF-8 accented letter read back as Windows-1252 ("TomÃ¡s" for "Tomás", "Å¡" for "š"):
# a word holding one may be mojibake. "Ä" is a letter of its own in German and Finnish, so after it only
# marks that are no letters count; after "Ã" (no word of any language takes it before a lowercase mark) the
# forms a later compatibility normalisation left ("RaÃol" for "Raúl": "º" became "o") count too.
MOJIBAKE_LEADS = {0xC3: "Ã", 0xC4: "Ä", 0xC5: "Å"}
MOJIBAKE_COMPAT_LEAD = 0xC3
# The same leads as a canonical decomposition left them ("A" and a combining tilde for "Ã": PolNeAR train
# writes "PeÃ±a" so in 18 of 840 articles), which a test for the composed letters misses.
MOJIBAKE_DECOMPOSED_LEADS = tuple(unicodedata.normalize("NFD", lead) for lead in MOJIBAKE_LEADS.values())
# Rounds of repair: a name encoded twice ("JuliÃ\x83Â¡n" for "Julián": UTF-8 read as Latin-1, twice) needs two.
MOJIBAKE_MAX_ROUNDS = 2


@functools.lru_cache(maxsize=1)
def _mojibake_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every two-character mojibake of a Latin letter (lead letter and continuation mark, as Windows-1252 or
    Latin-1 reads the continuation byte) mapped to the letter, as one alternation, longest first."""
    table: dict[str, str] = {}
    for lead, lead_char in MOJIBAKE_LEADS.items():
        for byte in range(0x80, 0xC0):
            letter = bytes([lead, byte]).decode("utf-8")
            raw = bytes([byte]).decode("cp1252", errors="replace")
            forms = {raw if raw != "\ufffd" else bytes([byte]).decode("latin-1")}
            if lead == MOJIBAKE_COMPAT_LEAD:
                forms |= {unicodedata.normalize("NFKC", f) for f in forms} | {unicodedata.normalize("NFKD", f) for f in forms}
            for form in forms:  # " ̈": NFKD writes a spacing diaeresis as a space and a combining mark
                if form.strip() and (lead == MOJIBAKE_COMPAT_LEAD or not form.isalpha()):
                    table.setdefault(lead_char + form, letter)
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern, table


def has_mojibake_lead(text: str) -> bool:
    """Whether ``text`` holds a lead letter of mojibake (``MOJIBAKE_LEADS``): the cheap test before any repair, run on
    every name word, so substring tests spelt out rather than a loop over the table (the decomposed leads only
    looked for after a combining mark)."""
    return "Ã" in text or "Å" in text or "Ä" in text or (
        "\u0303" in text or "\u030a" in text or "\u0308" in text) and any(d in text for d in MOJIBAKE_DECOMPOSED_LEADS)


def _repair_once(text: str) -> str:
    """One round of repair: the whole text re-read as UTF-8 from Windows-1252 or Latin-1, else each mojibake pair
    of the table replaced."""
    for encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    pattern, table = _mojibake_table()
    return pattern.sub(lambda m: table[m.group(0)], text)


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 letters read back as Windows-1252 restored ("TomÃ¡s" -> "Tomás"), also when the mojibake
    was decomposed ("A" and a combining tilde) or made twice: a name spelt so is the same person as the name spelt
    right. A key for comparison and display; the text itself is never rewritten (its offsets stay the source's)."""
    if not has_mojibake_lead(text):
        return text
    repaired = unicodedata.normalize("NFC", text) if not text.isascii() else text
    for _ in range(MOJIBAKE_MAX_ROUNDS):
        if not has_mojibake_lead(repaired):
            break
        repaired = _repair_once(repaired)
    return repaired if repaired != unicodedata.normalize("NFC", text) else text


def _fold(text: str) -> str:
    """Lower case without accents ("Zelenskyy" stays, "Erdoğan" -> "erdogan"; mojibake repaired first)."""
    if text.isascii():
        return text.lower()  # no mojibake lead, accent or curly quote; ASCII case folding is lower-casing
    decomposed = unicodedata.normalize("NFKD", repair_mojibake(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def _spell(token: str, table: NameRules) -> str:
    """One token through the whole-token table and the rewrite rules."""
    token = table.tokens.get(token, token)
    for pattern, replacement in table.rewrites:
        token = pattern.sub(replacement, token)
    return table.tokens.get(token, token)


# Words spelled through the table are remembered: one word recurs in many of the phrases a lexicon scan parses
# ("Clinton" in "Hillary Clinton", "Clinton campaign", "Hillary Clinton said"), and each spelling runs every rewrite.
SPELL_CACHE_SIZE = 65536


@functools.lru_cache(maxsize=SPELL_CACHE_SIZE)
def _spelled(token: str) -> str:
    """``_spell`` of one token with the loaded table (``rules``), remembered."""
    return _spell(token, rules())


def formal_given_name(name: str, shown: str) -> bool:
    """Whether ``name`` is ``shown`` with the formal given name for its English short form ("Robert Menendez" of
    "Bob Menendez"; ``short`` rows of the table): the fuller name of one person, the words after it equal."""
    words, shown_words = name.split(), shown.split()
    if len(words) != len(shown_words) or len(words) < 2 or words[1:] != shown_words[1:]:
        return False
    short_forms = rules().short_forms
    return (_given_word(shown_words[0]) in short_forms and _given_word(words[0]) not in short_forms
            and joined_by_short_form(name, shown))


def joined_by_short_form(a: str, b: str) -> bool:
    """Whether two full names differ in their given name only as a short and a formal form of it ("Tim Scott",
    "Timothy Scott"; ``short`` rows of the table): a join the table alone makes, weaker than a spelling, so the
    entities stage keeps such names apart when the article describes them differently."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 2 or len(words_b) < 2:
        return False
    first_a, first_b = _given_word(words_a[0]), _given_word(words_b[0])
    table = rules()
    if first_a == first_b or (first_a not in table.short_forms and first_b not in table.short_forms):
        return False
    return _spelled(table.short_forms.get(first_a, first_a)) == _spelled(table.short_forms.get(first_b, first_b))


def _given_word(word: str) -> str:
    """A given name as the ``short`` rows key it: folded, without dots or apostrophes ("Bob", "Wm." -> "bob", "wm")."""
    return _fold(word).strip(".'")


def _given_name_words(name: str, table: NameRules) -> frozenset[str]:
    """Article-like words this name uses as a given name: capitalised and standing alone ("Ash Carter")."""
    if not table.given_particles:
        return frozenset()
    return frozenset(
        folded for word in TOKEN_SPLIT.split(name)
        if word[:1].isupper() and (folded := _fold(word).strip(".'")) in table.given_particles
    )


@functools.lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Generational suffixes written after a surname, lower case without dots ("jr", "sr", "iii")."""
    return frozenset(word.lower().strip(".") for word in read_json(SUFFIX_FILE)["name_suffixes"])


@functools.lru_cache(maxsize=1)
def formal_suffixed_names() -> frozenset[tuple[str, ...]]:
    """Parsed tokens of the suffixed formal names that are the plain full name's person ("Joseph R. Biden Jr."
    of "Joe Biden"): entity_words.json ``formal_suffixed_names``."""
    return frozenset(parse_name(name).tokens for name in read_json(SUFFIX_FILE)["formal_suffixed_names"])


@dataclass(frozen=True)
class ParsedName:
    """A person's name as spelling-normalised tokens; ``chain``: it has a bin/ibn patronymic chain; ``suffix``: its
    last token is a generational suffix ("jr"); ``middle``: a middle name or initial is written between the given
    name and the surname ("Joseph R. Biden Jr."); ``suffix_word``: the suffix as written, lower case without dots
    ("iii"), compared as it is (the spelling rewrites make "ii" and "iii" alike)."""

    tokens: tuple[str, ...]
    chain: bool
    suffix: bool = False
    middle: bool = False
    suffix_word: str = ""


# Names looked up are few and repeat across a corpus: remember their parses.
PARSE_CACHE_SIZE = 65536


@functools.lru_cache(maxsize=PARSE_CACHE_SIZE)
def parse_name(name: str, formal: bool = True) -> ParsedName:
    """Normalised tokens of a name: honorifics, particles and initials dropped, hyphen parts joined; ``formal``: an
    English short given name read as its formal form ("Bob" as "Robert"), else kept as written."""
    table = rules()
    raw = [t.strip(".'") for t in TOKEN_SPLIT.split(_fold(name)) if t.strip(".'")]
    while len(raw) > 1 and raw[0].rstrip(".") in table.honorifics:
        raw = raw[1:]
    chain = any(t in table.chain_particles for t in raw)
    suffix = len(raw) > 1 and raw[-1] in name_suffixes()  # "Donald Jr.", the given name and suffix, too
    middle = len(raw) - suffix > GIVEN_AND_SURNAME
    # Given names matter only for a word that is a particle alone ("Ash" of "Ash Carter"): read them only then.
    given = _given_name_words(name, table) if any(word in table.particles for word in raw) else frozenset()
    tokens: list[str] = []
    for position, word in enumerate(raw):
        parts = [p.strip(".'") for p in HYPHENS.split(word)]
        # "Takht-e-Ravanchi" -> "takhtravanchi"; "al-Busaidi" -> "busaidi"; single letters are initials.
        # A stand-alone capitalised "Ash" is a given name ("Ash Carter"), "ash-Sharaa" an article.
        kept = [p for p in parts if len(p) > 1 and (p not in table.particles or (len(parts) == 1 and p in given))]
        if not kept:
            continue
        joined = "".join(kept)
        if position == len(raw) - 1:
            for glued in GLUED_PARTICLES:
                if joined.startswith(glued) and len(joined) - len(glued) >= GLUED_PARTICLE_MIN_REST:
                    joined = joined[len(glued):]
                    break
        if formal and not tokens and len(raw) > 1:
            # "Bob" is "Robert" as a given name, not as a surname: not later in a name, nor as a lone word
            joined = table.short_forms.get(joined, joined)
        spelled = _spelled(joined)  # ``_spell(joined, table)``: ``table`` is ``rules()``
        if spelled:
            tokens.append(spelled)
    suffixed = suffix and len(tokens) > 1
    return ParsedName(tuple(tokens), chain, suffixed, middle, raw[-1].strip(".") if suffixed else "")


# A middle initial as written: one letter, or several run together with dots ("W.", "H.W.").
INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]\.?")


def middle_initials(name: str) -> tuple[str, ...]:
    """The middle initials a name writes between its given name and its surname, folded ("George H.W. Bush" ->
    ("h", "w")), or () when it writes none or a middle word that is no initial: two different runs of them
    name two people of one family (a father and his son)."""
    words = [w for w in TOKEN_SPLIT.split(_fold(name)) if w.strip(".'")]
    while len(words) > 1 and words[0].rstrip(".") in rules().honorifics:
        words = words[1:]
    if len(words) > 1 and words[-1].strip(".") in name_suffixes():
        words = words[:-1]
    middle = words[1:-1]
    if not middle or not all(INITIALS.fullmatch(word) for word in middle):
        return ()
    return tuple(letter for word in middle for letter in word if letter != ".")


# What ``normalise_name`` folds away: punctuation other than apostrophes and hyphens, runs of spaces, a
# leading article.
_NAME_PUNCTUATION = re.compile(r"[^\w\s'-]+")
_NAME_SPACES = re.compile(r"\s+")
_NAME_LEADING_ARTICLE = re.compile(r"^the\s+")


def normalise_name(name: str) -> str:
    """Case-, accent-, punctuation- and spacing-insensitive form of a name ("The Kremlin" -> "kremlin")."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().replace("\u2019", "'")
    cleaned = _NAME_SPACES.sub(" ", _NAME_PUNCTUATION.sub(" ", folded)).strip()
    return _NAME_LEADING_ARTICLE.sub("", cleaned)


def person_key(name: str, formal: bool = True) -> str:
    """A spelling-insensitive key of a person's name ("Zelenskyy" and "Zelenskiy" -> "zelensky"); ``formal=False``
    keeps a short given name as written ("Tim Scott" and "Timothy Scott" keyed apart: ``parse_name``)."""
    return " ".join(parse_name(name, formal).tokens)


def _compact(tokens: tuple[str, ...]) -> str:
    return "".join(tokens)


def surname_matches(surname: ParsedName, full: ParsedName) -> bool:
    """Whether a surname-only mention names the full name's family name ("Takht Ravanchi")."""
    if not surname.tokens or len(full.tokens) < 2:
        return False
    wanted = _compact(surname.tokens)
    # The surname may be written in one or several tokens; it never starts at the given name.
    return any(_compact(full.tokens[start:]) == wanted for start in range(1, len(full.tokens)))


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(token in it for token in short)


@functools.lru_cache(maxsize=PARSE_CACHE_SIZE)
def same_person_key(name: str) -> tuple[str, str] | None:
    """What two names must share for ``same_person`` to match them, one or the other: the first normalised token, or
    the last letter of the tokens run together, a generational suffix left out (each match has equal tokens, equal
    run-together tokens, a family name ending the other's tokens, or the same first token); None for a name of no
    token, which matches none.
    A cheap test before ``same_person`` when one name is compared with many."""
    parsed = parse_name(name)
    tokens = parsed.tokens[:-1] if parsed.suffix else parsed.tokens  # "Biden" matches "Joseph R. Biden Jr."
    return (tokens[0], tokens[-1][-1]) if tokens else None


def may_be_same_person(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Whether names of these ``same_person_key`` keys may be ``same_person`` (when not, they are not)."""
    return a is not None and b is not None and (a[0] == b[0] or a[1] == b[1])


@functools.lru_cache(maxsize=PARSE_CACHE_SIZE)
def same_person(a: str, b: str) -> bool:
    """Whether two mentions name one person, spelling aside (full vs full, or surname vs full name).

    Two different given names never match ("Hunter Biden" vs "Joe Biden"); a middle name may be
    missing ("George W. Bush"); a bin/ibn chain may be cut short ("Mohammed bin Salman"); a generational
    suffix on one name only is the formal form when that name also writes a middle name ("Joseph R. Biden Jr."
    of "Joe Biden") when entity_words.json ``formal_suffixed_names`` lists it, else another person of the family
    ("Donald J. Trump Jr.", the son of "Donald Trump"); two different suffixes never match.
    """
    pa, pb = parse_name(a), parse_name(b)
    if pa.suffix and pb.suffix and pa.suffix_word != pb.suffix_word:
        return False  # "John Smith III" and "John Smith II": son and father
    if pa.suffix != pb.suffix:
        suffixed, plain = (pa, pb) if pa.suffix else (pb, pa)
        # "Donald J. Trump Jr." is not "Donald Trump" (the son), but "Joseph R. Biden Jr." is "Joe Biden": a listed
        # suffixed name written with a middle name or initial is the full formal form of a full name written
        # without one. A bare surname ("Biden") is either's.
        if len(plain.tokens) > 1 and not (suffixed.middle and not plain.middle
                                          and suffixed.tokens in formal_suffixed_names()):
            return False
        pa, pb = ParsedName(suffixed.tokens[:-1], suffixed.chain), plain
    return _same_parsed(pa, pb)


def _same_parsed(pa: ParsedName, pb: ParsedName) -> bool:
    """``same_person`` of two parsed names, a suffix on one of them already settled."""
    if not pa.tokens or not pb.tokens:
        return False
    if pa.tokens == pb.tokens or _compact(pa.tokens) == _compact(pb.tokens):
        return True
    short, long = (pa, pb) if len(_compact(pa.tokens)) <= len(_compact(pb.tokens)) else (pb, pa)
    # A family name alone, in one or several words ("Zelensky", "Takht Ravanchi", "Al Busaidi").
    if surname_matches(short, long):
        return True
    if len(short.tokens) == 1 or len(long.tokens) == 1:
        return False
    if len(short.tokens) > len(long.tokens):
        short, long = long, short
    if short.tokens[0] != long.tokens[0]:
        return False
    if short.tokens[-1] == long.tokens[-1] and _is_subsequence(short.tokens, long.tokens):
        return True
    # "Mohammed bin Salman" is the start of "Mohammed bin Salman bin Abdulaziz Al Saud".
    return long.chain and long.tokens[: len(short.tokens)] == short.tokens


# Dutch elided-article names ("in 't Veld"): their particles and the capitalised words before "'t" that name a venue.
DUTCH_ARTICLE_NAMES_FILE = "actors/dutch_article_names.json"


@dataclass(frozen=True)
class DutchArticleNames:
    """Word lists of Dutch surnames with an elided article (data/actors/dutch_article_names.json)."""

    particles: tuple[str, ...]
    particle_articles: tuple[str, ...]
    venue_words: frozenset[str]


@functools.cache
def dutch_article_names() -> DutchArticleNames:
    """Load ``dutch_article_names.json`` once per process."""
    data = read_json(DUTCH_ARTICLE_NAMES_FILE)
    return DutchArticleNames(tuple(data["particles"]), tuple(data["particle_articles"]),
                             frozenset(data["venue_words"]))
