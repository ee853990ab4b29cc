"""Find the article's actors over one parsed Doc: names, titles, metonyms and groups, chained.

One pass over lexicon matches, ``doc.ents``, proper-noun runs and noun chunks. The small model's
labels are hints only: the lexicon (countries, seats of government, titles), title context, appositions
and earlier full names decide what a span is ("Sun Zhuangzhi" tagged ORG is a person when an
apposition calls him a director; "Kyiv" tagged PERSON is Ukraine's government).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import ActorCode, LexEntry, entity_words, first_name_genders, known_person, lookup_actor, title_entry
from accord.knowledge.institutions import institution_key
from accord.knowledge.name_variants import same_person
from accord.knowledge.regions import region_countries, region_country
from accord.stages.entities.based import based_country
from accord.stages.entities.context import NON_STATE_CODES
from accord.stages.entities.envoys import envoy_to_body
from accord.stages.entities.homonyms import US, us_reading
from accord.stages.entities.topics import described_country
from accord.stages.entities.descriptions import descriptions
from accord.stages.entities.lexicon_hits import PROPER_TAGS, DocLexicon, lookup_entry, scan_doc
from accord.stages.entities.matchers import matchers_for
from accord.stages.entities.party_tags import party_tag_country, party_title_country
from accord.stages.entities.residence import residence_country
from accord.stages.entities.names import is_org_like, name_candidates, title_line_end, with_article
from accord.stages.entities.titles import appos_is_title, apposition, honorific, title_chain, title_text
from accord.stages.entities.variants import name_words, same_surname
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.token_filters import noun_chunk_bounds

# Title heads too generic to name a person by themselves: "the Commerce chief", "the U.S. leader".
GENERIC_TITLE_HEADS = frozenset({"chief", "head", "leader", "boss"})
# Words before a bare surname that single out the junior of two relatives sharing it ("the younger Lai").
JUNIOR_WORDS = frozenset({"younger", "junior"})
# Modifiers of a title-only reference that name no other office ("the top diplomat", "the former minister").
OFFICE_NEUTRAL_MODIFIERS = frozenset({"top", "senior", "former", "new", "current", "then", "acting", "outgoing",
                                      "incoming", "longtime", "veteran", "embattled", "powerful", "influential"})
# Acronyms read as the initials of an earlier organisation's name: two letters are too ambiguous ("UN" is in
# the lexicon anyway), and longer ones are rarely coined from initials alone.
MIN_ACRONYM_LETTERS = 3
MAX_ACRONYM_LETTERS = 6
# Words that make a title a past office ("former NATO Secretary General", "ex-president").
FORMER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time", "late"})
# Verbs whose agent leads the organisation they modify ("the group, led by X", "a charity founded by Y").
LEADING_VERBS = frozenset({"lead", "head", "chair", "found", "run", "direct"})
# Longest "the ... group" reference chained to an earlier organisation ("The poultry farmers group").
MAX_ORGANISATION_REFERENCE_TOKENS = 5
# Longest organisation name folded into an office's name ("State Department spokesperson").
MAX_OFFICE_WORDS = 5
# Organisation heads that name no organisation by themselves: "the group" is the one last named.
GENERIC_ORGANISATION_HEADS = frozenset({"group", "organization", "organisation", "agency", "charity", "body"})
# Pronouns owning a generic head ("her group", "his organization"): the group the person works for, the one
# last named (issue 13: possessive institutions were left unresolved and unplaced).
OWNER_PRONOUNS = frozenset({"his", "her", "their"})
# Sectors of outlets a story quotes to ("told VOA"): never what "the group" refers to.
QUOTING_SECTORS = frozenset({"JRN"})
# Verbs whose object is the audience, not an actor ("told VOA").
ADDRESSED_BY = frozenset({"tell"})
# Unknown one-word names this short are noise unless written in capitals (acronyms).
SHORT_NAME_CHARS = 3
# Dependency labels of a subject: a described person there is an actor ("a New York judge ruled").
# Sectors specific enough that "the senator" may refer to the last legislator even without that title.
SECTOR_FALLBACK = frozenset({"LEG", "MIL", "JUD", "COP", "EDU", "JRN", "REB"})
# Sectors of crowds that are entities only when they act ("people said", not "met people").
UNCODED_CROWD_SECTORS = frozenset({None, "CVL"})
# Leading words dropped from a described actor's name ("his supporters" -> "supporters").
DESCRIPTION_SKIP_POS = frozenset({"DET", "ADV", "CCONJ", "PRON", "PART", "NUM", "SCONJ", "ADP", "PUNCT"})
DESCRIPTION_SKIP_TAGS = frozenset({"PRP$", "WRB", "WDT", "PDT"})
# Quantifiers, and adjectives that rank a described actor without naming it ("top White House officials",
# "prominent human rights activists").
DESCRIPTION_SKIP_WORDS = frozenset({"many", "few", "most", "several", "some", "all", "other", "both", "each",
                                    "top", "prominent", "leading", "various", "numerous"})
# Tags of a singular noun (NNP included: lower-case nouns are sometimes tagged NNP).
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
# Tagger labels of the longer names a place or institution has: a PERSON-tagged name that opens one ("Sandy
# Hook" beside "Sandy Hook Elementary School") is that place, unless other evidence makes it a person.
PLACE_OR_ORG_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})
# A person's name after an organisation's possessive ("National Review's Ian Tuttle") has a given name and at
# most two more words; longer runs are the organisation's own parts ("Macy's Herald Square Store").
POSSESSED_NAME_MAX_WORDS = 3
# Dependency labels of a determiner or possessive that may open a title-only reference.
DETERMINER_DEPS = frozenset({"det", "poss"})
# The label spaCy gives its noun chunks (kept on the chunks built from ``noun_chunk_bounds``).
NOUN_CHUNK_LABEL = "NP"


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

    def add(self, start: int, end: int, head_start: int, head_end: int, via: str) -> None:
        self.mentions.append((start, end, head_start, head_end, via))
        self.last_end = max(self.last_end, end)

    def absorb(self, code: str | None, sector: str | None, title: str | None) -> None:
        """Fill coding fields still unknown (the first explicit title in the article wins)."""
        self.code = self.code or code
        self.sector = self.sector or sector
        self.title = self.title or title


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
        self.setting: Counter[str] = Counter()  # country codes of the article's lexicon hits (``homonyms``)
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
            self._openings = frozenset(ent[:size].text for ent in self.doc.ents if ent.label_ in PLACE_OR_ORG_LABELS
                                       for size in range(1, len(ent)))
        return self._openings

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
        tokens = name.split()
        if name.isupper():  # transcripts: "PENCE:"
            tokens = [t.capitalize() for t in tokens]
        if len(tokens) == 1:
            principal = self._principal_of_surname(tokens[0], junior, gender)
            if principal is not None:
                return principal
        for person in reversed(self.persons):
            parts = name_words(person.name)
            if len(tokens) == 1 and len(parts) > 1 and tokens[0] in (parts[0], parts[-1]) and (
                    not gender or person.gender in (None, gender) or not self._surname_shared_by(tokens[0], gender)):
                return person
            if 1 < len(tokens) < len(parts) and parts[-len(tokens):] == tokens:
                return person  # a two-word surname: "La Lime" of "Helen La Lime"
            if len(parts) == 1 and len(tokens) > 1 and parts[0] == tokens[-1]:
                return person
            if 1 < len(parts) < len(tokens) and parts[0] not in first_name_genders() and (
                    [t.lower() for t in tokens[-len(parts):]] == [p.lower() for p in parts]):
                return person  # "Bill de Blasio" after a headline's "De Blasio": the surname, capitalised there
        for person in reversed(self.persons):
            parts = name_words(person.name)
            if len(tokens) == 1 and len(parts) > 1 and same_surname(tokens[0], parts[-1]):
                return person  # "Equiluz" after "Luis Eguiluz": one name spelt two ways
            if same_person(name, person.name):
                return person  # a transliteration: "Zelensky" after "Volodymyr Zelenskyy"
        return None

    def _surname_shared_by(self, surname: str, gender: str) -> bool:
        """Whether a full-named person of ``gender`` bears ``surname`` (then the honorific picks them)."""
        return any(p.gender == gender and len(name_words(p.name)) > 1 and name_words(p.name)[-1] == surname
                   for p in self.persons)

    def _principal_of_surname(self, surname: str, junior: bool = False, gender: str | None = None) -> EntityDraft | None:
        """Of several full-named persons sharing a bare surname (a family: "Sali Berisha" and his son
        "Shkëlzen Berisha"), the one introduced first: news names the principal first and calls the
        relatives by given name or by kinship ("his son"), so a later bare "Berisha" is the principal.
        ``junior`` ("the younger Lai"): the relative, i.e. the latest introduced."""
        sharing = [p for p in self.persons if len(name_words(p.name)) > 1 and name_words(p.name)[-1] == surname]
        if len(sharing) < 2:
            return None
        if gender and any(p.gender == gender for p in sharing):
            sharing = [p for p in sharing if p.gender == gender]  # "Mrs. Clinton": Hillary, not Bill
        def introduced(person: EntityDraft) -> tuple[int, int]:
            # Named first in the body; a name only the title gives ranks last.
            starts = [m[0] for m in person.mentions]
            return (min((s for s in starts if s >= self.title_end), default=sys.maxsize), min(starts, default=sys.maxsize))

        sharing.sort(key=introduced)
        return sharing[-1] if junior else sharing[0]

    def add_person(self, name: str, start: int, end: int, head: Span, code: ActorCode | None,
                   title: str | None, gender: str | None) -> EntityDraft:
        """Add a person mention to the person it chains to (or a new one) and fill its coding."""
        before = self.doc[head.start - 1].lower_ if head.start > 0 else ""
        draft = self.person_for(name, junior=before in JUNIOR_WORDS, gender=gender)
        known = known_person(name)
        if draft is None:
            canonical = known.name if known else name
            draft = self._get("person:" + canonical.lower(), canonical, "person")
        elif len(name.split()) > len(draft.name.split()) and not known and not _words_before_full_name(name, draft.name):
            draft.name = name  # a fuller form of a name first seen short
        elif known and len(known.name.split()) > len(draft.name.split()) and draft.name.split()[-1:] == known.name.split()[-1:]:
            draft.name = known.name  # "Clinton" first (a headline), then the lexicon's "Hillary Clinton"
        via = "name" if len(name.split()) > 1 or draft.name == name else "surname"
        draft.add(start, end, head.start_char, head.end_char, via)
        draft.absorb(code.code if code else None, code.sector if code else None, title)
        if known:
            draft.absorb(known.code, known.sector, None)
        first = draft.name.split()[0] if draft.name.split() else ""
        draft.gender = draft.gender or gender or first_name_genders().get(first)
        self.claim(head.start, head.end)
        return draft

    # other kinds -----------------------------------------------------------------------------
    def add_actor(self, actor: ActorCode, span: Span, head: Span, via: str) -> EntityDraft:
        """Add a mention of a non-person actor, merged by kind, name and code."""
        # One institution under its names ("Ministry of Foreign Affairs", "Foreign Ministry"), named most fully.
        base = f"{actor.kind}:{institution_key(actor.name)}:"
        key = base + str(actor.code)
        if actor.code is None and key not in self.by_key:
            # "The Foreign Ministry" after "Pakistan's Ministry of Foreign Affairs": the one coded institution so named.
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


def find_entities(doc: Doc, text: str | None = None) -> list[EntityDraft]:
    """All actors of a parsed Doc in order of first mention, each with its chained mentions
    (``text``: ``doc.text``, when the caller has it already)."""
    matchers = matchers_for(doc.vocab)
    lex = scan_doc(doc, matchers)
    builder = EntityBuilder(doc, text)
    builder.setting = Counter(entry.code for _, entry in lex.entries if entry.code)
    body, headlines = name_candidates(doc, lex, text)
    for span in body:
        _add_candidate(builder, doc, span, lex)
    for span in headlines:
        # In a headline only names the lexicon or the article's body vouches for count.
        if lookup_entry(lex, span) is not None or builder.person_for(span.text) is not None:
            _add_candidate(builder, doc, span, lex)
    _add_groups_and_titles(builder, doc, lex)
    _leaders_take_their_organisation(builder, doc)
    _surnames_read_as_organisations(builder)
    _surnames_by_honorific(builder, doc)
    drafts = [d for d in builder.drafts if d.mentions]
    for draft in drafts:
        draft.mentions.sort()
    drafts.sort(key=lambda d: d.mentions[0][0])
    return drafts


def _register_acronym(builder: EntityBuilder, doc: Doc, span: Span, draft: EntityDraft) -> None:
    """Remember "Sudan Doctors Network (SDN)" so that a later "SDN" is the same organisation."""
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
        builder.acronyms.setdefault(doc[end + 1].text, draft)


def initials(name: str) -> str:
    """The acronym of a name: initials of its capitalised words ("Department of Homeland Security" -> "DHS")."""
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper())


def _organisation_with_initials(builder: EntityBuilder, text: str) -> EntityDraft | None:
    """The one earlier organisation an acronym abbreviates ("DHS" after "the Department of Homeland
    Security"), when the article never wrote it in brackets; None when none or several fit."""
    if not (MIN_ACRONYM_LETTERS <= len(text) <= MAX_ACRONYM_LETTERS and text.isalpha() and text.isupper()):
        return None
    fitting = [d for d in builder.drafts if d.kind == "organisation" and d.mentions and initials(d.name) == text]
    return fitting[0] if len(fitting) == 1 else None


def _organisation_by_last_word(builder: EntityBuilder, span: Span) -> EntityDraft | None:
    """"The Charter" after "the Copenhagen Charter": a capitalised "the X" naming the one earlier organisation
    whose multi-word name ends in X (as a surname names a person)."""
    if len(span) != 1 or span.start == 0 or span.doc[span.start - 1].lower_ != "the" or not span.text[:1].isupper():
        return None
    fitting = [d for d in builder.drafts if d.kind == "organisation" and d.mentions
               and len(d.name.split()) > 1 and d.name.split()[-1] == span.text]
    return fitting[0] if len(fitting) == 1 else None


def _relative_of_person(builder: EntityBuilder, span: Span) -> bool:
    """"Sebastien Lai" after "Jimmy Lai": a capitalised given name before a known person's surname is a
    person (a relative or the same one), whatever the tagger's label."""
    if len(span) < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in span):
        return False
    surname = span[-1].text
    return any(len(p.name.split()) > 1 and p.name.split()[-1] == surname for p in builder.persons)


