"""A legal accusation told from the accused's side: "X faces charges", "jailed on charges of corruption",
"in custody over accusations of incitement", "is under investigation", "a probe into X's subsidies".

PLOVER 2.0 codes charging, prosecuting and investigating as ACCUSE by the accuser (manual 3.7); news often
names only the accused, the accuser being the state's prosecutors or courts. Such a noun tells one
accusation against one party (not a kind of act named), and that party is its recipient, never its actor:
the subject of "faces charges" is charged, not charging. The words live in frames.json ``accused_side``.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.events import arguments

# Clause links of a facing verb that describes a person named for something else ("X, who faces two charges,
# denied ..."): what the article has told before, no accusation reported here.
BACKGROUND_CLAUSE_DEPS = frozenset({"relcl"})
# Dependencies of a verb's object or passive subject: the party a custody verb holds ("jailed him").
HELD_DEPS = frozenset({"dobj", "nsubjpass"})


def _clause_verb(token: Token) -> Token | None:
    """The verb or auxiliary a noun phrase hangs on, through prepositions and nouns ("facing trial on ...")."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _held_party(verb: Token, noun: Token) -> list[Token]:
    """Who a clause says is charged or held: the object of "arrested X", else the clause's subject; never
    the phrase holding the accusation noun itself ("facing trial on charges")."""
    held = [c for c in verb.children if c.dep_ in HELD_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON")
            and not c.is_ancestor(noun)]
    if held:
        return [arguments.through_relative(c) for c in held]
    subjects, _ = arguments.subject_tokens(verb)
    return subjects


def accused_of(noun: Token, mode: str | None, accused_side: dict) -> list[Token] | None:
    """The tokens of the party a legal accusation noun is told against, when it is told from the accused's
    side: the object of a facing verb ("faces two charges"), or the grounds ("on", "over", "under") of a
    custody or trial word ("jailed on charges", "in custody over accusations", "under investigation").
    None when the noun is not told so (an accusation named, made by a named party, or in passing)."""
    if mode not in accused_side["modes"] or any(c.dep_ == "poss" for c in noun.children) or arguments.noun_agent_tokens(noun):
        return None  # "Pakistan's allegation", "a probe by the FBI": its own accuser is named
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in accused_side["facing_verbs"]:
        if head.dep_ in BACKGROUND_CLAUSE_DEPS:
            return None  # "Mr. Banda, who faces two charges, denied ...": the charges describe him, told before
        subjects, _ = arguments.subject_tokens(head)
        return subjects
    if noun.dep_ != "pobj" or head.lower_ not in accused_side["grounds_preps"]:
        return None
    holder = head.head
    custody = set(accused_side["custody_words"])
    if head.lower_ in accused_side["state_preps"] and holder.pos_ in ("VERB", "AUX"):
        return _held_party(holder, noun)  # "X is under investigation", "came under investigation"
    if holder.lemma_.lower() not in custody and not any(
            g.lemma_.lower() in custody for c in holder.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
        return None  # "a vote on charges", "calls for an investigation": no one held or tried on them
    verb = holder if holder.pos_ in ("VERB", "AUX") else _clause_verb(holder)
    return _held_party(verb, noun) if verb is not None else []


def investigated(noun: Token, mode: str | None, accused_side: dict) -> list[Token] | None:
    """The party an investigation noun names as its target ("a probe into China's subsidies": China; "into
    Acme": Acme), or no party ("an investigation into the shooting": [], not the place of the shooting): one
    investigation told, whoever opened it (the clause's subject, if any, is its doer). None without "into"."""
    if mode not in accused_side["target_modes"]:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in accused_side["target_preps"]):
        for target in (g for g in prep.children if g.dep_ == "pobj"):
            return arguments.noun_agent_tokens(target) or ([target] if target.pos_ == "PROPN" else [])
    return None
