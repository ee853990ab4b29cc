"""Noun chunks that are actors: collectives, described persons and organisations, and title references."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import ActorCode, lookup_actor
from accord.knowledge.loader import read_rows
from accord.knowledge.speaker_heads import origin_only_heads, unplaced_heads
from accord.records import Speaker
from accord.stages.entities.builder import EntityBuilder
from accord.stages.entities.homonyms import state_office_code
from accord.stages.entities.institution_place import TOPIC_HEADS
from accord.stages.entities.lexicon_hits import PROPER_TAGS, DocLexicon
from accord.stages.entities.names import with_article
from accord.stages.entities.organisation_references import chain_organisation_reference
from accord.stages.entities.person_coding import possessor_person_code
from accord.stages.entities.residence import residence_country
from accord.stages.entities.title_references import chain_title_reference
from accord.stages.grammar import SUBJECT_DEPS, span_text
from accord.stages.token_filters import noun_chunk_bounds


# The prepositions that tell where an origin-only head comes from ("refugees from Syria", "the troops of Chad").
ORIGIN_PREPOSITIONS = frozenset({"of", "from"})
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
# Longest organisation name folded into an office's name ("State Department spokesperson").
MAX_OFFICE_WORDS = 5
# The label spaCy gives its noun chunks (kept on the chunks built from ``noun_chunk_bounds``).
NOUN_CHUNK_LABEL = "NP"
LABEL_VERBS_FILE = "actors/label_verbs.tsv"
# Dependencies of a label verb that modifies a noun ("a man described as ..."): the label is that noun's own.
LABELLED_NOUN_DEPS = frozenset({"acl", "relcl"})


@functools.lru_cache(maxsize=1)
def label_verbs() -> frozenset[str]:
    """Lemmas of verbs that put a label on someone ("described as", "branded"): data/actors/label_verbs.tsv."""
    return frozenset(row["lemma"] for row in read_rows(LABEL_VERBS_FILE, ("lemma",)))


def is_label(root: Token) -> bool:
    """Whether a noun phrase's head is a label put on someone: the object of "as" after a label verb ("described
    as a foreign admiral") or that verb's object predicate ("branded him a traitor")."""
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        verb = root.head.head
    elif root.dep_ == "oprd":
        verb = root.head
    else:
        return False
    # "a man described as a senior aide said": a participle on a noun describes that speaker, who keeps the label
    return verb.lemma_.lower() in label_verbs() and verb.dep_ not in LABELLED_NOUN_DEPS


def add_groups_and_titles(builder: EntityBuilder, doc: Doc, lex: DocLexicon) -> None:
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
        if builder.is_claimed(root.i, root.i + 1) or proper or root.pos_ == "PRON" or is_label(root):
            continue  # a label put on someone ("described as a foreign admiral") is no one of its own
        singular = root.tag_ in SINGULAR_NOUN_TAGS
        hit = lex.titles.get(root.i)
        if hit is None:
            continue
        entry, _, _ = hit
        if entry.kind == "person" and singular:
            if not chain_title_reference(builder, chunk, root, lex):
                _add_described(builder, chunk, "person", _is_actor_position(root), lex)
        elif entry.kind == "organisation" and singular:
            if not (_add_named_by_type(builder, chunk, root, lex) or _add_known_as(builder, chunk, root, lex)
                    or chain_organisation_reference(builder, chunk, root, lex)):
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
    actor = lookup_actor(span_text(span))
    if actor is None:
        return
    if not actor_position and actor.code is None and actor.sector in UNCODED_CROWD_SECTORS:
        return
    # "students from Lima said": an uncoded group acting, placed by its home (a group merely named, "war on the group
    # in Syria", is no actor and must not weigh on the story's country)
    code = actor.code or (home_country(chunk) if actor_position else None)
    group = ActorCode(code, actor.sector, span.text, "group")
    builder.add_actor(group, with_article(span), span, "group")


def unnamed_homes(doc: Doc, speakers: Sequence[Speaker]) -> list[str | None]:
    """Per speaker, for one no entity holds ("a shopkeeper in the Kenyan port of Mombasa": a noun no lexicon
    knows), the country its own of/in/from phrase places it in (``home_country``), else None."""
    homes: list[str | None] = []
    for speaker in speakers:
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand") if speaker.entity is None else None
        homes.append(home_country(span) if span is not None and len(span) and span.root.pos_ == "NOUN" else None)
    return homes


def home_country(chunk: Span) -> str | None:
    """The country an of/in/from phrase on an unnamed actor's head places it in (``residence_country``: never a posted
    head, "an ambassador in Kyiv"); not for a head that may study or merely visit the place ("experts in Russia",
    "analysts in Moscow": ``institution_place`` reads those by country only)."""
    head = chunk.root
    words = {head.lower_, head.lemma_.lower()}
    if words & (TOPIC_HEADS | unplaced_heads()):
        return None
    if words & origin_only_heads():
        return residence_country(chunk, ORIGIN_PREPOSITIONS)  # "migrants in Libya" are not Libya's; "from Syria" are
    return residence_country(chunk)


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
    # "Georgia's governor": the US state's office, not the country's
    code = state_office_code(coded.code, span.text) if coded else None
    if code is None and kind == "person":
        code = possessor_person_code(builder, chunk)  # "Cameron's spokesman": the earlier person's country
    if code is None and actor_position:
        # "the governor of Cusco said", "a farmer from Gulu said": an unnamed actor placed by where they serve or live,
        # as a named person is (``person_coding``), not by the story's country
        code = home_country(chunk)
    if not actor_position and code is None:
        return
    name = office[1] if office else span.text
    actor = ActorCode(code, coded.sector if coded else None, name, kind)
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
