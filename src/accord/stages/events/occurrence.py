"""Whether an event noun tells one occurrence (a time, place or count of its own, or placed by "be")
rather than naming a kind of act: pure predicates over a parsed token."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.grammar import PLACE_LABELS, TIME_LABELS

# The prepositions that put an event noun at a place (``grammar.PLACE_LABELS``: "talks in Stockholm").
LOCATIVE_PREPS = frozenset({"in", "at", "near"})
# Links of a count on an event noun's "of" object ("the killing of 33 militants"); a count on the noun
# itself counts acts of a kind ("faces two charges"), not one occurrence.
COUNT_DEPS = frozenset({"nummod", "quantmod"})
# Entity labels of a share or sum, not a count of victims or acts ("the backing of 35 percent of members").
SHARE_LABELS = frozenset({"PERCENT", "MONEY"})
# Articles of one thing: "the arrest of an opposition lawmaker" tells one act on one party, as a count does.
SINGLE_ARTICLES = frozenset({"a", "an"})
# Determiners of an act the reader is taken to know ("the fate of the Iran deal").
KNOWN_ACT_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Nouns that count an act or tell a part taken in it; the act is told through them ("the third round of the
# talks", "played a key role in the talks").
TELLING_HOLDERS = frozenset({"round", "series", "session", "role", "part", "participation"})
# Links of a verb's own time ("met on Saturday", "met Saturday").
TIME_LINK_DEPS = frozenset({"npadvmod", "tmod", "prep"})


def told_as_placed(noun: Token) -> bool:
    """Whether an event noun is the subject of "be" placed or timed by a prepositional phrase: an occurrence
    told ("their second summit was in February 2019 in Hanoi"), not a description ("the talks were productive")."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_ != "be" or head.pos_ != "AUX":
        return False
    return any(pobj.ent_type_ in TIME_LABELS or (prep.lower_ in LOCATIVE_PREPS and pobj.ent_type_ in PLACE_LABELS)
               for prep in head.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj")


def own_particulars(noun: Token) -> bool:
    """Whether an event noun carries a time, a place or a count of its own: an occurrence told, not a
    kind of act named ("talks in Stockholm in October", "the killing of 33 militants" vs "aid", "tariffs")."""
    for child in noun.children:
        if child.ent_type_ in TIME_LABELS and child.dep_ not in ("relcl", "acl"):
            return True
        if child.dep_ != "prep":
            continue
        for pobj in (g for g in child.children if g.dep_ == "pobj"):
            if pobj.ent_type_ in TIME_LABELS or (child.lower_ in LOCATIVE_PREPS and pobj.ent_type_ in PLACE_LABELS):
                return True
            if child.lower_ == "of" and pobj.ent_type_ not in SHARE_LABELS and any(g.dep_ in COUNT_DEPS for g in pobj.children):
                return True
    return acts_on_one_new_party(noun)


def acts_on_one_new_party(noun: Token) -> bool:
    """Whether "the" event noun acts on one party the story introduces with "a"/"an" ("the arrest of an
    opposition lawmaker"): one occurrence, and no other mention of an act on parties already named."""
    return _definite(noun) and any(_single(pobj) for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                   for pobj in prep.children if pobj.dep_ == "pobj")


def _definite(noun: Token) -> bool:
    """Whether a noun has "the": "the arrest of a lawmaker" names one act, "fear of an arrest" a kind."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _single(pobj: Token) -> bool:
    """Whether an "of" object is one party introduced by "a"/"an" ("of an opposition lawmaker")."""
    return pobj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in SINGLE_ARTICLES for c in pobj.children)


def named_in_passing(noun: Token, claims: frozenset[str] = frozenset()) -> bool:
    """Whether an event noun with "the" is hung by a preposition on another noun, with no time, place or count
    of its own ("the fate of the Iran deal", "an acronym for the Iran deal", "at the centre of the feud
    between them"): an act the reader is taken to know, named in passing, not one the story tells. A noun of
    ``claims`` ("claimed responsibility for the attack") tells the act: its claimant is the doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if prep.head.lemma_.lower() in TELLING_HOLDERS or prep.head.lemma_.lower() in claims:
        return False
    if not any(c.dep_ == "det" and c.lower_ in KNOWN_ACT_DETERMINERS for c in noun.children):
        return False
    return not own_particulars(noun) and not _verb_timed(prep.head)


def _verb_timed(token: Token) -> bool:
    """Whether the verb whose phrase holds a word is told with a time of its own ("a key role in the talks on
    Saturday" under "played"): the act is placed, not only named."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    times = [g for c in verb.children if c.dep_ in TIME_LINK_DEPS for g in ((c,) if c.dep_ != "prep" else c.children)]
    return any(t.ent_type_ in TIME_LABELS for t in times)
