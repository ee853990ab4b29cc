"""Description words that name someone else's country or a camp's host country, not the described person's.

A description coded as a whole gave its person the country of any country word inside: "a close friend of
Israel's prime minister" made Sheldon Adelson ISR, "German's brother" (a given name German) made Freddy Ortega
DEU, and "a woman living in a camp in Kenya" made a Somali refugee KEN. The text to code leaves out such words:
a description headed by a relation to another person (data/actors/relation_nouns.tsv) codes nothing, a
nationality word with a possessive ending is a name, and a place phrase naming a camp (data/actors/camp_words.tsv)
is dropped from the description.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

from accord.knowledge.actors import lexicon
from accord.knowledge.loader import read_rows

RELATION_NOUNS_FILE = "actors/relation_nouns.tsv"
# Possessive endings ("German's", "German’s").
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})


@functools.lru_cache(maxsize=1)
def relation_nouns() -> frozenset[str]:
    """Head nouns relating a person to another person (data/actors/relation_nouns.tsv)."""
    return frozenset(row["word"] for row in read_rows(RELATION_NOUNS_FILE, ("word",)))


def coding_text(span: Span) -> str | None:
    """The words of a title or description that may code its person, or None when none may."""
    return None if _relation(span) or _possessive_nationality(span) else span.text


def _relation(span: Span) -> bool:
    """Whether the span's head is a kin or personal tie to someone named in it ("friend of X", "X's brother")."""
    head = span.root
    if head.lower_ not in relation_nouns() and head.lemma_.lower() not in relation_nouns():
        return False
    return any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss" for c in head.children)


def _possessive_nationality(span: Span) -> bool:
    """Whether a nationality word carries a possessive ending ("German's brother"): a nationality is an
    adjective and takes none, so the word is a name."""
    lex = lexicon()
    for token in span[:-1]:
        after = span.doc[token.i + 1]
        if after.text in POSSESSIVE_ENDINGS and token.text[:1].isupper():
            entry = lex.entry(token.text)
            if entry is not None and entry.role == "demonym":
                return True
    return False
