"""Delayed identification: a lede's described speaker named a sentence or two later (issue 13 item 1).

News often opens with a description and names the person after it: "A woman who has accused X said ...
She also described ... Dora Keane, who said ..., recounted" or "Guild chief says Hale can win. The
head of the guild is uneasy ... Rita Blomqvist said". The description's statements are that person's.
Later in a story only a definite, singular description does so ("The deputy head of Peru's delegation
said ... “...,” Rear Admiral Ana Quispe told reporters"): one person, one name and one country.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from accord.knowledge.actors import known_person, lookup_actor, title_entry
from accord.records import Entity, Speaker
from accord.stages.gazetteer import find_city, find_country
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.entities.title_references import GENERIC_TITLE_HEADS, title_fits, title_words
from accord.stages.statements.description_conflicts import contradicts
from accord.stages.token_filters import document_sentences

# Only a description in the article's opening (headline and lede) waits for its name: later in a story a
# description is a new, unnamed source. Sentences counted from the text's start, headline lines included.
LEDE_SENTENCES = 3
# A live blog's item opens after a line holding only its clock time ("2:40 p.m.", "14:05 GMT"): each item is a
# story of its own whose first sentence describes its speaker and whose next names him, as an article's lede does.
# Only the item's first sentence counts as its lede: further on, a description is a new source.
ITEM_LEDE_SENTENCES = 1
_ITEM_TIME_LINE = re.compile(r"^[ \t]*\d{1,2}:\d{2}(?:[ \t]*(?:[ap]\.?m\.?|GMT|UTC|[ECMP][SD]?T))?[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
# Clock-time lines a text needs before they count as a live blog's item breaks: a live blog times every item, while
# an ordinary article may hold one stray time line (a schedule, a caption's time stamp) that opens no item.
ITEM_MIN_TIME_LINES = 2
# The first non-space character, searched from a time line's end without copying the rest of the text.
_NON_SPACE = re.compile(r"\S")
# The name must come at most this many sentences after the description's first sentence.
IDENTIFY_WITHIN_SENTENCES = 2
# Tags of a singular noun heading a described speaker.
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
# Determiners of a description after the lede that singles out one person ("the deputy head of X's
# delegation"): news names such a person right after; "a local official" is a new, unnamed source.
DEFINITE_DETERMINERS = frozenset({"the"})
# Determiners of a later phrase that gives an earlier description again ("The adviser", "That spokesman"); "an
# adviser" is a new source.
RESTATING_DETERMINERS = frozenset({"the", "that", "this"})
# Content words a headline's claim needs ("deal near": two) before its speaker may name the lede's described one:
# a one-word claim ("Ruiz: no") matches too much.
MIN_HEADLINE_CLAIM_WORDS = 2
# Sectors of the titles lexicon whose role nouns are offices: a headline person with no title of his own may hold one
# of these ("the health minister"), not a judge's, a doctor's or a reporter's role the lede tells a claim by.
OFFICE_SECTORS = frozenset({"GOV", "LEG", "PTY", "MIL"})
# Words a body sentence has at least to count among the lede's (a dateline split off as "MADRID" and "-" has fewer).
MIN_LEDE_SENTENCE_WORDS = 3
# A description that names its holder's principal ("Ruiz's adviser", "his spokesman"): another person's role.
_POSSESSED = re.compile(r"['’](?:s\b|\s)|\b(?:his|her|their|its)\b", re.IGNORECASE)
# The words of a speaker phrase, read for the role noun it repeats.
_ROLE_WORD = re.compile(r"[A-Za-z]+")
# Role heads that any office holder may be told by ("the official", "the chief of the agency"): no title rules them out.
GENERIC_ROLE_HEADS = GENERIC_TITLE_HEADS | {"official", "officer", "person"}
# Where a title turns from its holder's office to the body or person served ("adviser to the mayor", "spokesman for").
SERVED_AFTER = re.compile(r"\s(?:to|for|at|with)\s", re.IGNORECASE)
# A possessor's ending inside a role phrase ("the country's", "the ministers'"): the words up to it name whose office
# the role is, not the office ("The nation's defense secretary" is Defense Secretary X).
_POSSESSOR_END = re.compile(r"\w(?:['\u2019]s|s['\u2019])(?=\s)")


def _sentence_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _item_first_sentences(text: str, starts: list[int]) -> list[int]:
    """The index of each live-blog item's first sentence, in text order: the sentence after a clock-time line, in a
    text with at least ``ITEM_MIN_TIME_LINES`` of them."""
    lines = list(_ITEM_TIME_LINE.finditer(text))
    if len(lines) < ITEM_MIN_TIME_LINES:
        return []
    found = []
    for line in lines:
        rest = _NON_SPACE.search(text, line.end())
        if rest is not None:
            found.append(_sentence_of(starts, rest.start()))
    return found


def _in_lede(sentence: int, items: list[int]) -> bool:
    """Whether a sentence is in the article's lede (its first LEDE_SENTENCES, headline lines included) or opens
    one of a live blog's items (``items``: their first sentences)."""
    if sentence < LEDE_SENTENCES:
        return True
    at = bisect.bisect_right(items, sentence) - 1
    return at >= 0 and 0 <= sentence - items[at] < ITEM_LEDE_SENTENCES


