"""Organisation references (the agency, her group) chained to the earlier organisation they name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.stages.entities.body_owners import MILITARY_SECTORS, company_nouns, glued_parts, named_body_words
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
# Sectors of the named bodies "the company" may stand for: a business; an uncoded name (no sector) is one the
# lexicon does not know, most often a company's in business news ("Norvel Shipping Services").
BUSINESS_SECTORS = frozenset({"BUS"})
# Kinds of the drafts "the company" looks back over: the nearest must be the business ("Officials said" between
# the company's name and the noun leaves the noun unresolved).
BODY_KINDS = frozenset({"organisation", "group"})
# Codes of multinational companies (the lexicon's MNC), which "the company" stands for whatever their sector.
BUSINESS_CODES = frozenset({"MNC"})
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
        if best is not None and (best[1].kind != "organisation" or not _business(best[1])):
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


def _business(draft: EntityDraft) -> bool:
    """Whether "the company" may stand for ``draft``: a business (BUS, MNC) or a named body the lexicon leaves
    uncoded, never an outlet, a state body or a coded group of another kind."""
    if draft.sector in QUOTING_SECTORS:
        return False
    return draft.sector in BUSINESS_SECTORS or draft.code in BUSINESS_CODES or (draft.code is None and draft.sector is None)


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
