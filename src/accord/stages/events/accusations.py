"""ACCUSE conveyed by what a speaker says: a statement whose content condemns a party it names.

"X said Y's actions were illegal", "called the strike a war crime", "Y committed atrocities, he said":
PLOVER 2.0 codes these as ACCUSE (criticising, condemning, alleging) by the speaker against the party
blamed, though no accusation verb is used. The condemning words live in ``data/events/condemnation.tsv``;
this module finds them in statement contents and the phrase of the party each is said of (its doer).
Coding the parties and keeping or dropping the event is the event builder's work.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accord.knowledge.loader import read_rows
from accord.records import Statement
from accord.stages.grammar import ACTIVE_SUBJECT_DEPS, SUBJECT_DEPS

CONDEMNATION_FILE = "events/condemnation.tsv"
# Links of an adjective said of its clause's subject ("the strike was illegal") or of an object
# ("called the move illegal"): the predicative uses.
PREDICATED_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp"})
# Links of a noun said of its clause's subject ("the strike was a war crime", "may amount to crimes").
NOUN_PREDICATE_DEPS = frozenset({"attr", "oprd"})
# Heads of a partitive that say of their subject what the "of" phrase names ("X is one of the most corrupt regimes").
PARTITIVE_HEADS = frozenset({"one"})
# Verbs through whose object a wrong is said of the subject ("committed atrocities", "amounts to genocide").
# "involve" and "engage" (session 12): "was involved in corrupt acts", "engaged in illegal activity".
WRONG_SAID_OF_SUBJECT = frozenset({"commit", "perpetrate", "amount", "constitute", "carry", "involve", "engage"})
# Subject links of a clause, active and passive, nominal and clausal.
CLAUSE_SUBJECT_DEPS = SUBJECT_DEPS | ACTIVE_SUBJECT_DEPS
# Modifier links inside a doer phrase that may name the party ("the EU move", "Israel's attacks").
PARTY_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Prepositions naming what the speaker's side acts against ("resolve to defend against North Korean
# aggression"): the act told is the speaker's own (deterring, defending), not an accusation.
OPPOSED_PREPS = frozenset({"against"})
# How many links up from a noun its clause's verb is looked for ("on Chinese provocations" -> line -> see).
CLAUSE_HOPS = 4
# Entity labels of a modifier that names a party ("Russian aggression", "the Kremlin's lies").
PARTY_ENTITY_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# Parts of speech each kind of lexicon word must carry (so the verb "lie" is never the noun "lies").
KIND_POS = {"condemning": ("ADJ",), "predicative": ("ADJ",), "blame": ("ADJ",), "wrongdoing": ("NOUN",), "disparaging": ("NOUN",), "wrong_act": ("VERB",),
            "culprit": ("ADP",), "culpable_act": ("VERB",), "failing": ("VERB",),
            "duty": (),  # words counted only in the "to" clause of a failing verb
            # words counted only when something is called by them (the call/describe frames of triggers.tsv)
            "characterising": (), "dismissing": ()}
# Kinds that say who is behind a hostile act ("was behind the bombing", "orchestrated by militants").
CULPRIT_KINDS = frozenset({"culprit", "culpable_act"})
# Pronouns that stand for no party ("it is outrageous to ...", "that is a lie"): no one is accused by name.
IMPERSONAL_PRONOUNS = frozenset({"it", "this", "that", "what", "which", "something", "anything", "everything"})
# First-person doers: the speaker's own side, self-criticism rather than an accusation of another.
SELF_WORDS = frozenset({"i", "we", "us", "me", "our", "my"})


@dataclass(frozen=True)
class Accusation:
    """A condemning word in a statement's content, the clause head carrying it, and who it blames."""

    statement: Statement
    word: Token
    predicate: Token
    doers: tuple[Token, ...]
    kinds: frozenset[str] = frozenset()

    @property
    def blames_for_act(self) -> bool:
        """Whether the word says who is behind a hostile act ("orchestrated by militants"): its doer is
        accused under its own words even when they name no coded party."""
        return bool(self.kinds & CULPRIT_KINDS)


@functools.lru_cache(maxsize=1)
def condemnation_words() -> dict[str, frozenset[str]]:
    """Lemma -> the kinds it has in ``condemnation.tsv`` (read once)."""
    kinds: dict[str, set[str]] = {}
    for row in read_rows(CONDEMNATION_FILE, ("lemma", "kind")):
        kinds.setdefault(row["lemma"].lower(), set()).add(row["kind"])
    return {lemma: frozenset(k) for lemma, k in kinds.items()}