def _split_possessed_person(builder: EntityBuilder, doc: Doc, span: Span, lex: DocLexicon) -> bool:
    """"Cornell's Casanova" after "Lourdes Casanova", "National Review's Ian Tuttle": the person (known, or a
    given name and a surname) and the possessor, not one organisation."""
    for token in span[1:-1]:
        if token.tag_ == "POS":
            possessed = doc[token.i + 1 : span.end]
            known = builder.person_for(possessed.text) is not None
            if not known and not _given_name_and_surname(possessed):
                return False
            _add_candidate(builder, doc, doc[span.start : token.i], lex)
            if known:
                _add_candidate(builder, doc, possessed, lex)
            else:
                _add_person(builder, doc, possessed, None, None, None, lex)
            return True
    return False


def _given_name_and_surname(span: Span) -> bool:
    """Whether ``span`` reads as a person's name: a known given name, then one or two capitalised words."""
    return (2 <= len(span) <= POSSESSED_NAME_MAX_WORDS and span[0].text in first_name_genders()
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span))


def _add_candidate(builder: EntityBuilder, doc: Doc, span: Span, lex: DocLexicon) -> None:
    """Decide what one name candidate is (lexicon first, then person evidence, then organisation) and add it."""
    text = span.text
    if not text.strip():
        return
    known = builder.acronyms.get(text) or _organisation_with_initials(builder, text) or _organisation_by_last_word(builder, span)
    if known is not None:
        known.add(span.start_char, span.end_char, span.start_char, span.end_char, "name")
        builder.claim(span.start, span.end)
        return
    if _split_possessed_person(builder, doc, span, lex):
        return
    entry = lookup_entry(lex, span)
    label = span.root.ent_type_
    if entry is not None and _surname_like_demonym(builder, span, entry):
        entry = None  # "Cuban said" after "Mark Cuban": the person, not Cuba
    if entry is not None and entry.kind != "person":
        _add_lexicon_actor(builder, doc, span, entry)
        return
    chain = title_chain(doc, span, lex)
    appos = apposition(span, lex)
    courtesy = honorific(doc, span)
    earlier = builder.person_for(text) if span.text[:1].isupper() else None
    person_evidence = entry is not None or chain is not None or courtesy is not False or earlier is not None or (
        appos is not None and appos_is_title(appos, lex)
    ) or _described_by_who(span) or _coordinated_with_person(span) or _titled_by_copula(span, lex)
    person_evidence = person_evidence or _relative_of_person(builder, span)
    if is_org_like(span, lex) and entry is None:
        person_evidence = False
    if not person_evidence and label == "PERSON" and span.text in builder.place_name_openings():
        return  # "Sandy Hook" beside "Sandy Hook Elementary School": a place the tagger read as a person
    if person_evidence or (label == "PERSON" and not is_org_like(span, lex)):
        _add_person(builder, doc, span, chain, appos, courtesy if courtesy is not False else None, lex)
        return
    if len(span) == 1 and len(text) <= SHORT_NAME_CHARS and not text.isupper():
        return  # "PoW": too short to code from the lexicon or context
    following = lex.titles.get(span.end)
    if following and following[0].kind == "person" and entry is None:
        return  # "Commerce Ministry" in "Commerce Ministry spokesperson He Yadong": part of a title
    if label == "ORG" or (is_org_like(span, lex) and len(span) > 1):
        actor = lookup_actor(span.text)
        name = span.text
        code = actor.code if actor else None
        sector = actor.sector if actor else None
        if code is None:
            code = _possessor_code(doc, span, lex)
        draft = builder.add_actor(ActorCode(code, sector, name, "organisation"), with_article(span), span, "name")
        _register_acronym(builder, doc, span, draft)


