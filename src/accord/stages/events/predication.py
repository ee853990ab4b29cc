"""Whether a verb trigger is a reported act: a finite clause of its own, not an infinitive or gerund.

"Police arrested him" reports an arrest; "to negotiate with armed groups", "talking about the crisis"
and "trouble talking to voters" only name an act. An event whose actor has no code is kept when it is
reported this way (issue 14: never drop a found event for want of a code, but do not code every verb).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.stages.grammar import span_text

# Penn tags of a verb that carries tense itself.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Auxiliary dependencies that give a participle or bare verb its tense ("was arrested", "have agreed").
AUX_DEPS = frozenset({"aux", "auxpass"})
# The infinitive marker is an "aux" in spaCy's English scheme but gives no tense.
INFINITIVE_MARKER_TAG = "TO"
# Coordination links a verb to a head whose tense it shares ("arrested and jailed him").
COORDINATION_DEP = "conj"
# How many coordinated verbs (or participles on them) up a chain the tense is looked for: 4 reaches the last act
# of "have been stopped or harassed while covering protests and briefly detained and assaulted" (session 10).
COORDINATION_HOPS = 4
# A participle hanging on a tensed verb as its adjunct or complement shares its time ("X said Friday,
# urging Y ...", "began protesting"); an infinitive ("to negotiate") does not.
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp"})
# A gerund is the object of its preposition ("by scolding", "after setting fire").
GERUND_TAG = "VBG"
GERUND_DEP = "pcomp"
# A modal or a negation on the governing verb leaves the gerund's act undone ("could win by attacking").
MODAL_TAG = "MD"
NEGATION_DEP = "neg"


def _tensed(token: Token) -> bool:
    if token.tag_ in FINITE_TAGS:
        return True
    return any(c.dep_ in AUX_DEPS and c.tag_ != INFINITIVE_MARKER_TAG for c in token.children)


def done_gerund_governor(token: Token, preps: frozenset[str]) -> Token | None:
    """The verb a gerund on one of ``preps`` hangs on ("opened the session by scolding ...", "was held after
    setting fire to ..."): the gerund is an act done as that verb's is; None when there is none or it bears a
    modal or a negation ("could win by attacking")."""
    if token.tag_ != GERUND_TAG or token.dep_ != GERUND_DEP:
        return None
    prep = token.head
    if prep.i == token.i or prep.lower_ not in preps:
        return None
    governor = prep.head
    if governor.i == prep.i or governor.pos_ not in ("VERB", "AUX"):
        return None
    undone = any(c.tag_ == MODAL_TAG or c.dep_ == NEGATION_DEP for c in governor.children)
    return None if undone else governor


def is_finite(token: Token) -> bool:
    """The verb heads a tensed clause, itself or through the verb it is coordinated with."""
    current = token
    for _ in range(COORDINATION_HOPS + 1):
        if _tensed(current):
            return True
        if current.tag_ in PARTICIPLE_TAGS and current.dep_ in PARTICIPLE_DEPS and current.head.i != current.i \
                and not any(c.tag_ == INFINITIVE_MARKER_TAG for c in current.children):
            current = current.head
            continue
        if current.dep_ != COORDINATION_DEP or current.head.i == current.i or current.head.pos_ not in ("VERB", "AUX"):
            return False
        current = current.head
    return False


# Links of an adjunct that tells when, where or why an act was done ("arrested over his interviews", "detained
# last week").
ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def is_told_participle(verb: Token) -> bool:
    """A past participle modifying a noun with an adjunct of its own ("a journalist arrested over his
    interviews", "activists detained in May"): it tells an act done to what the noun names, not a kind."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ in ADJUNCT_DEPS and c.lower_ != "by" for c in verb.children)


# Closing quotes that may follow a sentence's final mark.
CLOSING_QUOTES = "\"'”’"


def is_question(sentence: SpacySpan) -> bool:
    """The sentence asks rather than reports ("Who attacked the convoy?"): it reports no act."""
    return span_text(sentence).rstrip().rstrip(CLOSING_QUOTES).endswith("?")
