"""Spelling variants of one surname inside an article: "Eguiluz" and a later "Equiluz" are one person.

A reporter's typo or a second transliteration differs from the name given first by one letter
("Zelensky"/"Zelenskiy", "Eguiluz"/"Equiluz"); a name long enough that one edit rarely makes another
real surname is taken as the same person. (Corpus-wide transliteration keys are ``name_variants``'s.)
"""

from __future__ import annotations

import functools

from accord.knowledge.actors import entity_words

# Shortest surname compared by spelling: below it one edit often makes another name ("Khan"/"Khan").
MIN_VARIANT_CHARS = 6
# Letters that may differ between the two spellings (one substitution, insertion or deletion).
MAX_VARIANT_EDITS = 1


def _within_one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by at most one substitution, insertion or deletion (linear time)."""
    if abs(len(a) - len(b)) > MAX_VARIANT_EDITS:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > MAX_VARIANT_EDITS:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= MAX_VARIANT_EDITS


def same_surname(a: str, b: str) -> bool:
    """Whether two surnames are one name spelt two ways: equal, or one edit apart with the same first
    letter and both at least ``MIN_VARIANT_CHARS`` long."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_VARIANT_CHARS or a[:1].lower() != b[:1].lower():
        return False
    return _within_one_edit(a.lower(), b.lower())


# Names whose words are remembered: an article's person lookups split every earlier person's name again for
# each new mention (tens of thousands of splits in a long article), and the names repeat across a corpus.
NAME_WORDS_CACHE_SIZE = 65536


def name_words(name: str) -> list[str]:
    """A person's name split into words without a trailing generational suffix ("Morris J. Brooks Jr." ->
    Morris, J., Brooks): news calls him "Brooks" later, so the surname is the last word before the suffix."""
    return list(_name_words(name))  # a fresh list: a caller may change it


def name_word_tuple(name: str) -> tuple[str, ...]:
    """``name_words`` as the remembered tuple itself, for callers that only read it: the person lookups
    compare every earlier person's words for each mention, and a fresh list per person was a cost there."""
    return _name_words(name)


def name_match_words(name: str) -> frozenset[str]:
    """The lower-case words a later name must share for ``EntityBuilder.person_for`` to chain it to this person by
    words: the first and last of ``name_word_tuple`` and the last written word (every word test there equates one
    of them with a first or last word of the later name), remembered, so persons sharing none are skipped unread."""
    return _name_match_words(name)


@functools.lru_cache(maxsize=NAME_WORDS_CACHE_SIZE)
def _name_match_words(name: str) -> frozenset[str]:
    parts = _name_words(name)
    return frozenset(word.lower() for word in (*parts[:1], *parts[-1:], *name.split()[-1:]))


@functools.lru_cache(maxsize=NAME_WORDS_CACHE_SIZE)
def _name_words(name: str) -> tuple[str, ...]:
    parts = name.split()
    suffixes = entity_words().name_suffixes
    while len(parts) > 2 and parts[-1].lower().rstrip(",") in suffixes:
        parts.pop()
    return tuple(parts)
