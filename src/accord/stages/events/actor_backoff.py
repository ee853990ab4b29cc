"""Actor codes for events whose participants the lexicon cannot code (issue 14 item 1).

The back-off chain, after the gazetteer and titles of ``coding.code_token``: a reporter's speaker of
that name ("Berisha rejected ..." after "Berisha said ..." with an affiliation); the participant's own
description ("the leader of Afghanistan's Taliban", "the European side"); the country of the event's
own place ("outside a school in Kabul"; not where it sends something); the one country the rest of the
sentence names (not one the act is done to, nor one only another clause names); then the article's host
country (its dateline, else its lead's country, else a country it names clearly most, unless its quoted speakers are of one other state; for a named doer, the country
its own act is done to or about not counted): PLOVER codes domestic and sub-state actors by the country they act in. An actor that none of these codes keeps
its text with no code; the event stays: no code beats a wrong one.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections import Counter

import pycountry

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.knowledge.actors import LEADING_ARTICLE, POSSESSIVE, lexicon, lookup_actor
from accord.knowledge.loader import read_json
from accord.knowledge.regions import region_countries
from accord.records import ActorRef
from accord.stages.base import ArticleState
from accord.stages.dates.dateline import dateline_country
from accord.stages.entities import BY_ID_KEY, MENTIONS_KEY, STARTS_KEY
from accord.stages.events.antecedents import subject_candidates
from accord.stages.events.coding import backer_codes, code_token, lookup_phrase, phrase_tokens, sponsor_tokens
from accord.stages.gazetteer import DIRECTION_PREPS, STAYING_PREPS, country_of_demonym, find_country, find_major_city, locate, \
    named_place_country, territory_place
from accord.stages.events.modality import COUNTING_NOUNS
from accord.stages.events.references import has_definite_determiner
from accord.stages.grammar import GEO_LABELS, SUBJECT_DEPS, entities_in, span_text
from accord.stages.statements.speaker_words import speaker_words
from accord.stages.token_filters import document_sentences, sentence_of

# Codes that are not a state: never an article's host country.
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"})
# Dependencies of a passive clause's subject: the one the act is done to ("a reporter was held", "that X lied was denied").
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Parts of speech of a subject between a joined subject and "they" that "they" may stand for instead ("Rebels said
# they ...", where the tagger reads "Rebels" as a name; review3 M6).
NOUN_SUBJECT_POS = frozenset({"NOUN", "PROPN"})
# Entity labels whose mentions name a country, its people or a place in it.
COUNTRY_LABELS = frozenset({"GPE", "NORP"})
# Entity labels that can describe a participant: its country, nationality, or an organisation it belongs to.
DESCRIPTION_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC"})
# Dependents of a participant that describe it ("Afghanistan's Taliban", "the European side", ", a Kenyan MP").
DESCRIPTION_DEPS = frozenset({"poss", "compound", "amod", "nmod", "appos"})
# The host country by frequency must be named at least this many times as the runner-up (a story about a
# conflict names the foreign powers it discusses often; only a clear majority says where it happens); a
# country of the lead is the host when the most named is not this many times as frequent as it ...
HOST_DOMINANCE = 2.0
# ... and at least this often: one passing mention says nothing about where the story is.
HOST_MIN_MENTIONS = 2
# Statements a story must quote before its speakers' states overrule a host chosen by its country names: one or
# two quotes say little of where a story is set (PolNeAR train seeds 170361/170362: US stories about Syrian
# refugees, Israel, a judge's Mexican heritage, Iraq quoted 18-48 American statements and none of the named host).
QUOTED_HOST_MIN_STATEMENTS = 3
# The back-off's word lists (several-party nouns, nationality endings, first-person pronouns).
BACKOFF_WORDS_FILE = "actors/backoff_words.json"
# The tag of a plural common noun ("the parties", "delegations"): only the plural names several parties.
PLURAL_NOUN_TAG = "NNS"
# Modifiers that make such a noun a kind of one country's groups ("opposition parties", "rival parties").
KIND_DEPS = frozenset({"compound", "amod"})
# Parts of speech of a participant that stands in for a party named elsewhere: a pronoun ("he", "who", "we"), or a
# quantifier or determiner heading the phrase ("most of his rivals", "some of them").
STAND_IN_POS = frozenset({"PRON", "DET", "ADJ"})
# The tag of a personal pronoun ("he", "we"), which stands for someone; not "some" or "both", which count.
PERSONAL_PRONOUN_TAG = "PRP"
# Entity kinds of a speaker whose code an event participant inside the speaker's phrase takes: a person or an
# organisation resolved by name. Group speakers ("the government", "security forces") carry the story's guessed
# country (PolNeAR train draw 130149: 4 of 4 such recodings wrong, a foreign government coded USA).
NAMED_SPEAKER_KINDS = frozenset({"person", "organisation"})
# Entity labels of a place an act's own clause can put it in ("an attack in Europe", "a blast at an airport in Lagos").
PLACE_LABELS = frozenset({"GPE", "LOC"})
# The entity kind of a named organisation ("the World Bank", "Islamic State"), which a neuter pronoun may stand for;
# not a person, nor a "group" such as a party's members ("Republicans"), whom "it" never names.
ORGANISATION_KIND = "organisation"
# Sentences before a neuter pronoun doer searched for the organisation it stands for: the one before, as for "he".
NEUTER_SENTENCES_BACK = 1
# The lead: the article's first sentences (a headline and its opening sentence), where the story says where it is.
LEAD_SENTENCES = 2


# Country mentions whose state is remembered: the host and lead counts read every country name of the article,
# then each sentence's again, so the same few names are asked many times per article (about two thirds repeats).
COUNTRY_MENTION_CACHE_SIZE = 4096
# A doer "they" stands for a joined subject's parties only when that subject names at least two different codes:
# one code for all its members ("the premier and his deputy") is the back-off's ordinary case.
JOINED_PARTIES = 2


@functools.lru_cache(maxsize=COUNTRY_MENTION_CACHE_SIZE)
def _country_of_mention(text: str) -> str | None:
    """The state a country, capital or nationality name stands for, as listed: never composed from a part of
    the name ("New Mexico" is no Mexico); remembered by name (the lexicon and gazetteer do not change)."""
    entry = lexicon().entry(LEADING_ARTICLE.sub("", text.strip()))
    if entry is not None and entry.code and entry.code not in NON_STATE_CODES and entry.kind in (None, "country"):
        return entry.code
    place = find_country(text, use_lexicon=False)
    return place.country if place is not None and place.country else None


@functools.lru_cache(maxsize=1)
def backoff_words() -> dict[str, frozenset[str] | tuple[str, ...] | dict[str, str]]:
    """The back-off's word lists (data/actors/backoff_words.json), loaded once."""
    data = read_json(BACKOFF_WORDS_FILE)
    return {"several_party_nouns": frozenset(data["several_party_nouns"]), "bloc_nouns": frozenset(data["bloc_nouns"]),
            "demonym_suffixes": tuple(data["demonym_suffixes"]), "first_person": frozenset(data["first_person"]),
            "document_nouns": frozenset(data["document_nouns"]), "region_codes": data["region_codes"],
            "topic_prepositions": frozenset(data["topic_prepositions"]), "generic_doers": frozenset(data["generic_doers"]),
            "sending_verbs": frozenset(data["sending_verbs"]), "force_sending_verbs": frozenset(data["force_sending_verbs"]), "quantity_words": frozenset(data["quantity_words"]),
            "armed_group_nouns": frozenset(data["armed_group_nouns"]), "neuter_pronouns": frozenset(data["neuter_pronouns"]),
            "worldwide_modifiers": frozenset(data["worldwide_modifiers"]),
            "several_state_modifiers": frozenset(data["several_state_modifiers"]),
            "member_prepositions": frozenset(data["member_prepositions"]), "staff_nouns": frozenset(data["staff_nouns"]),
            "plural_pronouns": frozenset(data["plural_pronouns"]), "vehicle_nouns": frozenset(data["vehicle_nouns"])}


