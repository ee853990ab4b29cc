"""The country of a place an institution's own name or phrase holds ("the Munich police", "Nice prosecutors",
"Istanbul's governor", "police in Munich", "the Remain campaign in Britain's referendum", "the Shanghai-based
Fenwick Report").

A US outlet's story about an attack abroad quotes the local police, prosecutors and officials by the city
they serve; with no country of their own they took the story's most mentioned country, often the outlet's
(the Munich police, the Nice prosecutors and the UK "Remain" campaign were USA on held-out stories). The
place in the institution's own phrase names the country it acts for: that comes before the sentence's
opening place and the story's country (issue 13 item 2: "the country the institution acts for").

Only institutions: a place compounded before the head or its possessor ("the Munich police", "Istanbul's
governor") places any head but a person's name or a speaker the story's setting does not place (experts,
critics: data/actors/unplaced_speakers.tsv); an in/of phrase places a state body, a court speaker or a
named organisation, never a posted head ("officials in Berlin", "the ambassador in Kyiv" may serve
another country: data/actors/posted_titles.tsv). A name a US state shares with a country ("Georgia") places
nothing. Three more readings of the same kind:
- a speaker the setting does not place (rights groups, analysts) takes a country an in/from phrase on it names
  ("rights groups in Uganda"), never a city's, never for topic or posted heads;
- a person's title seating the employer in a city gives its country ("a historian at Ferris University in
  Yokohama"), never for a posted title ("a correspondent for the Times in Beijing"), and so does an employer no
  lexicon knows that is named after its city ("a lecturer in trade law at Kunming University": a Chinese
  scholar in a story on Central Asia took the country its named speakers mostly belonged to, PolNeAR train seed
  200151);
- a local body named bare ("police", "prosecutors", "authorities") takes the one country the locative places
  of its sentence, else the sentence before, name outside what any statement says (``sentence_places``).

Hand audit on unseen PolNeAR train articles (session 8; seeded sets of foreign-news articles and of articles
naming police, prosecutors or an institution "in" a place): see the branch report (affil6) for the counts.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import first_name_genders, lookup_actor
from accord.knowledge.loader import read_rows
from accord.records import Entity, Speaker
from accord.stages.entities.based import based_country
from accord.stages.entities.context import STATE_SECTORS  # a place on a state body names the country it serves
from accord.stages.entities.homonyms import shared_names
from accord.stages.entities.non_affiliations import topic_place_words
from accord.stages.entities.residence import posted_titles, subdivision_countries
from accord.stages.entities.venue import court_speaker_words
from accord.stages.gazetteer import named_place_country
from accord.stages.grammar import GEO_LABELS, document_text, entities_in

DESCRIBED_PERSON_NOUNS_FILE = "actors/described_person_nouns.tsv"
# Dependencies of a place written before an institution's head ("Munich police", "Istanbul's governor").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Prepositions whose place object is where an institution serves ("police in Munich", "the mayor of Istanbul").
SEAT_PREPOSITIONS = frozenset({"in", "of"})
# Entity labels of a capitalised modifier that is no place ("the Remain campaign", "Bavarian police", "Trump aides").
NOT_PLACE_LABELS = frozenset({"PERSON", "NORP", "ORG"})
# Earlier writings of a described institution's name looked at for its place (nearest first).
MAX_EARLIER_WRITINGS = 3
# Prepositions whose country object places a speaker the setting does not ("rights groups in Uganda").
COUNTRY_PREPOSITIONS = frozenset({"in", "from"})
# Heads naming what a speaker studies or is: "experts in Russia", "economists in China" may be anyone's.
TOPIC_HEADS = frozenset({"expert", "experts", "specialist", "specialists", "scholar", "scholars", "academic",
                         "academics", "economist", "economists", "poll", "polls", "survey", "surveys", "study",
                         "studies", "report", "reports"})
# Sectors of a local body a story abroad names bare ("police", "prosecutors"): the place its sentence names is
# where it serves. "authorities" (GOV) too; not "officials" or "government", which may be any party's.
LOCAL_SECTORS = frozenset({"COP", "JUD"})
LOCAL_WORDS = frozenset({"authorities"})
# Prepositions whose place object locates what the sentence tells ("a shopping center in Munich").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})
# Contents starting before an offset checked for holding it (contents nest: a quote inside a paraphrase).
MAX_NESTED_CONTENTS = 4
# A title's employer and its seat, ending the title: "... at KIMEP University in Almaty", "... of a bank in Lagos".
_EMPLOYER_PLACE = re.compile(r"\b(?:at|of|with|for)\s+(?:the\s+|an?\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+){0,6}?\s+in\s+"
                             r"((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})$")
# An employer whose own name ends in "of ‹Place›" at the end of a title ("an economist at the Mining Association
# of British Columbia"): the capitalised name's place is where it serves.
_EMPLOYER_OF_PLACE = re.compile(r"\b(?:at|with|for)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,5}of\s+"
                                r"((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})$")
# An employer named after the city it stands in, ending a title ("a lecturer in trade law at Kunming University",
# "a lecturer at Ibadan Polytechnic"): the city's country. A lexicon university ("Harvard University") is coded before.
_CITY_NAMED_EMPLOYER = re.compile(r"\b(?:at|of|with|for)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)?)\s+"
                                  r"(?:University|College|Polytechnic)$")
_WORD = re.compile(r"[A-Za-z]+")
# Entity kinds an institution's mentions may be read for (a named person is placed by the entities stage).
INSTITUTION_KINDS = frozenset({"organisation", "group"})
# Lexicon kinds of an apposition's head noun that describe a body ("a British newspaper", "the Canadian mining
# company"): the nationality before it is the named body's; a person's apposition is read as a title elsewhere.
BODY_KINDS = frozenset({"organisation", "group"})
# Longest common-noun description between a nationality and a name ("state-run television station": three words).
MAX_BODY_WORDS = 3


def _place_code(doc: Doc, token: Token, in_name: bool = False) -> str | None:
    """The country of the place name ending at ``token`` ("New York" for "York"), or None. ``in_name``: the
    place is the object of a named organisation's "of", inside the name the tagger labels an organisation's
    ("the Forestry Council of British Columbia")."""
    if not token.text[:1].isupper() or (token.ent_type_ in NOT_PLACE_LABELS and not (
            in_name and token.ent_type_ == "ORG")):
        return None
    first = token.left_edge.i
    while first < token.i and doc[first].lower_ == "the":
        first += 1
    name = doc[first : token.i + 1].text
    if name in shared_names():
        return None  # "Georgia police": the US state's or the country's
    if token.ent_type_ not in GEO_LABELS and (token.pos_ not in ("PROPN", "ADJ") or token.is_stop):
        return None  # "Most hypotheses": a capitalised function word is no city (Most, Czech Republic)
    return _place_name_country(name)


def _place_name_country(name: str) -> str | None:
    """The country of a place name: a country, region or major city, or a province or state of one country
    named in several words ("British Columbia" is Canada's). Not a province by one word alone: "Gulf sources"
    are no Papua New Guineans."""
    return named_place_country(name) or (subdivision_countries().get(name) if " " in name else None)


def _own_place_name(doc: Doc, head: Token) -> str | None:
    """The country of a proper name of several words ending at ``head`` that is one country's province or
    state ("British Columbia", "New South Wales"), or None. Its first word is no modifier of its own:
    "British" does not make British Columbia Britain's."""
    first = head.i
    while first > 0 and doc[first - 1].head.i == head.i and doc[first - 1].dep_ in ("compound", "amod") \
            and doc[first - 1].text[:1].isupper():
        first -= 1
    if first == head.i or head.pos_ != "PROPN":
        return None
    # Only a province or state by its whole name: "Virginia Holt" is a person named after one.
    return subdivision_countries().get(doc[first : head.i + 1].text)


def _is_institution_head(head: Token, named_organisation: bool) -> bool:
    """Whether an in/of phrase on ``head`` says where it serves: a state body, a court speaker or a named
    organisation, never a posted head."""
    word = head.lower_
    if word in posted_titles() or head.lemma_.lower() in posted_titles():
        return False
    if named_organisation or word in court_speaker_words():
        return True
    actor = lookup_actor(word)
    return actor is not None and actor.sector in STATE_SECTORS


def phrase_place(span: Span, named_organisation: bool = False, unplaced: frozenset[str] = frozenset()) -> str | None:
    """The country of the one place an institution's phrase names before its head or in an in/of phrase on it."""
    head = span.root
    if head.pos_ == "PRON":
        return None
    apposed = _apposed_country(head) or _described_before_country(span)
    if apposed is not None:
        return apposed  # "The Independent, a British newspaper": what the article says the body is
    if head.ent_type_ == "PERSON":
        return None
    doc = span.doc
    if head.lower_ in unplaced:
        # "the Shanghai-based Fenwick Report": a name's last word is no unplaced common noun
        return _country_of_unplaced(doc, head) or (_based_place(span, head) if head.pos_ == "PROPN" else None)
    own = _own_place_name(doc, head)
    if own is not None:
        return own  # a province speaking ("British Columbia says"): its country's
    codes: set[str] = set()
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS and child.i >= span.start:
            code = _place_code(doc, child)
            if code:
                codes.add(code)
    if not codes and (code := _based_place(span, head)):
        codes.add(code)
    if not codes and _is_institution_head(head, named_organisation):
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in SEAT_PREPOSITIONS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                code = _place_code(doc, obj, named_organisation) or next(
                    (c for p in obj.children if p.dep_ == "poss" and (c := _place_code(doc, p))), None)
                if code:
                    codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _apposed_country(head: Token) -> str | None:
    """The one country a body's apposition names before its head noun ("The Independent, a British newspaper",
    "Teck, the Canadian mining company", "Berenberg, Germany's largest private bank", "the British newspaper
    the Independent"): a foreign outlet or firm in a story set elsewhere is of its own country, not the story's."""
    descriptions = [child for child in head.children if child.dep_ == "appos" and child.i > head.i]
    if head.dep_ == "appos" and head.head.i < head.i:
        descriptions.append(head.head)
    codes: set[str] = set()
    for description in descriptions:
        body = lookup_actor(description.lemma_) if description.pos_ == "NOUN" else None
        if body is None or body.kind not in BODY_KINDS:
            continue
        for child in description.lefts:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            written = child.doc[child.left_edge.i : child.i + 1].text
            actor = lookup_actor(written if child.dep_ != "poss" else child.text)
            if actor is not None and actor.kind == "country" and actor.code and child.text not in shared_names():
                codes.add(actor.code)
    return codes.pop() if len(codes) == 1 else None


def _described_before_country(span: Span) -> str | None:
    """The country a nationality names in a body noun phrase written right before a name ("French television
    station BFMTV", "the Kuwaiti news agency KUNA", "the Spanish daily El Pais"): a foreign outlet or firm that
    no table lists is of its own country, not the story's. Read from the words, whatever the parse (it hangs
    the noun phrase on the name as a compound, an apposition or a clause of its own)."""
    opening = nationality_before(span)
    if opening is None:
        return None
    body = lookup_actor(span.doc[opening[0] + 1 : span.start].text)
    return opening[1] if body is not None and body.kind in BODY_KINDS else None


# The tag of a plural common noun ("miners"): a description of several people, never of one name.
PLURAL_NOUN_TAG = "NNS"


def _describes(noun: Token, span: Span) -> bool:
    """Whether the noun written right before a name is in one phrase with it: hung on the name (a compound),
    the name hung on it (an apposition), or both hung on one word (the parser's "the Italian sinologist Marco
    Rossi said", each a subject of "said"). A noun hung elsewhere ends its own phrase: "the Chilean dockers
    Ortega will hire" names whom the person hires, not whose the person is."""
    if noun.tag_ == PLURAL_NOUN_TAG and not any(c.dep_ == "conj" for c in span.root.children):
        return False  # "how many Peruvian miners Halvorsen hires": several describe no one name, only a pair or more
    return noun.head.i in range(span.start, span.end) or span.root.head.i == noun.i or noun.head.i == span.root.head.i


def nationality_before(span: Span) -> tuple[int, str] | None:
    """The index and country of a nationality or country name opening the lower-case noun phrase written right
    before a name ("the Russian oligarch Oleg Ivanov", "French television station BFMTV"): None when no such
    phrase is there, or its first word continues another name ("Latin American novelist", "Turkish American
    donor": a region or a second nationality that one word does not tell)."""
    doc = span.doc
    if not span[0].text[:1].isupper():
        return None
    i = span.start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and span.start - i <= MAX_BODY_WORDS:
        i -= 1  # "television station", "state-run news agency"
    if i < 0 or i == span.start - 1 or doc[span.start - 1].pos_ != "NOUN" or doc[i].text in shared_names():
        return None
    if i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].i != doc[i - 1].sent.start:
        return None
    if not _describes(doc[span.start - 1], span):
        return None  # "the Chilean dockers Ortega will hire": that phrase ends before the name's clause
    actor = lookup_actor(doc[i].text)
    return (i, actor.code) if actor is not None and actor.kind == "country" and actor.code else None


