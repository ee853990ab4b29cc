"""The lexicon scan looks up no chunk longer than any alias its first word opens, and finds the same hits."""

from __future__ import annotations

import pytest

from accord.knowledge import actors
from accord.knowledge.actors import lexicon, lookup_actor, words


def test_every_alias_fits_its_opening_bound() -> None:
    """No alias has more words than ``alias_words_opened_by`` gives for its first word."""
    lex = lexicon()
    for key in lex.entries:
        parts = key.split(" ")
        assert lex.alias_words_opened_by(parts[0]) >= len(parts), key


def _phrases() -> list[str]:
    """Every alias of two or more words, inside invented context that opens and closes it with other words."""
    lex = lexicon()
    return [f"a spokesman for the {entry.phrase} said"
            for key, entry in lex.entries.items() if " " in key]


def test_bounded_scan_finds_what_the_unbounded_one_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bound only skips lookups that could find nothing: the hits over every multi-word alias in context are
    those of a scan that looks up every chunk length."""
    lex = lexicon()
    phrases = _phrases()
    bounded = [actors._scan(words(p), lex) for p in phrases]
    monkeypatch.setattr(type(lex), "alias_words_opened_by", lambda self, word: self.max_entry_words)
    unbounded = [actors._scan(words(p), lex) for p in phrases]
    assert bounded == unbounded


def test_long_alias_still_found_inside_a_phrase() -> None:
    """The longest alias is still read whole inside a longer phrase (its first word opens an alias that long)."""
    lex = lexicon()
    key, entry = max(lex.entries.items(), key=lambda item: len(item[0].split(" ")))
    found = actors._scan(words(f"officials of the {entry.phrase} met"), lex)
    assert any(item.entry is entry and item.length == len(key.split(" ")) for item in found)
    assert lookup_actor(entry.phrase) is not None