def _described_head(speaker: Speaker, entities: Mapping[str, Entity], person_heads: Mapping[str, str | None],
                    surrogates: frozenset[str]) -> str | None:
    """The person noun heading a described speaker ("son", "woman", "chief"), or None when the speaker is named."""
    name = speaker.name or ""
    words = name.split()
    if not words or not _person_noun(words[-1].lower(), person_heads, surrogates):
        return None
    entity = entities.get(speaker.entity or "")
    if entity is not None and entity.kind == "person" and not _role_word(entity.name.split()[-1].lower(), person_heads):
        return None  # resolved to a named person already
    if entity is not None and entity.kind != "person":
        return None
    return words[-1].lower()


def _office_noun(word: str) -> bool:
    """Whether a role noun is an office the titles lexicon places in government, a legislature, a party or the
    military (``OFFICE_SECTORS``): a role a headline names its holder by alone ("Ruiz: ..." over "the minister")."""
    entry = title_entry(word)
    return entry is not None and entry.kind == "person" and entry.sector in OFFICE_SECTORS


def _role_word(word: str, person_heads: Mapping[str, str | None]) -> bool:
    """A word that describes rather than names a person ("Romanian hacker" is no name): a speaker-title word,
    a gendered noun, or an agent noun the titles lexicon marks as a person."""
    entry = title_entry(word)
    return word in person_heads or (entry is not None and entry.kind == "person")


def _person_noun(word: str, person_heads: Mapping[str, str | None], surrogates: frozenset[str]) -> bool:
    """A noun naming a person ("son", "woman", "chief", "hacker"), not a body or a modifier ("campaign", "party",
    "state"), nor an anonymous source's role ("a senior U.S. official", "a spokesman"): news keeps those unnamed.
    Any agent noun the titles lexicon marks as a person counts, not only the speaker-title words."""
    if word in surrogates:
        return False
    entry = title_entry(word)
    return person_heads.get(word) is not None or (entry is not None and entry.kind == "person")


def _agent_fits(head: str, person_heads: Mapping[str, str | None], title: str | None) -> bool:
    """Whether a lexicon agent noun ("hacker", "pollster") can describe the person named next: that person has no
    title, or a title with that noun. A speaker-title or gendered head ("chief", "woman") is left to the other checks."""
    if head in person_heads or not title:
        return True
    return head in title.lower().split()


def _own_title_words(title: str) -> set[str]:
    """The words of a title's own office, before the body or person it serves ("senior adviser to the mayor" gives
    "senior", "adviser"): the mayor is whom the adviser serves, not the adviser's office."""
    return title_words(SERVED_AFTER.split(title, maxsplit=1)[0])


