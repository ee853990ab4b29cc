"""Titles around a person's name: the chain before it ("Ukrainian Defense Minister"), the apposition
after it ("director of the Center ... University"), and honorifics ("Ms.")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import entity_words, sponsor_participles
from accord.stages.entities.lexicon_hits import PROPER_TAGS, DocLexicon
from accord.stages.entities.names import spaced_dash
from accord.stages.grammar import MODIFIER_CLAUSE_DEPS, subject_of_next_verb

# Longest apposition taken as a title, in tokens; longer ones are clauses, not titles.
MAX_TITLE_TOKENS = 40
# Prepositions inside an office's name written in title case before a person's name ("Minister of Justice",
# "Minister for Trade"); "a spokesman for Mayor X" is the spokesman, not the mayor's title.
TITLE_PREPOSITIONS = frozenset({"of", "for"})
# Tokens allowed between a name and its apposition (the comma).
APPOSITION_GAP = 2
# Punctuation after a name that opens what the person says or a label's text ("Warren: Time for ..."), never a
# title in apposition (that is set off by a comma, a dash or brackets).
CLAIM_COLONS = frozenset({":"})


def title_chain(doc: Doc, name: Span, lex: DocLexicon) -> Span | None:
    """The title before a name ("Ukrainian Defense Minister" before "Rustem Umerov"), if any."""
    i = name.start - 1
    if i > 0 and doc[i].lower_ in entity_words().honorifics and doc[i].text[:1].isupper():
        i -= 1  # "Health Minister Dr. Ana Ruiz", "British envoy Sir Tom Hale": the title stands before the honorific
        if i > 0 and doc[i].text == "the" and (title := lex.titles.get(i - 1)) is not None and title[0].kind == "person":
            i -= 1  # "Vatican spokesman the Rev. Marco Bellini": the title stands before "the" and the honorific
    end = i + 1  # the title ends before the honorific, if any
    has_person_title = False
    while i >= 0:
        token = doc[i]
        if spaced_dash(token):
            break  # "NEW YORK - Republican candidate X": a dateline or a clause ends there, not the title
        hit = lex.titles.get(i)
        entry = lex.entry_at.get(i)
        if hit and hit[0].kind in ("person", "modifier", "organisation"):
            has_person_title = has_person_title or hit[0].kind == "person"
            i = hit[1] - 1
            continue
        if entry is not None and entry.kind in ("country", "organisation"):
            i -= 1
            continue
        if token.tag_ in PROPER_TAGS and i + 1 < name.start and doc[i + 1].tag_ == "POS":
            i -= 1  # a possessor: "Orban's spokesman Zoltan Kovacs"
            continue
        if token.lower_ in TITLE_PREPOSITIONS and i > 0 and i + 1 in lex.titles and _person_title_ends_at(lex, i - 1) \
                and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper():
            i -= 1  # "Minister of Justice Ana Ruiz": the office's whole name, not "Justice" (a judge's title)
            continue
        if token.tag_ == "POS" or token.lower_ in entity_words().title_fillers or (
            token.text[:1].isupper() and token.tag_ in ("NNP", "NNPS", "JJ") and i + 1 < name.start
            and not token.is_sent_start
        ):
            i -= 1
            continue
        break
    start = i + 1
    if 0 < start < name.start and doc[start - 1].text in entity_words().place_name_prefixes:
        start -= 1  # "New Jersey Gov.": the place's whole name, even opening the sentence
    while start < name.start and (doc[start].tag_ == "POS" or doc[start].text == "-"):
        start += 1
    start = _past_sponsor(doc, start, name.start)
    if not has_person_title or start >= end:
        return None
    return doc[start:end]


def _past_sponsor(doc: Doc, start: int, limit: int) -> int:
    """The title's start moved past a party it only sides with ("pro-Ruritanian", "Pro-Kremlin President X"): a
    sponsoring prefix (data/actors/sponsor_participles.json) hyphened to a country or its seat says whom the holder
    leans to, never whose office it is, so that party's words are no part of the title."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 2].whitespace_ or doc[start - 1].whitespace_ \
            or doc[start - 2].lower_ not in sponsor_participles()["sponsoring_prefixes"]:
        return start
    while start < limit and not doc[start].whitespace_:
        start += 1  # the rest of the hyphened word ("Kremlin", "Western")
    return start + 1 if start < limit else start


def _person_title_ends_at(lex: DocLexicon, i: int) -> bool:
    """Whether a person's title ("minister", "secretary") ends at token ``i``."""
    hit = lex.titles.get(i)
    return hit is not None and hit[0].kind == "person" and hit[2] == i + 1


