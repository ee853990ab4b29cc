"""Description words that name someone else's country or a camp's host country, not the described person's.

A description coded as a whole gave its person the country of any country word inside: "a close friend of
Israel's prime minister" made Sheldon Adelson ISR, "German's brother" (a given name German) made Freddy Ortega
DEU, and "a woman living in a camp in Kenya" made a Somali refugee KEN. The text to code leaves out such words:
the words naming the other person of a friendship tie (data/actors/relation_nouns.tsv) or the party an alignment
word ties the person to ("aligned with ...": data/actors/alignment_words.tsv) are dropped, a
nationality word with a possessive ending is a name, and a place phrase naming a camp (data/actors/camp_words.tsv)
is dropped from the description. Words of descent (data/actors/heritage_words.tsv: "the daughter of Indian
immigrants", "of Cuban descent") name the family's country, not the person's, and are dropped too, as are the
destinations of trip verbs (data/actors/motion_verbs.tsv: "who flew to Germany", "who visited Iran"), and the
topic or theatre of a war, a crisis or a policy, or of service ("a veteran of the war in Iraq", "who fought in
Iraq": data/actors/topic_place_words.tsv), and the brief of a role ("an adviser on Syria", "the special
representative for Syria", "a negotiator with Iran": data/actors/topic_place_words.tsv, role "brief"). A
migrant's "from" phrase (data/actors/migration_nouns.tsv) is dropped when the same description names the body the
person works for or leads ("an immigrant from Peru who directs a tenants' alliance"): the body is the affiliation.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from accord.knowledge.actors import entity_words, lexicon
from accord.knowledge.loader import Row, read_rows
from accord.stages.grammar import GEO_LABELS, span_text

RELATION_NOUNS_FILE = "actors/relation_nouns.tsv"
ALIGNMENT_WORDS_FILE = "actors/alignment_words.tsv"
# Prepositions whose object is the party an alignment word ties the described one to ("aligned with", "allied to").
ALIGNMENT_PREPOSITIONS = frozenset({"with", "to"})
CAMP_WORDS_FILE = "actors/camp_words.tsv"
HERITAGE_WORDS_FILE = "actors/heritage_words.tsv"
MOTION_VERBS_FILE = "actors/motion_verbs.tsv"
TOPIC_PLACE_WORDS_FILE = "actors/topic_place_words.tsv"
MIGRATION_NOUNS_FILE = "actors/migration_nouns.tsv"
# The preposition of a migrant's origin ("an immigrant from Honduras").
# Entity labels of a proper name that is no body one works for (a place, a nationality, a person).
BODY_EXCLUDED_LABELS = GEO_LABELS | frozenset({"NORP", "PERSON"})
ORIGIN_PREPOSITION = "from"
# The roles of topic_place_words.tsv whose place is a topic or theatre ("brief" rows are read by brief_words).
TOPIC_ROLES = frozenset({"noun", "verb"})
# Prepositions opening the topic of a war, crisis or policy noun ("the war in Iraq", "policy on Syria").
TOPIC_PREPOSITIONS = frozenset({"in", "on", "over", "against"})
# Prepositions opening the theatre of a service verb ("fought in Iraq", "stationed in Germany").
THEATRE_PREPOSITIONS = frozenset({"in"})
# Labels of a named place (a theatre is a country, city or region, not an organisation: "served in Iraq's parliament").
THEATRE_LABELS = GEO_LABELS | frozenset({"NORP"})
# Prepositions opening a trip's destination ("flew to Germany", "went into Syria").
DESTINATION_PREPOSITIONS = frozenset({"to", "into"})
# Possessive endings ("German's", "German’s").
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
# Prepositions whose object places the person ("living in a camp", "at the camp", "from the camp").
PLACE_PREPOSITIONS = frozenset({"in", "near", "inside", "from"})


@functools.lru_cache(maxsize=1)
def relation_nouns() -> frozenset[str]:
    """Head nouns relating a person to another person (data/actors/relation_nouns.tsv)."""
    return frozenset(row["word"] for row in read_rows(RELATION_NOUNS_FILE, ("word",)))


@functools.lru_cache(maxsize=1)
def alignment_words() -> frozenset[str]:
    """Words tying the described one to another party by a with/to phrase (data/actors/alignment_words.tsv)."""
    return frozenset(row["word"] for row in read_rows(ALIGNMENT_WORDS_FILE, ("word",)))


@functools.lru_cache(maxsize=1)
def camp_words() -> dict[str, str]:
    """Words that make a place phrase a camp -> "head" or "modifier" (data/actors/camp_words.tsv)."""
    return {row["word"]: row["role"] for row in read_rows(CAMP_WORDS_FILE, ("word", "role"))}


@functools.lru_cache(maxsize=1)
def heritage_words() -> dict[str, str]:
    """Words of descent -> "kin", "ancestor" or "origin" (data/actors/heritage_words.tsv)."""
    return {row["word"]: row["role"] for row in read_rows(HERITAGE_WORDS_FILE, ("word", "role"))}


@functools.lru_cache(maxsize=1)
def topic_place_words() -> dict[str, str]:
    """Lemmas of nouns and verbs whose place is a topic or theatre -> "noun" or "verb" (data/actors/topic_place_words.tsv)."""
    return {row["lemma"]: row["role"] for row in _topic_place_rows() if row["role"] in TOPIC_ROLES}


@functools.lru_cache(maxsize=1)
def brief_words() -> dict[str, frozenset[str]]:
    """Lemmas of role words -> the prepositions whose place names the role's brief (topic_place_words.tsv, "brief")."""
    return {row["lemma"]: frozenset(row["prepositions"].split(",")) for row in _topic_place_rows() if row["role"] == "brief"}


