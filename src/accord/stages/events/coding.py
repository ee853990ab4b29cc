"""Actor coding of a participant token: PLOVER country/organisation code and sector.

Asks, in order, the entities stage (``resolve_mention``: the article's resolved mentions, coreference
included) and the actor lexicon (``accord.knowledge.actors.lookup_actor``) for the phrase, its head and its
modifiers.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from accord.knowledge.actors import compound_actor_codes, lookup_actor, people_word_of_another_name, sponsor_participles
from accord.knowledge.regions import region_countries
from accord.records import ActorRef
from accord.stages.base import ArticleState
from accord.stages.entities import resolve_mention
from accord.stages.grammar import entity_span
from accord.stages.statements.speaker_words import speaker_words

# Dependencies that belong to a participant's name phrase ("Russian President Vladimir Putin").
NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "det", "nummod", "quantmod"})
# Determiners dropped from the phrase text sent to the lexicon.
LEADING_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "both", "all"})
CODE_LENGTH = 3
# Hyphens that join a word to the next one ("Iran-backed"): spaCy splits them off as tokens of their own.
HYPHENS = frozenset({"-", "‐", "‑"})
HYPHEN_CHARS = "".join(sorted(HYPHENS))
# Entity labels of an apposition that names the party a title or common noun stands for ("the secretary, John Kerry").
APPOSITIVE_NAME_LABELS = frozenset({"PERSON", "ORG"})
# Tags of a title noun: the tagger reads a capitalised or lower-case title ("the Secretary of the Treasury") either way.
TITLE_POS = frozenset({"NOUN", "PROPN"})
# Entity labels of a place or nationality name whose words a modifier may be ("New Jersey", "Latin American").
LONGER_NAME_LABELS = frozenset({"GPE", "NORP", "LOC"})


@dataclass(frozen=True)
class Coded:
    """A code for a phrase: country/organisation code, sector, canonical name, entity id."""

    code: str | None
    sector: str | None
    name: str | None
    entity: str | None
    kind: str | None = None


def _coded(code: str | None, sector: str | None, name: str | None, entity: str | None, kind: str | None) -> Coded | None:
    """A Coded when there is a well-formed three-letter code or a sector; empty fields become None."""
    if not (code and len(code) == CODE_LENGTH and code.isalpha() and code.isupper()):
        code = None
    coded = Coded(code, sector or None, name or None, entity or None, kind or None)
    return coded if coded.code or coded.sector else None


def resolve_span(state: ArticleState, start: int, end: int) -> Coded | None:
    """The entities stage's resolution of a character range, when it knows one with a code."""
    found = resolve_mention(state, start, end)
    if found is None:
        return None
    return _coded(found.code, found.sector, found.name, found.entity, found.kind)


@functools.lru_cache(maxsize=4096)
def lookup_phrase(phrase: str) -> Coded | None:
    """The actor lexicon's code for a phrase ("Russian President Vladimir Putin", "Kyiv")."""
    found = lookup_actor(phrase)
    if found is None:
        return None
    return _coded(found.code, found.sector, found.name, None, found.kind)


def phrase_tokens(token: Token) -> list[Token]:
    """The token's name phrase: its left modifiers (recursively, with coordinated ones: "Chinese and
    Russian warships") and itself, as a contiguous run, without leading determiners."""
    collected = {token.i}
    stack = [c for c in token.lefts if c.dep_ in NAME_DEPS]
    while stack:
        child = stack.pop()
        collected.add(child.i)
        stack.extend(c for c in child.children if c.i < token.i and (c.dep_ in NAME_DEPS or c.dep_ in ("conj", "cc")))
    doc = token.doc
    start, moved = token.i, True
    while moved:  # a hyphened word's first part may hang on its participle, with a modifier before it
        begin = start
        while start - 1 in collected:
            start -= 1
        start = word_start(doc, start)
        moved = start != begin
    run = list(doc[start:token.i + 1])
    while len(run) > 1 and run[0].lower_ in LEADING_DETERMINERS:
        run.pop(0)
    return run


def word_start(doc: Doc, start: int) -> int:
    """The first token of the hyphenated word that token ``start`` is in ("Iran" of "Iran-backed"): a phrase
    never begins inside a word, whatever the parse hung the word's first part on."""
    while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text in HYPHENS or doc[start].text in HYPHENS):
        start -= 1
    if _hyphened_at(doc, start):  # "Saudi Arabia-backed": the word's first part closes a longer name
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    return start