def _words_before_full_name(name: str, full: str) -> bool:
    """Whether ``name`` only puts words before a full name already known ("Star Norbert Leo Butz" in a
    title-case headline after "Norbert Leo Butz"): a word before a given name is a title or a noun, not
    more of the name."""
    return len(full.split()) > 1 and name.endswith(" " + full)


def _surname_like_demonym(builder: EntityBuilder, span: Span, entry: LexEntry) -> bool:
    """Whether a lone demonym stands as a noun for an earlier person whose surname it is ("Mark Cuban ...
    Cuban said"), not as an adjective ("Cuban officials")."""
    if entry.role != "demonym" or len(span) != 1 or span.root.dep_ in ("amod", "compound"):
        return False
    return any(len(p.name.split()) > 1 and p.name.split()[-1] == span.text for p in builder.persons)


def _described_by_who(span: Span) -> bool:
    """A name that a "who" clause describes is a person's ("Chalida Tajaroensuk, who heads ..."),
    whatever label the model gave it; organisations take "which"."""
    return any(child.dep_ == "relcl" and any(t.dep_ in SUBJECT_DEPS and t.lower_ == "who" for t in child.children)
               for child in span.root.children)


def _coordinated_with_person(span: Span) -> bool:
    """A full name coordinated with a person's ("Frankie Bontemps and Maxwell Evenor") is a person's."""
    root = span.root
    return len(span) > 1 and root.dep_ == "conj" and root.head.ent_type_ == "PERSON" and root.head.pos_ == "PROPN"


