"""Name candidates of the entities stage: the model's entities, lexicon aliases and proper-noun runs,
trimmed of titles and articles, and organisation names the model cut short."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from accord.knowledge.actors import entity_words, first_name_genders, lexicon
from accord.knowledge.loader import read_json, read_rows
from accord.knowledge.name_variants import rules as name_rules
from accord.knowledge.name_variants import (
    MOJIBAKE_DECOMPOSED_LEADS, dutch_article_names, MOJIBAKE_LEADS, has_mojibake_lead, repair_mojibake)
from accord.stages.entities.lexicon_hits import PROPER_TAGS, DocLexicon, lookup_entry
from accord.stages.grammar import document_entities, span_text, token_texts
from accord.stages.token_filters import indices_with

# A capitalised word holding a mojibake lead letter (``name_variants.MOJIBAKE_LEADS``), with a spacing diaeresis or
# macron a compatibility normalisation wrote as a space and a combining mark ("SÃ©golÃ ̈ne").
# A lead may be decomposed ("A" and a combining tilde: ``name_variants.MOJIBAKE_DECOMPOSED_LEADS``).
_LEADS = "".join(MOJIBAKE_LEADS.values())
_LEAD = "(?:[" + _LEADS + "]|" + "|".join(MOJIBAKE_DECOMPOSED_LEADS) + ")"
MOJIBAKE_WORD = re.compile(rf"[A-Z](?:[^\W\d_]|{_LEAD}[^\s]| [\u0300-\u036f])*{_LEAD}(?:[^\s]| [\u0300-\u036f])*")
# Marks that may follow a word without a space.
WORD_END_MARKS = ".,;:!?)\"'”’"
# spaCy labels that may name an actor (others are dates, numbers, works of art ...).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Prepositions inside organisation names ("Institute of ...", "Center for ...").
ORG_NAME_PREPS = frozenset({"of", "for"})
# Lower-case words and marks allowed inside an organisation name's list of fields.
# Words coordinating two names in one span the model labelled as one name ("Colombia & Norway").
NAME_COORDINATORS = frozenset({"and", "&", "or"})
ORG_NAME_JOINERS = frozenset({",", "and", "&", "of", "the", "for", "-"})
# Possessive endings the tagger may miss ("Springsteen’s").
# Words of a name after a title inside one tagger entity ("DP Rigathi Gachagua"): a given name, a middle name and a
# surname at most; a longer run is more likely an organisation's name than a person's.
TITLED_NAME_MAX_WORDS = 3
# Particle words (and hyphens) read between a labelled name and a surname the model left out ("van der", "el-").
MAX_NAME_PARTICLES = 3
# Labels the model gives a surname after a particle ("Broek" of "van den Broek" read as a place): any name's, when
# the lexicon knows no place or body by the word.
SURNAME_LABELS = frozenset({"", "PERSON", "GPE", "ORG", "LOC", "NORP"})
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
# A line with at least this many words, this share of them capitalised and no final stop is a headline;
# the text's first line is its title even with a final stop (some feeds end every line with one).
HEADLINE_MIN_WORDS = 3
HEADLINE_CAPITALISED_SHARE = 0.7
# A surname with an elided particle: one capital, an apostrophe, a capitalised word ("D’Souza", "O'Brien"), after no
# word character or apostrophe. The capital comes first in the pattern (the look-behind checks the character before
# it) so that a search skips straight to capitals: a leading look-behind made it try every character of the article.
ELIDED_NAME = re.compile(r"[A-Z](?<![\w’'][A-Z])[’'][A-Z][a-z]+(?!\w)")
# A Dutch surname whose article is elided, after an optional particle (``dutch_article_names``: "in 't Veld", "van
# 't Hof") or alone ("'t Hart"): the tokenizer splits "'t" into a quote mark and a "t", and the tagger then reads the
# name in pieces (the given name a person, the surname an organisation). Only the particles, the "'t" and the
# surname: the given name is joined on the left token by token (``_elided_given_name``), so that a lower-case verb or
# conjunction ("said", "and") can never join a name and the pattern has no unbounded run to retry.
ELIDED_ARTICLE_NAME = re.compile(
    r"(?:(?<![\w'’-])(?:" + "|".join(dutch_article_names().particles) + r")(?: (?:"
    + "|".join(dutch_article_names().particle_articles) + r"))? |(?<![\w'’]))['’]t [A-Z][\w-]*[a-z](?!\w)")
# Most words of a given name joined before an elided-article surname ("Anna Maria in 't Veld"): a given and a middle
# name or two; a longer capitalised run is a sentence's opening words or a body's name, not a given name.
ELIDED_GIVEN_NAME_MAX_WORDS = 3
# Labels of words that are no given name though capitalised before the surname ("On Monday Ans in 't Veld").
NOT_GIVEN_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "NORP"})
# A first line of at most this many words, with more text after it, is the article's title (a lede is longer).
TITLE_MAX_WORDS = 20
# Longest continuation, in tokens, added to an organisation name the model cut short.
MAX_ORG_EXTENSION = 12


# Words after a title word that carry its title chain on ("Judge of the court"), so it is no surname.
TITLE_CHAIN_LINKS = frozenset({"of", "for", "-", "and"})
# Occupation and descriptor nouns written capitalised before a person's name ("Filmmaker Jane Doe").
NAME_DESCRIPTORS_FILE = "actors/name_descriptors.tsv"
# Dashes that, set off by spaces, end a name.
SPACED_DASHES = frozenset({"-", "—", "–", "--", "―"})


def headline_ranges(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of title-case lines (headlines, "Read more" links): names there are unreliable.
    ``text`` is ``doc.text`` when the caller has it (``Doc.text`` re-joins every token on each access)."""
    return list(_headline_ranges(doc.text if text is None else text))  # a fresh list: a caller may change it