@functools.lru_cache(maxsize=1)
def _topic_place_rows() -> tuple[Row, ...]:
    """The rows of data/actors/topic_place_words.tsv: topic nouns, theatre verbs and brief words, one concern."""
    return tuple(read_rows(TOPIC_PLACE_WORDS_FILE, ("lemma", "role", "prepositions")))


@functools.lru_cache(maxsize=1)
def motion_verbs() -> dict[str, str]:
    """Trip verbs -> how they name the destination, "to" or "direct" (data/actors/motion_verbs.tsv)."""
    return {row["lemma"]: row["object"] for row in read_rows(MOTION_VERBS_FILE, ("lemma", "object"))}


def coding_text(span: Span) -> str | None:
    """The words of a title or description that may code its person, or None when none may."""
    if _possessive_nationality(span):
        return None
    if _heritage_role(span.root) == "origin":
        return None  # "Jones, of Cuban descent": the phrase is all descent
    dropped = {t.i for phrase in (*_tied_people(span), *_aligned_parties(span), *_camp_places(span),
                                  *_heritage_phrases(span), *_destinations(span), *_topic_places(span),
                                  *_brief_places(span))
               for t in phrase.subtree}
    dropped |= left_countries(span)
    if not dropped:
        return span_text(span)
    return "".join(t.text_with_ws for t in span if t.i not in dropped).strip()


@functools.lru_cache(maxsize=1)
def migration_nouns() -> frozenset[str]:
    """Lemmas of nouns of a person who moved to another country (data/actors/migration_nouns.tsv)."""
    return frozenset(row["word"] for row in read_rows(MIGRATION_NOUNS_FILE, ("word",)))


def left_countries(span: Span) -> set[int]:
    """The words of a migrant's "from" phrase when the description also says what body the person works for or
    leads ("an immigrant from Honduras who directs a Houston legal centre": the centre is the affiliation, the
    country left is not). The parser hangs the "who" clause on the migrant noun or on the country; the clause
    itself stays to be coded."""
    dropped: set[int] = set()
    for token in span:
        if token.lemma_.lower() not in migration_nouns() and token.lower_ not in migration_nouns():
            continue
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != ORIGIN_PREPOSITION:
                continue
            places = [obj for obj in prep.children if obj.dep_ == "pobj"]
            clauses = [c for head in (token, *places) for c in head.children
                       if c.dep_ == "relcl" and c.lemma_.lower() in entity_words().affiliation_verbs and _names_body(c)]
            if not clauses:
                continue
            kept = {t.i for clause in clauses for t in clause.subtree}
            dropped |= {t.i for t in prep.subtree if t.i not in kept}
    return dropped


def _names_body(clause: Token) -> bool:
    """Whether a "who directs ..." clause names the body the person works for: an organisation or a proper name that
    is no place, nationality or person ("who works in construction", "who works in Houston" name none)."""
    return any(t.dep_ in ("dobj", "pobj")
               and (t.ent_type_ == "ORG" or t.pos_ == "PROPN" and t.ent_type_ not in BODY_EXCLUDED_LABELS)
               for t in clause.subtree)