def _issued_by(document: Token, start: int, end: int) -> bool:
    """Whether the verb a document noun is the object of ("issued a statement"), or the place of ("said in a
    statement"), has its subject within the characters ``start``..``end`` (the speaker's span)."""
    verb = document.head.head if document.dep_ == "pobj" else document.head
    if document.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in SUBJECT_DEPS and start <= c.idx < end for c in verb.children)


def _code_of_description(text: str) -> str | None:
    """A state or organisation code for a describing name ("Afghanistan", "the Taliban"), a region's code
    ("Europe", "European": EUR), or for a nationality adjective the lexicon lacks, its place's code
    ("Faroese": the Faroe Islands)."""
    coded = lookup_phrase(text)
    if coded is not None and coded.code:
        return coded.code
    region = backoff_words()["region_codes"].get(LEADING_ARTICLE.sub("", text.strip()).lower())  # type: ignore[union-attr]
    if region is not None:
        return region
    region = region_countries().get(POSSESSIVE.sub("", LEADING_ARTICLE.sub("", text.strip())))
    if region is not None:  # "the governor of Texas", "South Dakota's governor": a state or province names its country
        return region
    place = find_country(text)
    if place is None and " " not in text.strip():
        demonym = country_of_demonym(text.strip(), backoff_words()["demonym_suffixes"])  # type: ignore[arg-type]
        if demonym is not None:
            named = lookup_phrase(demonym.name)  # the code the article's own name of that place gets
            return named.code if named is not None and named.code else demonym.country
    return place.country if place is not None and place.country else None


def mentioned_countries(span: SpacySpan, skip: frozenset[int] = frozenset()) -> list[str]:
    """The state codes of the country and nationality names in ``span``, in order (tokens in ``skip`` aside)."""
    codes = []
    for ent in entities_in(span):
        if ent.label_ in COUNTRY_LABELS and ent.start not in skip:
            code = _country_of_mention(span_text(ent))
            if code is not None:
                codes.append(code)
    return codes


def lead_place(sentence: SpacySpan) -> tuple[str, Token, Token] | None:
    """The place of a sentence's main clause, or of the report it carries ("A bomb exploded in Kabul, officials said")."""
    root = sentence.root
    for head in [root, *(c for c in root.children if c.dep_ == "ccomp")]:
        located = locate(head, clause_only=True)
        if located is not None:
            return located
    return None


def description_tokens(token: Token) -> set[int]:
    """The indices of the words describing a participant: its modifiers, appositions, and the "of" phrase of
    a title or a name ("the leader of Afghanistan's Taliban", "Abdul Karim of the Taliban"), not relative
    clauses about what it did."""
    titles = speaker_words()["titles"]
    found: set[int] = set()
    stack = [token]
    if token.dep_ == "appos":
        stack.append(token.head)
    while stack:
        head = stack.pop()
        if head.i in found:
            continue
        found.add(head.i)
        for child in head.children:
            if child.dep_ in DESCRIPTION_DEPS:
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of" and (head.lemma_.lower() in titles or head.ent_type_ == "PERSON"):
                stack.extend(c for c in child.children if c.dep_ == "pobj")
    return found