def _titled_by_copula(span: Span, lex: DocLexicon) -> bool:
    """"Mahad Wasuge is the executive director of ...": a name whose copula predicate is a person title."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(child.dep_ == "attr" and (hit := lex.titles.get(child.i)) is not None and hit[0].kind == "person"
               for child in root.head.children)


def _possessor_code(doc: Doc, span: Span, lex: DocLexicon) -> str | None:
    """The country that owns an organisation by possessive: "South Korea's Joint Chiefs of Staff" -> KOR."""
    if span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return None
    entry = lex.entry_at.get(span.start - 2)
    return entry.code if entry is not None and entry.kind in ("country", "organisation") else None


def _add_lexicon_actor(builder: EntityBuilder, doc: Doc, span: Span, entry: LexEntry) -> None:
    """Add a lexicon alias as its actor, except demonyms, capitals used as places and name parts."""
    if entry.role == "demonym":
        return  # an adjective ("Russian officials"): coded with the noun it modifies
    if entry.role == "metonym" and entry.kind == "country":
        head = span.root.head
        if span.root.dep_ == "pobj" and head.lower_ in entity_words().locative_prepositions:
            return  # a place ("talks in Moscow"), left to the places stage
        if span.root.dep_ == "compound":
            return  # part of a larger name ("Beijing Foreign Studies University")
    actor = ActorCode(entry.code, entry.sector, entry.name, "group" if entry.role == "people" else entry.kind)
    via = "metonym" if entry.role == "metonym" else "name"
    draft = builder.add_actor(actor, with_article(span), span, via)
    _register_acronym(builder, doc, span, draft)


def _add_person(builder: EntityBuilder, doc: Doc, name: Span, chain: Span | None, appos: Span | None,
                gender: str | None, lex: DocLexicon) -> None:
    """Add a person with the title and coding read from the chain before the name and the apposition after it."""
    codes: list[ActorCode] = []
    title: str | None = None
    if chain is not None:
        coded = _coded_description(chain.text)
        if coded:
            codes.append(coded)
        title = title_text(chain, lex)
    if appos is not None and appos_is_title(appos, lex) or (appos is not None and chain is None):
        # Coordinated descriptions ("a Uyghur living in Australia and vice chair of the World Uyghur
        # Congress") are coded conjunct by conjunct by ``_described_code``, not as one phrase.
        coordinated = any(child.dep_ == "conj" for child in appos.root.children)
        coded = None if coordinated else _coded_description(appos.text)
        if coded:
            codes.append(coded)
        title = title or appos.text
    code = next((c.code for c in codes if c.code), None)
    sector = next((c.sector for c in codes if c.sector), None)
    if code in NON_STATE_CODES and _former(chain, appos):
        code = None  # a former NATO or UN official is no longer the institution's; a nationality would stay
    if code is None:
        # "Sen. George McGovern, D-S.D.": a member of Congress (read from the tokens after the name: Doc.text
        # walks the whole document, once per person)
        code = party_tag_country(name[-1].whitespace_ + doc[name.end:name.end + PARTY_TAG_TOKENS].text, 0)
    if code is None:
        # "Republican Sen. Lindsey Graham", "Ed Royce, a Republican congressman": a US legislator in any story
        code = next((c for part in (chain, appos) if part is not None and (c := party_title_country(part.text))), None)
    if code is None and chain is not None:
        code = _possessor_person_code(builder, chain)
    if code is None:
        code = _possessor_country_code(chain if chain is not None else name)
    if code is None:
        # The organisation a description's possessive refers to ("headed the agency's mission in Nigeria") owns
        # the post; the place after it only locates the post.
        code = _possessor_organisation_code(builder, name)
    if code is None:
        code, sector = _described_code(name, sector)
    if code is None:
        # A region in the title ("former Maryland Gov.", "Texas Sen."): the region's country.
        code = next((c for part in (chain, appos) if part is not None and (c := region_country(part.text))), None)
    if code is None:
        # "Los Angeles-based attorney Edgar Martirosyan": where the person works or lives.
        code = next((c for part in (chain, appos, *descriptions(name))
                     if part is not None and (c := based_country(part.text))), None)
    if code is None:
        # "Olena Kovalenko, a resident of Kharkiv": where the person lives or comes from.
        code = next((c for part in (appos, *descriptions(name))
                     if part is not None and (c := residence_country(part))), None)
    if code is None:
        first = chain if chain is not None else name
        before = _sentence_start_before(first)
        code = based_country(doc[before:first.start].text, at_end=True) if before < first.start else None
    if code is None and chain is not None:
        code = _region_before(chain)  # "Texas Sen. Ted Cruz" with the state left out of the title chain
    if code and code != US:
        # "an entrepreneur in San Jose, Calif.", "a committeeman from Georgia": a US place, not its foreign homonym
        code = us_reading(code, [p.text for p in (chain, appos, *descriptions(name)) if p is not None], builder.setting)
    start = chain.start_char if chain is not None else name.start_char
    builder.add_person(name.text, start, name.end_char, name, ActorCode(code, sector, name.text, "person"), title, gender)
    if chain is not None:
        builder.claim(chain.start, chain.end)
    if appos is not None and title == appos.text:
        builder.claim(appos.root.i, appos.root.i + 1)  # its head noun is no title-only reference


# Words read before a title chain or name for a "‹Place›-based" or a state modifier ("Los Angeles - based").
MODIFIER_TOKENS = 8
# Tokens read after a name for a party-and-state label (", D-S.D.", " (R-N.Y.)": at most eight tokens).
PARTY_TAG_TOKENS = 8


def _sentence_start_before(span: Span) -> int:
    """The first token of the words right before ``span`` in its sentence, at most MODIFIER_TOKENS back
    (``Span.sent`` walks the document and is slow for every person of a long article)."""
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < MODIFIER_TOKENS and not doc[start].is_sent_start:
        start -= 1
    return start


def _region_before(chain: Span) -> str | None:
    """The country of a region named exactly by the words right before a title chain ("Texas" of "Texas Sen.")."""
    doc = chain.doc
    for size in (3, 2, 1):
        start = chain.start - size
        if start < _sentence_start_before(chain):
            continue
        code = region_countries().get(doc[start:chain.start].text)
        if code is not None:
            return code
    return None


def _coded_description(text: str) -> ActorCode | None:
    """The coding of a title or description; a country word naming the topic of an expert ("a China analyst")
    gives way to the country of the rest ("at the Wilson Center") or none (``topics``); an ambassador to the UN
    or NATO is not the body's (``envoys``)."""
    coded = lookup_actor(text)
    if coded is None:
        return None
    if envoy_to_body(text, coded.code):
        return replace(coded, code=None)  # "former U.N. Ambassador": a state's envoy, its state not named here
    applies, code = described_country(text)
    return replace(coded, code=code) if applies else coded


