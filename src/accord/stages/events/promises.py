"""Whether a future or modal clause is a promise or threat made by its doer, or only a forecast, question or
report of what others will do to something (issue 14 item 3).

A future act recoded as AGREE, CONCEDE, THREATEN or REJECT (manual 2.3) is set asserted: the promise itself was
made. These predicates find clauses in which no one promises: speculation, an embedded question, the content of
a belief noun. (A passive with no doer, "the prisoners will be released, Kenya said", may be the sayer's own
promise and is left alone.)
"""

from __future__ import annotations

from spacy.tokens import Token

# Links of a clause that the parser hangs a question word on ("understood why X would travel", "described how the
# jobs will be sent", "asked whether he would meet"): an embedded question, not a statement of what will be done.
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "dobj", "pcomp"})
# Links of a question word to the verb of its clause.
QUESTION_WORD_DEPS = frozenset({"advmod", "mark"})


def clause_top(anchor: Token) -> Token:
    """The first verb of a chain of coordinated verbs ("will meet and sign": meet), whose links tell the clause's."""
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor


def speculated(anchor: Token, belief_verbs: list[str]) -> bool:
    """Whether a clause is what someone thinks will happen, or a subject clause: speculation, no promise."""
    clause = clause_top(anchor)
    return clause.dep_ in ("csubj", "csubjpass") or (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in belief_verbs)


# Links of a degree word through which a question word asks about the clause ("how quickly Kenya will act",
# "how hard he will work").
DEGREE_DEPS = frozenset({"advmod", "acomp"})


def _question_word_slots(clause: Token) -> list[Token]:
    """The words that may be a clause's question word: its own children, and those of a degree word before its
    verb ("how" of "how quickly")."""
    own = list(clause.children)
    return own + [g for c in own if c.dep_ in DEGREE_DEPS and c.i < clause.i for g in c.children]


def embedded_question(anchor: Token, question_words: list[str]) -> bool:
    """Whether a clause is an embedded question ("he understood why the senator would travel", "asked whether she
    would meet him", "how quickly Kenya will act"): it asks or explains what will be done, no one promises it. A
    conditional "if" clause (an adverbial clause) is not a question: only a complement clause counts for "if"."""
    clause = clause_top(anchor)
    if clause.dep_ not in QUESTION_CLAUSE_DEPS:
        return False
    for child in _question_word_slots(clause):
        if child.i > clause.i or child.dep_ not in QUESTION_WORD_DEPS:
            continue
        word = child.lower_
        if word in question_words or (word == "if" and clause.dep_ == "ccomp"):
            return True
    return False


def belief_content(anchor: Token, belief_nouns: list[str]) -> bool:
    """Whether a clause is what a belief noun holds ("his forecast that Kenya would pull out", "the theory was
    that Kenya would support the plan"): an expectation, no promise by the clause's doer."""
    clause = clause_top(anchor)
    head = clause.head
    if clause.dep_ == "acl" and head.pos_ == "NOUN":
        return head.lemma_.lower() in belief_nouns and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if clause.dep_ == "ccomp" and head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in belief_nouns for c in head.children)
    return False


def unpromised(anchor: Token, frames: dict) -> bool:
    """Whether a future or modal act is told in a clause that makes no promise or threat of its doer's own."""
    return speculated(anchor, frames["belief_verbs"]) or embedded_question(anchor, frames["question_words"]) \
        or belief_content(anchor, frames["belief_nouns"])
