"""Trigger finding: one array pre-filter by part of speech and lemma, then one lexicon lookup per plausible token.

A verb matches its lemma (and, for phrasal entries, a particle/preposition child); a noun matches its
lemma (and, for two-word entries, a compound/amod modifier); an entry with ``objects`` applies only when
the word governs one of those lemmas. Words in compound-modifier position never trigger ("negotiation
outcomes"), and adjectives trigger only with a complement ("open to a meeting").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from spacy.tokens import Doc, Token

from accord.stages.events.lexicon import HYPHEN, NOT_A_TRIGGER, Lexicon, TriggerEntry
from accord.stages.events.occurrence import LOCATIVE_PREPS
from accord.stages.grammar import PLACE_LABELS, TIME_LABELS, VERB_POS
from accord.stages.token_filters import indices_with, lowered_strings

NOUN_POS = frozenset({"NOUN", "PROPN"})
# Every part of speech ``_pos_of`` can map to a trigger part of speech (the array pre-filter).
TRIGGER_POS = tuple(sorted(VERB_POS | NOUN_POS | {"ADJ"}))
# Dependencies under which a noun is only a modifier of another noun, never an event of its own.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Child dependencies that carry an argument a trigger may be restricted to (objects column).
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "dative", "ccomp", "xcomp"})
# Links of a phrasal entry's second word; "oprd" is the parser's link of "guilty" in "pleaded guilty" (session 19).
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dobj", "compound:prt", "npadvmod", "compound", "acomp", "oprd"})
# Clausal complements whose "for" subordinator is the parse's reading of a phrasal verb's preposition:
# "called for the army to withdraw" hangs "for" on "withdraw" as its mark, not on "called".
FOR_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp"})
# Penn tags of relative pronouns ("which", "whom", "whose"): the object of a preposition fronting a relative clause.
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Relative pronouns the tagger may tag otherwise ("a stance that he disavowed": "that" tagged as a subordinator).
RELATIVE_WORDS = frozenset({"that", "which", "whom"})
# Dependencies of a relative pronoun that stands for what its clause's verb acts on.
RELATIVE_OBJECT_DEPS = frozenset({"dobj", "obj"})
ADJ_COMPLEMENT_DEPS = frozenset({"xcomp", "prep", "ccomp"})
# Dependencies of an adjective that is its clause's predicate ("enrichment is non-negotiable").
PREDICATE_DEPS = frozenset({"acomp", "ROOT", "conj"})
# Dependencies of a "joint"/"bilateral" modifier that makes a single-party act a joint one.
JOINT_MODIFIER_DEPS = frozenset({"amod", "compound", "advmod"})


# Prepositions whose object is a circumstance of the act, never what it acts on ("ended without an
# agreement" does not end an agreement).
# The tag of a past participle: one modifying a noun ("a report released by the UN") acts on that noun.
PASSIVE_PARTICIPLE_TAG = "VBN"
CIRCUMSTANCE_PREPS = frozenset({"without", "despite", "after", "before", "amid", "during", "since", "until", "following"})


# Links of the predicate of an "as" phrase parsed as a modifier of the preposition ("described it as deplorable").
AS_PREDICATE_DEPS = frozenset({"amod", "acomp", "advmod"})


# The entity label of a person's name, and the IOB mark of a token inside an entity after its first word.
PERSON_LABEL = "PERSON"
INSIDE_ENTITY = "I"


# Words of a phrasal trigger farther than this from its head are not put in the trigger span.
SPAN_REACH = 3


# In an objects list, this stands for any object naming a person ("released Navalny").
PERSON_OBJECT = "@person"
# ... and this for any object naming a country or organisation ("the African Union suspended Niger").
PARTY_OBJECT = "@party"
PARTY_ENTITY_TYPES = frozenset({"GPE", "NORP", "ORG"})
# ... and this for any object naming an organisation ("withdrawal from the Economic Community of West African States").
ORGANISATION_OBJECT = "@organisation"
ORGANISATION_ENTITY_TYPES = frozenset({"ORG"})


@dataclass(frozen=True)
class Trigger:
    """A token that names a PLOVER event, with the entry it matched and the tokens of its phrase."""

    token: Token
    entry: TriggerEntry
    pos: str
    extra: tuple[Token, ...] = ()

    @property
    def near_extra(self) -> tuple[Token, ...]:
        """The phrase words close enough to the trigger to belong in its span."""
        return tuple(t for t in self.extra if abs(t.i - self.token.i) <= SPAN_REACH)


def governed_lemmas(token: Token) -> dict[str, Token]:
    """Lemmas of what a word governs: objects, prepositional objects, "of" complements and their compounds."""
    found: dict[str, Token] = {}

    def add(word: Token) -> None:
        found.setdefault(word.lemma_.lower(), word)
        found.setdefault(word.lower_, word)
        for child in word.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                found.setdefault(child.lemma_.lower(), word)
        for conj in word.conjuncts:
            found.setdefault(conj.lemma_.lower(), conj)

    # the "by" agent is the doer: never what is acted on when the clause names that, as its passive subject or
    # the noun its participle describes ("the report was released by the UN", "a report released by the UN");
    # kept when it names nothing ("before being caught by guards")
    own_patient = (token.dep_ == "acl" and token.tag_ == PASSIVE_PARTICIPLE_TAG) or any(c.dep_ == "nsubjpass" for c in token.children)
    # a passive participle's noun is what it acts on, as a passive subject is ("a suit filed last week", "the
    # case brought against the ministry")
    if token.dep_ == "acl" and token.tag_ == PASSIVE_PARTICIPLE_TAG:
        add(token.head)
    # a verb the parser made a modifier of the noun after it ("the device shoots radar waves" read as a compound
    # of "waves") governs that noun: it is the verb's object misread
    if token.dep_ == "compound" and token.pos_ == "VERB" and token.head.i > token.i:
        add(token.head)
    # a relative pronoun object stands for the noun the clause describes ("a stance that she later disavowed"); a
    # passive one is left out: a class of objects would match the people "who were not sent back" (VOA dev)
    if token.dep_ == "relcl" and any(c.dep_ in RELATIVE_OBJECT_DEPS and (c.tag_ in RELATIVE_TAGS or c.lower_ in RELATIVE_WORDS)
                                     for c in token.children):
        add(token.head)
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            add(child)
            # "fired dozens of rockets": the rockets; "stripped critics of their citizenship" (the "of" phrase
            # parsed on the object): the citizenship
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for inner in prep.children:
                        if inner.dep_ == "pobj":
                            add(inner)
        elif (child.dep_ == "prep" or (child.dep_ == "agent" and not own_patient)) and child.lower_ not in CIRCUMSTANCE_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" or (child.lower_ == "as" and grandchild.dep_ in AS_PREDICATE_DEPS):
                    add(grandchild)
    # "described the plan as a disaster": the "as" predicate may hang on the object
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for prep in (p for p in obj.children if p.dep_ == "prep" and p.lower_ == "as"):
            for predicate in (g for g in prep.children if g.dep_ == "pobj" or g.dep_ in AS_PREDICATE_DEPS):
                add(predicate)
    return found


def _temporal(word: Token) -> bool:
    """A preposition introducing a date or time ("on Thursday") is never a phrasal particle."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in word.children)


