"""Expletive "it" ("it is hard to believe that ...", "it seems that ..."): a placeholder subject, no speaker."""

from __future__ import annotations

from spacy.tokens import Token


# Raising verbs whose "it" subject stands for the clause they take ("it seems that the talks failed"): nobody
# seems or appears anything there, so the verb reports no statement.
RAISING_VERBS = frozenset({"seem", "appear"})
# Predicates of a copula that make an "it ... to VERB" frame a judgement of the infinitive, not a speaker's
# act ("it is unwise to think ..."): the parser hangs such an infinitive on the copula itself, while a subject
# that acts ("it was quick to deny ...") gets it hung on the adjective.
COPULA_PREDICATE_DEPS = frozenset({"acomp", "attr"})
# Light verb and object of "it makes sense (for X) to ...": a judgement with a placeholder subject.
SENSE_VERB, SENSE_NOUN = "make", "sense"
# The copula's lemma, and the norm of its clitic: the tagger lemmatises a curly "it’s" to the apostrophe.
COPULA_LEMMA, COPULA_CLITIC = "be", "'s"


def expletive_speaker(speaker: Token, cue: Token) -> bool:
    """Whether ``speaker`` is a placeholder "it" for the cue at ``cue``: subject of a raising verb taking a
    clause, of a copula whose infinitive is the cue ("it's dull to debate taxes"), or of "makes sense"."""
    if speaker.lower_ != "it" or speaker.dep_ != "nsubj":
        return False
    verb = speaker.head
    lemma = verb.lemma_.lower()
    if lemma in RAISING_VERBS and cue.i == verb.i:
        return any(c.dep_ == "ccomp" for c in verb.children)
    if (lemma == COPULA_LEMMA or verb.norm_ == COPULA_CLITIC) and cue.dep_ == "xcomp" and cue.head.i == verb.i:
        return any(c.dep_ in COPULA_PREDICATE_DEPS for c in verb.children)
    return lemma == SENSE_VERB and cue.i != verb.i and any(
        c.dep_ == "dobj" and c.lower_ == SENSE_NOUN for c in verb.children)