# Texts whose headline ranges are remembered: the entities and events stages both read them, a walk over every line.
HEADLINE_CACHE_SIZE = 256


@functools.lru_cache(maxsize=HEADLINE_CACHE_SIZE)
def _headline_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """``headline_ranges`` of a text, remembered."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        words = [w for w in line.split() if w[:1].isalpha()]
        capitalised = sum(1 for w in words if w[:1].isupper())
        ending = line.rstrip()[-1:]
        if (len(words) >= HEADLINE_MIN_WORDS and capitalised >= HEADLINE_CAPITALISED_SHARE * len(words)
                and (ending not in ('.', '"', "”", ":") or (number == 0 and ending == "."))):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return tuple(ranges)


def heading_word_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that hold one capitalised word and nothing else (a section heading such as
    "Ceasefire"): a name there counts only when the lexicon or the article's body vouches for it, as in a headline."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        word = line.strip()
        if word and len(word.split()) == 1 and word[:1].isupper() and word.isalpha():
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def title_line_end(text: str) -> int:
    """End of the article's title line (its first line, when short and followed by more text), else 0. A title
    names people in passing ("Game over: Will Sanders come down ..."), in any case style."""
    first, newline, rest = text.partition("\n")
    if not newline or not rest.strip() or len(first.split()) > TITLE_MAX_WORDS:
        return 0
    return len(first)


def _in_ranges(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= span.start_char and span.end_char <= end for start, end in ranges)


def name_candidates(doc: Doc, lex: DocLexicon, text: str | None = None) -> tuple[list[Span], list[Span]]:
    """Name-like spans in text order: lexicon aliases, the model's entities and proper-noun runs.

    Returns (body candidates, headline candidates): names in title-case lines are unreliable and are
    kept apart. A proper-noun run that contains a PERSON entity gives way to it ("Crooked Hillary Clinton")."""
    spans: list[Span] = [span for span, _ in lex.entries]
    headlines = headline_ranges(doc, text) + heading_word_ranges(doc.text if text is None else text)
    person_tokens = {i for ent in document_entities(doc) if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    # ``strip_edges`` by (start, end, person-like label, keep_titles): a proper-noun run is most often an entity
    # read just before (about a quarter of the strips repeat one), and the answer is the same unlabelled span.
    stripped_by_bounds: dict[tuple[int, int, bool, bool], Span | None] = {}

    def strip(span: Span, keep_titles: bool) -> Span | None:
        """``strip_edges`` of ``span``, once per key."""
        key = (span.start, span.end, span.label_ in PERSON_LIKE_LABELS, keep_titles)
        if key not in stripped_by_bounds:
            stripped_by_bounds[key] = strip_edges(span, lex, keep_titles=keep_titles)
        return stripped_by_bounds[key]

    for ent in document_entities(doc):
        if ent.label_ not in NAME_LABELS:
            continue
        # An entity wholly inside a person title is a title word ("Defense" in "Defense Minister").
        hit = lex.titles.get(ent.start)
        if hit and hit[0].kind != "organisation" and hit[1] <= ent.start and hit[2] >= ent.end:
            continue
        # "U.S. Treasury" in "U.S. Treasury Secretary Scott Bessent" is part of a title.
        after = lex.titles.get(ent.end)
        if ent.label_ == "ORG" and after and after[0].kind == "person" and lookup_entry(lex, ent) is None:
            continue
        ent = _before_colon(ent)
        ent = _past_office_field(ent, lex)
        if _coordinates_known_actors(ent, lex):
            continue  # "Colombia & Norway": two parties the lexicon knows, each its own entity
        keep_titles = ent.label_ == "ORG" and not titled_name(ent, lex)
        if keep_titles:
            ent = extend_org_name(ent, lex)
        elif ent.label_ == "PERSON":
            ent = extend_person_name(ent, lex)
        stripped = strip(ent, keep_titles)
        if stripped is not None:
            spans.append(stripped)
    title_surnames = {s[-1].text for s in spans if len(s) > 1 and s[0].ent_type_ == "PERSON" and s[-1].i in lex.titles}
    for run in proper_runs(doc, text):
        if len(run) == 1 and span_text(run) in title_surnames:
            spans.append(run)  # "Judge added": the surname of "Patty Judge", named before, not a title
            continue
        if any(i in person_tokens for i in range(run.start, run.end)) and not all(
            i in person_tokens for i in range(run.start, run.end)
        ):
            continue  # the model's PERSON span inside it is the name; the rest is a title or noise
        if run.start > 0 and doc[run.start - 1].lower_ in entity_words().honorifics:
            spans.append(run)  # "Mr. King" is a name even when the word is a title
            continue
        stripped = strip(run, False)
        if stripped is not None and not (stripped.start in lex.titles and len(stripped) == 1):
            spans.append(stripped)
    spans += _sentence_initial_surnames(doc)
    spans += [stripped for span in elided_article_names(doc, text, lex.titles.keys())
              if (stripped := strip(span, False)) is not None]
    chosen = sorted(filter_spans(spans), key=lambda s: s.start)
    body = [s for s in chosen if not _in_ranges(s, headlines)]
    in_headlines = [s for s in chosen if _in_ranges(s, headlines)]
    return body, in_headlines


def _past_office_field(ent: Span, lex: DocLexicon) -> Span:
    """The person's name in an entity the model ran from an office's "of" phrase into the name ("President of
    [Ukraine Volodymyr Zelensky]", "Minister of [Defence Rustem Umerov]"): after a person title and "of", a
    country or body the lexicon knows, or the object of "of" the parser split off, then two or three
    capitalised words that are the name; else the entity as it is."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return ent
    title = lex.titles.get(ent.start - 2)
    if title is None or title[0].kind != "person" or title[2] != ent.start - 1:
        return ent
    entry = lex.entry_at.get(ent.start)
    cut = None
    if entry is not None and entry.kind in ("country", "organisation"):
        cut = next((i for i in range(ent.start + 1, ent.end) if lex.entry_at.get(i) is not entry), None)
    elif doc[ent.start].dep_ == "pobj" and doc[ent.start].head.i == ent.start - 1:
        cut = ent.start + 1
    if cut is None:
        return ent
    name = doc[cut : ent.end]
    known = lookup_entry(lex, name)
    if not (2 <= len(name) <= TITLED_NAME_MAX_WORDS and not is_org_like(name, lex)
            and (known is None or known.kind == "person") and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.i not in lex.titles for t in name)):
        return ent
    return Span(doc, cut, ent.end, label="PERSON")