def _placed(word: Token, entry: TriggerEntry) -> bool:
    """An "in" introducing a place ("gave a speech in West Virginia") is never the particle of "give in"; nor is an
    "in" with any object of its own ("gave him an award in 1990", "was given a term in a halfway house", "given in
    exchange for jobs"; PolNeAR train seeds 140141-140144: 4 of 4 such CONCEDE events false) unless the entry names
    what "in" governs ("hold in custody")."""
    if word.dep_ != "prep" or word.lower_ != "in":
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    return any(c.ent_type_ in PLACE_LABELS for c in objects) or (bool(objects) and not entry.objects)


def _relative(word: Token) -> bool:
    """A preposition whose object is a relative pronoun ("instances in which the foundation gave gifts") is
    never a phrasal particle: it fronts a relative clause, not "give in"."""
    return any(c.dep_ == "pobj" and c.tag_ in RELATIVE_TAGS for c in word.children)


def _prefix_before(token: Token, prefix: str) -> tuple[Token, ...] | None:
    """The tokens of a hyphenated adjective's first part just before it ("non - negotiable", "non
    negotiable"): the tokenizer splits the word, and the parser hangs its parts side by side."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == HYPHEN and doc[i - 2].lower_ == prefix and doc[i - 2].whitespace_ == "":
        return (doc[i - 2], doc[i - 1])
    if i >= 1 and doc[i - 1].lower_ == prefix:
        return (doc[i - 1],)
    return None


def _second_word_present(token: Token, entry: TriggerEntry) -> tuple[Token, ...] | None:
    words = entry.second.split() if entry.second else []
    if not words:
        return ()
    if entry.pos == "adj":
        return _prefix_before(token, words[-1]) if len(words) == 1 else None
    if entry.pos == "noun":
        modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS or c.dep_ == "prep"]
        matched = [c for c in modifiers if c.lower_ == words[-1] or c.lemma_.lower() == words[-1]]
        return tuple(matched[:1]) if matched else None
    found: list[Token] = []
    for word in words:
        match = next(
            (c for c in token.children if c.dep_ in PARTICLE_DEPS and (c.lower_ == word or c.lemma_.lower() == word) and not _temporal(c) and not _placed(c, entry)
             and not _relative(c)),
            None,
        )
        if match is None and len(words) == 1:
            match = _clause_mark(token, word)
        if match is None:
            return None
        found.append(match)
    return tuple(found)


def _clause_mark(token: Token, word: str) -> Token | None:
    """The preposition of a phrasal verb parsed as the subordinator of its "for ... to" clause ("called for the
    United States to send troops", "pushed for Russia to withdraw"): the verb's next word, marking an infinitive
    clause that depends on the verb."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    mark = doc[token.i + 1]
    clause = mark.head
    if mark.dep_ != "mark" or mark.lower_ != word or clause.head != token or clause.dep_ not in FOR_CLAUSE_DEPS:
        return None
    return mark if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) else None


