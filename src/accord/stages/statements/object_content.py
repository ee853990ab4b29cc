"""The content a cue verb's object or prepositional phrase reports, and where that content ends."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.grammar import PLACE_LABELS, TIME_LABELS
from accord.stages.statements.lexicon import CueLexicon


COORDINATING_WORDS = frozenset({"and", "but"})
# `said X has been "a vital ally," and the party would ...`: a quotation closing the first conjunct
# (its mark hung on the cue) does not part it from the coordination after it (issue 13 item 8, recall).
QUOTE_ENDS_FIRST_CONJUNCT = True
# The tag of an opening quotation mark: one before the coordinating word opens the next conjunct instead.
OPENING_QUOTE_TAG = "``"
# Whether any prepositional phrase right after a content object, with no comma between, completes
# it (`praised X in the aftermath of Y`, `put him on its list`): PolNeAR annotators keep it.
ADJACENT_PHRASES_JOIN = True
# ... except one that dates, places or carries the report (`on Friday`, `in Ohio`, `in a statement`).
TIME_PREPOSITIONS = frozenset({"during", "after", "before", "since", "until"})
# Modifiers of a content object that, after a comma, add the reporter's aside rather than what was
# endorsed or criticised (`backed Trump, who won Ohio`); restrictive ones (no comma) stay.
NONRESTRICTIVE_DEPS = frozenset({"relcl", "acl"})
# An object the parse cut at a coordination (`discussed her memoir and the election`: the second noun
# hung on the cue verb) is carried on over the coordinated noun: a noun cannot be a second clause.
CARRY_COORDINATED_OBJECTS = True
COORDINATED_NOUN_POS = frozenset({"NOUN", "PROPN"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# An infinitive content the parse cut at a coordination (`promised to cut taxes, build roads and hire
# teachers`, `pledged to meet and exceed the target`: the later verbs hung on the cue) is carried on over
# those verbs: a bare verb with no subject of its own is one more thing promised, not the story going on.
CARRY_COORDINATED_INFINITIVES = True
COORDINATED_INFINITIVE_DEPS = frozenset({"xcomp", "conj"})
# Base-form tags of such a verb (the tagger reads a bare `exceed` after `and` as a present tense).
BARE_VERB_TAGS = frozenset({"VB", "VBP"})
# Tags of a verb joined to an infinitive that tell the story going on, not what was promised.
NARRATED_TAGS = frozenset({"VBD"})
# Relations and prepositions of that object between the cue and the infinitive (`urged X to`, `called on X to`).
INFINITIVE_SUBJECT_DEPS = frozenset({"dobj", "nsubj"})
INFINITIVE_SUBJECT_PREPOSITIONS = frozenset({"on", "upon"})


def _circumstance(prep: Token, lex: CueLexicon) -> bool:
    """A prepositional phrase that says when, where or through what the report was made (`on
    Friday`, `during the debate`, `in Ohio`, `in a statement`), not what was reported."""
    if prep.lower_ in TIME_PREPOSITIONS:
        return True
    words = prep.doc[prep.i + 1 : prep.right_edge.i + 1]
    if any(t.ent_type_ in TIME_LABELS or t.ent_type_ in PLACE_LABELS for t in words):
        return True
    head = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if head is not None and head.lemma_.lower() in lex.setting_nouns:
        return True
    lemmas = [t.lemma_.lower() for t in words]
    return any(" ".join(lemmas[i:i + 2]) in lex.statement_nouns or lemmas[i] in lex.statement_nouns for i in range(len(lemmas)))


def adjacent_phrases_end(verb: Token, last: int, lex: CueLexicon) -> int:
    """The end of a content ``..last`` with the verb's prepositional phrases that follow it directly
    and complete it (`spoke about X in the wake of Y`), not those of time, place or medium."""
    for other in verb.children:
        if other.dep_ == "prep" and completes_content(other, last, lex):
            last = other.right_edge.i
    return last


def completes_content(prep: Token, last: int, lex: CueLexicon) -> bool:
    """Whether a prepositional phrase follows a content ending at ``last`` directly (no punctuation
    between) and says more of what was reported rather than when, where or through what."""
    return prep.left_edge.i == last + 1 and not prep.doc[last + 1].is_punct and not _circumstance(prep, lex)


def object_end(obj: Token) -> int:
    """Last token of an object content: its subtree up to a comma that opens a non-restrictive
    clause (`endorsed Trump, who won Ohio last week` -> `Trump`). Appositions stay: measured on
    PolNeAR, annotators keep them in the content."""
    end = obj.right_edge.i
    for child in obj.children:
        if child.i > obj.i and child.dep_ in NONRESTRICTIVE_DEPS and child.left_edge.i > obj.i:
            before = obj.doc[child.left_edge.i - 1]
            if before.text == "," and before.i > obj.i:
                end = min(end, before.i - 1)
    return end


def _comma_or_closing_quote(token: Token) -> bool:
    """A comma, or a quotation mark closing the content before it (see ``QUOTE_ENDS_FIRST_CONJUNCT``)."""
    return token.text == "," or (QUOTE_ENDS_FIRST_CONJUNCT and token.is_quote and token.i > 0
                                 and not token.doc[token.i - 1].is_space and token.tag_ != OPENING_QUOTE_TAG)


def coordination_after(verb: Token, last: int, words: frozenset[str]) -> Token | None:
    """The conjunct hung on ``verb`` right after a content ending at ``last``: only a comma (and a
    closing quotation mark) and one coordinating word from ``words`` between them (`..., and the city
    would ...`, `... "a vital ally," and the party would ...`)."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= last:
            continue
        between = doc[last + 1 : conj.left_edge.i]
        words_between = [t for t in between if not t.is_punct]
        if (len(words_between) == 1 and words_between[0].dep_ == "cc" and words_between[0].lower_ in words
                and all(_comma_or_closing_quote(t) for t in between if t.is_punct)):
            return conj
        return None
    return None