def titled_name(span: Span, lex: DocLexicon) -> bool:
    """Whether an entity is a person's title and then a name the tagger read with it as an organisation's ("DP
    Rigathi Gachagua", "Minister Ana Silva"): a person title opens it and two or three capitalised words no
    lexicon knows, none a body noun, follow."""
    hit = lex.titles.get(span.start)
    if not hit or hit[0].kind != "person" or not span.start < hit[2] < span.end:
        return False
    name = span.doc[hit[2] : span.end]
    return (2 <= len(name) <= TITLED_NAME_MAX_WORDS and not is_org_like(name, lex) and lookup_entry(lex, name) is None
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.i not in lex.titles for t in name))


def drop_misread_initialisms(doc: Doc, lex: DocLexicon) -> None:
    """Forget the title hits of capitalised initialisms ("PM", "DP") where they are no title: after a number ("at 5
    PM": a time) or opening an organisation's name the tagger found ("DP World"), unless that name is the title and
    a person's name read together ("DP Rigathi Gachagua", see ``titled_name``)."""
    starts = {hit[1] for hit in lex.titles.values() if hit[0].as_written}
    for start in sorted(starts):
        hit = lex.titles[start]
        if hit[1] != start or not hit[0].as_written:
            continue  # a longer title covers it
        token = doc[start]
        after_number = start > 0 and (doc[start - 1].like_num or any(c.isdigit() for c in doc[start - 1].text))
        entity = next((e for e in document_entities(doc) if e.start == start), None) if token.ent_iob_ == "B" else None
        opened = entity is not None and entity.label_ == "ORG" and not titled_name(entity, lex)
        if after_number or token.ent_type_ == "TIME" or opened:
            for i in range(hit[1], hit[2]):
                if lex.titles.get(i) is hit:
                    del lex.titles[i]