def role_contradicts_title(phrase: str, head: str, title: str | None, role_offices: Mapping[str, Sequence[str]],
                           sector_roles: frozenset[str] = frozenset()) -> bool:
    """Whether the role a described speaker is told by ("the health minister") rules out a person whose own title
    ``title`` (the text's or the lexicon's) names another office ("Mayor", "Foreign Minister"): the role is an office
    of the titles lexicon that the title does not hold (directly or through ``role_offices``: a diplomat may be an
    ambassador), or the role's own lower-case modifiers ("health") are not the title's. A sector's role (data
    ``sector_roles``: "lawmaker") fits any title of its sector ("state senator"). A generic head ("chief",
    "official"), a person noun that is no office ("woman") or no title at all contradicts nothing."""
    entry = title_entry(head)
    if not title or head in GENERIC_ROLE_HEADS or entry is None or entry.kind != "person":
        return False
    own = _own_title_words(title)
    offices = title_words(head) | set(role_offices.get(head, ()))
    if head in sector_roles and any((held := title_entry(word)) is not None and held.kind == "person"
                                    and held.sector == entry.sector for word in own):
        return False
    if not offices & own:
        return True
    owned = _POSSESSOR_END.split(phrase)
    # past a possessor, the words are the role's own; else the first is its determiner
    words = _ROLE_WORD.findall(owned[-1])[(0 if len(owned) > 1 else 1):]
    lowered = [word.lower() for word in words]
    if head not in lowered:
        return False
    modifiers = {word.lower() for word in words[:lowered.index(head)] if word.islower()}
    return not title_fits(modifiers, title)


def _introduced_as_subject(doc: Doc, entity: Entity) -> int | None:
    """The start of a person's first mention when that mention is the subject of its clause, else None."""
    first = min(entity.mentions, key=lambda m: m.start)
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return None
    return first.start if span.root.dep_ in SUBJECT_DEPS else None


def _introduced_with_role(entities: Mapping[str, Entity], named: Mapping[str, Speaker], head: str, after: int,
                          sentence: int, starts: list[int]) -> str | None:
    """The person first named within IDENTIFY_WITHIN_SENTENCES sentences after ``after`` under a title with the
    description's head noun, whatever the mention's place in its clause ("Envoy praises deal. The deal has an
    admirer in envoy Sir Tom Hale"): the headline's role, given again with the name."""
    found = []
    for entity_id in named:
        entity = entities[entity_id]
        first = min(m.start for m in entity.mentions)
        if first > after and 0 < _sentence_of(starts, first) - sentence <= IDENTIFY_WITHIN_SENTENCES \
                and head in (entity.title or "").lower().split():
            found.append((first, entity_id))
    return min(found)[1] if found else None


def _restates(described: Speaker, other: Speaker, head: str, doc: Doc) -> bool:
    """Whether a later speaker phrase gives a description again: definite ("The adviser", "That spokesman"), with the
    same role noun, no qualifier the description lacks ("The opposition spokesman" is another side's after "A
    spokesman"), and no country, party or place against it."""
    words = [word.lower() for word in _ROLE_WORD.findall(other.text)]
    if not words or words[0] not in RESTATING_DETERMINERS or head not in words:
        return False
    modifiers = set(words[1:words.index(head)])
    if not modifiers <= {word.lower() for word in _ROLE_WORD.findall(described.text)}:
        return False
    return not contradicts(described, other, doc)


def _restated_role(described: Speaker, ordered: Sequence[Speaker], named: Mapping[str, Speaker], head: str,
                   sentence: int, starts: list[int], doc: Doc) -> str | None:
    """The named person a later speaker phrase, within IDENTIFY_WITHIN_SENTENCES sentences after the description
    (``ordered`` by start), restates it as (``_restates``: "A top adviser says ... The adviser, Ana Ruiz, told"): the
    phrase resolved to the name its apposition or title gives, so the role was hers from the start."""
    for other in ordered:
        if other.start > described.end and other.entity in named \
                and 0 < _sentence_of(starts, other.start) - sentence <= IDENTIFY_WITHIN_SENTENCES \
                and _restates(described, other, head, doc):
            return other.entity
    return None


