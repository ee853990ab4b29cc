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