def title_text(chain: Span, lex: DocLexicon) -> str:
    """A title chain's text without its country words ("Ukrainian Defense Minister" -> "Defense Minister")."""
    kept = [
        t for t in chain
        if not (lex.entry_at.get(t.i) is not None and lex.entry_at[t.i].kind == "country" and t.i not in lex.titles)
        and t.tag_ != "POS"
    ]
    if not kept:
        return chain.text
    text = chain.doc[kept[0].i : kept[-1].i + 1].text
    return text[0].lower() + text[1:] if _capital_of_sentence_start(kept, lex) else text


def _capital_of_sentence_start(words: list[Token], lex: DocLexicon) -> bool:
    """Whether a title's only capital is its first word's, there because the sentence starts there
    ("Marine economist X", "Former secretary of state X"; "Justice Minister X", "Democratic candidate X" (a
    party the model names) and "Presidential candidate Sen. X" keep theirs)."""
    first = words[0]
    later = [t for t in words[1:] if t.text[:1].isalpha()]
    return (first.is_sent_start and first.is_title and len(first.text) > 1 and first.i not in lex.entry_at
            and not first.ent_type_ and bool(later) and all(t.text[:1].islower() for t in later))


def apposition(name: Span, lex: DocLexicon) -> Span | None:
    """The title apposition after a name ("Cui Hongjian, director of the Center ..."), if any."""
    root = name.root
    # The parser may hang the apposition on a word of the name that is not its root ("Ans in 't Veld, a lawmaker":
    # on "Veld", the object of "in"): the right children of every word of the name are read.
    rights = [child for token in name for child in token.rights]
    for child in [*rights, *_second_subject(name, lex)]:
        if (child.dep_ != "appos" and name.start <= child.head.i < name.end) or child.i < name.end:
            continue
        if child.tag_ in PROPER_TAGS and not is_title_token(child, lex):
            continue  # another name ("Putin, Xi"), not a title
        if child.left_edge.i - name.end > APPOSITION_GAP:
            continue
        if any(t.text in CLAIM_COLONS for t in name.doc[name.end:child.left_edge.i]):
            continue  # "Warren: Time for a tougher line" (a headline): what the person says, not a title
        if child.like_num or child.lower_ in entity_words().not_title_heads or child.pos_ not in ("NOUN", "PROPN"):
            continue
        if subject_of_next_verb(child):
            continue  # "For Hillary Clinton, Britain's uprising is ...": the clause's subject, misread as apposition
        clauses = {t.i for c in child.subtree if c.dep_ in MODIFIER_CLAUSE_DEPS for t in c.subtree}
        subtree = [t for t in child.subtree if t.i not in clauses]
        start, end = subtree[0].i, subtree[-1].i + 1
        # Stop at the first token that is not part of the title proper (a cut-out clause).
        for t in subtree:
            if t.i + 1 < end and (t.i + 1) in clauses:
                end = t.i + 1
                break
        doc = name.doc
        while start < end and (doc[start].is_punct or doc[start].dep_ == "det"):
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if 0 < end - start <= MAX_TITLE_TOKENS:
            return doc[start:end]
    return None


def _second_subject(name: Span, lex: DocLexicon) -> list[Token]:
    """A title the parser made a second subject of the name's verb ("Mara Kessel, the director of the
    national archive, sat ..." parsed with two subjects): a title set off by commas right after the name (not a
    name addressed in a quotation: "“My dear Tom Reilly,” the festival host says")."""
    root, doc = name.root, name.doc
    if root.dep_ not in ("nsubj", "nsubjpass") or name.end >= len(doc) or doc[name.end].text != ",":
        return []
    return [t for t in root.head.children
            if t.dep_ == root.dep_ and t.i > name.end and is_title_token(t, lex) and t.pos_ == "NOUN"
            and t.left_edge.i == name.end + 1 and _closed_by_comma(t)]


def _closed_by_comma(title: Token) -> bool:
    """Whether a comma ends the title's phrase (its own last token or the one after it)."""
    doc, last = title.doc, title.right_edge.i
    return doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")


def is_title_token(token: Token, lex: DocLexicon) -> bool:
    """Whether the token is inside a person or group title ("Representative" in "the U.S. Trade Representative")."""
    hit = lex.titles.get(token.i)
    return hit is not None and hit[0].kind in ("person", "group")


def appos_is_title(appos: Span, lex: DocLexicon) -> bool:
    """An apposition is a title when its head noun is a listed title or agent noun."""
    hit = lex.titles.get(appos.root.i)
    return hit is not None and hit[0].kind in ("person", "group")


def honorific(doc: Doc, name: Span) -> str | None | bool:
    """Gender of an honorific right before the name ('m'/'f'/None), or False when there is none."""
    if name.start == 0:
        return False
    word = doc[name.start - 1].lower_
    honorifics = entity_words().honorifics
    if word in honorifics and name.start >= 3 and doc[name.start - 2].lower_ == "and" \
            and doc[name.start - 3].lower_ in honorifics:
        return None  # "Mr. and Mrs. Haddad": the couple, so the second honorific tells neither one's gender
    return honorifics.get(word, False)