def _hyphened_at(doc: Doc, start: int) -> bool:
    """Whether the word at token ``start`` is hyphened ("U.S.-led" as one token, or "Arabia" "-" "backed")."""
    token = doc[start]
    return last_hyphen(token.text.strip(HYPHEN_CHARS)) > 0 or (
        not token.whitespace_ and start + 1 < len(doc) and doc[start + 1].text in HYPHENS)


def last_hyphen(word: str) -> int:
    """The offset of the last hyphen of any kind in ``word`` ("U.S.-backed"), -1 when it has none."""
    return max(word.rfind(hyphen) for hyphen in HYPHENS)


def _is_country(word: str) -> bool:
    """Whether the lexicon reads a word as a country (name or demonym)."""
    found = lookup_phrase(word)
    return found is not None and found.kind == "country" and bool(found.code)


def _better(current: Coded | None, candidate: Coded | None) -> Coded | None:
    """The candidate when it has a code and the current one has none; else the current one."""
    if candidate is None:
        return current
    if current is None or (candidate.code and not current.code):
        return candidate
    return current


def hyphened_party(modifier: Token) -> tuple[str, int, str] | None:
    """The party word hyphened to a participle modifier, its offset and the participle ("Saudi", "led" of
    "Saudi-led", whether spaCy kept the word whole or split off the hyphen); None for any other modifier."""
    doc = modifier.doc
    cut = last_hyphen(modifier.text.rstrip(HYPHEN_CHARS))
    if cut > 0:  # one token: "U.S.-led"
        return modifier.text[:cut], modifier.idx, modifier.text[cut + 1:].lower()
    i = modifier.i
    if i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        start = word_start(doc, i - 2)
        return doc.text[doc[start].idx:doc[i - 2].idx + len(doc[i - 2])], doc[start].idx, modifier.lower_
    return None


# Nouns whose "for" phrase names whom they speak for ("a spokesman for the government").
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "mouthpiece"})
# Adjectives whose "to" phrase names whom a force serves ("troops loyal to the junta").
LOYALTY_ADJECTIVES = frozenset({"loyal", "allied", "aligned"})