def _subjects(verb: Token) -> list[Token]:
    """Subjects of a clause head, climbing through coordinated and auxiliary-less links."""
    current = verb
    for _ in range(3):
        found = [c for c in current.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
        if found:
            return found
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            break
        current = current.head
    return []


def _agents(token: Token) -> list[Token]:
    """The "by" agents of a passive verb or of an act noun ("abuses by the police")."""
    return [g for c in token.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]


def _blamed_for_hostile_act(word: Token, hostile_acts: frozenset[int]) -> bool:
    """Whether a blame adjective's "for" phrase names a hostile event ("responsible for the attack")."""
    return any(g.i in hostile_acts for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ == "pobj")


def _adjective_doers(word: Token, kinds: frozenset[str], hostile_acts: frozenset[int]) -> tuple[Token, list[Token]] | None:
    """The clause head and doers of a condemning adjective, or None when its use does not condemn."""
    if kinds == {"blame"} and not _blamed_for_hostile_act(word, hostile_acts):
        return None
    if word.dep_ in PREDICATED_DEPS:
        head = word.head
        if word.dep_ == "oprd" or (head.dep_ != "ROOT" and any(c.dep_ == "dobj" for c in head.children) and word.dep_ == "xcomp"):
            objects = [c for c in head.children if c.dep_ == "dobj"]  # "called the move illegal"
            return head, objects
        return head, _subjects(head)
    if word.dep_ == "amod" and "condemning" in kinds:
        return word.head, [word.head]  # "heinous attacks": the act, whose doer is in its phrase
    modifier = first_conjunct(word)  # "the most hostile and abusive authorities": abusive modifies them too
    predicate = _predicate_noun(modifier.head) if modifier.dep_ == "amod" and "predicative" in kinds else None
    carrier = _wrong_carrier(modifier.head) if modifier.dep_ == "amod" and "predicative" in kinds else None
    if predicate is None and carrier is not None:  # "was involved in corrupt acts", "committed illegal acts"
        return carrier, _subjects(carrier)
    if predicate is not None:  # "the council is a corrupt body", "called it one of the most abusive regimes"
        head = predicate.head
        called = [c for c in head.children if c.dep_ == "dobj"] if predicate.dep_ == "oprd" else []
        return head, called or _subjects(head)
    return None


def first_conjunct(word: Token) -> Token:
    """The first of coordinated words ("hostile and abusive": hostile), which carries their shared link."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word


def _predicate_noun(noun: Token) -> Token | None:
    """The noun said of a clause's subject or object that ``noun`` is or stands in ("X is a corrupt body": body;
    "X is one of the most abusive regimes": one), or None for a noun in any other place ("illegal aliens")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in PARTITIVE_HEADS:
        noun = noun.head.head
    return noun if noun.dep_ in NOUN_PREDICATE_DEPS else None