def _based_place(span: Span, head: Token) -> str | None:
    """The country of a "‹Place›-based" modifier before an institution's head ("the Shanghai-based Fenwick
    Report", "a London-based monitoring group"): where it is based is where it belongs; never for a posted
    head ("a Beijing-based correspondent")."""
    if head.i <= span.start or head.lower_ in posted_titles() or head.lemma_.lower() in posted_titles():
        return None
    return based_country(span.doc[span.start : head.i].text)


def title_place(title: str) -> str | None:
    """The country of the place a person's title seats their employer in ("a maritime law historian at
    Ferris University in Yokohama" -> JPN) or its name ends in ("an economist at the Mining Association of
    British Columbia" -> CAN), never for a posted title ("a correspondent for the Times in Beijing")."""
    match = _EMPLOYER_PLACE.search(title) or _EMPLOYER_OF_PLACE.search(title)
    if match is None:
        return _city_named_employer(title)
    if any(word.lower() in posted_titles() for word in _WORD.findall(title[:match.start()])):
        return None
    if _topic_before_place(title[match.start():match.start(1)]):
        return None  # "a veteran of the war in Iraq": the war's place, no employer's seat
    place = match.group(1)
    if place in shared_names():
        return None
    return named_place_country(place) or subdivision_countries().get(place)