def _tied_people(span: Span) -> list[Token]:
    """The words naming the other person of a friendship tie heading the span ("of Israel's prime minister" in
    "a close friend of Israel's prime minister"); the rest ("who later served as her White House press secretary")
    still codes."""
    heads = [span.root, *(c for c in span.root.children if c.dep_ == "conj")]  # "a supporter ... and close friend of X"
    return [c for head in heads if is_friendship(head) for c in head.children
            if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss"]


def _aligned_parties(span: Span) -> list[Token]:
    """The with/to phrases naming the party an alignment word ties the described one to ("with Israel's prime
    minister" in "a magnate long aligned with Israel's prime minister")."""
    return [c for token in span if token.lower_ in alignment_words() or token.lemma_.lower() in alignment_words()
            for c in token.children if c.dep_ == "prep" and c.lower_ in ALIGNMENT_PREPOSITIONS]


def _heritage_role(token: Token) -> str | None:
    """The descent role of a noun by its lemma or its lower-case form (data/actors/heritage_words.tsv)."""
    words = heritage_words()
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


def _heritage_phrases(span: Span) -> list[Token]:
    """The "of" phrases in the span that tell descent: a kin noun's forebears ("of Indian immigrants" in "the
    daughter of Indian immigrants", not "of former Governor Ann Whitby") and an origin noun ("of Cuban descent")."""
    found: list[Token] = []
    for token in span:
        if token.dep_ != "prep" or token.lower_ != "of":
            continue
        objects = [o for o in token.children if o.dep_ == "pobj"]
        head_role = _heritage_role(token.head)
        if any(_heritage_role(o) == "origin" or (head_role == "kin" and _heritage_role(o) == "ancestor")
               for o in objects):
            found.append(token)
    return found


def _destinations(span: Span) -> list[Token]:
    """The destinations of trip verbs in the span ("to Germany" in "an Ohio Democrat who had flown to Germany",
    "Iran" in "who visited Iran"): where the person went, not whom they belong to."""
    found: list[Token] = []
    for token in span:
        if token.pos_ != "VERB" or (how := motion_verbs().get(token.lemma_.lower())) is None:
            continue
        for child in token.children:
            if (how == "to" and child.dep_ == "prep" and child.lower_ in DESTINATION_PREPOSITIONS) or (
                    how == "direct" and child.dep_ == "dobj"):
                found.append(child)
    return found


def _topic_places(span: Span) -> list[Token]:
    """The place phrases of war, crisis and policy nouns ("in Iraq" of "the war in Iraq", "Iraq" of "the Iraq war",
    which the tagger often labels an event)
    and the theatres of service verbs ("in Iraq" of "who fought in Iraq") in the span: a topic, not a home."""
    found: list[Token] = []
    for token in span:
        role = topic_place_words().get(token.lemma_.lower())
        if role == "noun" and token.pos_ == "NOUN":
            found += [c for c in token.children if (c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS
                                                    and _names_a_place(c))
                      or (c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in THEATRE_LABELS or c.pos_ == "PROPN"))]
        elif role == "verb" and token.pos_ == "VERB":
            found += [c for c in token.children if c.dep_ == "prep" and is_theatre(c)]
    return found


def _brief_places(span: Span) -> list[Token]:
    """The place phrases naming a role's brief in the span ("on Syria" of "a former adviser on Syria", "for Syria"
    of "the special representative for Syria"): what the work is about or whom it faces, not the holder's country."""
    found: list[Token] = []
    for token in span:
        preps = brief_words().get(token.lemma_.lower())
        if preps:
            found += [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps and _names_a_place(c)]
    return found


def is_theatre(prep: Token) -> bool:
    """Whether a preposition on a verb of service or fighting names where it was done ("in Iraq" of "who served
    two tours in Iraq"), a theatre and not the person's country."""
    return prep.lower_ in THEATRE_PREPOSITIONS and topic_place_words().get(prep.head.lemma_.lower()) == "verb" \
        and _names_a_place(prep)


def _names_a_place(prep: Token) -> bool:
    """Whether a preposition's object is a named place ("in Iraq", "in northern Syria"), not a body or a post."""
    return any(o.dep_ == "pobj" and o.ent_type_ in THEATRE_LABELS for o in prep.children)


def is_friendship(head: Token) -> bool:
    """Whether a noun is a friendship tie to another person ("friend", "confidant": data/actors/relation_nouns.tsv)."""
    return head.lower_ in relation_nouns() or head.lemma_.lower() in relation_nouns()


def _possessive_nationality(span: Span) -> bool:
    """Whether a nationality word carries a possessive ending ("German's brother"): a nationality is an
    adjective and takes none, so the word is a name."""
    lex = lexicon()
    for token in span[:-1]:
        after = span.doc[token.i + 1]
        if after.text in POSSESSIVE_ENDINGS and token.text[:1].isupper():
            entry = lex.entry(token.text)
            if entry is not None and entry.role == "demonym":
                return True
    return False


def _camp_places(span: Span) -> list[Token]:
    """Prepositions in the span whose place object names a camp ("in a camp in Kenya", "in Hagadera, part of
    the Dadaab refugee complex")."""
    found: list[Token] = []
    for token in span:
        if token.dep_ != "prep" or token.lower_ not in PLACE_PREPOSITIONS:
            continue
        if any(p.left_edge.i <= token.i <= p.right_edge.i for p in found):
            continue  # inside a camp phrase already dropped
        if any(_names_a_camp(t) for t in token.subtree if t.i != token.i):
            found.append(token)
    return found


def _names_a_camp(token: Token) -> bool:
    """A camp word: the camp itself, or a lower-case modifier of a noun ("refugee complex")."""
    role = camp_words().get(token.lower_)
    if role == "head":
        return True
    return role == "modifier" and token.text.islower() and token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN"