def coordinated_object_end(verb: Token, last: int) -> int:
    """The end of an object content ``..last`` carried on over a noun coordinated with it that the
    parse hung on the cue verb (`blamed the police or the council`)."""
    if not CARRY_COORDINATED_OBJECTS:
        return last
    conj = coordination_after(verb, last, COORDINATING_WORDS | {"or"})
    if conj is None or conj.pos_ not in COORDINATED_NOUN_POS:
        return last
    end = object_end(conj)
    if any(t.tag_ in FINITE_TAGS for t in verb.doc[last + 1 : end + 1]):
        return last  # a finite verb in it: the parse took a clause of the story for the noun's
    return end


def infinitive_end(clause: Token) -> int:
    """Last token of an infinitive content: its subtree, up to a conjunct in the past tense (`promised
    to double the budget and left the hall`): an infinitive coordinates bare verbs, so a past-tense
    verb joined to it is the story going on, which the parse hung on the infinitive."""
    end = clause.right_edge.i
    for child in clause.children:
        if child.dep_ == "conj" and child.i > clause.i and child.tag_ in NARRATED_TAGS:
            cut = child.left_edge.i - 1
            while cut > clause.i and (clause.doc[cut].dep_ == "cc" or clause.doc[cut].is_punct):
                cut -= 1
            end = min(end, cut)
    return end


def coordinated_infinitive_end(verb: Token, last: int) -> int:
    """The end of an infinitive content ``..last`` carried on over the bare verbs coordinated with it
    that the parse hung on the cue verb (see ``CARRY_COORDINATED_INFINITIVES``); only commas and one
    `and`/`or` may stand between, and each verb must have no subject of its own."""
    if not CARRY_COORDINATED_INFINITIVES:
        return last
    doc = verb.doc
    for other in sorted(verb.children, key=lambda t: t.i):
        if other.i <= last or other.dep_ not in COORDINATED_INFINITIVE_DEPS:
            continue
        between = doc[last + 1 : other.left_edge.i]
        words = [t for t in between if not t.is_punct]
        if (other.pos_ != "VERB" or other.tag_ not in BARE_VERB_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in other.children)
                or not all(t.text == "," for t in between if t.is_punct)
                or len(words) > 1 or (words and words[0].lower_ not in COORDINATING_WORDS | {"or"})):
            break
        last = other.right_edge.i
    return last


def infinitive_subject_start(verb: Token, clause: Token) -> int:
    """First token of an infinitive content with the one who is to act (`urged Congress to act`,
    `called on the administration to block the deal`): the object between the cue and the
    infinitive belongs to what was asked."""
    first = clause.left_edge.i
    for child in verb.children:
        if not verb.i < child.i < clause.i:
            continue
        if child.dep_ in INFINITIVE_SUBJECT_DEPS:
            first = min(first, child.left_edge.i)
        elif child.dep_ in ("prep", "prt") and child.lower_ in INFINITIVE_SUBJECT_PREPOSITIONS:  # `called on police to`: a particle
            first = min(first, child.left_edge.i + 1) if child.right_edge.i > child.i else first
    return first
