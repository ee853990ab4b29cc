"""A named person added with the title and affiliation read around the name (title, apposition, possessor, place)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from accord.knowledge.actors import PARTY_SECTORS, ActorCode, first_name_genders, known_person, lookup_actor
from accord.knowledge.regions import region_countries, region_country
from accord.stages.entities.based import based_country
from accord.stages.entities.builder import EntityBuilder, EntityDraft
from accord.stages.entities.context import NON_STATE_CODES, STATE_SECTORS
from accord.stages.entities.descriptions import descriptions
from accord.stages.entities.envoys import envoy_to_body, envoy_to_host
from accord.stages.entities.homonyms import US, state_office_code, us_reading
from accord.stages.entities.institution_place import nationality_before
from accord.stages.entities.lexicon_hits import PROPER_TAGS, DocLexicon
from accord.stages.entities.non_affiliations import coding_text
from accord.stages.entities.organisation_references import GENERIC_ORGANISATION_HEADS, QUOTING_SECTORS
from accord.stages.entities.party_tags import party_tag_country, party_title_country, state_party_country
from accord.stages.entities.residence import posted_titles, residence_country
from accord.stages.entities.titles import appos_is_title, title_text
from accord.stages.entities.topics import described_country
from accord.stages.grammar import span_text


# Words that make a title a past office ("former NATO Secretary General", "ex-president").
FORMER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time", "late"})
# Words read before a title chain or name for a "‹Place›-based" or a state modifier ("Los Angeles - based").
MODIFIER_TOKENS = 8
# Tokens read after a name for a party-and-state label (", D-S.D.", " (R-N.Y.)": at most eight tokens).
PARTY_TAG_TOKENS = 8
# Tokens read after a name for the state an office names there ("Sen. Ann Moss of Georgia": "of Georgia").
STATE_AFTER_NAME_TOKENS = 2
# Longest possessor name read before "'s" ("District of Columbia" is written with lower-case "of": three words).
MAX_POSSESSOR_TOKENS = 3
# Dependencies of a name whose "in ‹Place›" phrase says where the person is: a clause's subject ("X in Almaty said");
# an object's place is where the act happened ("met X in Beirut").
SEATED_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def add_named_person(builder: EntityBuilder, doc: Doc, name: Span, chain: Span | None, appos: Span | None,
                gender: str | None, lex: DocLexicon) -> None:
    """Add a person with the title and coding read from the chain before the name and the apposition after it."""
    codes: list[ActorCode] = []
    title: str | None = None
    if chain is not None:
        coded = _span_code(chain)
        if coded:
            codes.append(coded)
        title = title_text(chain, lex)
    if appos is not None and appos_is_title(appos, lex) or (appos is not None and chain is None):
        # Coordinated descriptions ("a Uyghur living in Australia and vice chair of the World Uyghur
        # Congress") are coded conjunct by conjunct by ``_described_code``, not as one phrase.
        coordinated = any(child.dep_ == "conj" for child in appos.root.children)
        coded = None if coordinated else _span_code(appos)
        if coded:
            codes.append(coded)
        title = title or appos.text
    code = next((c.code for c in codes if c.code), None)
    sector = next((c.sector for c in codes if c.sector), None)
    if code in NON_STATE_CODES and _former(chain, appos):
        code = None  # a former NATO or UN official is no longer the institution's; a nationality would stay
    if code is None:
        # "Rep. Alma Torvik, R-Mont.": a member of Congress (read from the tokens after the name: Doc.text
        # walks the whole document, once per person)
        code = party_tag_country(name[-1].whitespace_ + span_text(doc[name.end:name.end + PARTY_TAG_TOKENS]), 0)
    if code is None:
        # "Republican Sen. Lindsey Graham", "Ed Royce, a Republican congressman", "The Republican nominee, Tom
        # Brandt": a US legislator or party candidate in any story
        code = next((c for part in (chain, appos, *descriptions(name))
                     if part is not None and (c := party_title_country(span_text(part)))), None)
    if code is None:
        # "Texas Republican Tom Hale", "Dana Miller, a Michigan Democrat": a US state's party member
        first = chain if chain is not None else name
        code = state_party_country(span_text(doc[_sentence_start_before(first):first.start]), at_end=True) or next(
            (c for part in (chain, appos, *descriptions(name)) if part is not None and (c := state_party_country(span_text(part)))),
            None)
    if code is None and chain is not None:
        code = possessor_person_code(builder, chain)
    if code is None:
        code = _possessor_country_code(chain if chain is not None else name)
    if code is None:
        # The organisation a description's possessive refers to ("headed the agency's mission in Nigeria") owns
        # the post; the place after it only locates the post.
        code = _possessor_organisation_code(builder, name)
    if code is None:
        code, sector = _described_code(name, sector)
    if code is None and chain is None:
        # "the Russian oligarch Oleg Ivanov": a nationality opening a description that is no title; else a
        # later "Mr. Ivanov" has no code and falls back to the story's country
        opening = nationality_before(name)
        code = opening[1] if opening is not None else None
    if code is None:
        # A region in the title ("former Maryland Gov.", "Texas Sen.") or a description before the name ("The
        # Texas governor, Greg Abbott"): the region's country.
        code = next((c for part in (chain, appos, *descriptions(name))
                     if part is not None and (c := region_country(span_text(part)))), None)
    if code is None:
        # "Denver-based architect Lena Okafor": where the person works or lives.
        code = next((c for part in (chain, appos, *descriptions(name))
                     if part is not None and (c := based_country(span_text(part)))), None)
    if code is None:
        # "Olena Kovalenko, a resident of Kharkiv": where the person lives or comes from.
        code = next((c for part in (appos, *descriptions(name))
                     if part is not None and (c := residence_country(part))), None)
    if code is None:
        # "political scientist Aigerim Nurlanova in Almaty said": where the speaker is, written right after the name
        code = _seat_after_name(name, chain)
    if code is None:
        first = chain if chain is not None else name
        before = _sentence_start_before(first)
        code = based_country(span_text(doc[before:first.start]), at_end=True) if before < first.start else None
    if code is None and chain is not None:
        code = _region_before(chain)  # "Texas Sen. Ted Cruz" with the state left out of the title chain
    if code and code != US:
        # "an entrepreneur in San Jose, Calif.", "a committeeman from Georgia": a US place, not its foreign homonym
        code = us_reading(code, [span_text(p) for p in (chain, appos, *descriptions(name)) if p is not None], builder.setting)
        # "Senator Ann Moss of Georgia": the title and the state after the name, read together
        first = chain if chain is not None else name
        code = state_office_code(code, span_text(doc[first.start:min(len(doc), name.end + STATE_AFTER_NAME_TOKENS)]))
    start = chain.start_char if chain is not None else name.start_char
    full = family_name_of_pair(builder, name) or span_text(name)
    builder.add_person(full, start, name.end_char, name, ActorCode(code, sector, full, "person"), title, gender)
    if chain is not None:
        builder.claim(chain.start, chain.end)
    if appos is not None and title == appos.text:
        builder.claim(appos.root.i, appos.root.i + 1)  # its head noun is no title-only reference


def _seat_after_name(name: Span, chain: Span | None) -> str | None:
    """The country of the place an "in" phrase right after a speaking subject's name names ("political scientist
    Aigerim Nurlanova in Almaty said", '"...," said Omar Haddad in Beirut'): the person is there, as "a resident of"
    says. Not for an office holder or a posted title ("Foreign Minister X in Geneva", "envoy X in Kyiv": a venue
    or a post abroad), nor for a name that is no subject ("met Haddad in Beirut": where they met)."""
    root = name.root
    if root.dep_ not in SEATED_SUBJECT_DEPS or (chain is not None and _office_or_post(chain)):
        return None
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != name.end:
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            code = residence_country(name.doc[place.left_edge.i : place.i + 1])
            if code:
                return code
    return None


def _office_or_post(chain: Span) -> bool:
    """Whether a title chain names a state office ("Foreign Minister", "Gen.") or a post held abroad ("envoy",
    "correspondent"): its holder may stand anywhere."""
    if any(token.lower_ in posted_titles() or token.lemma_.lower() in posted_titles() for token in chain):
        return True
    coded = lookup_actor(span_text(chain))
    return coded is not None and coded.sector in STATE_SECTORS


def family_name_of_pair(builder: EntityBuilder, name: Span) -> str | None:
    """The full name of a given name written before a relative's full name ("Omar and Leila Haddad": Omar
    Haddad), so each of the pair is a person of their own, named in full; None for any other name."""
    doc = name.doc
    after = name.end
    if len(name) != 1 or after + 2 >= len(doc) or doc[after].lower_ != "and" or not name[0].is_title:
        return None
    given, surname = doc[after + 1], doc[after + 2]
    if not (given.ent_type_ == "PERSON" and given.ent_iob_ == "B" and surname.ent_iob_ == "I" and surname.is_title
            and surname.is_alpha and (after + 3 == len(doc) or doc[after + 3].ent_iob_ != "I")):
        return None  # the pair's second member must be exactly a given name and a surname
    if name[0].text not in first_name_genders() and (
            name[0].ent_type_ != "PERSON" or name.start_char < builder.title_end
            or builder.person_for(name.text) is not None or known_person(name.text) is not None):
        return None  # a bare surname ("Rubio and Jeb Bush") is someone named before, not a given name
    return f"{name.text} {surname.text}"


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
    if envoy_to_body(text, coded.code) or envoy_to_host(text, coded.code):
        # "former U.N. Ambassador", "then ambassador to Israel": a state's envoy, its state not named here
        return replace(coded, code=None)
    applies, code = described_country(text)
    return replace(coded, code=code) if applies else coded


def _span_code(span: Span) -> ActorCode | None:
    """``_coded_description`` of a title or description without the words that name another person's country
    or a camp's host country (``non_affiliations``)."""
    text = coding_text(span)
    return _coded_description(text) if text else None