def _particle_matched(token: Token, entry: TriggerEntry) -> bool:
    """Whether the entry's second word is the verb's own particle ("calling him out for his reliance": "call out",
    not "call for"): a particle binds tighter than a preposition that may only say why or where."""
    if not entry.second or entry.pos != "verb":
        return False
    extra = _second_word_present(token, entry)
    return bool(extra) and all(t.dep_ == "prt" for t in extra)


def _placed_at(word: Token) -> bool:
    """Whether a governed word is the object of a locative preposition ("In Washington, Obama released a statement"):
    the place of the act, never whom it is done to when only a class of objects (``@person``, ``@party``) matches
    (PolNeAR train seed 160131: that place had made the release RETREAT)."""
    return word.dep_ == "pobj" and word.head.lower_ in LOCATIVE_PREPS


# An attack line of these verbs needs an aim or a count: "launched a missile" alone may be a test or a space
# flight (review3 of session 24: launches of rockets with crews, of new drone models, coded ASSAULT).
AIMED_LAUNCH_VERBS = frozenset({"launch"})
# Prepositions whose object is what a launched weapon is aimed at ("at the port", "against the rebels").
AIM_PREPS = frozenset({"at", "on", "against", "toward", "towards", "into", "onto", "over"})
# Nouns that count a volley of weapons ("a barrage of rockets", "a wave of drones").
VOLLEY_WORDS = frozenset({"barrage", "salvo", "volley", "wave", "swarm", "hail", "dozen", "dozens", "hundred", "hundreds",
                          "score", "scores", "string", "series"})


# Links of a clause or phrase on a launched thing that tell what it carries ("a rocket carrying two astronauts",
# "a rocket with a crew of four").
PAYLOAD_CLAUSE_DEPS = frozenset({"acl", "relcl"})
PAYLOAD_PREPS = frozenset({"with"})
# Verbs of such a clause that tell a load, never a hit ("a missile that struck a warship" names its target).
CARRY_VERBS = frozenset({"carry", "bear", "transport", "ferry", "take", "bring"})


def _launch_payload(token: Token) -> dict[str, Token]:
    """Lemmas of what a launch verb's object carries (its clause's objects and its "with" phrase): a rocket
    carrying a crew is a space flight, which the launch lines' "-" objects name."""
    found: dict[str, Token] = {}
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for child in obj.children:
            if child.dep_ in PAYLOAD_CLAUSE_DEPS and child.lemma_.lower() in CARRY_VERBS:
                carried = [g for g in child.children if g.dep_ == "dobj"]
            elif child.dep_ == "prep" and child.lower_ in PAYLOAD_PREPS:
                carried = [g for g in child.children if g.dep_ == "pobj"]
            else:
                continue
            for word in carried:
                found.setdefault(word.lemma_.lower(), word)
    return found


