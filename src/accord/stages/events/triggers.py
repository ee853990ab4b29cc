"""Trigger finding: one pass over the Doc's tokens, one lexicon lookup each.

A verb matches its lemma (and, for phrasal entries, a particle/preposition child); a noun matches its
lemma (and, for two-word entries, a compound/amod modifier); an entry with ``objects`` applies only when
the word governs one of those lemmas. Words in compound-modifier position never trigger ("negotiation
outcomes"), and adjectives trigger only with a complement ("open to a meeting").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from accord.stages.events.lexicon import NOT_A_TRIGGER, Lexicon, TriggerEntry

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Dependencies under which a noun is only a modifier of another noun, never an event of its own.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Child dependencies that carry an argument a trigger may be restricted to (objects column).
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "dative", "ccomp", "xcomp"})
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dobj", "compound:prt", "npadvmod", "compound"})
ADJ_COMPLEMENT_DEPS = frozenset({"xcomp", "prep", "ccomp"})


# Nouns that only count or group what their "of" phrase names ("dozens of rockets", "a barrage of missiles").
QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number",
                            "barrage", "salvo", "volley", "wave", "batch", "group", "couple", "pair", "handful", "series",
                            "string", "total", "million", "millions", "tonne", "tonnes", "ton", "tons", "shipment", "consignment"})


# Words of a phrasal trigger farther than this from its head are not put in the trigger span.
SPAN_REACH = 3


# In an objects list, this stands for any object naming a person ("released Navalny").
PERSON_OBJECT = "@person"
# ... and this for any object naming a country or organisation ("the African Union suspended Niger").
PARTY_OBJECT = "@party"
PARTY_ENTITY_TYPES = frozenset({"GPE", "NORP", "ORG"})


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

    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            add(child)
            if child.lemma_.lower() in QUANTITY_NOUNS:  # "fired dozens of rockets": the rockets
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for inner in prep.children:
                            if inner.dep_ == "pobj":
                                add(inner)
        elif child.dep_ in ("prep", "agent"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    add(grandchild)
    return found


def _temporal(word: Token) -> bool:
    """A preposition introducing a date or time ("on Thursday") is never a phrasal particle."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in word.children)


def _second_word_present(token: Token, entry: TriggerEntry) -> tuple[Token, ...] | None:
    words = entry.second.split() if entry.second else []
    if not words:
        return ()
    if entry.pos == "noun":
        modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS or c.dep_ == "prep"]
        matched = [c for c in modifiers if c.lower_ == words[-1] or c.lemma_.lower() == words[-1]]
        return tuple(matched[:1]) if matched else None
    found: list[Token] = []
    for word in words:
        match = next(
            (c for c in token.children if c.dep_ in PARTICLE_DEPS and (c.lower_ == word or c.lemma_.lower() == word) and not _temporal(c)),
            None,
        )
        if match is None:
            return None
        found.append(match)
    return tuple(found)


def _choose(token: Token, entries: tuple[TriggerEntry, ...]) -> tuple[TriggerEntry, tuple[Token, ...]] | None:
    """The first entry whose second word and objects are present; an entry matched only through a class
    of objects (``@person``, ``@party``) yields to any later entry that names the object itself."""
    governed: dict[str, Token] | None = None
    by_class: tuple[TriggerEntry, tuple[Token, ...]] | None = None
    for entry in entries:
        extra = _second_word_present(token, entry)
        if extra is None:
            continue
        if entry.objects:
            governed = governed if governed is not None else governed_lemmas(token)
            hit = next((governed[o] for o in entry.objects if o in governed), None)
            if hit is None and by_class is None:
                if PERSON_OBJECT in entry.objects and any(t.ent_type_ == "PERSON" for t in governed.values()):
                    by_class = (entry, extra)
                elif PARTY_OBJECT in entry.objects and any(t.ent_type_ in PARTY_ENTITY_TYPES for t in governed.values()):
                    by_class = (entry, extra)
            if hit is None:
                continue
        elif by_class is not None:
            return by_class
        return entry, extra
    return by_class


def _pos_of(token: Token) -> str | None:
    if token.pos_ in NOUN_POS and token.dep_ not in MODIFIER_DEPS:
        return "noun"
    if token.pos_ in VERB_POS and token.dep_ != "aux" and token.dep_ != "auxpass":
        return "verb"
    if token.pos_ == "ADJ":
        return "adj"
    return None


def find_triggers(doc: Doc, lexicon: Lexicon, start_char: int = 0, end_char: int | None = None) -> list[Trigger]:
    """Every trigger token in ``doc`` (within the character range), in text order."""
    if end_char is None:  # the end of the text, without joining it (Doc.text rebuilds the string)
        end_char = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    found: list[Trigger] = []
    for token in doc:
        if token.idx < start_char or token.idx >= end_char:
            continue
        pos = _pos_of(token)
        if pos is None:
            continue
        lemma = token.lemma_.lower()
        entries = lexicon.candidates(pos, lemma)
        if pos == "adj" and not any(c.dep_ in ADJ_COMPLEMENT_DEPS for c in token.children):
            continue
        chosen = _choose(token, entries) if entries else None
        if chosen is None and (pos, lemma) in lexicon.frame_of:
            chosen = (TriggerEntry(pos, lemma, "", None), ())  # a frame word: its complement decides
        if chosen is None:
            continue
        entry, extra = chosen
        if entry.type == NOT_A_TRIGGER:
            continue
        found.append(Trigger(token, entry, pos, extra))
    return found