def _affiliation(token: Token, state: ArticleState, text: str) -> ActorRef | None:
    """The coded party a participant speaks or fights for, or the seat it is "in" ("the junta in Niamey")."""
    sponsor = None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for" and token.lemma_.lower() in SPOKES_NOUNS:
            sponsor = next((p for p in child.children if p.dep_ == "pobj"), None)
        elif child.dep_ in ("amod", "acomp") and child.lower_ in LOYALTY_ADJECTIVES:
            sponsor = next((p for prep in child.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                            for p in prep.children if p.dep_ == "pobj"), None)
        if sponsor is not None:
            break
    if sponsor is None:
        return None
    ref = code_token(state, sponsor, text)
    if ref is not None and ref.code:
        return ref
    seat = next((p for prep in sponsor.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
    ref = code_token(state, seat, text) if seat is not None else None
    return ref if ref is not None and ref.code else None


def sponsor_tokens(token: Token) -> frozenset[int]:
    """The indices of a participant's sponsor words ("Ruritania-backed"): they code neither the doer nor its country."""
    return _word_indices(sponsor_words(token))


def _word_indices(words: list[tuple[int, int, str]]) -> frozenset[int]:
    """The token indices the (first, last, name) sponsor words of ``sponsor_words`` cover."""
    return frozenset(i for first, last, _ in words for i in range(first, last + 1))


def sponsor_words(token: Token, run: list[Token] | None = None) -> list[tuple[int, int, str]]:
    """The first and last token and the party name of each word in a participant's name phrase that names only a
    sponsor of it: a hyphened word ending in a sponsoring participle ("Ruritania-backed", "U.S.-funded",
    "Islamic State-linked", the name's earlier words included) or opening with a sponsoring prefix ("pro-Ruritanian")."""
    table = sponsor_participles()
    doc = token.doc
    found: list[tuple[int, int, str]] = []
    run = (phrase_tokens(token) if run is None else run)[:-1]  # ``run``: the phrase, when the caller has it
    i = 0
    while i < len(run):
        first = run[i].i
        last = first
        while last < token.i - 1 and not doc[last].whitespace_ and (doc[last].text in HYPHENS or doc[last + 1].text in HYPHENS):
            last += 1
        parts = [t for t in doc[first:last + 1] if t.text not in HYPHENS]
        word = doc[first:last + 1].text
        cut = last_hyphen(word)
        if word[cut + 1:].lower() in table["sponsoring"] and (last > first or cut > 0):
            start = _name_start(run, i, word[:cut])
            found.append((start, last, doc.text[doc[start].idx:doc[first].idx] + word[:cut]))
        elif last > first and parts[0].lower_ in table["sponsoring_prefixes"]:
            found.append((first, last, word[len(parts[0].text) + 1:]))
        i += last - first + 1
    return found


def backer_codes(token: Token) -> frozenset[str]:
    """The codes of the states that only back a participant ("Ruritania" of "Ruritania-backed rebels"), not of a
    movement it is linked to ("Taliban-linked militants" are still of the Taliban's country)."""
    return _state_codes(sponsor_words(token))


def _state_codes(words: list[tuple[int, int, str]]) -> frozenset[str]:
    """The codes of the sponsor words (``sponsor_words``) the lexicon reads as states."""
    coded = (lookup_phrase(name) for _, _, name in words)
    return frozenset(c.code for c in coded if c is not None and c.code and c.kind == "country")


def _name_start(run: list[Token], i: int, party: str) -> int:
    """The first token of a sponsor's name whose hyphened part is ``run[i]``: the start of the entity that part
    closes ("Saudi" of "Saudi Arabia-backed"), or the word before a part that names no one alone but does with it
    ("Islamic" of "Islamic State-linked")."""
    start = i
    while start > 0 and run[start].ent_iob_ == "I" and run[start - 1].i == run[start].i - 1:
        start -= 1
    if start == i and i > 0 and lookup_phrase(party) is None:
        before = run[i - 1]
        named = lookup_phrase(f"{before.text}{before.whitespace_}{party}")
        if before.i == run[i].i - 1 and named is not None and named.code:
            start = i - 1
    return run[start].i


def _leading_party(token: Token) -> tuple[str, int] | None:
    """The words naming who leads, runs or installed a participant, and their offset ("Saudi" in "the Saudi-led
    coalition", "Moscow" in "Moscow-appointed officials"); None when no such party is hyphened to it."""
    for child in token.lefts:
        if child.dep_ in ("amod", "compound"):
            found = hyphened_party(child)
            if found is not None and found[2] in sponsor_participles()["acting"]:
                return found[0], found[1]
    return None


def code_token(state: ArticleState, token: Token, text: str | None = None) -> ActorRef | None:
    """An ActorRef for the participant headed by ``token`` if any source can code it (``text``: the Doc's text)."""
    text = state.text if text is None else text
    run = phrase_tokens(token)
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    sponsor_parts = sponsor_words(token, run)  # read once: the phrase's sponsors and their codes
    sponsors = _word_indices(sponsor_parts)
    # the phrase asked about leaves out a leading sponsor ("Ruritania-backed rebels" are looked up as "rebels")
    own = next((t.idx for t in run if t.i not in sponsors), start)
    phrase = text[own:end]
    coded = resolve_span(state, token.idx, token.idx + len(token)) or resolve_span(state, own, end)
    if coded is not None and coded.code and coded.code in _state_codes(sponsor_parts):
        coded = replace(coded, code=None)  # "Saudi Arabia-backed fighters": a name its backer's word coded
    person_word = (coded is None or coded.code is None) and _person_name_word(state, token)
    if coded is None or coded.code is None:
        whole = lookup_phrase(phrase)
        # "Central Americans", "the Young Turks": the lexicon refused the phrase, so not its last word alone either
        word = None if whole is None and people_word_of_another_name(phrase, token.text) else lookup_phrase(token.text)
        if person_word:  # a person's name is no nationality, whatever its words spell
            whole, word = (None if c is not None and c.kind == "country" else c for c in (whole, word))
        coded = _better(coded, whole) or _better(coded, word)
    elif len(run) > 1 and coded.kind != "person":
        whole = lookup_phrase(phrase)  # "Peru's Congress": the country named in the phrase owns the institution
        if whole is not None and whole.code and whole.code != coded.code and whole.kind == "organisation" \
                and any(m.dep_ in ("poss", "amod", "compound") and _is_country(m.text) for m in run[:-1]):
            coded = whole
    if (coded is None or coded.code is None) and token.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "PERSON") and token.ent_iob_ \
            and not person_word:
        entity_text = entity_span(token).text
        if entity_text:
            coded = _better(coded, lookup_phrase(entity_text))
    if coded is None or coded.code is None:
        sponsor = _affiliation(token, state, text)
        if sponsor is not None:  # "a spokesman for the Ethiopian government", "troops loyal to the junta in Niamey"
            coded = Coded(sponsor.code, (coded.sector if coded is not None else None) or sponsor.sector, sponsor.name, sponsor.entity)
    if coded is None or coded.code is None:
        leader = _leading_party(token)
        if leader is not None:  # "the Saudi-led coalition", "Moscow-installed officials": the leading party acts
            found = lookup_phrase(leader[0])
            if found is not None and found.code:
                coded = Coded(found.code, found.sector, found.name, found.entity)
                start = min(start, leader[1])
    if coded is None or coded.code is None:
        # a modifier naming the country ("Russian forces", "U.S. officials"), not a sponsor ("pro-Russian militias")
        for modifier in run[:-1]:
            if modifier.i not in sponsors and modifier.dep_ in ("amod", "compound", "nmod", "poss") and modifier.pos_ in ("PROPN", "ADJ", "NOUN"):
                found = _modifier_code(modifier)
                if found is not None and found.code:
                    head_sector = lookup_phrase(token.text)
                    coded = Coded(found.code, (head_sector.sector if head_sector else None) or found.sector, found.name, found.entity)
                    named = entity_span(modifier)  # "New Jersey governor", whole; the word alone when in no entity
                    start = named.start_char if named.start_char >= run[0].idx else modifier.idx
                    end = run[-1].idx + len(run[-1])
                    break
    if coded is None or coded.code is None or coded.entity is None:
        named = _appositive_name(state, token, text)
        if named is not None:  # "the Treasury secretary, Jack Lew,": the person named, not the title's guess
            return named if named.sector or coded is None else named.model_copy(update={"sector": coded.sector})
    if coded is None:
        return None
    return ActorRef(text=text[start:end], start=start, end=end, name=coded.name, code=coded.code, sector=coded.sector, entity=coded.entity)


def _modifier_code(modifier: Token) -> Coded | None:
    """The lexicon's reading of a name modifier, read as the whole place or nationality name it is a word of:
    "New Jersey" is a US state, not Jersey; "Latin American" and "North Korean" are not American or Korean.
    A longer name the lexicon and the region table cannot code gives no code."""
    found = lookup_phrase(modifier.text)
    if found is None or not found.code or modifier.ent_type_ not in LONGER_NAME_LABELS:
        return found
    name = entity_span(modifier)
    if len(name) < 2 or name.text == modifier.text:
        return found
    whole = lookup_phrase(name.text)
    if whole is not None and whole.code:
        return whole
    region = region_countries().get(name.text)  # "New Jersey", "New Mexico": a state names its country
    return Coded(region, None, name.text, None, "country") if region else None


def _person_name_word(state: ArticleState, token: Token) -> bool:
    """Whether a word is part of a person's name of several words ("Cuban" of "Mark Cuban", also alone later):
    a surname that is also a nationality ("Cuban", "English", "French") names no country."""
    if token.pos_ != "PROPN":
        return False
    if token.ent_type_ == "PERSON" and len(entity_span(token)) > 1:
        return True
    found = resolve_mention(state, token.idx, token.idx + len(token))
    return found is not None and found.kind == "person" and " " in (found.name or "")


def _appositive_name(state: ArticleState, token: Token, text: str) -> ActorRef | None:
    """The coded person or organisation a common-noun participant's apposition names ("the secretary of state,
    John Kerry,", "his rival Hillary Clinton"): the title is that named party, whose own code is better
    than one guessed from the title's modifiers or the act's place; or the name set off after a title that the
    parser left detached (``_detached_name``). None when no such name is coded."""
    if token.pos_ not in TITLE_POS:
        return None
    for child in (token.children if token.pos_ == "NOUN" else ()):
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in APPOSITIVE_NAME_LABELS:
            ref = code_token(state, child, text)
            if ref is not None and ref.code and ref.entity is not None:
                return ref
    named = _detached_name(token)
    if named is not None:
        ref = code_token(state, named, text)
        if ref is not None and ref.code and ref.entity is not None:
            return ref
    return None


def _detached_name(token: Token) -> Token | None:
    """The head of the person's name set off by commas after a title's phrase: its apposition even when the tagger
    read the title as a name ("the Secretary of Agriculture, Ann Berg,"), or where the parser attached it elsewhere,
    to the title's "of" object ("the minister of Finance, Ann Berg,": no person is a ministry) or to the main
    verb ("protests by the secretary of Commerce, Ann Berg, that ..."). Only a title (data/cues/speakers.json),
    never another noun: "the rally in Ohio, Ann Berg said" names a speaker."""
    if token.lemma_.lower() not in speaker_words()["titles"]:
        return None
    for held in (token, *(o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")):
        name = next((c for c in held.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if name is not None:
            return name
    doc = token.doc
    last = max(t.i for t in token.subtree)
    if last + 2 >= len(doc) or doc[last + 1].text != "," or doc[last + 2].ent_type_ != "PERSON" or doc[last + 2].ent_iob_ != "B":
        return None
    name = entity_span(doc[last + 2])
    if name.end >= len(doc) or doc[name.end].text != ",":  # the name closed by a comma, as an apposition is
        return None
    return name.root


def code_modifier(state: ArticleState, token: Token, text: str | None = None) -> ActorRef | None:
    """An ActorRef for a single modifier word ("Russian" in "Russian strikes") if the lexicon codes it."""
    text = state.text if text is None else text
    coded = lookup_phrase(token.text)  # a single word: the lexicon first (an overlapping mention may be wider)
    if coded is None or not coded.code:
        coded = resolve_span(state, token.idx, token.idx + len(token))
    start, end = token.idx, token.idx + len(token)
    lead = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.pos_ == "PROPN"]
    if (coded is None or not coded.code) and token.pos_ == "PROPN" and lead:
        # a name of several words ("Peruvian and United States envoys": "States" with its "United")
        start = lead[0].idx
        coded = lookup_phrase(text[start:end]) or resolve_span(state, start, end)
    if coded is None or not coded.code:
        return None
    return ActorRef(text=text[start:end], start=start, end=end, name=coded.name, code=coded.code, sector=coded.sector, entity=coded.entity)


def compound_refs(token: Token, text: str) -> list[ActorRef]:
    """One ActorRef per country a plural name stands for ("the two Koreas", "both Sudans"), spanning
    the phrase with its determiner and number; else none."""
    codes = compound_actor_codes(token.text)
    if not codes:
        return []
    lead = [c for c in token.children if c.i < token.i and c.dep_ in ("det", "nummod", "predet", "amod")]
    start = min([token.idx] + [c.idx for c in lead])
    end = token.idx + len(token)
    return [ActorRef(text=text[start:end], start=start, end=end, name=token.text, code=code) for code in codes]


def other_parties(recipients: list[ActorRef], actors: list[ActorRef], named: frozenset[str]) -> list[ActorRef]:
    """The recipients that are not the actors again: one sharing an actor's code stays only when it is another
    named person or organisation (``named``: their entity ids), not one of the actors nor inside an actor's words
    ("Clinton accused Sanders": two American parties; PLOVER codes a domestic act USA to USA). An unnamed doer
    coded by the act's place (no words) is never its target again: "an attack on a hotel in Mali" keeps the hotel."""
    codes = {a.code for a in actors if a.text}
    entities = {a.entity for a in actors}
    kept = []
    for ref in recipients:
        if ref.code in codes and (ref.entity not in named or ref.entity in entities or _in_actor_words(ref, actors)):
            continue
        kept.append(ref)
    return kept


def _in_actor_words(ref: ActorRef, actors: list[ActorRef]) -> bool:
    """Whether a reference overlaps the words of one of the actors: the same mention, not another party."""
    return any(a.start < ref.end and ref.start < a.end for a in actors)


def apart_from_actors(recipients: list[ActorRef], actors: list[ActorRef]) -> list[ActorRef]:
    """The recipients that are not the actors' own words. Run after the back-off codes a doer: a pronoun object
    resolved to the clause's speaker ("He accused it of lying": "it" taken as the speaker "He") is then the
    very mention the doer is, which ``other_parties`` could not see while the doer was uncoded."""
    return [r for r in recipients if not _in_actor_words(r, actors)]


def meeting_parties(refs: list[ActorRef], named: frozenset[str]) -> list[ActorRef]:
    """The parties of a reciprocal act ("Clinton met with Sanders"): one reference per code as ``dedupe_refs``
    gives, and each other named person or organisation (``named``: their entity ids) of a code already there, so
    two parties of one state stay two (PLOVER codes a domestic meeting USA with USA); not a mention of one
    entity twice."""
    kept = dedupe_refs(refs)
    entities = {r.entity for r in kept}
    for ref in refs:
        if ref.entity in named and ref.entity not in entities and all(ref is not k for k in kept):
            kept.append(ref)
            entities.add(ref.entity)
    return kept


def dedupe_refs(refs: list[ActorRef]) -> list[ActorRef]:
    """One reference per code, in first-seen order; a reference with a sector replaces one without."""
    by_code: dict[str | None, int] = {}
    kept: list[ActorRef] = []
    for ref in refs:
        if ref.code in by_code:
            index = by_code[ref.code]
            if kept[index].sector is None and ref.sector is not None:
                kept[index] = ref
            continue
        by_code[ref.code] = len(kept)
        kept.append(ref)
    return kept