def _city_named_employer(title: str) -> str | None:
    """The country of the city a title's employer is named after ("an economist at Kunming University" -> CHN),
    never for a posted title, a given name ("Victoria University" may stand in several countries) or a name
    shared by places of several countries."""
    match = _CITY_NAMED_EMPLOYER.search(title)
    if match is None or any(word.lower() in posted_titles() for word in _WORD.findall(title[:match.start()])):
        return None
    place = match.group(1)
    if place in shared_names() or place.split()[0] in first_name_genders():
        return None
    return named_place_country(place)


def _topic_before_place(employer: str) -> bool:
    """Whether the employer phrase before a title's place ends in a war, crisis or policy noun ("of the war in"):
    the place is the topic's (data/actors/topic_place_words.tsv), not a seat."""
    words = _WORD.findall(employer)
    if len(words) < 2:
        return False
    noun = words[-2].lower()  # the word before the final "in"
    nouns = {word for word, role in topic_place_words().items() if role == "noun"}
    return noun in nouns or noun.removesuffix("s") in nouns


def _country_of_unplaced(doc: Doc, head: Token) -> str | None:
    """The country an in/from phrase names on a speaker the story's setting does not place ("rights groups in
    Uganda", "activists from Kenya"): a country only (a city may host anyone's analysts), never for a topic
    head ("experts in Russia" may study it) or a posted one ("diplomats in Kenya")."""
    word = head.lower_
    if word in TOPIC_HEADS or word in posted_titles() or head.lemma_.lower() in posted_titles():
        return None
    codes = set()
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in COUNTRY_PREPOSITIONS:
            for obj in prep.children:
                # the whole name: "States" alone of "the United States" is no country
                name = doc[obj.left_edge.i : obj.i + 1].text
                actor = lookup_actor(name) if obj.dep_ == "pobj" and obj.ent_type_ in GEO_LABELS else None
                if actor is not None and actor.kind == "country" and actor.code and name not in shared_names():
                    codes.add(actor.code)
    return codes.pop() if len(codes) == 1 else None