def _definite_singular(speaker: Speaker, doc: Doc) -> bool:
    """Whether a described speaker is one definite person ("The deputy head of the delegation"), not an
    indefinite or plural one ("a local official", "the protesters")."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ not in DEFINITE_DETERMINERS:
        return False
    return span.root.tag_ in SINGULAR_NOUN_TAGS


def identify_described(speakers: Sequence[Speaker], entities: Mapping[str, Entity], doc: Doc,
                       genders: Mapping[str, str | None], person_heads: Mapping[str, str | None],
                       surrogates: frozenset[str] = frozenset(),
                       role_offices: Mapping[str, Sequence[str]] | None = None,
                       sector_roles: frozenset[str] = frozenset()) -> None:
    """Give a lede's described speaker (later in the story, a definite singular one: ``_definite_singular``) and
    the pronouns that follow it the person named right after it:
    the first person introduced as a clause subject within IDENTIFY_WITHIN_SENTENCES sentences, who speaks in
    the article and whose gender and country do not contradict the description's ("woman", "son", "Omani")."""
    starts = [s.start_char for s in document_sentences(doc)]
    items = _item_first_sentences(doc.text, starts)
    named: dict[str, Speaker] = {}
    for speaker in speakers:
        entity = entities.get(speaker.entity or "")
        if entity is not None and entity.kind == "person" and len(entity.name.split()) > 1 \
                and entity.name[:1].isupper() and not _role_word(entity.name.split()[-1].lower(), person_heads):
            named.setdefault(entity.id, speaker)
    introductions = sorted((start, entity_id) for entity_id in named
                           if (start := _introduced_as_subject(doc, entities[entity_id])) is not None)
    done: set[tuple[str | None, str | None]] = set()
    ordered = sorted(speakers, key=lambda s: s.start)
    for speaker in ordered:
        head = _described_head(speaker, entities, person_heads, frozenset())
        key = (speaker.name, speaker.entity)
        if head is None or key in done:
            continue
        done.add(key)
        sentence = _sentence_of(starts, speaker.start)
        if not _in_lede(sentence, items) and not _definite_singular(speaker, doc):
            continue
        wanted = person_heads.get(head)
        # An anonymous source's role ("a spokesman", "a top adviser") stays unnamed unless the text gives the role
        # again with the name ("The adviser, Ana Ruiz, added"): only then is the named one the source.
        person = None if head in surrogates else next(
            (entity_id for start, entity_id in introductions
             if start > speaker.end and 0 < _sentence_of(starts, start) - sentence <= IDENTIFY_WITHIN_SENTENCES), None)
        if person is None:
            person = _introduced_with_role(entities, named, head, speaker.end, sentence, starts)
        if person is None and head in surrogates:
            person = _restated_role(speaker, ordered, named, head, sentence, starts, doc)
        if person is None:
            continue
        gender = {"m": "male", "f": "female"}.get(genders.get(person) or "")
        if wanted and gender and wanted != gender:
            continue
        source = named[person]
        if not _agent_fits(head, person_heads, source.title):
            continue  # "the pilot" is not the Labor Secretary named next
        known = known_person(source.name or "")
        own_title = source.title or (known.title if known is not None and known.kind == "person" else None)
        if role_contradicts_title(speaker.text, head, own_title, role_offices or {}, sector_roles):
            continue  # "the health minister" is not the mayor named next
        described = lookup_actor(speaker.text)
        if contradicts(speaker, source, doc):
            continue  # "an unidentified Omani official" is not the Iranian spokesman named next
        first_named = min(m.start for m in entities[person].mentions)
        for other in speakers:
            if (other.name, other.entity) == key and other.start < first_named:
                other.name, other.entity, other.title = source.name, source.entity, source.title
                other.affiliation = (described.code if described is not None else None) or source.affiliation
                other.sector = source.sector


def _claim_words(doc: Doc, span: tuple[int, int]) -> frozenset[str]:
    """The lemmas of a statement's content words (no stop words, numbers or marks): what its claim is about."""
    words = doc.char_span(*span, alignment_mode="expand")
    return frozenset() if words is None else frozenset(
        t.lemma_.lower() for t in words if t.is_alpha and not t.is_stop)