def _former(chain: Span | None, appos: Span | None) -> bool:
    """Whether the title chain or the apposition calls the office a past one ("former NATO Secretary General")."""
    return any(t.lower_ in FORMER_WORDS for part in (chain, appos) if part is not None for t in part)


def _surnames_by_honorific(builder: EntityBuilder, doc: Doc) -> None:
    """A bare surname after an honorific belongs to the full-named person of that gender who bears it ("Mrs.
    Clinton" is Hillary Clinton, "Mr. Clinton" Bill Clinton): chained in text order, the surname may have
    gone to the relative named first, before the other was named in full."""
    genders = entity_words().honorifics
    full = [p for p in builder.persons if len(name_words(p.name)) > 1 and p.gender]
    for person in full:
        surname = name_words(person.name)[-1]
        for mention in list(person.mentions):
            token = doc.char_span(mention[0], mention[1], alignment_mode="expand")
            if token is None or token.text != surname or token.start == 0:
                continue
            gender = genders.get(doc[token.start - 1].lower_)
            if not gender or gender == person.gender:
                continue
            other = [p for p in full if p is not person and p.gender == gender and name_words(p.name)[-1] == surname]
            if len(other) == 1:
                person.mentions.remove(mention)
                other[0].mentions.append(mention)


def _surnames_read_as_organisations(builder: EntityBuilder) -> None:
    """An uncoded "organisation" named by a person's multi-word surname ("De Blasio" in a headline, "Bill de
    Blasio" in the body) is that person: the model took the capitalised particle for a company name. One-word
    names stay apart ("Bloomberg" the company beside Michael R. Bloomberg)."""
    for draft in builder.drafts:
        words = draft.name.split()
        if draft.kind != "organisation" or draft.code or len(words) < 2 or words[0] in first_name_genders():
            continue
        for person in builder.persons:
            parts = name_words(person.name)
            if len(parts) > len(words) and [p.lower() for p in parts[-len(words):]] == [w.lower() for w in words]:
                for mention in draft.mentions:
                    person.mentions.append(mention[:4] + ("surname",))
                draft.mentions.clear()
                break


def _leaders_take_their_organisation(builder: EntityBuilder, doc: Doc) -> None:
    """"The organization, led by Anders Fogh Rasmussen": a person without a code of their own takes the code
    of the organisation they lead, head, chair or founded (read once every mention is chained)."""
    heads: dict[int, EntityDraft] = {}
    for draft in builder.drafts:
        if draft.kind == "organisation" and draft.code:
            for _, _, head_start, _, _ in draft.mentions:
                heads[head_start] = draft
    if not heads:
        return
    for person in builder.persons:
        if person.code:
            continue
        for _, _, head_start, head_end, _ in person.mentions:
            name = doc.char_span(head_start, head_end, alignment_mode="expand")
            if name is None:
                continue
            by = name.root.head
            verb = by.head
            if name.root.dep_ != "pobj" or by.lower_ != "by" or verb.lemma_.lower() not in LEADING_VERBS:
                continue
            organisation = heads.get(verb.head.left_edge.idx) or heads.get(verb.head.idx)
            if verb.dep_ == "acl" and organisation is not None:
                person.code = organisation.code
                break


def _described_code(name: Span, sector: str | None) -> tuple[str | None, str | None]:
    """The affiliation a describing phrase gives ("X, an Italian Sinologist" -> ITA), and its sector."""
    first: ActorCode | None = None
    for phrase in descriptions(name):
        coded = _coded_description(phrase.text)
        if coded is None or not coded.code:
            continue
        if coded.kind == "organisation" and coded.code in NON_STATE_CODES:
            # An NGO, IGO or company the person works for says more than a nationality or residence.
            return coded.code, sector
        first = first or coded
    if first is not None:
        return first.code, sector or (first.sector if first.kind == "person" else None)
    return None, sector


