"""EntityDraft and EntityBuilder: the entities of one Doc being built, with their mentions chained in text order."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import ActorCode, entity_words, first_name_genders, known_person
from accord.knowledge.institutions import institution_key
from accord.knowledge.name_variants import (
    formal_given_name, formal_suffixed_names, joined_by_short_form, may_be_same_person, middle_initials, parse_name,
    person_key, repair_mojibake, same_person, same_person_key,
)
from accord.stages import mediators
from accord.stages.entities.names import title_line_end
from accord.stages.entities.variants import name_match_words, name_word_tuple, same_surname
from accord.stages.grammar import document_entities, document_text, token_texts
from accord.stages.token_filters import indices_with_words


# Words before a bare surname that single out the junior of two relatives sharing it ("the younger Lai").
JUNIOR_WORDS = frozenset({"younger", "junior"})
# Tagger labels of the longer names a place or institution has: a PERSON-tagged name that opens one ("Maple
# Ridge" beside "Maple Ridge Middle School") is that place, unless other evidence makes it a person.
PLACE_OR_ORG_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})


# Shortest surname stem read off a name's last word that a reporting verb was glued to ("Hansentold"): a shorter
# stem ("Li" of "Lisaid") is too often the opening of another word the article also writes.
MIN_GLUED_STEM_CHARS = 4


# Generational suffixes that end a name without being a second family name ("Morris J. Brooks Jr.").
NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _first_of_two_surnames(word: str, parts: Sequence[str]) -> bool:
    """Whether ``word`` is the first of two family names ending a three-word name ("Acosta" of "Melba Acosta
    Febo"): a full word, no given name ("Mary Anne Smith"), an initial or a suffix; tried only after every
    surname and spelling match failed, so a person called by the last word is found first."""
    return (len(parts) == 3 and word == parts[1] and len(word) > 2 and word.isalpha() and word.istitle()
            and parts[2] not in NAME_SUFFIXES and parts[2].isalpha() and parts[2].istitle()
            and word not in first_name_genders())


@dataclass
class EntityDraft:
    """An entity being built: identity, coding, and mentions as (start, end, head_start, head_end, via)."""

    key: str
    name: str
    kind: str
    code: str | None = None
    sector: str | None = None
    title: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    last_end: int = 0
    title_at: int | None = None  # where the mention that gave ``title`` starts (None: not known)
    # Sector and country the article's own descriptions of the person gave (a title, an apposition), the lexicon's
    # left out: a senator the lexicon files under GOV is no other person for being called "the senator" (LEG).
    described_sector: str | None = None
    described_code: str | None = None

    def add(self, start: int, end: int, head_start: int, head_end: int, via: str) -> None:
        self.mentions.append((start, end, head_start, head_end, via))
        self.last_end = max(self.last_end, end)

    def absorb(self, code: str | None, sector: str | None, title: str | None, at: int | None = None) -> None:
        """Fill coding fields still unknown (the first explicit title in the article wins; ``at``: where the
        mention giving it starts)."""
        self.code = self.code or code
        self.sector = self.sector or sector
        if not self.title and title:
            self.title, self.title_at = title, at


class EntityBuilder:
    """Accumulates entities over one Doc in text order and chains their mentions."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self.drafts: list[EntityDraft] = []
        self.by_key: dict[str, EntityDraft] = {}
        self.persons: list[EntityDraft] = []
        self.claimed: set[int] = set()  # token indices already inside a mention
        self.acronyms: dict[str, EntityDraft] = {}  # "(SDN)" after a name -> that entity
        self._openings: frozenset[str] | None = None  # see place_name_openings
        self._honorific_surnames: frozenset[str] | None = None  # see honorific_surnames
        self._mediator_names: frozenset[str] | None = None  # see mediator_names
        self.setting: Counter[str] = Counter()  # country codes of the article's lexicon hits (``homonyms``)
        self.label_setting: Counter[str] = Counter()  # the same for party labels alone (``named_actors.party_label``)
        self.title_end = title_line_end(doc.text if text is None else text)  # names in the title line rank after the body's

    def _get(self, key: str, name: str, kind: str) -> EntityDraft:
        """The draft under ``key``, created on first use."""
        draft = self.by_key.get(key)
        if draft is None:
            draft = EntityDraft(key=key, name=name, kind=kind)
            self.by_key[key] = draft
            self.drafts.append(draft)
            if kind == "person":
                self.persons.append(draft)
        return draft

    def place_name_openings(self) -> frozenset[str]:
        """The first words (all but the last) of the article's organisation and place names, read once."""
        if self._openings is None:
            self._openings = frozenset(ent[:size].text for ent in document_entities(self.doc) if ent.label_ in PLACE_OR_ORG_LABELS
                                       for size in range(1, len(ent)))
        return self._openings

    def honorific_surnames(self) -> frozenset[str]:
        """Capitalised words the article writes after a capitalised honorific ("Dr. Lund", "Mr. Okafor"), read once:
        surnames of persons, whatever label the tagger gave their full names."""
        if self._honorific_surnames is None:
            doc = self.doc
            self._honorific_surnames = frozenset(
                doc[i + 1].text for i in indices_with_words(doc, entity_words().honorifics)
                if i + 1 < len(doc) and doc[i].text[:1].isupper() and doc[i + 1].is_alpha
                and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_upper)
        return self._honorific_surnames

    def mediator_names(self) -> frozenset[str]:
        """Proper names the article says mediate, lower-cased ("nasiri" of "mediated by al-Nasiri"), read once."""
        if self._mediator_names is None:
            self._mediator_names = mediators.mediator_agents(self.doc, mediators.mediator_words())
        return self._mediator_names

    def claim(self, start: int, end: int) -> None:
        """Mark tokens as inside a mention, so noun chunks there are not read again."""
        self.claimed.update(range(start, end))

    def is_claimed(self, start: int, end: int) -> bool:
        """Whether any of these tokens is already inside a mention."""
        return any(i in self.claimed for i in range(start, end))

    # persons -------------------------------------------------------------------------------
    def person_for(self, name: str, junior: bool = False, gender: str | None = None) -> EntityDraft | None:
        """The earlier person this name refers to: same full name, or a surname / given name of one
        (``junior``: the name follows "the younger", so a shared surname is the relative's; ``gender``: an
        honorific's, so "Mrs. Clinton" is not Bill Clinton when Hillary Clinton is named too)."""
        known = known_person(name)
        canonical = known.name if known else name
        draft = self.by_key.get("person:" + canonical.lower())
        if draft:
            return draft
        written = name.split()
        words = written
        if name.isupper():  # transcripts: "PENCE:"
            words = [t.capitalize() for t in words]
        tokens = tuple(words)  # compared with the tuples of ``name_word_tuple``
        if len(tokens) == 1:
            principal = self._principal_of_surname(tokens[0], junior, gender)
            if principal is not None:
                return principal
        # Each test of this loop equates a first or last word of the name with one of ``name_match_words``: a person
        # sharing none of these words cannot pass any, so is skipped unread (the answer stays the latest that passes).
        asked = {word.lower() for word in (*tokens[:1], *tokens[-1:])}
        for person in reversed(self.persons):
            if asked.isdisjoint(name_match_words(person.name)):
                continue
            parts = name_word_tuple(person.name)
            if len(tokens) == 1 and len(parts) > 1 and tokens[0] in (parts[0], parts[-1]) and (
                    not gender or person.gender in (None, gender)):
                return person  # "Mr. Haddad" is not "Leila Haddad": an honorific of the other gender stays apart
            if 1 < len(tokens) < len(parts) and parts[-len(tokens):] == tokens:
                return person  # a two-word surname: "La Lime" of "Helen La Lime"
            if len(parts) == 1 and len(tokens) > 1 and parts[0] == tokens[-1]:
                return person
            if len(parts) == 1 and len(tokens) == 2 and parts[0] == tokens[0] and not self._surname_here(parts[0]):
                return person  # "Freddy" first, then "Freddy Lund": the given name the story called him by
            if _completes(name, person.name) and self._cut_before(person, tokens[1]):
                return person  # "Peña Nieto" after "President Enrique Peña| Nieto": the tagger cut the name short
            if 1 < len(parts) < len(tokens) and name.isupper() and tokens[-len(parts):] == parts:
                return person  # "TAKE ON DONALD TRUMP" of a capitals headline: the body's Donald Trump
            if 1 < len(parts) < len(tokens) and parts[0] not in first_name_genders() and (
                    [t.lower() for t in tokens[-len(parts):]] == [p.lower() for p in parts]):
                return person  # "Bill de Blasio" after a headline's "De Blasio": the surname, capitalised there
        spelling = same_person_key(name)
        for person in reversed(self.persons):
            if gender and person.gender not in (None, gender):
                continue  # a spelling match is weaker still than the honorific's gender
            parts = name_word_tuple(person.name)
            if len(tokens) == 1 and len(parts) > 1 and same_surname(tokens[0], parts[-1]):
                return person  # "Equiluz" after "Luis Eguiluz": one name spelt two ways
            if may_be_same_person(spelling, same_person_key(person.name)) and same_person(name, person.name):
                return person  # a transliteration: "Zelensky" after "Volodymyr Zelenskyy"
            if len(tokens) > 1 and self._headline_suffixed(person) and same_person(name, person.name.rsplit(" ", 1)[0]) \
                    and self._suffix_dropped(name, person):
                return person  # "Robert F. Kennedy Jr." in the headline alone, then the body's "Robert Kennedy"
            if len(tokens) == 1 and _first_of_two_surnames(tokens[0], parts):
                return person  # "Ms. Acosta" after "Melba Acosta Febo": Spanish usage names the first surname
        return None

    def _cut_before(self, person: EntityDraft, word: str) -> bool:
        """Whether a mention of ``person`` by name runs right into ``word`` ("Enrique Peña" then " Nieto"): the
        tagger ended the name one word short, so a later "Peña Nieto" is this person's full surname."""
        text = document_text(self.doc)
        return any(via == "name" and text[head_end:head_end + len(word) + 1] == " " + word
                   and not text[head_end + len(word) + 1:head_end + len(word) + 2].isalnum()
                   for _, _, _, head_end, via in person.mentions)

    def _headline_suffixed(self, person: EntityDraft) -> bool:
        """Whether ``person`` is a suffixed name ("Robert F. Kennedy Jr.") the article writes in its title line
        alone: a headline gives the formal name the body shortens, so a body name that is this one without the
        suffix (and middle initials) is the same person. A body that writes the suffixed name too tells the son
        from the father itself, and the two stay apart (``same_person``)."""
        return (self.title_end > 0 and parse_name(person.name).suffix and bool(person.mentions)
                and all(head_start < self.title_end for _, _, head_start, _, _ in person.mentions))

    def _suffix_dropped(self, name: str, person: EntityDraft) -> bool:
        """Whether a body's plain ``name`` is the headline's suffixed ``person`` shortened, not the father: never when
        the plain name is a lexicon person the suffixed name is no formal name of ("Donald Trump" under "Donald Trump
        Jr."), nor when the body writes the suffix itself anywhere ("Oduya Jr."): the text tells the two apart."""
        parsed = parse_name(person.name)
        if known_person(name) is not None and parsed.tokens not in formal_suffixed_names():
            return False
        words = person.name.split()
        suffix = re.escape(words[-1].rstrip("."))
        body = document_text(self.doc)[self.title_end:]
        return re.search(rf"\b{re.escape(words[-2].rstrip(','))},?\s+{suffix}\b", body) is None

    def _surname_here(self, word: str) -> bool:
        """Whether ``word`` ends the full name of a person already named ("Lund" of "Ann Lund"): then a bare
        "Lund" is that surname, not a given name a later "Lund Berg" completes."""
        return any(len(parts := name_word_tuple(p.name)) > 1 and parts[-1] == word for p in self.persons)

    def _principal_of_surname(self, surname: str, junior: bool = False, gender: str | None = None) -> EntityDraft | None:
        """Of several full-named persons sharing a bare surname (a family: "Sali Berisha" and his son
        "Shkëlzen Berisha"), the one introduced first: news names the principal first and calls the
        relatives by given name or by kinship ("his son"), so a later bare "Berisha" is the principal.
        ``junior`` ("the younger Lai"): the relative, i.e. the latest introduced."""
        sharing = [p for p in self.persons if len(name_word_tuple(p.name)) > 1 and name_word_tuple(p.name)[-1] == surname]
        if len(sharing) < 2:
            return None
        if gender and any(p.gender == gender for p in sharing):
            sharing = [p for p in sharing if p.gender == gender]  # "Mrs. Clinton": Hillary, not Bill
        elif gender:
            # "Mr. Haddad" after "Omar and Leila Haddad" once "Ms. Haddad" gave Leila her gender: not her.
            sharing = [p for p in sharing if p.gender is None]
            if not sharing:
                return None
        def introduced(person: EntityDraft) -> tuple[int, int]:
            # Named first in the body; a name only the title gives ranks last.
            starts = [m[0] for m in person.mentions]
            return (min((s for s in starts if s >= self.title_end), default=sys.maxsize), min(starts, default=sys.maxsize))

        sharing.sort(key=introduced)
        return sharing[-1] if junior else sharing[0]

    def glued_verb_length(self, name: str) -> int:
        """How many closing letters of ``name`` are a reporting verb glued to a surname the article also writes alone."""
        last = name.split()[-1] if name.split() else ""
        for ending in entity_words().glued_verb_endings:
            stem = last[:-len(ending)]
            if (last.endswith(ending) and len(stem) >= MIN_GLUED_STEM_CHARS and stem[:1].isupper()
                    and stem[-1:].islower() and stem in token_texts(self.doc)):
                return len(ending)
        return 0

    def add_person(self, name: str, start: int, end: int, head: Span, code: ActorCode | None,
                   title: str | None, gender: str | None) -> EntityDraft:
        """Add a person mention to the person it chains to (or a new one) and fill its coding."""
        name = " ".join(name.split())  # "Newt\xa0Gingrich": one plain space between words, as readers write it
        glued = self.glued_verb_length(name)
        if glued and document_text(self.doc)[end - glued:end] == name[-glued:]:
            # "Ola Hansentold reporters", "Hansen stressed" later: the name is Ola Hansen, its mention ends before "told"
            name, end = name[:-glued], end - glued
        head_end = min(head.end_char, end)
        name = repair_mojibake(name)  # "TomÃ¡s Ibarra" is Tomás Ibarra (the mention's offsets stay the text's)
        before = self.doc[head.start - 1].lower_ if head.start > 0 else ""
        draft = self.person_for(name, junior=before in JUNIOR_WORDS, gender=gender)
        apart = draft is not None and joined_by_short_form(name, draft.name) and _described_otherwise(draft, code)
        # "Tim Scott, the senator" and "Timothy Scott, a farmer": a nickname row joins no two trades. The other
        # person is no lexicon entry the nickname row keyed to the first (it would key him the first's draft).
        draft = None if apart else draft
        known = None if apart else known_person(name)
        if draft is not None and _capitals_only(draft.name) and not _capitals_only(name) and (known or len(name.split()) > 1):
            draft.name = known.name if known else name  # "ON DONALD TRUMP" of a capitals headline, then "Donald Trump"
        elif draft is None:
            canonical = known.name if known else name
            # Keyed by the lexicon's name, shown as the article writes it when that only adds middle names
            shown = name if _adds_middle_names(name, canonical) or _respelled(name, canonical) else canonical
            draft = self._get("person:" + canonical.lower(), shown, "person")
        elif len(name.split()) > len(draft.name.split()) and not known and not _words_before_full_name(name, draft.name) \
                and not (_capitals_only(name) and not _capitals_only(draft.name)):
            draft.name = name  # a fuller form of a name first seen short
        elif formal_given_name(name, draft.name):
            draft.name = name  # "Bob Menendez" first, then "Robert Menendez": the formal given name is the fuller
        elif _completes(name, draft.name) and self._cut_before(draft, name.split()[1]):
            draft.name = f"{draft.name} {name.split()[1]}"  # "Enrique Peña" cut short, then "Peña Nieto": in full
        elif known and _adds_middle_names(name, draft.name):
            draft.name = name  # the lexicon's "Joan Doe", then the article's "Joan Q. Doe": the fullest name
        elif known and len(known.name.split()) > len(draft.name.split()) and (
                draft.name.split()[-1:] == known.name.split()[-1:] or _given_name_of(draft.name, known.name)):
            # "Clinton" first (a headline), then the lexicon's "Hillary Clinton"; "Bill" first (a list of given
            # names sharing one surname), then "Bill Clinton"
            draft.name = name if _respelled(name, known.name) else known.name
        via = "name" if len(name.split()) > 1 or draft.name == name else "surname"
        draft.add(start, end, head.start_char, head_end, via)
        draft.absorb(code.code if code else None, code.sector if code else None, title, start)
        if code is not None:
            draft.described_sector = draft.described_sector or code.sector
            draft.described_code = draft.described_code or code.code
        if known:
            draft.absorb(known.code, known.sector, None)
        first = draft.name.split()[0] if draft.name.split() else ""
        draft.gender = draft.gender or gender or first_name_genders().get(first)
        self.claim(head.start, head.end)
        return draft

    # other kinds -----------------------------------------------------------------------------
    def add_actor(self, actor: ActorCode, span: Span, head: Span, via: str) -> EntityDraft:
        """Add a mention of a non-person actor, merged by kind, name and code."""
        # One institution under its names ("Ministry of Public Works", "Works Ministry"), named most fully.
        base = f"{actor.kind}:{institution_key(actor.name)}:"
        key = base + str(actor.code)
        if actor.code is None and key not in self.by_key:
            # "The Works Ministry" after "Chile's Ministry of Public Works": the one coded institution so named.
            coded = [k for k in self.by_key if k.startswith(base)]
            key = coded[0] if len(coded) == 1 else key
        draft = self._get(key, actor.name, actor.kind)
        if len(actor.name.split()) > len(draft.name.split()):
            draft.name = actor.name
        draft.add(span.start_char, span.end_char, head.start_char, head.end_char, via)
        draft.absorb(actor.code, actor.sector, None)
        self.claim(span.start, span.end)
        return draft

    def add_title_reference(self, person: EntityDraft, span: Span, head: Token) -> None:
        """Add "the minister" as a mention of an earlier person."""
        person.add(span.start_char, span.end_char, head.idx, head.idx + len(head.text), "title")
        self.claim(span.start, span.end)


def _described_otherwise(draft: EntityDraft, code: ActorCode | None) -> bool:
    """Whether a mention's coding conflicts with what the article said of the person so far: both give a sector
    (from a title or an apposition: "senator" LEG, "farmer" AGR) or a country, and they differ. Asked only of a join a nickname row
    alone makes (``joined_by_short_form``), where two people of one surname are likelier than one person
    described two ways."""
    if code is None:
        return False
    return bool(draft.described_sector and code.sector and draft.described_sector != code.sector) or bool(
        draft.described_code and code.code and draft.described_code != code.code)


def _completes(name: str, full: str) -> bool:
    """Whether a two-word ``name`` opens with the last word of a longer ``full`` name ("Peña Nieto" of "Enrique
    Peña"): its second word may be the surname the first mention lost."""
    words, parts = name.split(), full.split()
    return len(words) == 2 and len(parts) > 1 and words[0] == parts[-1]


def _adds_middle_names(name: str, short: str) -> bool:
    """Whether ``name`` is ``short`` with middle names or initials added: the same first and last words, more
    words between ("Vladimir V. Putin" of "Vladimir Putin"). The article's fuller form is the name an analyst
    expects; the lexicon's shorter one still keys the person (and the store's identity). A generational suffix
    added ("Jr.") is no middle name: it may name the son."""
    words, parts = name.split(), short.split()
    return len(parts) >= 2 and len(words) > len(parts) and words[0] == parts[0] and words[-1] == parts[-1]


def _respelled(name: str, canonical: str) -> bool:
    """Whether ``name`` is the lexicon's ``canonical`` full name as the article writes it ("Sergey Lavrov" of "Sergei
    Lavrov", "Badr Albusaidi" of "Badr bin Hamad Al Busaidi", "Dwight Eisenhower" of "Dwight D. Eisenhower"): the
    speaker's name is the fullest the article gives, so a reader finds it in the text; the lexicon's spelling still
    keys the person. The same first name opens both (an honorific or title before it is no name: "Ayatollah Ali
    Khamenei" shows "Ali Khamenei"); not a name in capitals only (a headline's), nor one with a word that is no name's
    (a table's "Donald Trump 384": a delegate count run into the name); nor one whose middle initials differ from
    the lexicon's ("George H.W. Bush" is not "George W. Bush")."""
    words, parts = name.split(), canonical.split()
    return (name != canonical and len(words) > 1 and len(parts) > 1 and not _capitals_only(name)
            and all(word[:1].isalpha() and not any(ch.isdigit() for ch in word) for word in words)
            and person_key(words[0]) == person_key(parts[0]) and same_person(name, canonical)
            and not (middle_initials(name) and middle_initials(canonical)
                     and middle_initials(name) != middle_initials(canonical)))


def _given_name_of(name: str, full: str) -> bool:
    """Whether ``name`` is a single word opening the longer ``full`` name ("Bill" of "Bill Clinton")."""
    words = name.split()
    return len(words) == 1 and full.split()[:1] == words


def _capitals_only(name: str) -> bool:
    """Whether a name is written in capitals only ("HILLARY CLINTON" of a capitals headline or kicker): its
    case, and often the words the tagger ran into it ("ON DONALD TRUMP"), are the layout's, so the body's
    ordinary spelling of the same person names them instead."""
    return name.isupper() and len(name) > 1


def _words_before_full_name(name: str, full: str) -> bool:
    """Whether ``name`` only puts words before a full name already known ("Star Norbert Leo Butz" in a
    title-case headline after "Norbert Leo Butz"): a word before a given name is a title or a noun, not
    more of the name."""
    return len(full.split()) > 1 and name.endswith(" " + full)
