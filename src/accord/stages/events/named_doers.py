"""Whether an uncoded event noun is still an event: a named party performs it in a tensed clause, or it is
the visit or call during which a tensed verb's subject acts (issue 14 item 1).

"Moise tweeted condemnation", "prosecutors filed charges": the doer is a named person or organisation, or
an institution named by its office, and is the subject of a finite verb by which it performs the act its
object names. The event keeps the doer's text though the lexicon has no code for it. A generic doer
("people", "gunmen"), no doer, or a verb whose subject undergoes the act ("faces charges") does not
qualify: such events stay under the stricter rule of ``extraction``. A "he" or "she" subject stands for a
person the story named ("he carried out raids"), and "carry" performs only with its particle "out". The lists live in
``events/named_doers.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from accord.knowledge.loader import read_json
from accord.stages.events.predication import is_finite

# The trigger noun is the verb's direct object ("tweeted condemnation").
OBJECT_DEP = "dobj"
# The particle of a verb that performs only with it ("carried out raids").
PARTICLE_DEP = "prt"
# The doer is the verb's active subject.
SUBJECT_DEP = "nsubj"
# A name the entity tagger missed ("Moise tweeted ...") is still a name.
PROPER_NOUN = "PROPN"
# A visit or call told as a setting: the object of a preposition on the verb ("said during a visit").
POBJ_DEP = "pobj"
PREP_DEP = "prep"
VERB_POS = frozenset({"VERB", "AUX"})
# A visit is told with its destination: "a visit to Lisbon".
VISIT_MODE = "visit"
DESTINATION_PREP = "to"


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The entity labels, institution lemmas and performing verbs of ``named_doers.json`` (read once)."""
    data = read_json("events/named_doers.json")
    return frozenset(data["entity_labels"]), frozenset(data["institution_lemmas"]), frozenset(data["performing_verbs"])


@lru_cache(maxsize=1)
def _pronouns_and_particles() -> tuple[frozenset[str], dict[str, str]]:
    """The personal pronouns that stand for a named person and the verbs that perform only with a particle (once)."""
    data = read_json("events/named_doers.json")
    return frozenset(data["personal_pronouns"]), dict(data["particle_verbs"])


@lru_cache(maxsize=1)
def _settings() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The CONSULT modes and prepositions of a visit or call told as the setting of an act, and the entity
    labels of a visit's destination (read once)."""
    data = read_json("events/named_doers.json")
    return frozenset(data["setting_modes"]), frozenset(data["setting_preps"]), frozenset(data["visit_destination_labels"])


def _to_a_destination(noun: Token, labels: frozenset[str]) -> bool:
    """Whether the visit ``noun`` goes "to" a country or city ("a visit to Lisbon")."""
    return any(prep.lower_ == DESTINATION_PREP and pobj.dep_ == POBJ_DEP and pobj.ent_type_ in labels
               for prep in noun.children if prep.dep_ == PREP_DEP for pobj in prep.children)


def _names_a_party(token: Token, labels: frozenset[str], lemmas: frozenset[str]) -> bool:
    """A named person or organisation (an entity, or a proper noun the tagger left unlabelled), or an
    institution by its office."""
    return token.ent_type_ in labels or (token.pos_ == PROPER_NOUN and not token.ent_type_) or token.lemma_.lower() in lemmas


def _performs(verb: Token, verbs: frozenset[str], particles: dict[str, str]) -> bool:
    """Whether ``verb`` performs the act its object names: a performing verb, or a particle verb with its
    particle ("carried out raids")."""
    lemma = verb.lemma_.lower()
    if lemma in particles:
        return any(c.dep_ == PARTICLE_DEP and c.lower_ == particles[lemma] for c in verb.children)
    return lemma in verbs


def performed_by_named_party(trigger: Token, doers: list[Token]) -> bool:
    """Whether the event noun ``trigger`` is the object of a tensed performing verb whose subject, one of
    ``doers``, names a party or is a personal pronoun standing for a named person ("she filed charges")."""
    labels, lemmas, verbs = _lists()
    pronouns, particles = _pronouns_and_particles()
    if trigger.dep_ != OBJECT_DEP:
        return False
    verb = trigger.head
    if not _performs(verb, verbs, particles) or not is_finite(verb):
        return False
    doer_ids = {t.i for t in doers}
    return any(c.dep_ == SUBJECT_DEP and c.i in doer_ids and (_names_a_party(c, labels, lemmas) or c.lower_ in pronouns)
               for c in verb.children)


def setting_of_subjects_act(trigger: Token, mode: str | None) -> bool:
    """Whether the visit or call ``trigger`` is the setting of an act its maker tells in a tensed clause:
    the object of a preposition on a tensed verb that has a subject ("he said during a visit to Kyiv",
    "told the president in phone conversations"); a visit must name the country or city visited."""
    modes, preps, destinations = _settings()
    if mode not in modes or trigger.dep_ != POBJ_DEP:
        return False
    if mode == VISIT_MODE and not _to_a_destination(trigger, destinations):
        return False  # "her weekly trips to the barracks", "a visit to the new factory": no host visited
    prep = trigger.head
    if prep.dep_ != PREP_DEP or prep.lower_ not in preps:
        return False
    verb = prep.head
    return verb.pos_ in VERB_POS and is_finite(verb) and any(c.dep_ == SUBJECT_DEP for c in verb.children)
