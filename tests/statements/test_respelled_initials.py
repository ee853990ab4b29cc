"""A lexicon person's respelling keeps its middle initials: two different runs of initials are two people of
one family, never one person's spelling (review of session 22, item 15). Invented name pairs."""

from __future__ import annotations

from accord.stages.entities.builder import _respelled


def test_different_middle_initials_are_no_respelling():
    assert not _respelled("Harold K.L. Dunmore", "Harold P. Dunmore")


def test_a_name_without_the_middle_initial_is_still_a_respelling():
    assert _respelled("Dwight Eisenhower", "Dwight D. Eisenhower")