def _former(chain: Span | None, appos: Span | None) -> bool:
    """Whether the title chain or the apposition calls the office a past one ("former NATO Secretary General")."""
    return any(t.lower_ in FORMER_WORDS for part in (chain, appos) if part is not None for t in part)


def _described_code(name: Span, sector: str | None) -> tuple[str | None, str | None]:
    """The affiliation a describing phrase gives ("X, an Italian Sinologist" -> ITA), and its sector."""
    first: ActorCode | None = None
    for phrase in descriptions(name):
        coded = _span_code(phrase)
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
    "the court's" in the person's description refers to (the latest one with that word in its name; for a generic
    word, the one named most so far, which gives no code when no lexicon knows it)."""
    for phrase in descriptions(name):
        for token in phrase:
            if token.dep_ != "poss" or token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
                continue
            # The latest organisation with that word in its name; for a generic "the agency's" with none, the
            # organisation the article has named most so far (its topic), the latest of equals, coded or not: an
            # armed movement no lexicon knows, named last, is "the group" of "the group's leader", not a company
            # named as often before it.
            best: tuple[tuple[int, int], EntityDraft] | None = None
            generic = token.lower_ in GENERIC_ORGANISATION_HEADS
            for named_by_word in (True, False) if generic else (True,):
                for draft in builder.drafts:
                    if draft.kind != "organisation" or draft.sector in QUOTING_SECTORS \
                            or not draft.code and named_by_word:
                        continue
                    if named_by_word and token.lower_ not in draft.name.lower().split():
                        continue
                    ends = [m[1] for m in draft.mentions if m[1] <= token.idx]
                    rank = (0 if named_by_word else len(ends), max(ends, default=0))
                    if ends and (best is None or rank > best[0]):
                        best = (rank, draft)
                if best is not None:
                    return best[1].code or None
    return None


def _possessor_country_code(phrase: Span) -> str | None:
    """The country written as the possessor right before a person's name or title ("Uganda's Bobi Wine",
    "Pakistan's Prime Minister Shehbaz Sharif", a US state's "Colorado's Kendal Unruh"), or the country of a
    political party so written ("the Zionist Union's Nachman Ezra": a member takes the party's country)."""
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
    if actor is not None and (actor.kind == "country" or _national_party(actor)):
        return actor.code
    return region_country(possessor) if possessor in region_countries() else None


def _national_party(actor: ActorCode) -> bool:
    """Whether a lexicon actor is one country's political party (sector PTY, a country code)."""
    return actor.kind == "organisation" and actor.sector in PARTY_SECTORS and actor.code is not None \
        and actor.code not in NON_STATE_CODES


def possessor_person_code(builder: EntityBuilder, chain: Span) -> str | None:
    """The affiliation of an earlier person named as possessor in a title ("Orban's spokesman")."""
    for token in chain:
        if token.tag_ in PROPER_TAGS and token.i + 1 < chain.end and chain.doc[token.i + 1].tag_ == "POS":
            person = builder.person_for(token.text)
            if person is not None and person.code:
                return person.code
    return None