def _coordinates_known_actors(span: Span, lex: DocLexicon) -> bool:
    """Whether a span is coded actors joined by coordinators, each part a whole lexicon hit with a code
    ("Colombia & Norway", "the EU and Norway"); a firm's name ("Procter & Gamble") is not."""
    hits = lex.coded_hit_ends
    i, parts, joined = span.start, 0, True
    while i < span.end:
        if span.doc[i].lower_ in NAME_COORDINATORS and parts:
            i, joined = i + 1, True
            continue
        if span.doc[i].lower_ == "the" and i + 1 < span.end:
            i += 1
        end = hits.get(i)
        if end is None or end > span.end or not joined:
            return False  # "The Afghan Taliban": a demonym before a name is one name, not two parties
        i, parts, joined = end, parts + 1, False
    return parts > 1


def _before_colon(span: Span) -> Span:
    """A name the model ran across a headline's colon ("De Blasio: Trust Bratton on security") ends before it:
    "Name: claim" gives the speaker, then the claim."""
    if ":" not in span_text(span):
        return span  # no colon token (the common case), read without a Token per word
    colon = next((t.i for t in span if t.text == ":"), None)
    return Span(span.doc, span.start, colon, label=span.label) if colon is not None and colon > span.start else span


def _sentence_initial_surnames(doc: Doc) -> list[Span]:
    """A sentence's first word that is a surname of a person the model named elsewhere ("Mehdiyev, who is
    Azerbaijani, said"): the tagger often takes a capitalised sentence opener for a common noun."""
    surnames = {ent[-1].text for ent in document_entities(doc) if ent.label_ == "PERSON" and len(ent) > 1}
    if not surnames:
        return []
    return [doc[s.start : s.start + 1] for s in doc.sents
            if doc[s.start].text in surnames and doc[s.start].pos_ in ("NOUN", "ADJ", "VERB")]