def institution_places(doc: Doc, speakers: Sequence[Speaker], entities: Mapping[str, Entity],
                       unplaced: frozenset[str] = frozenset()) -> list[str | None]:
    """Per speaker, the country of the place its own phrase, or another mention of its institution, names."""
    by_entity: dict[str, str | None] = {}
    places: list[str | None] = []
    text: str | None = None
    for speaker in speakers:
        entity = entities.get(speaker.entity or "")
        if entity is not None and entity.kind == "person":
            code = title_place(speaker.title or entity.title or "")
            if code or not any(word[:1].islower() for word in entity.name.split()):
                places.append(code)  # a named person: placed by the entities stage, or by the title's seat
                continue
        named_organisation = entity is not None and entity.kind == "organisation"
        code = _span_place(doc, speaker.start, speaker.end, named_organisation, unplaced)
        if code is None and entity is not None and entity.kind in INSTITUTION_KINDS:
            if entity.id not in by_entity:
                by_entity[entity.id] = next(
                    (c for m in entity.mentions if (c := _span_place(doc, m.start, m.end, named_organisation, unplaced))),
                    None)
            code = by_entity[entity.id]
        if code is None and entity is None and speaker.name:
            text = text if text is not None else document_text(doc)
            code = _earlier_place(doc, text, speaker.name, speaker.start, unplaced)
        places.append(code)
    return places