def _possessor_organisation_code(builder: EntityBuilder, name: Span) -> str | None:
    """"The court's president, Judge Joan Donoghue": the code of the earlier organisation that a possessive
    "the court's" in the person's description refers to (the latest one with that word in its name)."""
    for phrase in descriptions(name):
        for token in phrase:
            if token.dep_ != "poss" or token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
                continue
            # The latest organisation with that word in its name; for a generic "the agency's" with none, the
            # organisation the article has named most so far (its topic), the latest of equals.
            best: tuple[tuple[int, int], EntityDraft] | None = None
            generic = token.lower_ in GENERIC_ORGANISATION_HEADS
            for named_by_word in (True, False) if generic else (True,):
                for draft in builder.drafts:
                    if draft.kind != "organisation" or not draft.code or draft.sector in QUOTING_SECTORS:
                        continue
                    if named_by_word and token.lower_ not in draft.name.lower().split():
                        continue
                    ends = [m[1] for m in draft.mentions if m[1] <= token.idx]
                    rank = (0 if named_by_word else len(ends), max(ends, default=0))
                    if ends and (best is None or rank > best[0]):
                        best = (rank, draft)
                if best is not None:
                    return best[1].code
    return None


# Longest possessor name read before "'s" ("District of Columbia" is written with lower-case "of": three words).
MAX_POSSESSOR_TOKENS = 3


def _possessor_country_code(phrase: Span) -> str | None:
    """The country written as the possessor right before a person's name or title ("Uganda's Bobi Wine",
    "Pakistan's Prime Minister Shehbaz Sharif", a US state's "Colorado's Kendal Unruh"): the person's country."""
    doc = phrase.doc
    if phrase.start < 2 or doc[phrase.start - 1].tag_ != "POS":
        return None
    end = phrase.start - 1
    start = end
    while start > 0 and end - start < MAX_POSSESSOR_TOKENS and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].tag_ in PROPER_TAGS:
        start -= 1
    if start == end:
        return None
    # The possessor's whole name: "New Jersey's Steve Lonegan" is of the US state, not of Jersey.
    possessor = doc[start:end].text
    actor = lookup_actor(possessor)
    if actor is not None and actor.kind == "country":
        return actor.code
    return region_country(possessor) if possessor in region_countries() else None


def _possessor_person_code(builder: EntityBuilder, chain: Span) -> str | None:
    """The affiliation of an earlier person named as possessor in a title ("Orban's spokesman")."""
    for token in chain:
        if token.tag_ in PROPER_TAGS and token.i + 1 < chain.end and chain.doc[token.i + 1].tag_ == "POS":
            person = builder.person_for(token.text)
            if person is not None and person.code:
                return person.code
    return None


def _add_groups_and_titles(builder: EntityBuilder, doc: Doc, lex: DocLexicon) -> None:
    """Noun chunks that are collectives ("Russian diplomatic sources") or title-only references ("the minister")."""
    titles = lex.titles
    if not titles:
        return  # every chunk needs a title word at its root
    for start, end in noun_chunk_bounds(doc):
        # Only a chunk with a title word can have one at its root: test that before building the Span.
        if not any(i in titles for i in range(start, end)):
            continue
        chunk = Span(doc, start, end, label=NOUN_CHUNK_LABEL)
        root = chunk.root
        # A lower-case word the tagger took for a proper noun ("foreign ministry") is still a noun.
        proper = root.tag_ in PROPER_TAGS and root.text[:1].isupper()
        if builder.is_claimed(root.i, root.i + 1) or proper or root.pos_ == "PRON":
            continue
        singular = root.tag_ in SINGULAR_NOUN_TAGS
        hit = lex.titles.get(root.i)
        if hit is None:
            continue
        entry, _, _ = hit
        if entry.kind == "person" and singular:
            if not _add_title_reference(builder, chunk, root, lex):
                _add_described(builder, chunk, "person", _is_actor_position(root), lex)
        elif entry.kind == "organisation" and singular:
            if not (_add_named_by_type(builder, chunk, root, lex) or _add_known_as(builder, chunk, root, lex)
                    or _add_organisation_reference(builder, chunk, root, lex)):
                _add_described(builder, chunk, "organisation", False)
        elif entry.kind == "group":
            _add_group(builder, chunk, root, lex)


def _add_group(builder: EntityBuilder, chunk: Span, root: Token, lex: DocLexicon) -> None:
    """A collective ("Russian diplomatic sources", "reporters"): an entity when it is coded or an actor.

    Uncoded crowds ("people", "women") count only in an actor's position; quantities ("1,000 people")
    never do unless they act."""
    actor_position = _is_actor_position(root)
    if not actor_position and any(t.like_num for t in chunk):
        return
    span = clean_description(chunk)
    if span is None:
        return
    actor = lookup_actor(span.text)
    if actor is None:
        return
    if not actor_position and actor.code is None and actor.sector in UNCODED_CROWD_SECTORS:
        return
    group = ActorCode(actor.code, actor.sector, span.text, "group")
    builder.add_actor(group, with_article(span), span, "group")