def _wrong_carrier(noun: Token) -> Token | None:
    """The verb through which a noun is a wrong said of the verb's subject: its object ("committed illegal
    acts") or its prepositional object ("was involved in corrupt acts"); None in any other place."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.lemma_.lower() in WRONG_SAID_OF_SUBJECT and head.pos_ == "VERB" else None


def argument_of_verb(noun: Token) -> bool:
    """Whether a noun is an argument of a verb, directly or through one preposition ("gives in to Chinese
    lawfare"), rather than buried in a noun phrase ("a tougher line on Chinese provocations") or what an
    act is against ("defend against North Korean aggression")."""
    head = noun.head
    if head.pos_ == "ADP":
        if head.lower_ in OPPOSED_PREPS:
            return False
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.i != noun.i


def _noun_doers(word: Token, kinds: frozenset[str]) -> tuple[Token, list[Token]] | None:
    """The clause head and doers of a wrongdoing noun: its possessor or agent, or the subject it is said of
    (a disparaging noun only the latter)."""
    head = word.head
    called = [c for c in head.children if c.dep_ == "dobj"] if word.dep_ == "oprd" else []
    said_of = called or _subjects(head)  # "called Cruz a hypocrite": Cruz; "Cruz is a hypocrite": Cruz
    if "wrongdoing" not in kinds:
        return (head, said_of) if word.dep_ in NOUN_PREDICATE_DEPS else None
    own = [c for c in word.children if c.dep_ == "poss"] + _agents(word)
    if own:
        return word, own
    if argument_of_verb(word) and any(c.dep_ in ("amod", "compound") and c.ent_type_ in PARTY_ENTITY_LABELS for c in word.children):
        return _clause_head(word), [word]  # "Chinese lawfare", "Russian aggression": the party is the noun's modifier
    if word.dep_ in NOUN_PREDICATE_DEPS:
        return head, said_of
    if word.dep_ == "dobj" and head.lemma_.lower() in WRONG_SAID_OF_SUBJECT:
        return head, _subjects(head)
    if word.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in WRONG_SAID_OF_SUBJECT:
        return head.head, _subjects(head.head)  # "may amount to crimes against humanity"
    return word, []


def _clause_head(token: Token) -> Token:
    """The verb of the clause a noun stands in (the noun itself when it has none)."""
    current = token
    for _ in range(CLAUSE_HOPS):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            break
        current = current.head
    return current if current.pos_ in ("VERB", "AUX") else token


def _culprit_doers(word: Token, hostile_acts: frozenset[int]) -> tuple[Token, list[Token]] | None:
    """The subject a culprit preposition is said of when it governs a hostile act ("X was behind the
    bombing"), or None ("behind the wheel", "behind closed doors")."""
    if word.dep_ != "prep" or word.head.lemma_.lower() != "be":
        return None
    if not any(g.i in hostile_acts for g in word.children if g.dep_ == "pobj"):
        return None
    return word.head, _subjects(word.head)


def _culpable_act_doers(word: Token, hostile_acts: frozenset[int]) -> tuple[Token, list[Token]] | None:
    """The doer of a causing verb whose act is hostile: the active subject of "X masterminded the attack",
    the agent of "the attack was orchestrated by X"; None when what it causes is no hostile act."""
    if any(c.dep_ == "nsubjpass" and c.i in hostile_acts for c in word.children):
        return word, _agents(word)
    if any(c.dep_ == "dobj" and c.i in hostile_acts for c in word.children):
        return word, [c for c in word.children if c.dep_ == "nsubj"]
    return None


def _failure_doers(word: Token, words: dict[str, frozenset[str]]) -> tuple[Token, list[Token]] | None:
    """The subject of a failure verb whose "to" clause names a duty ("Kabul was failing to rein in the
    militants", "the agency failed to protect them"), or None ("failed to win the seat" blames no one)."""
    duties = [c for c in word.children if c.dep_ == "xcomp" and "duty" in words.get(c.lemma_.lower(), frozenset())]
    if not duties:
        return None
    return word, [c for c in word.children if c.dep_ == "nsubj"]


def _verb_doers(word: Token) -> tuple[Token, list[Token]]:
    """The doers of a wrong-act verb: its active subject or its passive agent."""
    if any(c.dep_ == "nsubjpass" or c.dep_ == "auxpass" for c in word.children):
        return word, _agents(word)
    return word, [c for c in word.children if c.dep_ == "nsubj"]


def doer_phrase(doer: Token) -> list[Token]:
    """The tokens of a doer phrase that may name a party: its head and its naming modifiers."""
    tokens = [doer]
    tokens.extend(c for c in doer.children if c.dep_ in PARTY_MODIFIER_DEPS)
    tokens.extend(g for c in doer.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children if g.dep_ == "pobj")
    return tokens


def _is_self(doers: Iterable[Token]) -> bool:
    """A first-person doer: the speaker's own side."""
    return any(t.lower_ in SELF_WORDS for d in doers for t in doer_phrase(d))


def _generic(doers: Iterable[Token], quantifiers: frozenset[str]) -> bool:
    """A doer taken generically ("corruption by any party"): a rule stated, no party accused."""
    return any(c.dep_ == "det" and c.lower_ in quantifiers for d in doers for c in d.children)


def _in_description(word: Token, stop: int) -> bool:
    """Whether the word sits in a description of someone named in passing, below the content's root (an
    apposition, "Alinejad, a critic of Tehran's abuses", a relative clause on a name) or in the content
    clause of a noun ("the perception that Trump is racist"): that description's or that noun's words,
    not the speaker's accusation."""
    current = word
    while current.head.i != current.i and current.i != stop:
        if current.dep_ == "appos" or (current.dep_ == "relcl" and (current.head.pos_ == "PROPN" or current.head.ent_type_ == "PERSON")):
            return True
        if current.dep_ in ("acl", "ccomp") and current.head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
            return True  # "the perception that Trump is racist": the perception's content, not the speaker's claim
        current = current.head
    return False


def find_accusations(doc: Doc, statements: Iterable[Statement], hostile_acts: frozenset[int],
                     quantifiers: frozenset[str]) -> list[Accusation]:
    """The first condemning word of each statement's content said of a doer other than the speaker's side
    (``hostile_acts``: token indices of hostile event triggers; ``quantifiers``: generic determiners)."""
    words = condemnation_words()
    found: list[Accusation] = []
    for statement in statements:
        if statement.speaker is None:
            continue
        span = doc.char_span(statement.content.start, statement.content.end, alignment_mode="contract")
        if span is None:
            continue
        for token in span:
            kinds = words.get(token.lemma_.lower())
            if not kinds:
                continue
            kinds = frozenset(k for k in kinds if token.pos_ in KIND_POS[k])
            if not kinds:
                continue
            if _in_description(token, span.root.i):
                continue
            if token.pos_ == "ADJ":
                placed = _adjective_doers(token, kinds, hostile_acts)
            elif token.pos_ == "NOUN":
                placed = _noun_doers(token, kinds)
            elif "culprit" in kinds:
                placed = _culprit_doers(token, hostile_acts)
            elif "culpable_act" in kinds:
                placed = _culpable_act_doers(token, hostile_acts)
            elif "failing" in kinds:
                placed = _failure_doers(token, words)
            else:
                placed = _verb_doers(token)
            if placed is None:
                continue
            predicate, doers = placed
            doers = [d for d in doers if d.lower_ not in IMPERSONAL_PRONOUNS]
            if not doers or _is_self(doers) or _generic(doers, quantifiers):
                continue
            found.append(Accusation(statement, token, predicate, tuple(doers), kinds))
            break
    return found