def _unaimed_launch(token: Token, entry: TriggerEntry) -> bool:
    """Whether an attack line of a launch verb has neither an aim ("at Kyiv", "on the port"; never a date) nor a
    counted volley ("40 drones", "a barrage of rockets"): a weapon launched without either is a weapons launch."""
    if entry.type != "ASSAULT" or entry.pos != "verb" or token.lemma_.lower() not in AIMED_LAUNCH_VERBS:
        return False
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS):
        if any(g.dep_ == "pobj" and g.ent_type_ not in TIME_LABELS for g in prep.children):
            return False
    for obj in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in VOLLEY_WORDS or obj.lower_ in VOLLEY_WORDS:
            return False
        # "a missile that struck a ship", "a drone hitting a depot": the weapon's own clause names what it hit
        if any(c.dep_ in PAYLOAD_CLAUSE_DEPS and c.lemma_.lower() not in CARRY_VERBS and any(g.dep_ == "dobj" for g in c.children)
               for c in obj.children):
            return False
        if any(c.dep_ == "nummod" or (c.dep_ in ("amod", "quantmod") and c.lower_ in VOLLEY_WORDS) for c in obj.children):
            return False
    return True


# Prepositions of a non-trigger phrase that tell an outcome or a means ("ended in a draw", "ended with a deal"):
# the listed word must be their own object. Others ("call on themselves", parsed with a fronted "on" phrase) may
# name it as the verb's object.
OWNED_OBJECT_PREPS = frozenset({"in", "with"})


def _off_preposition(entry: TriggerEntry, extra: tuple[Token, ...], hit: Token) -> bool:
    """Whether a non-trigger phrase ("-") matched through an outcome preposition finds its listed word outside that
    preposition's phrase ("closed the pact with a letter": "close with" does not govern "pact"): the verb's own
    object is no outcome of "ended with", so the phrase must not veto the verb's own line."""
    preps = [t for t in extra if t.dep_ == "prep" and t.lower_ in OWNED_OBJECT_PREPS]
    if entry.type != NOT_A_TRIGGER or not preps:
        return False
    return not any(prep.left_edge.i <= hit.i <= prep.right_edge.i for prep in preps)


def _choose(token: Token, entries: tuple[TriggerEntry, ...]) -> tuple[TriggerEntry, tuple[Token, ...]] | None:
    """The first entry whose second word and objects are present; an entry matched only through a class
    of objects (``@person``, ``@party``) yields to any later entry that names the object itself."""
    governed: dict[str, Token] | None = None
    by_class: tuple[TriggerEntry, tuple[Token, ...]] | None = None
    for entry in sorted(entries, key=lambda e: not _particle_matched(token, e)):
        extra = _second_word_present(token, entry)
        if extra is None:
            continue
        if entry.objects:
            if governed is None:
                governed = governed_lemmas(token)
                if token.lemma_.lower() in AIMED_LAUNCH_VERBS:
                    governed = {**_launch_payload(token), **governed}
            hit = next((governed[o] for o in entry.objects if o in governed), None)
            if hit is None and by_class is None:
                acted_on = [t for t in governed.values() if not _placed_at(t)]
                if PERSON_OBJECT in entry.objects and any(t.ent_type_ == "PERSON" for t in acted_on):
                    by_class = (entry, extra)
                elif PARTY_OBJECT in entry.objects and any(t.ent_type_ in PARTY_ENTITY_TYPES for t in acted_on):
                    by_class = (entry, extra)
                elif ORGANISATION_OBJECT in entry.objects and any(t.ent_type_ in ORGANISATION_ENTITY_TYPES for t in acted_on):
                    by_class = (entry, extra)
            if hit is None:
                continue
            if _off_preposition(entry, extra, hit) or _unaimed_launch(token, entry):
                continue
        elif by_class is not None:
            return by_class
        return entry, extra
    return by_class