def clean_description(chunk: Span) -> Span | None:
    """A described actor's name without leading articles, possessives, quantifiers and adverbs."""
    start, end = chunk.start, chunk.end
    doc = chunk.doc
    while start < end - 1 and (doc[start].pos_ in DESCRIPTION_SKIP_POS or doc[start].tag_ in DESCRIPTION_SKIP_TAGS
                               or doc[start].lower_ in DESCRIPTION_SKIP_WORDS or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _is_actor_position(root: Token) -> bool:
    """A noun phrase in the position of an actor: subject, agent, or object of "according to"."""
    if root.dep_ in SUBJECT_DEPS:
        return True
    head = root.head
    return root.dep_ == "pobj" and (head.lower_ == "by" or (head.lower_ == "to" and head.head.lower_ == "according"))


def _add_described(builder: EntityBuilder, chunk: Span, kind: str, actor_position: bool,
                   lex: DocLexicon | None = None) -> None:
    """An actor known only by description: "a New York judge said", "the British ambassador",
    "The Pakistani army". Added when it acts (subject, agent) or when its description gives a country.
    "A spokesperson for the U.S. State Department" is named as its office: "State Department spokesperson"."""
    span = clean_description(chunk)
    if span is None:
        return
    office = _office_of(chunk.root, lex) if kind == "person" and lex is not None else None
    coded = lookup_actor(office[0] if office else span.text)
    if not actor_position and (coded is None or coded.code is None):
        return
    name = office[1] if office else span.text
    actor = ActorCode(coded.code if coded else None, coded.sector if coded else None, name, kind)
    builder.add_actor(actor, with_article(span), span, "description")


def _office_of(root: Token, lex: DocLexicon) -> tuple[str, str] | None:
    """For "spokesperson for the U.S. State Department": (the phrase to code, the office's name without the
    country: "State Department spokesperson"), when the "for" object is a known organisation."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or not any(
                    (e := lex.entry_at.get(t.i)) is not None and e.kind == "organisation" for t in obj.subtree):
                continue
            words = [t for t in obj.subtree if t.dep_ != "det" and not t.is_punct
                     and not ((e := lex.entry_at.get(t.i)) is not None and e.kind == "country")
                     and t.tag_ != "POS"]
            if words and len(words) <= MAX_OFFICE_WORDS:
                organisation = " ".join(t.text for t in words)
                return root.doc[root.i : obj.right_edge.i + 1].text, f"{organisation} {root.text}"
    return None


def _add_named_by_type(builder: EntityBuilder, chunk: Span, root: Token, lex: DocLexicon) -> bool:
    """"The Reuters news agency", "the Hamas group": a known organisation's name with its type noun is that
    organisation, named as the lexicon names it."""
    for token in chunk:
        entry = lex.entry_at.get(token.i)
        if token.i < root.i and token.tag_ in PROPER_TAGS and entry is not None and entry.kind == "organisation" \
                and entry.role != "metonym":
            actor = ActorCode(entry.code, entry.sector, entry.name, "organisation")
            builder.add_actor(actor, with_article(clean_description(chunk) or chunk), root_span(chunk, root), "name")
            return True
    return False


def _add_known_as(builder: EntityBuilder, chunk: Span, root: Token, lex: DocLexicon) -> bool:
    """"The aid group, known by its French acronym MSF, ...": the organisation the "known as/by" clause names."""
    for child in root.children:
        if child.dep_ != "acl" or child.lower_ != "known":
            continue
        for token in child.subtree:
            entry = lex.entry_at.get(token.i)
            if token.text[:1].isupper() and entry is not None and entry.kind == "organisation" and entry.role != "metonym":
                actor = ActorCode(entry.code, entry.sector, entry.name, "organisation")
                builder.add_actor(actor, with_article(clean_description(chunk) or chunk), root_span(chunk, root), "title")
                return True
    return False


def root_span(chunk: Span, root: Token) -> Span:
    """The one-token span of a chunk's root (a mention's head)."""
    return chunk.doc[root.i : root.i + 1]


def _add_organisation_reference(builder: EntityBuilder, chunk: Span, root: Token, lex: DocLexicon) -> bool:
    """Chain "the agency" / "the ministry" to the most recent earlier organisation with that word in its name;
    "her group", "his organization" (a generic head a person's pronoun owns) to the one last named."""
    definite = any(t.dep_ in DETERMINER_DEPS and t.lower_ == "the" for t in chunk)
    owned = root.lower_ in GENERIC_ORGANISATION_HEADS \
        and any(t.dep_ == "poss" and t.lower_ in OWNER_PRONOUNS for t in chunk)
    if not (definite or owned) or len(chunk) > MAX_ORGANISATION_REFERENCE_TOKENS:
        return False
    word = root.lower_
    # "The poultry farmers group": the organisation whose name has the reference's other words comes first.
    modifiers = {t.lower_ for t in chunk if t.i != root.i and t.is_alpha and t.dep_ not in DETERMINER_DEPS}
    best: tuple[int, EntityDraft] | None = None
    # A longer description matching no name is no reference to the last organisation ("The Reuters news agency").
    passes = ([modifiers] if modifiers else []) + ([{word}] if len(chunk) <= 3 else [])
    for wanted in passes:
        for draft in builder.drafts:
            if draft.kind != "organisation" or not wanted <= set(draft.name.lower().split()):
                continue
            ends = [m[1] for m in draft.mentions if m[1] <= chunk.start_char]
            if ends and (best is None or max(ends) > best[0]):
                best = (max(ends), draft)
        if best is not None:
            break
    if best is None and len(chunk) > 3:
        return False
    if best is None and word in GENERIC_ORGANISATION_HEADS:
        # "the group", "the agency": the organisation the article last named (not the outlet it quotes to).
        for draft in builder.drafts:
            if draft.kind != "organisation" or draft.sector in QUOTING_SECTORS or _only_addressed(chunk.doc, draft):
                continue
            ends = [m[1] for m in draft.mentions if m[1] <= chunk.start_char]
            if ends and (best is None or max(ends) > best[0]):
                best = (max(ends), draft)
    if best is not None and owned and not definite and (best[0] < _previous_sentence_start(chunk)
                                                         or _person_between(builder, chunk, best[0])):
        # "her group" names the group of the person just named, not one named paragraphs before, nor one named
        # before another person the pronoun may stand for ("the parks department ... For Trump's part, his
        # organization")
        return False
    if best is None:
        return False
    best[1].add(chunk.start_char, chunk.end_char, root.idx, root.idx + len(root.text), "title")
    builder.claim(chunk.start, chunk.end)
    return True


def _person_between(builder: EntityBuilder, chunk: Span, start: int) -> bool:
    """Whether a person is named between ``start`` and the chunk: a parser PERSON or a mention of a person found
    so far, whatever the tagger called it ("For Trump's part" tagged ORG). The walk runs only for the rare
    pronoun-owned group."""
    if any(ent.label_ == "PERSON" and start <= ent.start_char < chunk.start_char for ent in chunk.doc.ents):
        return True
    surnames = {name_words(person.name)[-1] for person in builder.persons if name_words(person.name)}
    return any(token.text in surnames for token in chunk.doc[chunk.sent.start : chunk.start]
               if token.idx >= start) or any(start <= mention[0] < chunk.start_char
                                              for person in builder.persons for mention in person.mentions)


def _previous_sentence_start(chunk: Span) -> int:
    """The character offset where the sentence before the chunk's begins (its own at the text's start)."""
    first = chunk.sent.start
    return chunk.doc[first - 1].sent.start_char if first > 0 else chunk.sent.start_char


def _only_addressed(doc: Doc, draft: EntityDraft) -> bool:
    """Whether every mention of an organisation is whom a speaker told ("told VOA"): an outlet, no actor."""
    for _, _, head_start, head_end, _ in draft.mentions:
        span = doc.char_span(head_start, head_end, alignment_mode="expand")
        if span is None or not (span.root.dep_ in ("dobj", "dative") and span.root.head.lemma_.lower() in ADDRESSED_BY):
            return False
    return True


def _add_title_reference(builder: EntityBuilder, chunk: Span, root: Token, lex: DocLexicon) -> bool:
    """Chain "the minister" to the most recent earlier person whose title has that word (or, for
    specific sectors such as LEG or MIL, the most recent earlier person of that sector)."""
    if not any(t.dep_ in DETERMINER_DEPS and t.lower_ == "the" for t in chunk):
        return False
    if _named_in_apposition(root):
        return False  # "the spokesperson for the ministry, Ambassador X": named here, no earlier person
    word = root.lower_
    generic = word in GENERIC_TITLE_HEADS
    if not generic and any(t.tag_ in PROPER_TAGS and lex.entry_at.get(t.i) is None for t in chunk):
        return False
    coded = lookup_actor(chunk.text)
    # "The Commerce chief" after "Commerce Secretary Howard Lutnick": a generic head names the person
    # whose title shares the chunk's other words, or who has a title and the chunk's country.
    modifiers = {t.lower_ for t in chunk if t.i != root.i and t.dep_ not in DETERMINER_DEPS and t.is_alpha}
    sector = coded.sector if coded else None
    recent: list[tuple[int, EntityDraft]] = []
    for person in builder.persons:
        ends = [m[1] for m in person.mentions if m[1] <= chunk.start_char]
        if ends:
            recent.append((max(ends), person))
    recent.sort(key=lambda pair: pair[0], reverse=True)
    # "The head of the (Russian) delegation": the person who led or headed one, of that country.
    led = _object_of(root) if generic else None
    led_code = lookup_actor(root.doc[led.left_edge.i : led.right_edge.i + 1].text) if led is not None else None
    fallback: EntityDraft | None = None
    for _, person in recent:
        if led is not None and led.lemma_.lower() in _led_nouns(root.doc, person) and not (
                led_code and led_code.code and person.code and led_code.code != person.code):
            builder.add_title_reference(person, chunk, root)
            return True
        if coded and coded.code and person.code and coded.code != person.code:
            continue
        # A person known only by description ("a State Department spokesperson") is named by the title word,
        # unless the reference's other words say another office ("the military spokesperson" is not the
        # "foreign ministry spokesperson").
        if title_words(word) & title_words(person.title or person.name) and title_fits(modifiers - _actor_words(chunk, lex),
                                                                            person.title or person.name):
            builder.add_title_reference(person, chunk, root)
            return True
        if generic and person.title and (modifiers & title_words(person.title) or (
                coded and coded.code and coded.code == person.code and not modifiers - _country_words(chunk, lex))):
            builder.add_title_reference(person, chunk, root)
            return True
        if fallback is None and sector in SECTOR_FALLBACK and person.sector == sector:
            fallback = person
    if fallback is not None:
        builder.add_title_reference(fallback, chunk, root)
        return True
    return False


def _actor_words(chunk: Span, lex: DocLexicon) -> set[str]:
    """Lower-case words of a chunk that belong to any actor alias ("taliban", "u.s."): affiliation, not office."""
    return {t.lower_ for t in chunk if lex.entry_at.get(t.i) is not None}


def _object_of(root: Token) -> Token | None:
    """The noun after "of" on a title head ("head of the delegation" -> "delegation")."""
    return next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


def _led_nouns(doc: Doc, person: EntityDraft) -> set[str]:
    """Lemmas of what a person is said to lead or head ("Umerov, who led the Ukrainian delegation",
    "Medinsky headed the Russian team")."""
    led: set[str] = set()
    for _, _, head_start, head_end, _ in person.mentions:
        name = doc.char_span(head_start, head_end, alignment_mode="expand")
        if name is None:
            continue
        root = name.root
        verbs = [c for c in root.children if c.dep_ == "relcl"]
        if root.dep_ in SUBJECT_DEPS:
            verbs.append(root.head)
        for verb in verbs:
            if verb.lemma_.lower() in LEADING_VERBS:
                led.update(c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")
    return led


def _named_in_apposition(root: Token) -> bool:
    """Whether a title noun has a proper name after it in apposition (or as a conjunct without "and")."""
    no_cc = not any(c.dep_ == "cc" for c in root.children)
    return any(c.i > root.i and c.pos_ == "PROPN" and (c.dep_ == "appos" or (c.dep_ == "conj" and no_cc))
               for c in root.children)


def _country_words(chunk: Span, lex: DocLexicon) -> set[str]:
    """Lower-case words of a chunk that belong to a country alias ("u.s." in "the U.S. leader")."""
    return {t.lower_ for t in chunk if (entry := lex.entry_at.get(t.i)) is not None and entry.kind == "country"}


def title_fits(modifiers: set[str], title: str) -> bool:
    """Whether a title-only reference's modifiers (lower-case, country words removed) fit a person's title:
    each is a word of the title or a word that changes no office ("the top diplomat", "the former president")."""
    return not modifiers - title_words(title) - OFFICE_NEUTRAL_MODIFIERS


def title_words(title: str) -> set[str]:
    """Lower-case words of a title, abbreviations and synonyms as the title they name ("Sen." -> "senator",
    "spokesman" -> "spokesperson")."""
    found: set[str] = set()
    for word in title.lower().replace("-", " ").split():
        entry = title_entry(word)
        found.add(entry.stands_for if entry and entry.stands_for else word)
    return found
