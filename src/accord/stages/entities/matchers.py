"""Lexicon matchers for the entities stage, built once per spaCy vocab and cached.

Two PhraseMatchers over the actor lexicon (``accord.knowledge.actors``): proper-name aliases matched on exact
spelling (countries, demonyms, metonyms, organisations, people; an organisation also in capitals) and titles / agent nouns matched on
lower case ("Defense Minister", "lawmakers", "university").
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from accord.knowledge.actors import LexEntry, TitleEntry, entry_key, lexicon, other_acronym_spelling


@dataclass(frozen=True)
class Matchers:
    """The cached matchers of one vocab, with the lexicon rows their match ids point to."""

    entries: PhraseMatcher
    titles: PhraseMatcher
    entry_by_key: dict[str, LexEntry]
    title_by_key: dict[str, TitleEntry]


_CACHE: dict[int, tuple[Vocab, Matchers]] = {}
_LOCK = threading.Lock()


def _tokenizer(vocab: Vocab) -> Tokenizer:
    """A plain English tokenizer sharing ``vocab`` (lexicon phrases need no parse)."""
    from spacy.lang.en import English

    return English(vocab=vocab).tokenizer


def matchers_for(vocab: Vocab) -> Matchers:
    """The entry and title matchers for ``vocab``, built on first use and reused afterwards."""
    cached = _CACHE.get(id(vocab))
    if cached and cached[0] is vocab:
        return cached[1]
    with _LOCK:
        cached = _CACHE.get(id(vocab))
        if cached and cached[0] is vocab:
            return cached[1]
        built = _build(vocab)
        _CACHE[id(vocab)] = (vocab, built)
        return built


def _build(vocab: Vocab) -> Matchers:
    """Both matchers over the whole lexicon (each phrase tokenised as spaCy will tokenise the text)."""
    lex = lexicon()
    tokenize = _tokenizer(vocab)
    entries = PhraseMatcher(vocab, attr="ORTH")
    titles = PhraseMatcher(vocab, attr="LOWER")
    entry_by_key: dict[str, LexEntry] = {}
    title_by_key: dict[str, TitleEntry] = {}
    for entry in lex.iter_entries():
        key = entry_key(entry.phrase)
        entry_by_key[key] = entry
        forms = [tokenize(entry.phrase)]
        if entry.phrase[:1].islower():
            # A sentence opens on it capitalised ("Al-Shabab said ..." of "al-Shabab", "Von der Leyen said").
            forms.append(tokenize(entry.phrase[:1].upper() + entry.phrase[1:]))
        if entry.kind == "organisation" and " " in entry.phrase and not entry.phrase.isupper():
            # Outlets and institutions written in capitals ("USA TODAY"): else "USA" alone matches the country.
            forms.append(tokenize(entry.phrase.upper()))
        spelling = other_acronym_spelling(entry.phrase)
        if spelling is not None:  # "the F.B.I." of a newspaper that dots its acronyms: the FBI; "US" of "U.S."
            forms.append(tokenize(spelling))
        entries.add(key, forms)
    for phrase, title in lex.titles.items():
        title_by_key[phrase] = title
        # Abbreviations tokenise differently by case ("Sen." is one token, "sen." two): add both forms.
        variants = {phrase.upper()} if title.as_written else {phrase, phrase.title(), phrase.capitalize()}
        titles.add(phrase, [tokenize(v) for v in sorted(variants)])
    return Matchers(entries, titles, entry_by_key, title_by_key)