def names_act(token: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is a trigger of its own by the lexicon's lines ("to block the roads", "to storm the hall"), as
    against a verb naming no act ("to keep the victims in mind"): lets a rule tell an act asked for from a plea."""
    chosen = _choose(token, lexicon.candidates("verb", token.lemma_.lower()))
    return chosen is not None and chosen[0].type != NOT_A_TRIGGER


def _pos_of(token: Token) -> str | None:
    if token.pos_ in NOUN_POS and token.dep_ not in MODIFIER_DEPS:
        return "noun"
    if token.pos_ in VERB_POS and token.dep_ != "aux" and token.dep_ != "auxpass":
        return "verb"
    if token.pos_ == "ADJ":
        return "adj"
    return None


def _lexicon_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """Every lemma that can start a trigger or a frame, whatever its part of speech (cached per lexicon)."""
    cached = _LEMMAS_BY_LEXICON.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        lemmas = frozenset(lemma for _, lemma in lexicon.entries) | frozenset(lemma for _, lemma in lexicon.frame_of)
        cached = _LEMMAS_BY_LEXICON[id(lexicon)] = (lexicon, lemmas)
    return cached[1]


_LEMMAS_BY_LEXICON: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _plausible_indices(doc: Doc, lexicon: Lexicon) -> list[int]:
    """Indices, in text order, of the nouns, verbs and adjectives whose lower-cased lemma is in the
    lexicon: the only tokens ``find_triggers`` can keep, found over arrays so Python skips the rest."""
    indices = indices_with(doc, "POS", TRIGGER_POS)
    if not indices:
        return []
    lemma_ids = doc.to_array("LEMMA")[indices]
    lemmas = _lexicon_lemmas(lexicon)
    unique = np.unique(lemma_ids).tolist()
    lowered = lowered_strings(doc, unique)
    known = {h for h in unique if lowered[h] in lemmas}
    return [i for i, h in zip(indices, lemma_ids.tolist()) if h in known]


# Prepositions that take a month as their object ("in March", "since March").
MONTH_PREPOSITIONS = frozenset({"in", "since", "until", "till", "by", "during", "through", "before", "after", "from", "to", "of"})


def _surname(token: Token) -> bool:
    """A proper noun inside a person's name after its first word ("Nathan Deal", "Maria Strike"): part of the
    name, never an act; the name's first word is left to the parse (a title-case headline verb may open it)."""
    return token.pos_ == "PROPN" and token.ent_type_ == PERSON_LABEL and token.ent_iob_ == INSIDE_ENTITY


def _month_name(token: Token) -> bool:
    """A capitalised word of a date entity beside a number ("March 1", "1 March", "March 2016") or as the object of
    a time preposition ("in March"): a month, no act ("joined the March for Life" is a march)."""
    if token.ent_type_ not in TIME_LABELS or not token.is_title:
        return False
    doc = token.doc
    beside = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc) and doc[j].ent_type_ == token.ent_type_]
    if any(t.like_num for t in beside):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in MONTH_PREPOSITIONS


def find_triggers(doc: Doc, lexicon: Lexicon, start_char: int = 0, end_char: int | None = None) -> list[Trigger]:
    """Every trigger token in ``doc`` (within the character range), in text order."""
    if end_char is None:  # the end of the text, without joining it (Doc.text rebuilds the string)
        end_char = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    joint = lexicon.frames["joint_recode"]
    predicative = frozenset(lexicon.frames["predicative_adjectives"])
    joint_types, joint_words, joint_to = frozenset(joint["types"]), frozenset(joint["modifiers"]), joint["to"]
    found: list[Trigger] = []
    for i in _plausible_indices(doc, lexicon):
        token = doc[i]
        if token.idx < start_char or token.idx >= end_char:
            continue
        pos = _pos_of(token)
        if pos is None:
            continue
        if _month_name(token):
            continue  # "contests on March 1", "in March": a month's name inside a date, no march
        if _surname(token):
            continue  # "Governor Lena Deal has vowed ...": a person's name, no deal
        lemma = token.lemma_.lower()
        entries = lexicon.candidates(pos, lemma)
        if pos == "adj" and not any(c.dep_ in ADJ_COMPLEMENT_DEPS for c in token.children) \
                and not (lemma in predicative and token.dep_ in PREDICATE_DEPS):
            continue
        chosen = _choose(token, entries) if entries else None
        if chosen is None and (pos, lemma) in lexicon.frame_of:
            chosen = (TriggerEntry(pos, lemma, "", None), ())  # a frame word: its complement decides
        if chosen is None:
            continue
        entry, extra = chosen
        if entry.type == NOT_A_TRIGGER:
            continue
        if entry.type in joint_types and any(c.dep_ in JOINT_MODIFIER_DEPS and c.lemma_.lower() in joint_words for c in token.children):
            entry = replace(entry, type=joint_to, mode=None)  # "joint patrols": COOPERATE, also inside "agreed to ..."
        found.append(Trigger(token, entry, pos, extra))
    return found
