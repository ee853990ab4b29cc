"""Drafts the entity finder keeps that name no party: a city the tagger read as an organisation ("We came
to Bergen ready"), a headline's first word capitalised by its place ("Coastal states end ..."), and the
press a speaker addresses ("told reporters"); a name read across markup is cut to its words. Applied to
the finder's drafts before ids are given (finder.py itself is left to its own concern: finding names).

Hand audit (session 8): on 120 PolNeAR train articles (seed 20261206) they fired 14 times, 14 right (6 press
groups addressed, 8 cities or place words read as organisations, datelines among them); on VOA dev 9, 9 right,
once the positional capital had to be written lowercase elsewhere too (before, "Baidu chief" was dropped).
The sentence-opener person (session 15, PolNeAR train seeds 150211, 150212, 150214): fired 8, right 8 (two
sentence adverbs, four ordinary words, a hyphenated modifier, a city before a title).
The plural noun made a group (session 16, PolNeAR train seeds 160171, 160172, 160175 random and 160173 targeted):
fired 4, right 4 (peoples tagged as plural proper nouns; one "They" after them now names them)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc
from spacy.tokens import Token

from accord.knowledge.actors import LEADING_ARTICLE, entity_words, known_person
from accord.stages.entities.builder import EntityDraft
from accord.stages.entities.lexicon_hits import PROPER_TAGS
from accord.stages.gazetteer import find_major_city
from accord.stages.markup import clean_name, has_markup, has_word

# The sector of the press (reporters, journalists): the audience a speaker talks to.
PRESS_SECTOR = "JRN"


def _tokens(doc: Doc, draft: EntityDraft) -> Iterable[list[Token]]:
    for start, end, *_ in draft.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        yield list(span) if span is not None else []


def _a_city(text: str, draft: EntityDraft) -> bool:
    """An uncoded organisation or untitled person whose every mention is a major city's name (the tagger
    reads "came to Marseille ready" as a person, "came to Bergen ready" as an organisation)."""
    if not (draft.kind == "organisation" or (draft.kind == "person" and not draft.title and not draft.gender)):
        return False
    return not draft.code and all(
        find_major_city(LEADING_ARTICLE.sub("", text[start:end].strip())) is not None for start, end, *_ in draft.mentions)


def _line_start(token: Token, text: str) -> bool:
    return token.is_sent_start or token.idx == 0 or text[:token.idx].rstrip(" \t").endswith("\n")


def _positional_capital(doc: Doc, text: str, draft: EntityDraft) -> bool:
    """An uncoded one-word organisation only ever written capitalised as a sentence's or line's first word,
    and in lowercase elsewhere ("Coastal states end ..." and "every coastal state"): the capital comes from
    the place."""
    if draft.kind != "organisation" or draft.code or draft.title:
        return False
    for tokens in _tokens(doc, draft):
        words = [t for t in tokens if not t.is_space]
        if len(words) != 1 or not _line_start(words[0], text) or not words[0].text[1:].islower():
            return False
    # ... and written in lowercase elsewhere ("every coastal state"): an ordinary word ("Baidu chief" stays)
    return bool(draft.mentions) and re.search(rf"\b{re.escape(draft.name.strip().lower())}\b", text) is not None


def _opener_word(token: Token, text: str) -> bool:
    """A sentence's or line's first word that the tagger reads as no proper noun ("Meanwhile,", "Nationally,",
    "Divided by ...", "Exit polls ..."), or that a hyphen joins to a lowercase word ("Bare-knuckle")."""
    if not _line_start(token, text):
        return False
    doc = token.doc
    hyphened = (token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-"
                and not doc[token.i + 1].whitespace_ and doc[token.i + 2].text[:1].islower())
    return token.tag_ not in PROPER_TAGS or hyphened


def _sentence_opener_person(doc: Doc, text: str, draft: EntityDraft) -> bool:
    """An uncoded, untitled one-word person of no known given name whose every mention is a sentence's opening
    word read as an ordinary word: the model took the capital the place gives for a name, and such a "person"
    would become a speaker or an antecedent."""
    if draft.kind != "person" or draft.code or draft.title or draft.gender or len(draft.name.split()) != 1:
        return False
    for tokens in _tokens(doc, draft):
        words = [t for t in tokens if not t.is_space]
        if len(words) != 1 or not _opener_word(words[0], text):
            return False
    return bool(draft.mentions)


# Verb forms that agree only with a plural (or first or second person) subject: a one-word name they agree
# with is a plural noun ("Politicos call this ..."). "VBP" is the parser's non-third-person-singular present
# ("call", "are", "have"); "were" is the plural past of "be".
PLURAL_AGREEMENT_TAGS = frozenset({"VBP"})
PLURAL_PAST_FORMS = frozenset({"were"})
# The tagger's plural proper noun ("Hispanics", "Alabamians"): a people, not a person.
PLURAL_PROPER_TAG = "NNPS"
# Where a word stands as a noun of its own; as a compound ("Sanders supporters") its tag says nothing of it.
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT", "dative"})


def _plural_agreement(verb: Token) -> bool:
    """Whether ``verb`` or an auxiliary of it is written in a form only a plural subject takes."""
    return any(t.tag_ in PLURAL_AGREEMENT_TAGS or t.lower_ in PLURAL_PAST_FORMS
               for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))))


def _plural_noun(token: Token) -> bool:
    """A word ending in "s" that the parse reads as many: tagged a plural proper noun, or the uncoordinated
    subject of a verb in plural agreement ("Pundits say", "Insiders were told")."""
    if not token.lower_.endswith("s") or token.dep_ not in NOUN_DEPS:
        return False
    return token.tag_ == PLURAL_PROPER_TAG or (
        token.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "conj" for c in token.children)
        and _plural_agreement(token.head))


def _plural_noun_person(doc: Doc, draft: EntityDraft) -> bool:
    """An untitled one-word person, neither a known person nor of a known given name, every mention of which
    the parse reads as a plural noun ("Politicos call this a rout", "angered Hispanics"): the tagger took a
    capitalised plural for a name, and the tag or the verb's agreement, which the parse already gives, says it
    is many."""
    if draft.kind != "person" or draft.title or draft.gender or len(draft.name.split()) != 1 \
            or known_person(draft.name) is not None:
        return False
    for tokens in _tokens(doc, draft):
        words = [t for t in tokens if not t.is_space]
        if len(words) != 1 or not _plural_noun(words[0]):
            return False
    return bool(draft.mentions)


def _addressed_press(doc: Doc, draft: EntityDraft) -> bool:
    """A press group every mention of which is whom a speaker tells or speaks to ("told reporters")."""
    if draft.kind != "group" or draft.sector != PRESS_SECTOR:
        return False
    verbs = entity_words().audience_verbs
    for tokens in _tokens(doc, draft):
        if not tokens:
            return False
        inside = {t.i for t in tokens}
        head = tokens[-1]
        while head.head.i != head.i and head.head.i in inside:
            head = head.head
        governor = head.head
        if head.dep_ == "pobj" and governor.lower_ == "to":
            governor = governor.head
        elif head.dep_ not in ("dobj", "dative"):
            return False
        if governor.lemma_.lower() not in verbs:
            return False
    return bool(draft.mentions)


def _named_without_markup(draft: EntityDraft) -> bool:
    """Whether a draft still has a name once markup read into it (`alert(1)</script> Officials`) is cut;
    the name is cut in place."""
    if has_markup(draft.name):
        draft.name = clean_name(draft.name)
    return has_word(draft.name)


def _as_group(doc: Doc, draft: EntityDraft) -> EntityDraft:
    """``draft``, made a group when it is a plural noun read as a person ("angered Hispanics", "Politicos call
    this ..."): many people, who may still be speakers and antecedents, but no one person (changed in place)."""
    if _plural_noun_person(doc, draft):
        draft.kind = "group"
    return draft


def named_parties(doc: Doc, text: str, drafts: list[EntityDraft]) -> list[EntityDraft]:
    """``drafts`` without a city read as an organisation, a headline's positional capital, a sentence's opening
    word read as a person, the press addressed, or markup with no name in it; a plural noun read as a person
    becomes a group."""
    return [_as_group(doc, d) for d in drafts if _named_without_markup(d)
            and not (_a_city(text, d) or _positional_capital(doc, text, d) or _addressed_press(doc, d)
                     or _sentence_opener_person(doc, text, d))]