def _earlier_place(doc: Doc, text: str, name: str, before: int, unplaced: frozenset[str]) -> str | None:
    """The place of an earlier writing of a described institution no entity holds ('the "Remain" campaign in
    Britain's referendum' ... 'The "Remain" campaign said'): the nearest of MAX_EARLIER_WRITINGS that names one."""
    words = name.split()
    if len(words) < 2 or not words[-1].islower():
        return None  # a bare head ("police") is too common to stand for one institution
    named = any(word.strip("\"'“”‘’")[:1].isupper() for word in words[:-1])
    end = before
    for _ in range(MAX_EARLIER_WRITINGS):
        start = text.rfind(name, 0, end)
        if start < 0:
            return None
        code = _span_place(doc, start, start + len(name), named, unplaced)
        if code:
            return code
        end = start
    return None


def _span_place(doc: Doc, start: int, end: int, named_organisation: bool, unplaced: frozenset[str]) -> str | None:
    """``phrase_place`` of the tokens covering ``doc.text[start:end]`` (None when they cover no token)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return phrase_place(span, named_organisation, unplaced)


def sentence_places(doc: Doc, speakers: Sequence[Speaker], contents: Sequence[tuple[int, int]]) -> list[str | None]:
    """Per speaker, for a local body named bare ("police", "prosecutors", "authorities"), the one country the
    places of its sentence name outside what it says, else of the sentence before ("... in Lyon. Once at
    the site, police sealed off the square"); None for any other speaker."""
    said = sorted(contents)
    return [_local_place(doc, speaker, said) if _local_body(speaker) else None for speaker in speakers]


def _local_body(speaker: Speaker) -> bool:
    """Whether a speaker is a local police, court or authority named by its common noun alone, or by a
    capitalised name that says no country ("the National Police Agency", "the Constitutional Court")."""
    words = [w for w in (speaker.name or speaker.text).split() if w.lower() not in ("the", "a", "an")]
    if not words or not all(word.isalpha() for word in words):
        return False
    named = any(word[:1].isupper() for word in words[1:])
    if not named and words[-1].lower() in LOCAL_WORDS:
        return True
    actor = lookup_actor(" ".join(words) if named else " ".join(words).lower())
    return actor is not None and actor.code is None and actor.sector in LOCAL_SECTORS


def _local_place(doc: Doc, speaker: Speaker, said: Sequence[tuple[int, int]]) -> str | None:
    """The one country of the places and nationalities ("the German state") named in the speaker's sentence, else
    the one before, outside what any statement says (``said``: the statements' content ranges, sorted); none
    for a body with an in/of phrase of its own."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if any(prep.dep_ == "prep" and prep.lower_ in SEAT_PREPOSITIONS and any(o.dep_ == "pobj" for o in prep.children)
           for prep in span.root.rights):
        return None  # "authorities in North-Rhine Westphalia": placed by its own phrase, one the gazetteer lacks
    sentence = span[0].sent
    for candidate in (sentence, _previous_sentence(doc, sentence)):
        if candidate is None:
            return None
        codes = set()
        for ent in entities_in(candidate):
            inside = speaker.start <= ent.start_char < speaker.end or inside_contents(said, ent.start_char)
            if ent.label_ not in GEO_LABELS | {"NORP"} or inside or not _locative(ent.root):
                continue
            name = ent.text.removeprefix("the ").removeprefix("The ")
            if name in shared_names():
                return None  # "Georgia": the state's or the country's, so the sentence cannot say
            if ent.label_ == "NORP" and _describes_person(ent.root):
                continue  # "an 18-year-old Iranian-German", "a Syrian refugee": a person's nationality, no setting
            demonym = lookup_actor(name) if ent.label_ == "NORP" else None
            code = (demonym.code if demonym is not None and demonym.kind == "country" else None) \
                if ent.label_ == "NORP" else named_place_country(name)
            if code:
                codes.add(code)
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


@functools.lru_cache(maxsize=1)
def described_person_nouns() -> frozenset[str]:
    """Nouns of a person a nationality describes (data/actors/described_person_nouns.tsv)."""
    return frozenset(row["word"] for row in read_rows(DESCRIBED_PERSON_NOUNS_FILE, ("word",)))


def _describes_person(token: Token) -> bool:
    """Whether a nationality describes a person: used as a noun ("an Iranian-German", the chain of adjectives
    ending in no noun) or modifying a person's noun ("an Iranian man"), not a place or body ("the German state")."""
    while token.dep_ in MODIFIER_DEPS and token.head.pos_ == "ADJ" and token.head.i != token.i:
        token = token.head  # "Iranian" of "Iranian-German": the chain's last adjective
    if token.dep_ not in MODIFIER_DEPS:
        return True
    noun = token.head
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in described_person_nouns()


def _locative(token: Token) -> bool:
    """Whether a place says where something is or happens ("a mall in Munich", "the German state", "Munich
    police"), not where someone went ("sent to Yemen or Somalia to train")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in LOCATIVE_PREPOSITIONS
    return token.dep_ in MODIFIER_DEPS


def _previous_sentence(doc: Doc, sentence: Span) -> Span | None:
    """The sentence before ``sentence``, or None at the start of the document."""
    return doc[sentence.start - 1].sent if sentence.start > 0 else None


def inside_contents(said: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies inside one of the sorted content ranges ``said`` (what statements say: a place
    named there is the speaker's, not the story's)."""
    i = bisect.bisect_right(said, (offset, float("inf"))) - 1
    return any(start <= offset < end for start, end in said[max(0, i - MAX_NESTED_CONTENTS):i + 1])
