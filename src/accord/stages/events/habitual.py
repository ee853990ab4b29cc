"""Whether a verb tells a habit or a standing stance ("police usually arrest ...", "Russia has long
supported ...") rather than one act: PLOVER codes events, so such a verb is none (issue 14 items 2-3).
The adverbs live in cues.json (``habitual_adverbs``, ``lasting_adverbs``), their one home: the date rules
read them here too (``undatable_adverbs``)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from accord.knowledge.loader import read_json
from accord.stages.grammar import PRESENT_TAGS

# How many clause links up the trigger an adverb of habit may sit ("often threatens to strike", "usually
# arrest protesters and beat them"): the links of one predication, not of a governing clause.
HABIT_HOPS = 2
# Links through which a verb shares the adverbs of its head: an infinitive complement, or a coordinated
# verb without a subject of its own.
SHARED_DEPS = frozenset({"xcomp", "conj"})


@functools.lru_cache(maxsize=1)
def undatable_adverbs() -> frozenset[str]:
    """Adverbs telling that a clause is no act of one day, which the date rules never date: the adverbs of
    habit and of a lasting stance (cues.json), and those counting many or no occasions ("repeatedly",
    "never": dates.json ``several_occasion_adverbs``; real acts for the event rules, but of no one day)."""
    cues = read_json("events/cues.json")
    several = read_json("dates/dates.json")["several_occasion_adverbs"]
    return frozenset(cues["habitual_adverbs"]) | frozenset(cues["lasting_adverbs"]) | frozenset(several)


def tells_habit(verb: Token) -> bool:
    """Whether an adverb on the verb says its clause is no act of one day ("often retaliated", "repeatedly
    urged", "never met")."""
    return any(c.dep_ == "advmod" and c.lower_ in undatable_adverbs() for c in verb.children)


def _predication(verb: Token) -> list[Token]:
    """The verb and the heads whose adverbs it shares, innermost first."""
    heads = [verb]
    current = verb
    for _ in range(HABIT_HOPS):
        if current.dep_ not in SHARED_DEPS or current.head.i == current.i:
            break
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            break  # "X usually talks, but on Monday Y attacked": a conjunct with its own subject is its own act
        current = current.head
        heads.append(current)
    return heads


def perfect(verb: Token) -> bool:
    """Whether a verb is in the perfect ("has opposed", "had backed"): a state lasting up to a time, not a day's act."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _lasting(verb: Token) -> bool:
    return verb.tag_ in PRESENT_TAGS or perfect(verb)


# The noun of the adverbs' phrase form ("on a regular basis", "on a daily basis").
BASIS_NOUN = "basis"


def _on_a_basis(head: Token, words: set[str]) -> bool:
    """Whether an "on a regular basis" phrase hangs on the verb: the phrase form of an adverb of habit."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == BASIS_NOUN and any(a.dep_ == "amod" and a.lower_ in words for a in g.children)
        for g in c.children) for c in head.children)


# Links from an event noun up to the verb whose clause names it ("has long played a role in the talks",
# "has always opposed talks with them"): an object, a preposition and its object, a noun's modifier.
NOUN_ARGUMENT_DEPS = frozenset({"dobj", "pobj", "prep", "attr", "poss", "compound", "nmod"})
# How many such links a noun may sit below its verb ("played" <- "role" <- "in" <- "negotiations": 3).
NOUN_HOPS = 4


def governing_verb(noun: Token) -> Token | None:
    """The verb of the clause whose object (or object's modifier) an event noun is, or None (a subject,
    or a noun heading no clause)."""
    current = noun
    for _ in range(NOUN_HOPS):
        if current.dep_ not in NOUN_ARGUMENT_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


# Tags of a superlative adjective ("kindest", "best") and of a superlative adverb grading one ("most generous").
SUPERLATIVE_ADJECTIVE_TAG = "JJS"
SUPERLATIVE_ADVERB_TAG = "RBS"


def _superlative(noun: Token) -> bool:
    """Whether a noun is ranked by a superlative ("the kindest woman", "the most generous donor")."""
    return any(c.dep_ == "amod" and (c.tag_ == SUPERLATIVE_ADJECTIVE_TAG or any(
        g.dep_ == "advmod" and g.tag_ == SUPERLATIVE_ADVERB_TAG for g in c.children)) for c in noun.children)


def ranks_experience(verb: Token, cues: dict) -> bool:
    """Whether the verb heads a relative clause with "ever" on a superlative noun ("the kindest woman I have
    ever met"): a ranking of one's experience, no act told ("the first time they had ever met" is not one)."""
    if verb.dep_ != "relcl" or not _superlative(verb.head):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in cues["experience_adverbs"] for c in verb.children)


def is_habitual(verb: Token, cues: dict) -> bool:
    """Whether the verb, or the head whose adverbs it shares, is modified by an adverb of habit or its phrase
    form ("on a regular basis"; in a simple tense) or of a lasting stance (in the present or the perfect)."""
    habits, lasting = set(cues["habitual_adverbs"]), set(cues["lasting_adverbs"])
    for head in _predication(verb):
        if not perfect(head) and _on_a_basis(head, set(cues["habitual_basis_words"])):
            return True  # "Norway consults Sweden on a regular basis"
        for child in head.children:
            if child.dep_ != "advmod":
                continue
            word = child.lower_
            # "have consistently urged": repeated acts told as done, not a habit
            if (word in habits and not perfect(head)) or (word in lasting and _lasting(head)):
                return True
    return False
