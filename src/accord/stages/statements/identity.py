"""One person, one identity: every statement of an entity carries its fullest name and one affiliation.

Speakers are resolved mention by mention ("Mhike", "he", "Chris Mhike, who represents ..."); this pass
makes them agree per entity, and gives a speaker no mention codes the article's context country
(``entities.context``), the last step of the affiliation back-off chain.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from accord.knowledge.actors import lexicon, lookup_actor, names_coordinated_countries
from accord.knowledge.loader import read_json, read_rows
from accord.knowledge.people_roles import codes_of, role_by_surname, role_of
from accord.knowledge.speaker_heads import unplaced_heads
from accord.records import Entity, Speaker
# STATE_SECTORS: a demonym before a state body is its country ("Thai officials"); COUNTRY_ROLES: lexicon aliases that
# name a country as such (a metonym such as "the Kremlin" is an institution).
from accord.stages.entities.context import COUNTRY_ROLES, NON_STATE_CODES, STATE_SECTORS, country_counts, institution_country
from accord.stages.entities.envoys import envoy_host
from accord.stages.entities.office_systems import OfficeSystem, fitting_country
from accord.stages.entities.party_tags import party_title_country
from accord.stages.entities.venue import court_speaker_words, is_court_speaker
from accord.stages.statements.double_nationality import double_nationality

UNPLACED_MODIFIERS_FILE = "actors/unplaced_modifiers.tsv"
SEVERAL_PARTIES_FILE = "actors/several_parties.tsv"
PARTY_WORDS_FILE = "actors/party_words.tsv"
IDENTITY_WORDS_FILE = "actors/speaker_identity.json"
# Sectors of lexicon organisations whose name is a brand kept whole, country word included ("Kenya Airways" is the
# carrier's name, not Kenya's "Airways"), as an outlet's masthead is.
BRAND_SECTORS = frozenset({"BUS"})
# Longest country name stripped from the front of a described speaker's name ("South Korea's military").
MAX_COUNTRY_WORDS = 3
# Sectors of a state's institutions and parties ("the government", "security forces", "the ruling party"): an
# unplaced one takes ``context.institution_country``, where one protagonist's mentions weigh once; other unplaced
# groups keep the story's context (reporters covering a US campaign abroad are its own).
INSTITUTION_SECTORS = STATE_SECTORS | {"PTY"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A title naming its holder's principal by possessive ("Obama's deputy national security adviser").
_PRINCIPAL = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?:'s|’s)\s+[a-z]")
# A described group or body named after its principal ("the Obama administration", "Obama's aides").
_PRINCIPALS_BODY = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?:'s|’s)?(?:\s+[a-z][\w-]*)+$")

# Words that join a country to the next speaker's name ("United States and Iran"): no country in front then.
COORDINATORS = frozenset({"and", "or", "&"})
_CODE = re.compile(r"[A-Z]{3}")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# The joints between the parties of a joint speaker ("A and B", "A, B and C", "A & B").
_JOINED = re.compile(r",\s+|\s+and\s+|\s*&\s*|^[Bb]oth\s+")
# How many more named speakers of one country than of the story's country make it the speakers' country.
MIN_SPEAKER_MARGIN = 2
# Sectors of political parties: a member belongs to the party's country, the story's when none is named.
PARTY_SECTORS = frozenset({"PTY"})
# The last back-off for a speaker nothing in the text places: the story's country (the speakers' country for a
# person, ``_speakers_country``) when True, none when False. A wrong USA is worse than none, but no evidence
# is rarely a foreigner: measured in session 13 by the speakers this step placed, on PolNeAR train seed 130152
# (120 articles) 634 person statements, about 620 right (98%) and none of the 14 wrong ones a speaker with no
# country (each had another one: null right for 0); on VOA dev 162 statements with gold, 150 right, 12 wrong,
# of which 3 have no country in gold (null would be right for 3, the story's country for 150).
STORY_COUNTRY_FOR_UNPLACED = True
# Whether a story filed from abroad places the people it quotes with no country of their own in the dateline's
# country before the story's most named one (``_dateline_default``).
DATELINE_PLACES_PEOPLE = True


@functools.lru_cache(maxsize=1)
def _identity_words() -> dict[str, list[str]]:
    """The title words of data/actors/speaker_identity.json (one-person offices, expertise titles, legal words)."""
    return read_json(IDENTITY_WORDS_FILE)


def _either(words: list[str]) -> str:
    """A regex alternation of lower-case phrases, longest first, a space matching any whitespace."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _office_principal() -> re.Pattern[str]:
    """A title held for the holder of a one-person office named by the office ("the president's chief trade
    negotiator", "prime minister's spokesman"): the principal is the article's one person with that title."""
    return re.compile(rf"^(?:[Tt]he\s+)?({_either(_identity_words()['one_person_offices'])})(?:'s|’s)\s+[a-z]")


