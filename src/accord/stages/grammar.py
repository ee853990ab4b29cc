"""Dependency, entity and word label sets that several stages read: one copy of each.

Labels are spaCy's English ones (ClearNLP dependencies, OntoNotes entity types).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

# Pronouns that open a relative clause ("the envoy, who said ..."): they stand for the noun before them.
RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom", "whose"})
# Nominal subjects, active or passive ("Russia said", "talks were held").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Subjects of an active clause, nominal or clausal ("Russia attacked", "what happened shows"): the agent;
# a passive subject is the patient and is read apart.
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Links to another clause: a phrase's own words stop where one of these begins. A reduced participle
# ("12 people killed") is no other clause: "acl" stays with its noun.
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "conj", "xcomp", "parataxis"})
# Clauses that modify a word (relative, participial, adverbial): cut out of an apposition's title ("..., who ...").
MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
# Entity types that name places: countries and cities, other locations, buildings and venues.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity types of places on a map (countries, cities, regions), without buildings and venues.
GEO_LABELS = frozenset({"GPE", "LOC"})


def preposition_objects(token: Token, prepositions: Collection[str] | None = None) -> list[Token]:
    """Objects of the token's prepositions ("talks [in] Geneva" -> Geneva), in order; any preposition when None."""
    return [
        obj for prep in token.children if prep.dep_ == "prep" and (prepositions is None or prep.lower_ in prepositions)
        for obj in prep.children if obj.dep_ == "pobj"
    ]


def misparsed_predicate(verb: Token) -> bool:
    """Whether a verb is its clause's own predicate that the parser hung on a noun of the subject's
    phrase: a subjectless past tense as a noun's modifier ("Talks ... over the programme ended on
    Sunday", "ended" under "programme"); a past participle ("the talks held in Oman") is no such."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
