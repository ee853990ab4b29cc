"""Negation of an event (PLOVER auxiliary mode): "did not", "no ceasefire agreement", "failed to"."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.events.lexicon import Lexicon
from accord.stages.events.modality import own_tense, pending
from accord.stages.events.triggers import Trigger
from accord.stages.grammar import SUBJECT_DEPS

# How far up the head chain a "failed to" governor may sit above the trigger (fail -> xcomp -> trigger).
FAILURE_HOPS = 2
# How many coordination links up a verb may share its subject ("None of them came out, spoke and voted for him").
SHARED_SUBJECT_HOPS = 2


def _not_only(word: Token) -> bool:
    """ "Not only did X turn down ..., it ...": a stress on X's act, which is told as done, no negation."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ == "only"


def _has_negation_child(token: Token, words: frozenset[str]) -> bool:
    return any((c.dep_ == "neg" or (c.dep_ in ("advmod", "preconj") and c.lower_ in words)) and not _not_only(c)
               for c in token.children)


def _no_longer(token: Token) -> bool:
    """ "will no longer recognize": the act stops."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in token.children)


def _achievement_negated(verb: Token, words: frozenset[str]) -> bool:
    """Whether a verb of achieving ("manage", "able") is negated, itself or, for an adjective, through its
    copula ("was not able to")."""
    if _has_negation_child(verb, words):
        return True
    return verb.dep_ == "acomp" and _has_negation_child(verb.head, words)


# Penn tags of a coordinated verb that takes its auxiliary from the first verb ("did not seek or receive", "has
# not met or spoken"): a bare verb or a participle.
SHARED_AUXILIARY_TAGS = frozenset({"VB", "VBN"})
# Conjunctions and adverbs that contrast the second verb with the first ("did not attack but warned", "should not
# back him and instead endorse her"): no shared negation.
CONTRASTING_WORDS = frozenset({"but", "yet", "instead", "rather"})


def _shares_negation(verb: Token, words: frozenset[str]) -> bool:
    """Whether a coordinated verb with no subject or auxiliary of its own takes the negated auxiliary of the verb
    it is coordinated with ("did not seek or receive", "will not meet or talk"), not after "but"."""
    head = verb.head
    if verb.dep_ != "conj" or head is verb or verb.tag_ not in SHARED_AUXILIARY_TAGS or head.tag_ != verb.tag_:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ in ("cc", "advmod") and c.lower_ in CONTRASTING_WORDS for c in (*head.children, *verb.children)):
        return False
    return any(c.dep_ in ("aux", "auxpass") for c in head.children) and _has_negation_child(head, words)


def is_negated(trigger: Token, anchor: Token, lexicon: Lexicon) -> bool:
    """True when the trigger (or the verb it hangs on) is negated, governed by a failure verb or by a negated
    verb of achieving."""
    cues = lexicon.cues
    words = frozenset(cues["negation_words"])
    determiners = frozenset(cues["negating_determiners"])
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in determiners for c in trigger.children):
        return True
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" and trigger.head.i == anchor.i \
            and anchor.lemma_.lower() in cues["content_verbs"] \
            and not any(c.dep_ == "det" and c.lower_ in cues["negative_polarity_determiners"] for c in trigger.children):
        return False  # "failed to mention the attack", "failed to honor requests": the talking or answering is negated
    subject_noun = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.i == anchor.i
    occurrence = frozenset(lexicon.frames["occurrence_verbs"])
    for token in (trigger, anchor) if trigger.i != anchor.i else (trigger,):
        if token.i == anchor.i and subject_noun and anchor.lemma_.lower() not in occurrence:
            continue  # "Pyongyang's demand did not mesh": the clause's negation is not the demand's
        if _has_negation_child(token, words) or _no_longer(token):
            return True
    if _shares_negation(anchor, words):
        return True  # "did not seek or receive his endorsement": "receive" shares "did not"
    if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp" and _has_negation_child(trigger.head, words):
        return True  # "I'm not concerned", "is not ready for talks": the copula carries the negation
    failure = frozenset(lexicon.frames["failure_verbs"])
    achievement = frozenset(lexicon.frames["achievement_verbs"])
    current = anchor
    for _ in range(FAILURE_HOPS):
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i or own_tense(current):
            break  # "failed to sign and left": the leaving is told as done
        current = current.head
        if current.lemma_.lower() in failure and not _has_negation_child(current, words):
            return True
        if current.lemma_.lower() in achievement and _achievement_negated(current, words):
            return True  # "did not manage to capture", "was not able to destroy": the act did not happen
    if trigger.dep_ == "pobj" and trigger.head.lower_ in cues["negating_governors"]:
        return True
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in cues["negating_governors"]:
        return True  # "without a shot being fired", "withdrew without firing a shot"
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in cues["desire_verbs"] and _has_negation_child(anchor.head, words):
        return True  # "does not want to meet": the act is refused, not wanted
    return pending(anchor)


def _subjects(verb: Token) -> list[Token]:
    """A verb's own subjects, else those of the verb it is coordinated with ("None of the senators will stand up
    and back him": "back" shares "None")."""
    for _ in range(SHARED_SUBJECT_HOPS + 1):
        found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if found or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head
    return []