@functools.lru_cache(maxsize=1)
def _topic_expert() -> re.Pattern[str]:
    """A title naming expertise on a topic ("expert on Russia", "specialist in Chinese politics")."""
    return re.compile(rf"\b(?:{_either(_identity_words()['expertise_titles'])})s?\s+(?:on|in)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def go_between_heads() -> frozenset[str]:
    """Heads of speakers at talks between sides ("negotiators", "mediators"): the story's country is one side's at best."""
    return frozenset(_identity_words().get("go_between_heads", []))


@functools.lru_cache(maxsize=1)
def legal_words() -> frozenset[str]:
    """Words naming a legal body beside the court roles of data/actors/court_speakers.tsv ("an international legal team")."""
    return frozenset(_identity_words()["legal_words"])


@functools.lru_cache(maxsize=1)
def unplaced_modifiers() -> frozenset[str]:
    """Words that place a speaker beyond the story's country (data/actors/unplaced_modifiers.tsv)."""
    return frozenset(row["word"] for row in read_rows(UNPLACED_MODIFIERS_FILE, ("word",)))


@functools.lru_cache(maxsize=1)
def party_words() -> frozenset[str]:
    """Capitalised words making a speaker a party's member (data/actors/party_words.tsv)."""
    return frozenset(row["word"] for row in read_rows(PARTY_WORDS_FILE, ("word",)))


@functools.lru_cache(maxsize=1)
def _several_parties() -> re.Pattern[str]:
    """Phrases making a speaker two parties ("both delegations", "both countries": data/actors/several_parties.tsv)."""
    phrases = [row["phrase"] for row in read_rows(SEVERAL_PARTIES_FILE, ("phrase",))]
    return re.compile(rf"\b(?:{_either(phrases)})\b", re.IGNORECASE)


def _party_member(text: str) -> bool:
    """Whether a speaker's words name it a party's members ("Republican Jewish leaders", "GOP donors")."""
    return any(word.strip(".,;:'’\"“”()") in party_words() for word in text.split())


def _described_beyond_country(text: str) -> bool:
    """Whether a description holds a word or two-word phrase placing it beyond one country ("European
    countries", "world leaders", "Latin American artists"), not inside a proper name ("Western Journalism",
    "World Bank": the next word is capitalised)."""
    words = [word.strip(".,;:'’\"“”()") for word in text.split()]
    lower = [word.lower() for word in words]
    return any(phrase in unplaced_modifiers() and (i + size == len(words) or not words[i + size][:1].isupper())
               for size in (1, 2) for i in range(len(words) - size + 1)
               if (phrase := " ".join(lower[i : i + size])))


def _placed_by_context(speaker: Speaker) -> bool:
    """Whether the story's country may stand for this speaker's: not for "experts", "rights groups" (but for
    "Democratic critics", party members), speakers
    described beyond it ("European countries"), a person titled an expert on a topic, nor actors of two
    countries named together ("Moroccan and Spanish authorities")."""
    words = (speaker.name or speaker.text).split()
    if words and words[-1].lower() in unplaced_heads() and not _party_member(speaker.name or speaker.text):
        return False  # "critics" may be anyone's; "Republican critics" are the story's party's
    if _described_beyond_country(speaker.text) or _described_beyond_country(speaker.name or ""):
        return False  # "European countries", "opposition parties across the continent": beyond the story's country
    if words and words[-1].lower() in go_between_heads():
        return False  # "negotiators will meet again": talks have two sides, the story's country is one of them
    if _several_parties().search(speaker.text):
        return False  # "the heads of both delegations": two parties of the talks, no one country
    if _topic_expert().search(speaker.title or "") and speaker.sector not in PARTY_SECTORS:
        # "an expert on Western-Russian economic ties": the topic is the story's, the expert anyone's; a party's
        # expert ("a Republican expert on political messaging") is a party member, placed like one
        return False
    return not names_coordinated_countries(speaker.text)


def _legal(text: str) -> bool:
    """Whether a description names a court role or a legal body ("attorney", "the international legal team")."""
    words = {word.strip(".,;:'’\"“”()").lower() for word in text.replace("’s", " ").replace("'s", " ").split()}
    return bool(words & (court_speaker_words() | legal_words()))


def _beyond_country_counsel(speaker: Speaker, description: str) -> bool:
    """Whether a court speaker is described beyond one country ("the attorney leading Lai's international legal
    team", "a member of the international legal team"): neither the court's nor the story's country is theirs."""
    for text in (speaker.title or "", description):
        if _described_beyond_country(text) and (_legal(text) or is_court_speaker(speaker.name, speaker.text, speaker.title)):
            return True
    return False


def without_country(name: str) -> str:
    """A group's or institution's name without the country named in front: the country is its affiliation
    ("Kenya's government" -> "government", "U.S. State Department spokesperson" -> "State Department
    spokesperson"). A demonym goes only before a state body ("the Kenyan government", "Pakistani
    officials": the country's own institution, like "Kenya's government"); elsewhere it stays ("Russian
    diplomatic sources", "British media"): annotators and readers keep it. A news outlet's name is its masthead
    and a company's its brand: they stay whole ("USA Today", "Kenya Airways")."""
    words = name.split()
    lex = lexicon()
    whole = lex.entry(name)
    if whole is not None and whole.kind == "organisation" and (
            "JRN" in (whole.sector or "") or whole.sector in BRAND_SECTORS and whole.role == "name"):
        return name  # a masthead or a company's name keeps its country word ("USA Today", "Kenya Airways")
    for size in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        entry = lex.entry(_POSSESSIVE.sub("", " ".join(words[:size])))
        if entry is not None and entry.kind == "country" and entry.role in COUNTRY_ROLES:
            if words[size] in COORDINATORS:
                return name  # "United States and Iran": a joint speaker, the country one of its names
            return " ".join(words[size:])
        if entry is not None and entry.kind == "country" and entry.role == "demonym" and _state_body(words[size:]):
            return " ".join(words[size:])
    return name


def _state_body(words: list[str]) -> bool:
    """Whether common-noun words name a state body or its officials ("government", "defense officials")."""
    if not words or not all(word.islower() for word in words):
        return False
    head = lookup_actor(words[-1])
    return head is not None and head.sector in STATE_SECTORS


def written_name(entity: Entity) -> str | None:
    """The fullest form the article writes of an institution it names only by a lexicon alias ("U.N." when
    the text never writes "United Nations"): annotators and readers take the name as the article gives it,
    not the lexicon's canonical one; a city standing for it ("Brussels") is no such form. None when the article writes the canonical name or no known alias."""
    if entity.kind != "organisation":
        return None
    canonical = entity.name.casefold()
    if any(canonical in mention.text.casefold() for mention in entity.mentions):
        return None  # checked before the article is dropped: "The Huffington Post" is its masthead
    written = [_DETERMINER.sub("", mention.text) for mention in entity.mentions]
    lex = lexicon()
    # A city standing for the body ("Brussels" for the EU, in "In Brussels, ...") is where it sits, not its name.
    aliases = [text for text in written
               if (entry := lex.entry(text)) is not None and entry.name == entity.name and entry.role != "metonym"]
    return max(aliases, key=len, default=None)


def named_before(entity: Entity, entities: Mapping[str, Entity]) -> Entity | None:
    """The one institution named earlier whose full name ends in this short one ("the Journal" after "The
    Wall Street Journal", "the Institute" after "the Clingendael Institute"): news names an institution in
    full once and shortens it after, as it does a person's surname. None when no or several names fit."""
    words = _DETERMINER.sub("", entity.name).split()
    if entity.kind != "organisation" or not words or not all(word[:1].isupper() for word in words):
        return None
    first = min((mention.start for mention in entity.mentions), default=0)
    fuller = [other for other in entities.values()
              if other is not entity and other.kind == "organisation" and other.mentions
              and min(mention.start for mention in other.mentions) < first
              and len(other_words := _DETERMINER.sub("", other.name).split()) > len(words)
              and [w.casefold() for w in other_words[-len(words):]] == [w.casefold() for w in words]]
    return fuller[0] if len(fuller) == 1 else None


def _described(speaker: Speaker, entity: Entity | None) -> bool:
    """A speaker named by description (a group, an institution, an unnamed official), not a named person or a country."""
    if entity is not None:
        described_person = entity.kind == "person" and any(word[:1].islower() for word in entity.name.split())
        return entity.kind in ("group", "organisation") or described_person
    return any(word[:1].islower() for word in (speaker.name or "").split())


def _fuller(candidate: str | None, current: str | None) -> bool:
    """Whether ``candidate`` is a fuller form of the name ``current`` (more words, same last word)."""
    if not candidate or not current:
        return bool(candidate) and not current
    new, old = candidate.split(), current.split()
    return len(new) > len(old) and new[-1].lower() == old[-1].lower()


def _titled(group: Sequence[Speaker], entity: Entity) -> bool:
    """Whether the article gives the person a title ("President Obama"): a surname alone is then a known office holder's."""
    return bool(entity.title) or any(speaker.title for speaker in group)


def _role_code(name: str, titled: bool, published: str | None, countries: frozenset[str]) -> str | None:
    """A known person's code on the article's date: by full name or alias, or for a titled surname alone
    ("President Obama") by the one office holder of that surname in a country the article names."""
    role = role_of(name, published)
    if role is None and len(name.split()) == 1 and titled:
        role = role_by_surname(name, published, countries)
    return role[0] if role and _CODE.fullmatch(role[0]) else None


def _party_role_code(group: Sequence[Speaker]) -> str | None:
    """The country of a party candidacy or legislator role one of the person's statements names them by ("The
    Democratic presidential candidate said", data/actors/party_titles.tsv): the role is one country's, whatever
    country the story is set in (a US candidate received by the pope in Rome took the Vatican)."""
    return next((code for speaker in group for text in (speaker.text, speaker.title)
                 if (code := party_title_country(text))), None)


def _principal_code(group: Sequence[Speaker], entity: Entity | None, entities: Mapping[str, Entity],
                    codes: Mapping[str, str | None], published: str | None, countries: frozenset[str]) -> str | None:
    """The affiliation of the person a title names as its holder's principal ("Ben Rhodes, Obama's deputy
    national security adviser" -> Obama's), or a body is named after ("the Obama administration"), when the
    article codes that person."""
    titles = [speaker.title for speaker in group if speaker.title] + ([entity.title] if entity and entity.title else [])
    matches = [_PRINCIPAL.match(title) for title in titles]
    if entity is None or entity.kind != "person":
        matches += [_PRINCIPALS_BODY.match(speaker.name or "") for speaker in group]
    offices = {m.group(1).lower() for title in titles if (m := _office_principal().match(title))}
    if offices:
        code = _office_holder_code(offices, entity, entities, codes)
        if code:
            return code
    for match in matches:
        if match is None:
            continue
        surname = match.group(1).split()[-1]
        for other_id, other in entities.items():
            if other.kind != "person" or other is entity or other.name.split()[-1] != surname:
                continue
            code = codes.get(other_id) or other.code
            if not code and other_id not in codes:
                code = _role_code(other.name, bool(other.title), published, countries)
            if code and _CODE.fullmatch(code):
                return code
    return None


def _office_holder_code(offices: set[str], entity: Entity | None, entities: Mapping[str, Entity],
                        codes: Mapping[str, str | None]) -> str | None:
    """The code of the article's people titled with one of ``offices`` ("President"), when they share one code
    (the president the article names; a second president of another country leaves it undecided)."""
    found = set()
    for other_id, other in entities.items():
        if other.kind != "person" or other is entity or " ".join((other.title or "").lower().split()) not in offices:
            continue
        code = codes.get(other_id) or other.code
        if code and _CODE.fullmatch(code):
            found.add(code)
    return found.pop() if len(found) == 1 else None


def _place_unplaced(speakers: Sequence[Speaker], places: Sequence[str | None]) -> None:
    """Give speakers still without a country the one ``places`` (aligned with ``speakers``) reads for them: the
    place their sentence opens on ("In Khartoum, protesters said") or the country their sentences name as acting
    for an office holder ("Kenya's government says ... Interior Minister X"); every statement of one entity
    takes the first such place of its mentions."""
    first: dict[str, str] = {}
    for speaker, place in zip(speakers, places, strict=True):
        if place and speaker.entity and speaker.affiliation is None:
            first.setdefault(speaker.entity, place)
    for speaker, place in zip(speakers, places, strict=True):
        if speaker.affiliation is None:
            speaker.affiliation = first.get(speaker.entity or "") or place


def _speakers_country(speakers: Sequence[Speaker], entities: Mapping[str, Entity], context: str | None) -> str | None:
    """The country the article's named speakers mostly belong to, when it outnumbers the story's country among
    them by MIN_SPEAKER_MARGIN people (else the story's): a story about China told by US officials places
    in the US a person the text gives no country. Institutions, groups and documents keep the story's
    country ("the government", "the paper" of a story about Saudi Arabia told by US senators)."""
    people: dict[str, str] = {}
    for speaker in speakers:
        entity = entities.get(speaker.entity or "")
        if entity is not None and entity.kind == "person" and speaker.affiliation \
                and speaker.affiliation not in NON_STATE_CODES:
            people[entity.id] = speaker.affiliation
    votes = Counter(people.values())
    if not votes:
        return context
    best, count = votes.most_common(1)[0]
    return best if count >= votes.get(context or "", 0) + MIN_SPEAKER_MARGIN else context


def _part_country(part: str, known: Mapping[str, str]) -> str | None:
    """The country of one person of a joint speaker: the article's person of that name, the people gazetteer's one
    country for a full name, or the code a title before the name composes ("Canadian Prime Minister X"). A lone
    surname or a place ("Georgia and Virginia") gives none: surnames and place names are shared."""
    if len(part.split()) < 2:
        return None
    if part in known:
        return known[part]
    codes = codes_of(part)
    if len(codes) == 1:
        return next(iter(codes))
    actor = lookup_actor(part)
    return actor.code if actor is not None and actor.kind == "person" and _CODE.fullmatch(actor.code or "") else None


def _joins_another_country(speaker: Speaker, known: Mapping[str, str], code: str | None) -> bool:
    """Whether a joint speaker ("A and B", "Mexican President A and Canadian Prime Minister B") names a party known
    to belong to a country other than the back-off's ``code``: the pair then has no one country (VOA
    ANNOTATION.md), though the other party is unknown to the text and lexicons."""
    if not code or speaker.entity:
        return False
    for text in (speaker.name, speaker.text):
        parts = [part for part in _JOINED.split(text or "") if part.strip()]
        if len(parts) < 2:
            continue
        for part in parts:
            country = _part_country(_DETERMINER.sub("", part.strip()), known)
            if country and country != code and country not in NON_STATE_CODES:
                return True
    return False


def _dateline_default(entity: Entity | None, dateline: str | None, context: str | None) -> str | None:
    """The dateline's country for a person or unnamed voice the text gives no country, when the story is filed from
    a country other than the one it names most ("BEIJING - ... one user wrote", "columnist X wrote" in a story on
    a US race): a reporter abroad quotes the people around them. Institutions and groups keep the story's country
    (a magazine or league the story names is the story's). None when no such dateline."""
    if not DATELINE_PLACES_PEOPLE or not dateline or dateline == context:
        return None
    if entity is not None and entity.kind in ("organisation", "group", "country"):
        return None
    return dateline


def consolidate(speakers: Sequence[Speaker], entities: Mapping[str, Entity], context: str | None,
                venue: str | None = None, published: str | None = None,
                scenes: Sequence[str | None] | None = None, places: Sequence[str | None] | None = None,
                descriptions: Sequence[str] | None = None, local_places: Sequence[str | None] | None = None,
                offices: Sequence[str | None] | None = None, homes: Sequence[str | None] | None = None,
                systems: Sequence[OfficeSystem | None] | None = None, dateline: str | None = None,
                origins: Sequence[str | None] | None = None,
                paragraphs: Sequence[str | None] | None = None,
                neutral: Sequence[bool] | None = None) -> None:
    """Give speakers of one entity the same fullest name and affiliation.

    The affiliation backs off in order: the entity's own mentions (titles, appositions, lexicons), the
    affiliations its statements resolved to, the person's dated role on the article's ``published`` date
    (``people_roles``), the place an institution's own phrase names (``places``, aligned with ``speakers``:
    ``entities.institution_place``), ``venue`` (the country the article's court sits in) for court speakers, the place
    each speaker's sentence opens on (``scenes``, aligned with ``speakers``), and last the story's
    ``context`` country for speakers it may place. A bare local body ("police") with none of these takes the
    place its sentence names (``local_places``) before the sentence's opening place, and a national office holder
    ("Interior Minister X") with none of these the country its sentences name as acting (``offices``,
    ``entities.office_place``) before the story's; it does not count among the speakers' countries. A holder of an
    office only one country has ("Secretary of State": ``entities.country_offices``) or of the place the story is
    filed from (the sheriff, a governor, a senator: ``entities.dateline_offices``) takes that country (``homes``,
    aligned with ``speakers``) instead of the story's. A court speaker whose description (its title, or the
    apposition beside its name: ``descriptions``, aligned with ``speakers``) places it beyond one country
    ("a member of the international legal team") takes neither the court's country nor the story's. A country the
    back-offs guess that lacks the speaker's office (``systems``, aligned with ``speakers``: a minister placed in
    the United States, a senator in Lebanon) gives way to the ``dateline``'s, the story's or the article's next
    country that has it (``entities.office_systems``), and an acting country ``offices`` reads that lacks it places
    no one ("Washington has tightened controls. The Foreign Ministry said": not the United States'). A speaker the
    text says fled a country (``origins``, aligned with ``speakers``: ``statements.origins``) takes it before any
    place back-off: a refugee is of the country left. In a story no one country dominates (``context.contested``),
    the country leading each speaker's paragraph (``paragraphs``, aligned with ``speakers``:
    ``context.paragraph_leaders``; None for an uncontested story) stands for the story's; one entity keeps the
    leader of the paragraph it is first quoted in. A speaker ``neutral`` marks (aligned with ``speakers``:
    ``statements.neutral_voices``: both sides of the talks, an unnamed insider, the go-between, an observer) takes
    no story country: in a two-sided story it is one side's at best.
    """
    article_counts = country_counts(list(entities.values()))
    countries = frozenset(article_counts)
    codes: dict[str, str | None] = {}
    names: dict[str, str | None] = {}
    by_entity: dict[str, list[Speaker]] = {}
    for speaker in speakers:
        if speaker.entity:
            by_entity.setdefault(speaker.entity, []).append(speaker)
    for entity_id, group in by_entity.items():
        entity = entities.get(entity_id)
        code = entity.code if entity is not None and _CODE.fullmatch(entity.code or "") else None
        if code is None:
            votes = Counter(s.affiliation for s in group if s.affiliation)
            code = votes.most_common(1)[0][0] if votes else None
        name = None
        if entity is not None and entity.kind == "person":
            name = max((s.name for s in group if s.name), key=lambda n: len(n.split()), default=None)
            if _fuller(entity.name, name):
                name = entity.name
        if code is None and entity is not None and entity.kind == "person":
            code = _role_code(name or entity.name, _titled(group, entity), published, countries)
        if code is None and entity is not None and entity.kind == "person":
            code = _party_role_code(group)
        codes[entity_id] = code
        names[entity_id] = name
    for entity_id, group in by_entity.items():
        code = codes[entity_id] or _principal_code(group, entities.get(entity_id), entities, codes, published, countries)
        for speaker in group:
            if code:
                speaker.affiliation = code
            if names[entity_id] and _fuller(names[entity_id], speaker.name):
                speaker.name = names[entity_id]
    for speaker in speakers:
        if speaker.affiliation is None and not speaker.entity:
            speaker.affiliation = _principal_code([speaker], None, entities, codes, published, countries)
        if speaker.affiliation is None and not speaker.entity and len((speaker.name or "").split()) > 1:
            # a full name no entity holds (a headline in a list of links): the known person's country, not the story's
            speaker.affiliation = _role_code(speaker.name or "", False, published, countries)
    for speaker in speakers:
        entity = entities.get(speaker.entity or "")
        if entity is None or speaker.name != entity.name:
            continue
        full = named_before(entity, entities)
        if full is not None:
            entity, speaker.name = full, full.name
            speaker.affiliation = speaker.affiliation or (full.code if _CODE.fullmatch(full.code or "") else None)
        speaker.name = written_name(entity) or speaker.name
    for speaker in speakers:
        if speaker.name and _described(speaker, entities.get(speaker.entity or "")):
            speaker.name = without_country(speaker.name)
    if origins is not None:
        _place_unplaced(speakers, origins)
    if places is not None:
        for speaker, place in zip(speakers, places, strict=True):
            if speaker.affiliation is None and place:
                speaker.affiliation = place
    beyond = {id(speaker) for i, speaker in enumerate(speakers)
              if _beyond_country_counsel(speaker, descriptions[i] if descriptions is not None else "")}
    if venue:
        for speaker in speakers:
            if speaker.affiliation is None and id(speaker) not in beyond \
                    and is_court_speaker(speaker.name, speaker.text, speaker.title):
                speaker.affiliation = venue
    if local_places is not None:
        for speaker, place in zip(speakers, local_places, strict=True):
            if speaker.affiliation is None and place:
                speaker.affiliation = place
    if scenes is not None:
        _place_unplaced(speakers, scenes)
    people_country = _speakers_country(speakers, entities, context)
    institutions = institution_country(list(entities.values()), context)
    known = {entity.name: entity.code for entity in entities.values()
             if entity.kind == "person" and entity.code and _CODE.fullmatch(entity.code)}
    if offices is not None:
        if systems is not None:
            # "Washington has tightened controls. The Foreign Ministry said ...": the acting country lacks ministries
            offices = [None if office and system is not None and not system.has_office(office) else office
                       for office, system in zip(offices, systems, strict=True)]
        _place_unplaced(speakers, offices)
    if paragraphs is not None:
        # one entity, one paragraph: a person quoted again further down keeps the country of where they came in
        first: dict[str, str | None] = {}
        for speaker, leader in zip(speakers, paragraphs, strict=True):
            first.setdefault(speaker.entity or str(id(speaker)), leader)
        paragraphs = [first[speaker.entity or str(id(speaker))] for speaker in speakers]
    if context or people_country or institutions or (homes is not None and any(homes)):
        for i, speaker in enumerate(speakers):
            if speaker.affiliation is None and id(speaker) not in beyond and _placed_by_context(speaker):
                entity = entities.get(speaker.entity or "")
                person = entity is not None and entity.kind == "person"
                public = institutions if speaker.sector in INSTITUTION_SECTORS else context
                story = (people_country if person else public) if STORY_COUNTRY_FOR_UNPLACED else None
                if paragraphs is not None:
                    story = paragraphs[i] or story  # a paragraph naming no leading country: the story's, as before
                if neutral is not None and neutral[i]:
                    # "the two sides", "sources familiar with the talks": the story's (or the paragraph's) leading
                    # country is one side's; their own home and the dateline still place them
                    story = None
                code = (homes[i] if homes is not None else None) or _dateline_default(entity, dateline, context) or story
                if systems is not None:
                    code = fitting_country(code, systems[i], dateline, context, article_counts)
                described = (speaker.title, entity.title if entity is not None else None, speaker.text,
                             descriptions[i] if descriptions is not None else None)
                if code and any(code == envoy_host(text) for text in described if text):
                    continue  # "then ambassador to Israel" in a story set in Israel: another country's envoy
                pairs = [pair for text in described if text and (pair := double_nationality(text))]
                if code and pairs and code not in pairs[0]:
                    continue  # "a Lebanese-Nigerian trader" in a story set in Syria: one of two countries, not a third
                if _joins_another_country(speaker, known, code):
                    continue  # "Trudeau and Pena Nieto" in a US story: the pair is of no one country
                speaker.affiliation = code