def _country_given_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a country's name opens a two-word person's name as its given name ("Chad Sweet", "Jordan
    Bardella"): the tagger starts the person there and one capitalised word follows, so no country is stripped."""
    first = doc[start]
    return (end - start == 2 and first.ent_type_ == "PERSON" and first.ent_iob_ == "B"
            and doc[start + 1].ent_type_ == "PERSON" and first.text.istitle() and doc[start + 1].text.istitle())


def given_name_title(doc: Doc, start: int, end: int) -> bool:
    """Whether a title word opening a name is the person's given name ("Marine Le Pen", "Dean Phillips"): a known
    first name (data/actors/first_names.tsv) with which the model starts a PERSON it runs on into the next word,
    unless a given name follows it or the article names the rest with another given name ("Vikram Amar" ...
    "Dean Amar": the dean's title)."""
    first = doc[start]
    if not (start + 1 < end and first.text in first_name_genders() and first.ent_type_ == "PERSON"
            and first.ent_iob_ == "B" and doc[start + 1].ent_type_ == "PERSON" and doc[start + 1].ent_iob_ == "I"
            and doc[start + 1].text not in first_name_genders()):
        return False  # "Marine John Tiegen": a given name after the word makes it the title
    rest = doc[start + 1 : end].text
    return not any(ent.label_ == "PERSON" and ent.text.endswith(" " + rest) and ent[0].text != first.text
                   for ent in document_entities(doc))


@functools.lru_cache(maxsize=1)
def name_descriptors() -> frozenset[str]:
    """Occupation and descriptor nouns that open no name (data/actors/name_descriptors.tsv)."""
    return frozenset(row["word"] for row in read_rows(NAME_DESCRIPTORS_FILE, ("word",)))


def descriptor_before_name(token: Token, end: int) -> bool:
    """Whether ``token`` is an occupation or descriptor noun written before a person's name, capitalised by
    the sentence or as a title ("Filmmaker Jane Doe", "Billionaire John Roe"): it describes, and is no given
    name; a known given name is kept whole ("Imran Ahmed Khan"), and a name is never stripped to nothing."""
    return (token.i + 1 < end and token.lower_ in name_descriptors() and token.text[:1].isupper()
            and token.text not in first_name_genders())


# Labels of a name candidate that may be a person's (a proper-noun run has none): an occupation word before it is
# no part of the name (``strip_edges``).
PERSON_LIKE_LABELS = frozenset({"PERSON", ""})


def strip_edges(span: Span, lex: DocLexicon, keep_titles: bool) -> Span | None:
    """A name candidate without leading articles, titles and demonyms, or trailing possessives."""
    start, end = span.start, span.end
    doc = span.doc
    person_like = span.label_ in PERSON_LIKE_LABELS  # an occupation opens no place's name ("Designer Outlet" stays)
    # (each edge token is taken from the Doc once per step: ``doc[i]`` builds a new Token on every access)
    while start < end and (
        (first := doc[start]).lower_ in ("the", "a", "an") or first.dep_ in ("det", "predet")
        or (not keep_titles and start in lex.titles and lex.titles[start][0].kind != "organisation"
            and not given_name_title(doc, start, end))
        or (not keep_titles and lex.entry_at.get(start) is not None and lex.entry_at[start].kind == "country"
            and start + 1 < end and not _country_given_name(doc, start, end))
        or (not keep_titles and person_like and descriptor_before_name(first, end))
        or first.is_punct or first.is_space
    ):
        start += 1
    # A name never spans a line break ("Ceasefire\nMediators") or a spaced dash ("the Urban Budget Institute -
    # half of it", "the Center — a think tank"): it ends at the first one.
    end = next((i for i in range(start, end) if "\n" in (token := doc[i]).text or spaced_dash(token)), end)
    while end > start and ((last := doc[end - 1]).tag_ == "POS" or last.is_punct or last.is_space or last.text in POSSESSIVE_ENDINGS
                           or (end - 1 > start and last.tag_ == "RB" and last.dep_ == "advmod")):
        end -= 1  # "President Moise Shortly before ...": an adverb opening the next clause is no name part
    if end - start == 2 and _line_start_common_word(doc, start):
        start += 1  # "Young Sanders supporters" opening a line: "young" is no given name of Bernie Sanders
    if not keep_titles:
        # "PolitiFact Executive Director Aaron Sharockman": the name follows the last title inside.
        inner = [i for i in range(start, end - 1) if i in lex.titles and lex.titles[i][0].kind == "person"
                 and not given_name_title(doc, i, end)]
        if inner and lex.titles[inner[-1]][2] < end:
            start = lex.titles[inner[-1]][2]
    return doc[start:end] if end > start else None


def spaced_dash(token: Token) -> bool:
    """A dash set off by spaces, which joins clauses or asides, never the words of one name ("Jean-Marc" and
    "Guinea-Bissau" are written without spaces)."""
    return token.text in SPACED_DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) \
        and bool(token.whitespace_)


def _line_start_common_word(doc: Doc, start: int) -> bool:
    """Whether a two-word person's first word is an ordinary word capitalised only by its place: it opens a
    sentence or line, is written in lowercase elsewhere in the text ("young voters"), and the surname after it
    is another person's with another given name ("Bernie Sanders"), so the pair names no one new."""
    first, surname = doc[start], doc[start + 1]
    opens = first.is_sent_start or first.i == 0 or "\n" in doc[first.i - 1].whitespace_ + doc[first.i - 1].text
    if not opens or not first.text.istitle() or first.ent_type_ not in ("PERSON", ""):
        return False
    # (the other person first: the set of every word of the document is built only when one is named)
    if not any(last == surname.text and given != first.text for given, last in _person_name_ends(doc)):
        return False
    return first.lower_ in token_texts(doc)  # the title-case word itself is never its lowercase form


# The key of a document's (first word, last word) pairs of its PERSON entities in ``Doc.user_data``.
_PERSON_NAME_ENDS = "accord.person_name_ends"


def _person_name_ends(doc: Doc) -> list[tuple[str, str]]:
    """The first and last words of every PERSON entity of two words or more (punctuation and possessive endings
    left out), in entity order; read once per Doc, not once per candidate name."""
    ends = doc.user_data.get(_PERSON_NAME_ENDS)
    if ends is None:
        ends = []
        for ent in document_entities(doc):
            if ent.label_ != "PERSON":
                continue
            words = [t.text for t in ent if not (t.is_punct or t.tag_ == "POS" or t.text in POSSESSIVE_ENDINGS)]
            if len(words) > 1:
                ends.append((words[0], words[-1]))
        doc.user_data[_PERSON_NAME_ENDS] = ends
    return ends


