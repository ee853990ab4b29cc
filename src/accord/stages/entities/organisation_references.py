"""Organisation references (the agency, her group) chained to the earlier organisation they name."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import title_entry
from accord.stages.entities.body_owners import (MILITARY_SECTORS, company_descriptions, company_name_words,
                                                company_nouns, company_stakes, glued_parts, named_body_words)
from accord.stages.entities.builder import EntityBuilder, EntityDraft
from accord.stages.entities.lexicon_hits import DocLexicon
from accord.stages.entities.title_references import DETERMINER_DEPS
from accord.stages.entities.variants import name_words
from accord.stages.grammar import document_entities


# Longest "the ... group" reference chained to an earlier organisation ("The poultry farmers group").
MAX_ORGANISATION_REFERENCE_TOKENS = 5
# Organisation heads that name no organisation by themselves: "the group" is the one last named.
GENERIC_ORGANISATION_HEADS = frozenset({"group", "organization", "organisation", "agency", "charity", "body"})
# Pronouns owning a generic head ("her group", "his organization"): the group the person works for, the one
# last named (issue 13: possessive institutions were left unresolved and unplaced).
OWNER_PRONOUNS = frozenset({"his", "her", "their"})
# Sectors of outlets a story quotes to ("told VOA"): never what "the group" refers to.
QUOTING_SECTORS = frozenset({"JRN"})
# Sectors of the named bodies "the company" may stand for: a business. A name the lexicon does not know counts only
# with evidence in its name or the text (``_company_evidence``): a brand or a magazine named last is no company.
BUSINESS_SECTORS = frozenset({"BUS"})
# Kinds of the drafts "the company" looks back over: the nearest must be the business ("Officials said" between
# the company's name and the noun leaves the noun unresolved).
BODY_KINDS = frozenset({"organisation", "group"})
# Codes of multinational companies (the lexicon's MNC), which "the company" stands for whatever their sector.
BUSINESS_CODES = frozenset({"MNC"})
# Links by which a describing noun hangs on a company's name ("carmaker X", "tech giant X", "X, a drug company").
DESCRIBING_DEPS = frozenset({"compound", "amod", "appos", "nmod"})
# Verbs whose object is the audience, not an actor ("told VOA").
ADDRESSED_BY = frozenset({"tell"})


def chain_organisation_reference(builder: EntityBuilder, chunk: Span, root: Token, lex: DocLexicon) -> bool:
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
    aliases = named_body_words(word)
    for wanted in passes:
        for draft in builder.drafts:
            words = set(draft.name.lower().split())
            # "the airline" also names "Nordic Airways" and "NordAir": the noun's name words
            # (data/actors/body_nouns.json), also as the capitalised parts of a glued name; never a military body
            # ("the Air Force")
            if draft.kind != "organisation" or not (wanted <= words or (
                    wanted == {word} and draft.sector not in MILITARY_SECTORS
                    and not aliases.isdisjoint(words | glued_parts(draft.name)))):
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
    if best is None and word in company_nouns():
        # "The company said": the business the article last named, known to the lexicon or not, when no other
        # body or group was named since ("Acme said ... Officials in Ohio said ... The company said" may be another)
        for draft in builder.drafts:
            if draft.kind not in BODY_KINDS or _only_addressed(chunk.doc, draft):
                continue
            ends = [m[1] for m in draft.mentions if m[1] <= chunk.start_char]
            if ends and (best is None or max(ends) > best[0]):
                best = (max(ends), draft)
        if best is not None and (best[1].kind != "organisation" or not _business(best[1], chunk.doc)):
            best = None
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


def _business(draft: EntityDraft, doc: Doc) -> bool:
    """Whether "the company" may stand for ``draft`` (``company_named``, over its mentions' heads)."""
    return company_named(draft.name, draft.code, draft.sector, [(m[2], m[3]) for m in draft.mentions], doc)


def company_named(name: str, code: str | None, sector: str | None, spans: Iterable[tuple[int, int]], doc: Doc) -> bool:
    """Whether "the company" may stand for a named body: a business (BUS, MNC), or a body the lexicon leaves
    uncoded that its name or the text makes a company (``_company_evidence``, over its mentions' ``spans``); never
    an outlet, a state body or a coded group of another kind."""
    if sector in QUOTING_SECTORS:
        return False
    if sector in BUSINESS_SECTORS or code in BUSINESS_CODES:
        return True
    return code is None and sector is None and _company_evidence(name, spans, doc)


def outlet_named(sector: str | None, spans: Iterable[tuple[int, int]], doc: Doc) -> bool:
    """Whether a named body is an outlet: the lexicon's media sector, or a mention the text describes by an outlet's
    noun of the titles lexicon ("Trail Monthly magazine", "the Courier, a daily"): "the company" is never it."""
    if sector in QUOTING_SECTORS:
        return True
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nouns = [c for c in root.children if c.dep_ in DESCRIBING_DEPS and c.pos_ == "NOUN"]
        nouns += [root.head] if root.dep_ in ("compound", "appos") and root.head.pos_ == "NOUN" else []
        if any((entry := title_entry(noun.lemma_.lower())) is not None and entry.kind == "organisation"
               and entry.sector in QUOTING_SECTORS for noun in nouns):
            return True
    return False


def _company_evidence(name: str, spans: Iterable[tuple[int, int]], doc: Doc) -> bool:
    """Whether a name or a mention of it says a company: a legal form or trade word in the name or a mention
    ("Widget Corp.", "Norvel Shipping Services"), a describing noun on a mention ("carmaker X", "X, a drug company",
    "the firm X"), or a stake only a company has ("X's stock", "shares of X"; data/actors/body_nouns.json)."""
    if set(name.lower().split()) & company_name_words():
        return True
    described, stakes = company_descriptions(), company_stakes()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if set(span.text.lower().split()) & company_name_words() \
                or any(c.dep_ in DESCRIBING_DEPS and c.lemma_.lower() in described for c in root.children) \
                or (root.dep_ == "appos" and root.head.lemma_.lower() in described):
            return True
        owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
        if root.dep_ in ("poss", "compound", "pobj") and owner.lemma_.lower() in stakes:
            return True
    return False


def _person_between(builder: EntityBuilder, chunk: Span, start: int) -> bool:
    """Whether a person is named between ``start`` and the chunk: a parser PERSON or a mention of a person found
    so far, whatever the tagger called it ("For Trump's part" tagged ORG). The walk runs only for the rare
    pronoun-owned group."""
    if any(ent.label_ == "PERSON" and start <= ent.start_char < chunk.start_char for ent in document_entities(chunk.doc)):
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