# How an act's noun hangs on the light verb whose clause is the act's ("held talks", "carried out an attack").
LIGHT_VERB_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr"})


# Prepositions naming where a sending verb's object goes ("sent troops to Mali", "ordered marines into the port").
SENT_TO_PREPS = DIRECTION_PREPS | {"to"}


def _clause_head(trigger: Token) -> Token:
    """The head of the act's own clause: the trigger, or the light verb its noun is the object of ("held talks",
    "carried out an attack"), whose subject and objects are the act's."""
    if trigger.dep_ in LIGHT_VERB_OBJECT_DEPS and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    return trigger


def non_subject_tokens(trigger: Token) -> frozenset[int]:
    """The indices of the act's own clause but its subjects: what it is done to, about, where or with what
    (a country named there is the target or topic, or the place, which ``event_place`` reads)."""
    head = _clause_head(trigger)
    subjects = {t.i for c in head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return frozenset(t.i for t in head.subtree if t.i not in subjects)


@functools.lru_cache(maxsize=1)
def _lexicon_country_codes() -> frozenset[str]:
    """The codes the actor lexicon gives countries: the PLOVER state codes."""
    return frozenset(e.code for e in lexicon().iter_entries() if e.kind == "country" and e.code)


@functools.lru_cache(maxsize=512)
def controlling_state(code: str | None) -> str | None:
    """A place's code as an actor code: a dependency the place gazetteer reads off geonames ("in Puerto Rico":
    PRI) folded into the state the lexicon codes it as (USA; PLOVER 2.0 5.1.2); a code the lexicon uses unchanged."""
    if code is None or code in _lexicon_country_codes():
        return code
    country = pycountry.countries.get(alpha_3=code)
    entry = lexicon().entry(country.name) if country is not None else None
    return entry.code if entry is not None and entry.kind == "country" and entry.code else code


def with_state_codes(refs: list[ActorRef]) -> list[ActorRef]:
    """The participants with any dependency's code folded into its state's (``controlling_state``)."""
    return [r if controlling_state(r.code) == r.code else r.model_copy(update={"code": controlling_state(r.code)})
            for r in refs]


def passive_subject_tokens(trigger: Token) -> frozenset[int]:
    """The indices of the act's passive subject ("a reporter was held by police"): what it is done to, which
    says nothing of the country of the doer its "by" phrase names."""
    head = _clause_head(trigger)
    return frozenset(t.i for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in c.subtree)


def topic_words(trigger: Token) -> frozenset[int]:
    """The indices of the act's own topic phrases ("criticized Israel over its strikes on Gaza", "protested
    against Iran", "warned about Russia") and destinations ("ordered marines to Tripoli"): never whose it is."""
    head = _clause_head(trigger)
    preps = backoff_words()["topic_prepositions"]
    if sends_away(head):
        preps = preps | SENT_TO_PREPS  # type: ignore[operator]
    return frozenset(t.i for p in (*head.children, *trigger.children) if p.dep_ == "prep"
                     and p.lower_ in preps for t in p.subtree)  # type: ignore[operator]


def other_clause_mentions(trigger: Token, sentence: SpacySpan) -> frozenset[int]:
    """The first indices of the sentence's country mentions that lie in another clause than the act's own or those
    it is part of: the nearest verb above the mention heads a clause the act is not in ("although critics blasted
    X, aid flowed quietly to avoid a quarrel with Z": Z is what the purpose clause is about, not whose the aid is)."""
    own = {trigger.i, *(t.i for t in trigger.ancestors)}
    found = set()
    for ent in entities_in(sentence):
        if ent.label_ not in COUNTRY_LABELS:
            continue
        verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i not in own:
            found.add(ent.start)
    return frozenset(found)


def targeted_countries(sentence: SpacySpan, acted_on: frozenset[int], recipients: set[str], topic: frozenset[int],
                       places: bool = True) -> list[str]:
    """The state codes of the country names the act is done to (in ``acted_on`` and coded as one of its
    ``recipients``) or is about (in ``topic``): mentions that say nothing of where its doer is from. Without
    ``places``, not a city's name ("stormed a Kabul hotel"), which says where the act is done."""
    found = []
    for ent in entities_in(sentence):
        if ent.label_ in COUNTRY_LABELS and (ent.start in topic or ent.start in acted_on) \
                and (places or find_major_city(span_text(ent)) is None):
            code = _country_of_mention(ent.text)
            if code is not None and (ent.start in topic or code in recipients):
                found.append(code)
    return found


def passive_event_subject(trigger: Token, event_tokens: frozenset[int]) -> frozenset[int]:
    """The indices of the act's passive subject when that subject is itself an event ("the planned round
    of talks between X and Y has been postponed"): the parties named there are that event's, not the
    doer of the act done to it. Empty for any other passive subject ("the position ... was not supported")."""
    head = _clause_head(trigger)
    for subject in (c for c in head.children if c.dep_ == "nsubjpass"):
        counted = [subject, *(o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj" and subject.lemma_.lower() in COUNTING_NOUNS)]
        if any(t.i in event_tokens for t in counted):
            return frozenset(t.i for t in subject.subtree)
    return frozenset()


@functools.lru_cache(maxsize=1)
def _force_words() -> dict[str, frozenset[str]]:
    """For each verb that sends only a force, the force words of its MOBILIZE trigger lines (triggers.tsv)."""
    from accord.stages.events.lexicon import load_lexicon  # the trigger lexicon, loaded once

    lexicon = load_lexicon()
    return {verb: frozenset(word for e in lexicon.candidates("verb", verb) if e.type == "MOBILIZE" for word in e.objects)
            for verb in backoff_words()["force_sending_verbs"]}  # type: ignore[union-attr]


def sends_away(verb: Token) -> bool:
    """Whether a verb moves its object elsewhere ("sent troops in Somalia", "ordered marines to the port"): its
    places are the object's destination; "ordered a curfew in the port" sends nothing, so its place stays the act's."""
    lemma = verb.lemma_.lower()
    if lemma in backoff_words()["sending_verbs"]:  # type: ignore[operator]
        return True
    forces = _force_words().get(lemma)
    return forces is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in forces for c in verb.children)


# Dependencies of the land an act is done on, read as its place ("shelled a Bordurian village").
TERRITORY_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def event_place(trigger: Token) -> tuple[str, Token, Token] | None:
    """The country of the place the event's own clause names ("outside a school in Kabul"), with its tokens; not
    where it sends or moves something ("fired rockets into Israel", "sent troops in Somalia"), which is no doer's."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head if trigger.head.pos_ in ("VERB", "AUX") else None
    if verb is not None and sends_away(verb):
        return None
    located = locate(trigger, clause_only=trigger.pos_ in ("VERB", "AUX"), destinations=False)
    if located is None and trigger.pos_ not in ("VERB", "AUX") and trigger.head.pos_ in ("VERB", "AUX"):
        located = locate(trigger.head, clause_only=True, destinations=False)
    if located is None and verb is not None:
        # "raiders shelled a Bordurian village", "a Bordurian town was shelled": the act is done on that land
        located = next((found for c in verb.children if c.dep_ in TERRITORY_OBJECT_DEPS
                        and (found := territory_place(c)) is not None), None)
    return located


def _names_a_state(name: str) -> bool:
    """Whether a name is a country's, in any spelling the gazetteer or the actor lexicon knows ("Ukraine",
    "Britain", "Russia"); a seat of government (the lexicon's "Kabul", coded with a sector) names a town first."""
    if find_country(name, use_lexicon=False) is not None:
        return True
    actor = lookup_actor(name)
    return actor is not None and actor.kind == "country" and actor.sector is None


def _a_place(ent: SpacySpan) -> bool:
    """Whether a place entity stands for where something is: the object of a locating preposition ("in Kabul"),
    or a town or province's name; a country's name elsewhere is mostly its state acting ("Ruritania will vote",
    "Britain rejected the plan"), however the story spells it."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in STAYING_PREPS:
        return True
    return not _names_a_state(span_text(ent))


def unnamed_doer(trigger: Token, code: str) -> ActorRef:
    """The doer of an act that names none ("a cell was dismantled"), coded by place: an empty span at the act,
    so no word of the text (the verb least of all) is shown as the one who did it."""
    return ActorRef(text="", start=trigger.idx, end=trigger.idx, code=code)


def _named_host(mentions: Counter[str], lead: list[str]) -> str | None:
    """The lead's country named about as often as any (the most named of them), else a clearly dominant one."""
    ranked = mentions.most_common(2)
    if not ranked:
        return None
    contenders = [c for c in dict.fromkeys(lead) if HOST_DOMINANCE * mentions[c] >= ranked[0][1]]
    if contenders:
        return max(contenders, key=lambda c: mentions[c])
    if ranked[0][1] >= HOST_MIN_MENTIONS and (len(ranked) == 1 or ranked[0][1] >= HOST_DOMINANCE * ranked[1][1]):
        return ranked[0][0]
    return None


def nobody_in_particular(token: Token) -> bool:
    """Whether a doer names no one party a country could stand for: a bloc ("the bloc"), several parties ("the
    parties", "many nations"; not "opposition parties", one country's kind), or nobody in particular ("the whole world",
    "nobody", "no one"); so is one of the whole world ("world leaders") or one whose of/from phrase names no one party
    ("leaders of many states")."""
    words = backoff_words()
    lemma = token.lemma_.lower()
    if lemma in words["bloc_nouns"] or lemma in words["generic_doers"]:  # type: ignore[operator]
        return True
    if (lemma == "one" or lemma in words["several_party_nouns"]) and any(  # type: ignore[operator]
            c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True  # "no one", "no country", "no state": nobody
    if token.tag_ == PLURAL_NOUN_TAG and any(c.dep_ in KIND_DEPS and c.lower_ in words["several_state_modifiers"]  # type: ignore[operator]
                                             and not any(x.dep_ == "conj" for x in c.children) for c in token.children):
        return True  # "Western governments", "foreign donors": several states'; "international and local groups" include the host's
    for child in token.children:
        if child.dep_ in KIND_DEPS and child.lower_ in words["worldwide_modifiers"]:  # type: ignore[operator]
            return True  # "world leaders", "global powers": the whole world's, no one state's
        if child.dep_ == "prep" and child.lower_ in words["member_prepositions"] and any(  # type: ignore[operator]
                obj.dep_ == "pobj" and nobody_in_particular(obj) for obj in child.children):
            return True  # "leaders of many states", "ministers from several nations"
    return token.tag_ == PLURAL_NOUN_TAG and lemma in words["several_party_nouns"] and not any(  # type: ignore[operator]
        c.dep_ in KIND_DEPS and c.lower_ not in words["quantity_words"] for c in token.children)  # type: ignore[operator]


def _where_it_happens(place: Token) -> bool:
    """Whether a place name tells where an act happens: the object of a locating preposition ("in Europe", "near
    the city of X"), not where it sends someone ("deported to Y"), nor who did it ("financed by Z's government")."""
    for token in place.ancestors:
        if token.dep_ == "prep" and token.lower_ != "of":
            return token.lower_ in STAYING_PREPS
    return False


def placed_elsewhere(trigger: Token, sentence: SpacySpan, host: str) -> bool:
    """Whether the act's own clause puts it in a place of another state or region than the article's home
    ("the deadliest blast in Europe this year", in a story set in the United States): the unnamed doer of a
    material act there is then no one of the home country's, and no code beats that wrong one."""
    clause = non_subject_tokens(trigger) | {trigger.i}
    for ent in entities_in(sentence):
        if ent.label_ in PLACE_LABELS and ent.start in clause and _where_it_happens(ent.root):
            code = controlling_state(_code_of_description(ent.text))
            if code is not None and code != host:
                return True
    return False


def armed_group(token: Token) -> bool:
    """Whether a doer is an armed non-state group told by its kind, not its name ("the militants", "a rebel
    group", "the terrorist group"): coded by where it acts, never by the article's home country."""
    words = backoff_words()["armed_group_nouns"]
    return token.pos_ != "PROPN" and (token.lemma_.lower() in words or any(  # type: ignore[operator]
        c.dep_ in KIND_DEPS and c.lemma_.lower() in words for c in token.children))  # type: ignore[operator]


def driven_vehicle(token: Token) -> bool:
    """Whether a doer is a road vehicle told by its kind ("the truck", "a van"): it acts only through its
    driver, so it is no party; a named or described one ("an army truck") is left to its description."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in backoff_words()["vehicle_nouns"]  # type: ignore[operator]


def staff_of_a_body(token: Token) -> bool:
    """Whether a doer names the people who work for some body, not a party of its own ("the employees", "the
    staff", "a staff association", "the workers union"): they are that body's, not the story's country's."""
    words = backoff_words()["staff_nouns"]
    return token.pos_ != "PROPN" and (token.lemma_.lower() in words or any(  # type: ignore[operator]
        c.dep_ in KIND_DEPS and c.lemma_.lower() in words for c in token.children))  # type: ignore[operator]


class ActorBackoff:
    """The back-off codes of one article."""

    def __init__(self, state: ArticleState, venue_words: frozenset[str] = frozenset()) -> None:
        self.state = state
        self.venue_words = venue_words  # lemmas naming a meeting ("talks", "meet"): their place is a venue
        self._host: str | None | bool = False
        self._speakers: dict[str, ActorRef] | None = None
        self._named: frozenset[str] | None = None  # ids of the person and organisation entities
        self._mentions: Counter[str] | None = None  # the article's country names, when they chose its host
        self._lead: list[str] = []
        self._lead_end = 0

    def host_country(self) -> str | None:
        """The dateline's country; else the place of the opening sentence's main clause ("exploded outside a
        school in Kabul"); else the lead's country if the article names it about as often as any (a story
        opens where it happens, then discusses foreign powers); else a state it names clearly most, its
        quoted speakers' states counted too when its names alone settle nothing, and overruling a named host
        none of them belongs to (``_quoted_host``); else none."""
        if self._host is False:
            host = dateline_country(self.state.text)
            lead_sentences = list(document_sentences(self.state.doc))[:LEAD_SENTENCES]
            if host is None and lead_sentences and not any(t.lemma_.lower() in self.venue_words for t in lead_sentences[0]):
                place = lead_place(lead_sentences[0])  # talks "in Rome" name a venue, not where the story is
                host = place[0] if place is not None else None
            if host is None:
                self._mentions = Counter(mentioned_countries(self.state.doc[:]))
                self._lead = [c for sentence in lead_sentences for c in mentioned_countries(sentence)]
                self._lead_end = lead_sentences[-1].end if lead_sentences else 0
                host = self._quoted_host(self._named_host())
            self._host = host
        return self._host  # type: ignore[return-value]

    def _named_host(self, discount: Counter[str] | None = None, in_lead: bool = False) -> str | None:
        """The host by the article's country names, the ``discount`` mentions not counted (those of the lead too
        when ``in_lead``); its quoted speakers' states counted too when the names alone settle nothing."""
        mentions = self._mentions - discount if discount else self._mentions
        lead = list(self._lead)
        if discount and in_lead:
            for code in discount.elements():
                if code in lead:
                    lead.remove(code)
        return _named_host(mentions, lead) or _named_host(mentions + Counter(self.speaker_states()), lead)

    def _quoted_host(self, named: str | None) -> str | None:
        """The state nearly all the story's quoted speakers belong to, in place of a host chosen by country names
        when none of them is of that host: a story quoting only Americans about Syrian refugees, or Cameroonian
        farmers about trade with Brazil, is set where its speakers are, not where the names it discusses lie."""
        speakers = Counter(self.speaker_states())
        if named is None or speakers[named] or sum(speakers.values()) < QUOTED_HOST_MIN_STATEMENTS:
            return named
        return _named_host(speakers, []) or named

    def placed_host(self, token: Token, home: str) -> bool:
        """Whether a place says the act of ``token`` is set in ``home``: the dateline's or the lead's place made it
        the host, or a place of its sentence or the one before is there ("A blast hit a market in Kabul. Gunmen
        then ..."); a nationality word ("Afghan officials") is no place."""
        if self.host_country() == home and self._mentions is None:
            return True  # the host came from a dateline or the lead's place, not from counting country names
        sentence = sentence_of(token)
        spans = [sentence] if sentence.start == 0 else [sentence_of(token.doc[sentence.start - 1]), sentence]
        return any(ent.label_ in GEO_LABELS and _a_place(ent) and named_place_country(span_text(ent)) == home
                   for span in spans for ent in entities_in(span))

    def host_of_doer(self, targeted: list[str], sentence: SpacySpan) -> str | None:
        """The host country a named doer no gazetteer knows falls back to, its own act's targets and topics not
        counted as evidence of it ("Blinken criticized Israel over ...", Israel the story's only country: no
        host, so no code, rather than the target's). A dateline or the lead's place is evidence of its own."""
        host = self.host_country()
        if not targeted or self._mentions is None or host not in targeted:
            return host
        return self._named_host(Counter(targeted), sentence.start < self._lead_end)

    def speaker_states(self) -> list[str]:
        """The state affiliation of each statement's speaker: whose people the story quotes says where it is."""
        return [s.speaker.affiliation for s in self.state.statements
                if s.speaker is not None and s.speaker.affiliation and s.speaker.affiliation not in NON_STATE_CODES]

    def speaker_codes(self) -> dict[str, ActorRef]:
        """Affiliated speakers by each word of their name ("Berisha" of "Sali Berisha")."""
        if self._speakers is None:
            found: dict[str, ActorRef] = {}
            for statement in self.state.statements:
                speaker = statement.speaker
                if speaker is None or not speaker.affiliation or not speaker.name:
                    continue
                ref = ActorRef(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name,
                               code=speaker.affiliation, sector=speaker.sector, entity=speaker.entity)
                for word in speaker.name.split():
                    if word[:1].isupper():
                        found.setdefault(word, ref)
            self._speakers = found
        return self._speakers

    def text_ref(self, token: Token) -> ActorRef:
        """The participant's phrase as written, with no code."""
        run = phrase_tokens(token)
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        return ActorRef(text=self.state.text[start:end], start=start, end=end)

    def described_code(self, token: Token) -> str | None:
        """The one code the participant's own description names, if exactly one."""
        words = description_tokens(token) - sponsor_tokens(token)  # "Ruritania-backed rebels" are not Ruritania's
        codes = {
            code for ent in entities_in(sentence_of(token))
            if ent.label_ in DESCRIPTION_LABELS and ent.start in words
            and (code := _code_of_description(ent.text)) is not None
        }
        return codes.pop() if len(codes) == 1 else None

    def code(self, tokens: list[Token], trigger: Token, sentence: SpacySpan, excluded: set[str],
             venue: bool = False, domestic: bool = False, event_tokens: frozenset[int] = frozenset(),
             targets: frozenset[str] = frozenset()) -> list[ActorRef]:
        """Actors for the uncoded participants ``tokens`` of an event in ``sentence``, coded where the chain
        can; with no participant named, the doer coded by place, with no words (``unnamed_doer``: "was arrested").
        ``venue``: the act's place is a venue (talks in Stockholm), not the doers' country; ``domestic``: a
        material act done where it happens (an attack in Kabul), so its place codes its unknown doer. The
        place of any other act (a demand made in Berlin) is where the doer was, not whose. ``event_tokens``:
        the indices of the article's event triggers (a postponed event's parties are not its postponer); ``targets``:
        the codes of the parties the act is done to, whose mentions are no evidence of a named doer's host."""
        # "a van ploughed into the crowd": its unnamed driver did it, coded as any doer the text does not name
        tokens = [t for t in tokens if not (driven_vehicle(t) and self.described_code(t) is None)]
        speakers = self.speaker_codes()
        place = event_place(trigger)
        skip = set(non_subject_tokens(trigger))
        if tokens:  # a named doer's country is not read off whom it acted on; an unnamed one's patient is all there is
            skip.update(passive_subject_tokens(trigger))
        for token in tokens:  # nor off its sponsor ("Ruritania-backed rebels"): the sentence's one country is not theirs
            skip.update(sponsor_tokens(token))
        # The parties of what an unnamed doer postponed or cancelled are not that doer. Not for a domestic
        # act (an arrest, a raid), where the patient's country is mostly where it is done, and by whom.
        patient = frozenset() if domestic else passive_event_subject(trigger, event_tokens)
        skip.update(patient)
        if patient and not tokens:
            excluded = excluded | {code for ent in entities_in(sentence) if ent.start in patient and ent.label_ in COUNTRY_LABELS
                                   and (code := _country_of_mention(ent.text)) is not None}
        if place is not None and venue:
            skip.update(range(place[1].i, place[2].i + 1))
        sentence_codes = [c for c in dict.fromkeys(mentioned_countries(sentence, frozenset(skip))) if c not in excluded]
        fallback = place[0] if place is not None and domestic else None
        if fallback is None and len(sentence_codes) == 1 and sentence_codes[0] not in mentioned_countries(
                sentence, frozenset(skip | other_clause_mentions(trigger, sentence))):
            sentence_codes = []  # the sentence's one country is another clause's ("... avoided a quarrel with Z")
        if fallback is None:
            fallback = sentence_codes[0] if len(sentence_codes) == 1 else self.host_country()
        if domestic and tokens and fallback not in sentence_codes and sends_away(_clause_head(trigger)):
            # "the premier ordered marines to Tripoli": where forces go does not make the story's host, so the
            # sender's (the host read without that destination: a dateline or a lead's own place still counts)
            fallback = self.host_of_doer(targeted_countries(sentence, frozenset(skip), excluded, topic_words(trigger)), sentence)
        elif domestic and tokens and fallback is not None and fallback not in sentence_codes and place is None:
            # "militants fired rockets at a Ruritanian post": a host read off the country names counts not the
            # target's; the doer of a material act is coded where it acts, not as whom it hits
            fallback = self.host_of_doer(targeted_countries(sentence, frozenset(skip), targets | excluded, topic_words(trigger),
                                                            places=False), sentence)
        if fallback in excluded and not tokens:
            fallback = None  # what is done to a country is not done by an unnamed doer of it
        if not tokens and domestic and place is None and fallback is not None and fallback not in sentence_codes \
                and placed_elsewhere(trigger, sentence, fallback):
            fallback = None  # the home country does not do a material act its own clause puts abroad; a demand or a
            # meeting abroad is where its doer went, not whose it is (a president's demand voiced in a foreign capital)
        if not tokens:
            if fallback is None:
                return []
            return [unnamed_doer(trigger, fallback)]
        pronoun_fallback = fallback
        if not domestic and fallback is not None and (fallback not in sentence_codes or any(t.pos_ in STAND_IN_POS for t in tokens)):
            targeted = targeted_countries(sentence, frozenset(skip), excluded, topic_words(trigger))
            pronoun_fallback = self.host_of_doer(targeted, sentence)
            if fallback not in sentence_codes:
                fallback = pronoun_fallback
        coded: list[ActorRef] = []
        for token in tokens:
            ref = self.text_ref(token)
            speaker = speakers.get(token.text) if token.pos_ == "PROPN" else None
            if speaker is None:
                speaker = self.antecedent(token) if token.tag_ == PERSONAL_PRONOUN_TAG else self.speaker_at(token)
            if speaker is None:
                speaker = self.issuer(token)
            named = self.named_codes(token) if speaker is None and token.tag_ == PERSONAL_PRONOUN_TAG else frozenset()
            joined = self.joined_codes(token) if speaker is None and token.tag_ == PERSONAL_PRONOUN_TAG else []
            if joined:  # "X of A and Y of B met ... They met again": both sides, one code each
                coded.extend(ref.model_copy(update={"code": code}) for code in joined)
            elif speaker is not None:
                coded.append(ref.model_copy(update={"code": speaker.code, "name": speaker.name, "sector": speaker.sector}))
            elif named:  # "he" after people of one state is one of theirs; after people of several, nobody in particular
                coded.append(ref.model_copy(update={"code": next(iter(named)) if len(named) == 1 else None}))
            else:
                own = self.described_code(token)
                # a stand-in ("most of them", "who", "we") is for a party named elsewhere: the one country its
                # sentence names is mostly what it acts on or talks about, so it takes the host, not that country
                guess = pronoun_fallback if token.pos_ in STAND_IN_POS else fallback
                if own is None and guess is not None and staff_of_a_body(token):
                    guess = self.body_guess(token, guess)  # a lender's staff are the lender's, whatever country is named
                elif own is None and guess is not None and guess not in sentence_codes and not (place and domestic):
                    guess = self.foreign_guess(token, guess)
                if own is None and guess is not None and guess in backer_codes(token):
                    guess = None  # "Ruritania-backed rebels" in a story about Ruritania: the sponsor is not the doer
                coded.append(ref.model_copy(update={"code": own or (None if nobody_in_particular(token) else guess)}))
        return coded

    def foreign_guess(self, token: Token, home: str) -> str | None:
        """A doer's code in place of the article's ``home`` country: none for an armed group told by its kind
        (``armed_group``) in a sentence naming another state; for "it", the one foreign organisation named just
        before it (a remark on the Islamic State group, then "It captured two towns": IMG), none for several, and
        ``home`` when a home organisation is named there too: "it" stands for a body, not for the story's country."""
        if armed_group(token):  # fighting elsewhere when the sentence names another state ("rebels in the south
            # of Ruritania ousted its king", in a story from home): none; a story set where it fights keeps its host
            if any(code != home for code in mentioned_countries(sentence_of(token))):
                return None
            # ... when a place says it is set there: the article's most named country is no place ("raiders hit a
            # depot", in a story that names the home country for other news), and guessing it codes the wrong side
            return home if self.placed_host(token, home) else None
        if token.lower_ not in backoff_words()["neuter_pronouns"]:  # type: ignore[operator]
            return home
        return self.body_guess(token, home)

    def body_guess(self, token: Token, home: str) -> str | None:
        """The code of the one coded organisation named in the doer's sentence before it or in the sentence
        before (the body "it" or "the employees" belong to); ``home`` when none is, or a home one is among
        them; none for several."""
        sentence = sentence_of(token)
        start = sentence.start
        for _ in range(NEUTER_SENTENCES_BACK):
            start = sentence_of(token.doc[start - 1]).start if start > 0 else start
        mentions = self.state.scratch.get(MENTIONS_KEY, [])
        starts: list[int] = self.state.scratch.get(STARTS_KEY) or [m.start for m in mentions]
        by_id = self.state.scratch.get(BY_ID_KEY) or {}
        codes = set()
        for mention in mentions[bisect_left(starts, token.doc[start].idx):bisect_left(starts, token.idx)]:
            entity = by_id.get(mention.entity)
            if entity is not None and entity.kind == ORGANISATION_KIND and entity.code:
                codes.add(entity.code)
        if not codes or home in codes:
            return home
        return codes.pop() if len(codes) == 1 else None

    def joined_codes(self, token: Token) -> list[str]:
        """For a doer "they", the codes of the parties the last joined subject before it names ("the premier and
        the president met"), in its sentence or the one before, when each is coded and they are of more than one
        code; empty otherwise (a plural noun or a lone party before "they" is left to the other rules)."""
        if token.lower_ not in backoff_words()["plural_pronouns"] or token.dep_ not in SUBJECT_DEPS:  # type: ignore[operator]
            return []
        sentence = sentence_of(token)
        start = sentence_of(token.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        joined = [t for t in token.doc[start:token.i] if t.dep_ in SUBJECT_DEPS and any(c.dep_ == "conj" for c in t.children)]
        if not joined:
            return []
        subject = joined[-1]
        if any(t.dep_ in SUBJECT_DEPS and t.pos_ in NOUN_SUBJECT_POS for t in token.doc[subject.i + 1:token.i]):
            return []  # "X and Y met. Rebels said they attacked ...": "they" may be the nearer subject's
        codes = [self.member_code(member) for member in (subject, *subject.conjuncts)]
        if any(code is None for code in codes) or len(set(codes)) < JOINED_PARTIES:
            return []
        return list(dict.fromkeys(c for c in codes if c is not None))

    def member_code(self, token: Token) -> str | None:
        """The code of one member of a joined subject: its own (a coded name, a described party), or for
        "he"/"she", the one person of one code it can stand for; None when neither is known."""
        if token.tag_ == PERSONAL_PRONOUN_TAG:
            named = self.named_codes(token)
            return next(iter(named)) if len(named) == 1 else None
        ref = code_token(self.state, token, self.state.text)
        return ref.code if ref is not None else None

    def named_codes(self, token: Token) -> frozenset[str]:
        """The codes of the persons a doer "he"/"she" may stand for (``antecedents.subject_candidates``), those the
        entities stage coded: one code, the doer's whichever of them it is; several, no guess by place is safer
        (a visitor told of as "he" in the host's story is not the host's)."""
        by_id = self.state.scratch.get(BY_ID_KEY) or {}
        return frozenset(code for entity_id in subject_candidates(self.state, token)
                         if (code := getattr(by_id.get(entity_id), "code", None)))

    def issuer(self, token: Token) -> ActorRef | None:
        """The affiliated speaker who issued the document a definite document noun names again, in its sentence
        or the one before ("Blinken issued a statement saying ... The statement threatened sanctions": the
        threat is Blinken's, not the story's country's); None when no statement there names such a document."""
        if token.lemma_.lower() not in backoff_words()["document_nouns"] \
                or not has_definite_determiner(token):
            return None
        doc, sentence = token.doc, sentence_of(token)
        earliest = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
        issued = None
        for statement in self.state.statements:
            speaker, cue = statement.speaker, statement.cue
            if speaker is None or not speaker.affiliation or cue is None or cue.start >= token.idx:
                continue
            words = doc.char_span(cue.start, cue.end, alignment_mode="expand")
            if words is None or words.start < earliest:
                continue
            if any(t.lemma_.lower() == token.lemma_.lower() and t.i != token.i and _issued_by(t, speaker.start, speaker.end)
                   for t in words.sent):
                issued = speaker
        if issued is None:
            return None
        return ActorRef(text=issued.text, start=issued.start, end=issued.end, name=issued.name,
                        code=issued.affiliation, sector=issued.sector, entity=issued.entity)

    def speaker_at(self, token: Token) -> ActorRef | None:
        """The affiliated speaker whose phrase holds the participant ("The court's president, Judge X, rejected
        Kenya's request", resolved by the statements stage to the court's judge): the speaker's own code, not
        the country the sentence names as the one acted on. Only a speaker resolved to a named person or
        organisation: a vague or group speaker ("some have called on him", "the government", "security
        forces") may carry the story's guessed code. None when no statement's speaker is there."""
        if self._named is None:
            self._named = frozenset(e.id for e in self.state.entities if e.kind in NAMED_SPEAKER_KINDS)
        for statement in self.state.statements:
            speaker = statement.speaker
            if speaker is not None and speaker.affiliation and speaker.entity in self._named \
                    and speaker.start <= token.idx < speaker.end:
                return ActorRef(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name,
                                code=speaker.affiliation, sector=speaker.sector, entity=speaker.entity)
        return None

    def antecedent(self, token: Token) -> ActorRef | None:
        """The affiliated speaker a pronoun stands for: the speaker the statements stage resolved it to ("He
        accused Norway ... and said": the commissioner), or for a first-person pronoun in a quote, the quote's
        speaker ("'We rejected it,' the envoy said"); None when the statements name none."""
        first_person = token.lower_ in backoff_words()["first_person"]
        for statement in self.state.statements:
            speaker = statement.speaker
            if speaker is None or not speaker.affiliation:
                continue
            at_speaker = speaker.start <= token.idx < speaker.end
            in_quote = first_person and statement.kind != "indirect" and statement.content.start <= token.idx < statement.content.end
            if at_speaker or in_quote:
                return ActorRef(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name,
                                code=speaker.affiliation, sector=speaker.sector, entity=speaker.entity)
        return None