def _denied_one(subject: Token, words: frozenset[str]) -> bool:
    """Whether a subject is one doer denied with "not" ("Not one of his rivals", "not a single executive"): no
    doer, as "none" ("not all of them", "not only X" leave doers)."""
    if not any(c.dep_ in ("neg", "advmod", "preconj") and c.lower_ == "not" and c.i < subject.i and not _not_only(c)
               for c in subject.children):
        return False
    return subject.lower_ in words or any(c.dep_ in ("det", "amod", "nummod") and c.lower_ in words for c in subject.children)


def negated_by_subject(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether the event's clause says its doer is none ("No one attacked the convoy", "Neither Ryan nor his
    aides asked for it", "None of the soldiers fired", "that no charges be filed", "Not one of them hit him"),
    also through a shared subject ("None of the senators will stand up and back him"): the act is not done,
    though the verb has no "not"; a refusal is never made of it, since no one refused."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    cues = lexicon.cues
    determiners = frozenset(cues["negating_determiners"])
    pronouns = frozenset(cues["negative_subjects"])
    ones = frozenset(cues["denied_one_words"])
    for subject in _subjects(anchor):
        if subject.lower_ in pronouns or any(c.dep_ in ("det", "preconj") and c.lower_ in determiners for c in subject.children):
            return True
        if _denied_one(subject, ones):
            return True
    return False


def refused_consent(trigger: Trigger, negated: bool, consent: dict) -> bool:
    """A refusal told by a negated consent (manual 3.10 REJECT: all rejections and refusals): barring entry,
    which the manual names as REJECT ("does not allow agencies to go there", "did not allow aid trucks into
    Gaza"), and a thing refused by a consent verb the data lists with an object. The negation is the verb's own "not" or "never"; not when
    told as not done yet ("has not accepted") or failed ("failed to accept"); a permission to do anything
    else ("won't allow people to die") is a promise or a rule, no refusal."""
    token = trigger.token
    lemma = trigger.entry.lemma
    if not negated or trigger.pos != "verb" or lemma not in consent["verbs"]:
        return False
    if not any(c.dep_ == "neg" or c.lower_ in consent["negators"] for c in token.children if c.dep_ in ("neg", "advmod")):
        return False
    if told_as_not_yet(token, consent["not_yet"]):
        return False
    if lemma not in consent["permission_verbs"]:
        return any(c.dep_ == "dobj" for c in token.children)  # a consent verb in ``verbs``: a thing refused
    movement = set(consent["entry_verbs"])
    complements = [g for c in token.children if c.dep_ in ("xcomp", "ccomp", "dobj") for g in (c, *c.children)
                   if g.dep_ in ("xcomp", "ccomp") or g is c]
    return any(c.lemma_.lower() in movement for c in complements) or any(
        p.dep_ == "prep" and p.lower_ in consent["entry_preps"] for c in (token, *token.children) for p in c.children)


def told_as_not_yet(verb: Token, words: list[str]) -> bool:
    """Whether a negated verb tells an act not done so far ("has not accepted", "has not yet signed", "hasn't signed
    it yet"), which may still come: no refusal said now."""
    return any(c.lemma_.lower() in words and c.dep_ in ("aux", "advmod") for c in verb.children) or pending(verb)