def _title_words(source: Speaker) -> frozenset[str]:
    """The words of a named speaker's title, given in the text or by the lexicon ("President" for Zelenskyy)."""
    known = known_person(source.name or "")
    titles = " ".join(t for t in (source.title, known.title if known is not None else None) if t)
    return frozenset(word.lower() for word in _ROLE_WORD.findall(titles))


def identify_by_headline(speakers: Sequence[Speaker], contents: Sequence[tuple[int, int]],
                         entities: Mapping[str, Entity], doc: Doc, title_end: int,
                         person_heads: Mapping[str, str | None], surrogates: frozenset[str] = frozenset()) -> None:
    """Give a lede's described speaker still unnamed the person the headline quotes making the same claim
    ("Ruiz: deal near" over "The adviser said the deal was near"): the headline is the lede's summary, so its
    speaker is the lede's. ``contents`` is aligned with ``speakers``; ``title_end`` ends the headline line. The
    headline's speaker is a capitalised name no lexicon knows as a body or country, and every content word of its
    claim is one of the lede statement's; with two such headline speakers, neither. Only a definite singular role
    that is the person's own title ("the president" under "Zelensky: ..."), or any role when neither the text nor
    the lexicon gives him a title, and that gives no other country, party or place names him: a surrogate ("the
    adviser", ``surrogates``) or an indefinite source ("a senior official") speaks for or beside him."""
    if title_end <= 0:
        return
    heads: list[tuple[Speaker, frozenset[str]]] = []
    for speaker, content in zip(speakers, contents, strict=True):
        words = (speaker.name or "").split()
        if speaker.end > title_end or not words or not all(word[:1].isupper() for word in words):
            continue
        actor = lookup_actor(speaker.name or "")
        entity = entities.get(speaker.entity or "")
        phrase = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        # A name the tagger leaves unlabelled in a headline is a person's when no place has it ("Geneva: talks resume")
        person = entity.kind == "person" if entity is not None else (
            phrase is not None and any(t.ent_type_ == "PERSON" for t in phrase)
            or not (find_city(speaker.name or "") or find_country(speaker.name or "")))
        if person and (actor is None or actor.kind == "person") \
                and len(claim := _claim_words(doc, content)) >= MIN_HEADLINE_CLAIM_WORDS:
            heads.append((speaker, claim))
    if not heads:
        return
    # The body's sentences, a dateline's pieces ("MADRID", "-") not counted: the lede is the first few of these.
    body = [s.start_char for s in document_sentences(doc)
            if s.start_char > title_end and sum(t.is_alpha for t in s) >= MIN_LEDE_SENTENCE_WORDS]
    for speaker, content in zip(speakers, contents, strict=True):
        if speaker.start <= title_end or not 0 <= _sentence_of(body, speaker.start) < LEDE_SENTENCES:
            continue
        head = _described_head(speaker, entities, person_heads, surrogates)
        if head is None or _POSSESSED.search(speaker.text) or not _definite_singular(speaker, doc):
            continue  # "Ruiz's adviser", "his spokesman": the role of someone else, maybe the headline's speaker
        claim = _claim_words(doc, content)
        fitting = {source.name: source for source, words in heads if words <= claim}
        if len(fitting) != 1:
            continue
        source = next(iter(fitting.values()))
        titles = _title_words(source)
        if (titles and head not in titles) or contradicts(speaker, source, doc):
            continue  # "the health minister" under a mayor: not the title the text or the lexicon gives him
        # A headline person with no title in the text or the lexicon ("Ruiz: deal near" over "The health secretary
        # said the deal was near") has none the role could contradict: the lede gives his role, when it is an office
        # a headline names its holder by. A judge, a doctor or a witness is told by role in the lede though the
        # headline names a party to the case or a campaigner making the same claim.
        if not titles and not _office_noun(head):
            continue
        speaker.name, speaker.entity = source.name, source.entity
        speaker.affiliation = speaker.affiliation or source.affiliation