def elided_names(doc: Doc, text: str | None = None) -> list[int]:
    """Indices of surnames written with an elided particle ("D’Souza", "O'Brien"): the tagger often takes
    them for common nouns, so the proper-noun tags alone would lose the name (``text``: ``doc.text``, when
    the caller has it: ``Doc.text`` re-joins every token)."""
    found: list[int] = []
    for match in ELIDED_NAME.finditer(doc.text if text is None else text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1:
            found.append(span.start)
    return found


def elided_article_names(doc: Doc, text: str | None = None, titles: Collection[int] = ()) -> list[Span]:
    """Person names with a Dutch elided article and a given name before it ("Ans in 't Veld",
    ``ELIDED_ARTICLE_NAME``), labelled PERSON whatever labels the tagger gave their pieces; ``text``: ``doc.text``,
    when the caller has it; ``titles``: indices of title words, which are no given name."""
    text = doc.text if text is None else text
    # The pattern needs a space before the apostrophe: "don't" holds "'t " but no name.
    if " 't " not in text and " ’t " not in text:
        return []
    found: list[Span] = []
    for match in ELIDED_ARTICLE_NAME.finditer(text):
        surname = doc.char_span(match.start(), match.end())
        if surname is None:
            continue
        start = _elided_given_name(doc, surname.start, titles)
        if start < surname.start:
            found.append(Span(doc, start, surname.end, label="PERSON"))
    return found


def _elided_given_name(doc: Doc, end: int, titles: Collection[int] = ()) -> int:
    """Start of the given name joined before token ``end`` (``end`` itself when there is none): at most
    ``ELIDED_GIVEN_NAME_MAX_WORDS`` capitalised words the tagger read as a name, none a date, place, title or venue."""
    venues = dutch_article_names().venue_words
    start = end
    while end - start < ELIDED_GIVEN_NAME_MAX_WORDS and start > 0:
        token = doc[start - 1]
        if not (token.text[:1].isupper() and token.is_alpha
                and (token.tag_ in PROPER_TAGS or token.ent_type_ == "PERSON")
                and token.ent_type_ not in NOT_GIVEN_NAME_LABELS and token.i not in titles
                and token.text not in venues and token.lower_ not in _day_words()):
            break
        start -= 1
    return start


@functools.cache
def _day_words() -> frozenset[str]:
    """Weekdays and day words ("Monday", "Yesterday", dates.json): no given name, though the tagger may miss them."""
    words = read_json("dates/dates.json")
    return frozenset(words["weekdays"]) | frozenset(words["day_offsets"])


def is_elided_article_name(span: Span) -> bool:
    """Whether a name candidate is a whole name with a Dutch elided article and a given name joined before it
    ("Ans in 't Veld"): a person's name, which a venue's ("Café 't Smalle") or a bare surname is not shown to be."""
    match = ELIDED_ARTICLE_NAME.search(span_text(span))
    if match is None or span.start_char + match.end() != span.end_char or match.start() == 0:
        return False
    surname = span.doc.char_span(span.start_char + match.start(), span.end_char)
    return surname is not None and _elided_given_name(span.doc, surname.start) <= span.start < surname.start


def mojibake_names(doc: Doc, text: str | None = None) -> list[int]:
    """Indices of the tokens of capitalised words written in mojibake ("TomÃ¡s"): the tagger reads such a word
    as anything (a verb, a noun), so the proper-noun tags alone would lose the given name."""
    text = doc.text if text is None else text
    if not has_mojibake_lead(text):
        return []
    found: list[int] = []
    for match in MOJIBAKE_WORD.finditer(text):
        word = match.group(0).rstrip(WORD_END_MARKS)  # "DÃ¡te." ends a sentence
        repaired = repair_mojibake(word)
        span = doc.char_span(match.start(), match.start() + len(word), alignment_mode="expand")
        if span is not None and repaired != word and repaired.replace(" ", "").isalpha():
            found.extend(range(span.start, span.end))
    return found


def _name_word(token: Token) -> bool:
    """A capitalised word of letters, or one with an elided particle ("D’Souza"), or either written in mojibake
    ("TomÃ¡s", split by the tokenizer or not: "SÃ" "©" "golÃ" "̈ne")."""
    if token.text[:1].isupper() and (token.is_alpha or ELIDED_NAME.fullmatch(token.text) is not None):
        return True
    return _mojibake_word(token)


def _mojibake_word(token: Token) -> bool:
    """Whether ``token`` is (a piece of) a capitalised word whose mojibake repaired is letters only ("TomÃ¡s",
    or "SÃ" "©" "golÃ" "̈ne" as the tokenizer split "SÃ©golÃ ̈ne")."""
    doc = token.doc
    start = end = token.i
    while start > 0 and _joined(doc[start - 1], doc[start]):
        start -= 1
    while end + 1 < len(doc) and _joined(doc[end], doc[end + 1]):
        end += 1
    word = span_text(doc[start : end + 1]).rstrip(WORD_END_MARKS)  # "IbÃ\x83Â¡Ã\x83Â±ez," before a comma
    repaired = repair_mojibake(word)
    return repaired != word and repaired[:1].isupper() and repaired.replace(" ", "").isalpha()


def _joined(left: Token, right: Token) -> bool:
    """Whether two tokens are pieces of one written word: no space between them, or a combining mark after it
    (the " ̈" a compatibility normalisation makes of a spacing diaeresis)."""
    return not left.whitespace_ or (left.whitespace_ == " " and unicodedata.combining(right.text[:1]) > 0)


def proper_runs(doc: Doc, text: str | None = None) -> list[Span]:
    """Maximal runs of capitalised proper-noun tokens (names the model did not label)."""
    runs: list[Span] = []
    start: int | None = None
    end = -1  # index after the last proper token seen
    # Only tagged proper nouns (and surnames with an elided particle) can be part of a run.
    for i in sorted(set(indices_with(doc, "TAG", PROPER_TAGS)) | set(elided_names(doc, text)) | set(mojibake_names(doc, text))):
        token = doc[i]
        if not _name_word(token):
            continue
        if start is not None and i != end:
            runs.append(doc[start:end])
            start = None
        if start is None:
            start = i
        end = i + 1
    if start is not None:
        runs.append(doc[start:end])
    return runs


def extend_org_name(ent: Span, lex: DocLexicon) -> Span:
    """An organisation name the model cut short at a list comma: "Institute of Russian, Eastern European
    and Central Asian Studies". The continuation must be a list ("and") of capitalised words without
    country names, ending before a lower-case word; parses of such lists are unreliable, so this is surface."""
    doc = ent.doc
    if not any(t.lower_ in ORG_NAME_PREPS for t in ent) or ent.end >= len(doc) or doc[ent.end].text != ",":
        return ent
    edge = ent.end
    while edge < len(doc) and edge - ent.end <= MAX_ORG_EXTENSION and (
        doc[edge].text[:1].isupper() or doc[edge].lower_ in ORG_NAME_JOINERS
    ):
        entry = lex.entry_at.get(edge)
        if entry is not None and entry.kind == "country" and entry.role != "demonym":
            return ent
        edge += 1
    tail = doc[ent.end : edge]
    if edge - ent.end > MAX_ORG_EXTENSION or not any(t.lower_ == "and" for t in tail):
        return ent
    while edge > ent.end and not doc[edge - 1].text[:1].isupper():
        edge -= 1
    return doc[ent.start : edge] if edge > ent.end + 1 else ent


def extend_person_name(ent: Span, lex: DocLexicon) -> Span:
    """A person's name the model cut short on the left: "Omid" of "Omid Karimi" when only "Karimi" is
    labelled. A capitalised proper noun compounded to the name is a given name unless it is a title,
    an honorific or a lexicon alias ("Defense", "Mr.", "Russian")."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        token = doc[start - 1]
        if not (token.tag_ in PROPER_TAGS and token.is_alpha and token.text[:1].isupper() and token.dep_ == "compound"
                and ent.start <= token.head.i < ent.end):
            break
        if start - 1 in lex.titles or lex.entry_at.get(start - 1) is not None or token.lower_ in entity_words().honorifics:
            break
        if descriptor_before_name(token, ent.end):
            break  # "Novelist Ann Pell": the occupation before the name the model labelled
        if token.ent_type_ not in ("", "PERSON"):
            break  # the last word of a place the model named ("envoy to the Middle East Dana Pruitt")
        start -= 1
    end = ent.end
    if end < len(doc) and _surname_cut_off(ent, doc[end], lex):
        end += 1  # "Seyed Abbas" labelled, "Araghchi" left out: the surname the article gives elsewhere
    end = _particle_surname_end(doc, end, lex)
    return doc[start:end] if start < ent.start or end > ent.end else ent


def _particle_surname_end(doc: Doc, end: int, lex: DocLexicon) -> int:
    """The end of a person's name the model cut before a lower-case surname particle ("Abdel Fattah" labelled,
    "el-Sissi" left out; "Mark" then "van der Berg"): the particles (data/actors/transliteration.tsv) and the
    capitalised surname after them (the parser often misreads "van" as the head: the lower-case particles between
    capitalised words are the evidence), when no title, known place or body follows."""
    original, particles = end, name_rules().particles
    trailing = 0
    while trailing < min(MAX_NAME_PARTICLES, end - 1) and doc[end - 1 - trailing].text in particles:
        trailing += 1
    if trailing and doc[end - 1 - trailing].text[:1].isupper():
        # "Pieter van" or "Pieter van den" labelled, "den Broek" or "Broek" left out: read the particles again
        end -= trailing
    i = end
    while i < len(doc) and i - end < MAX_NAME_PARTICLES and (
            doc[i].text in particles or (i > end and doc[i].text == "-" and not doc[i - 1].whitespace_)):
        i += 1
    if i == end or i >= len(doc) or doc[i - 1].lower_ not in particles | {"-"}:
        return original
    surname = doc[i]
    entry = lex.entry_at.get(i)
    if not (surname.tag_ in PROPER_TAGS and surname.is_alpha and surname.text[:1].isupper()
            and surname.ent_type_ in SURNAME_LABELS and i not in lex.titles
            and (entry is None or entry.kind == "person")):
        return original
    return i + 1


def _surname_cut_off(ent: Span, token: Token, lex: DocLexicon) -> bool:
    """Whether ``token``, right after a person's name the model labelled, is that name's surname the model cut
    off: an unlabelled capitalised proper noun, no title or honorific, that is a known person's name in the
    lexicon, completes the labelled name to a known person's full name in another spelling ("Seyed Abbas
    Araqchi" of Abbas Araghchi), or ends another person's name the model labelled in the article ("Seyed Abbas"
    then "Araghchi"), or is a capitalised word in mojibake the tagger read as anything ("Marco" then
    "IbÃ\x83Â¡Ã\x83Â±ez", tagged and labelled a number)."""
    if token.ent_type_ not in NAME_LABELS and _mojibake_word(token):  # a "number" in mojibake is no number
        return True
    if not (token.tag_ in PROPER_TAGS and token.is_alpha and token.text[:1].isupper() and token.ent_type_ == ""):
        return False
    entry = lex.entry_at.get(token.i)
    if token.i in lex.titles and _title_surname(ent, token, lex):
        return True
    if token.i in lex.titles or token.lower_ in entity_words().honorifics:
        return False
    if entry is not None:
        return entry.kind == "person"  # a known person's surname ("Araghchi"), no country or body
    if lexicon().full_name_spelling(f"{ent.text} {token.text}") is not None:
        return True  # "Seyed Abbas" labelled, "Araqchi" left out: together they spell a known person's full name
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text for ent in document_entities(token.doc))


def _title_surname(ent: Span, token: Token, lex: DocLexicon) -> bool:
    """Whether a one-word title right after a given name the model labelled alone is the person's surname
    ("Patty Judge, a Democrat, said"): the parser makes the given name its compound and no name or office
    follows the title word, so it heads no title chain ("Patty Judge" but not "Patty Judge Roberts")."""
    doc = token.doc
    hit = lex.titles[token.i]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (len(ent) == 1 and ent.label_ == "PERSON" and hit[0].kind == "person" and hit[1] == token.i
            and hit[2] == token.i + 1 and ent[0].dep_ == "compound" and ent[0].head.i == token.i
            and lex.entry_at.get(ent.start) is None
            and (after is None or not (after.tag_ in PROPER_TAGS or after.lower_ in TITLE_CHAIN_LINKS)))


def is_org_like(span: Span, lex: DocLexicon) -> bool:
    """True when a word of ``span`` is a body noun ("ministry", "university"): an organisation's name."""
    return any(i in lex.titles and lex.titles[i][0].kind == "organisation" for i in range(span.start, span.end))


def with_article(span: Span) -> Span:
    """The span with a directly preceding "the" (as written: "the Kremlin")."""
    if span.start > 0:
        before = span.doc[span.start - 1]
        if before.lower_ == "the" and before.head.i in range(span.start, span.end):
            return span.doc[span.start - 1 : span.end]
    return span
