"""A definite event noun with a place name set before it ("the Kandahar bombing") is placed as "the bombing in Kandahar"
is (issue 14 item 4): a mention of the act of its type told at that place, not a new event; another place or a rank of
its own ("the second Kandahar bombing") keeps it an act of its own."""

from __future__ import annotations

from event_support import events_of_type
from event_support import summary as _summary

PUBLISHED = "2025-04-15"

STRIKE = "Bombers struck a crowded market in Kandahar on Sunday. "


def test_a_place_before_the_noun_names_the_told_attack_again(extract_text):
    text = STRIKE + "The Kandahar bombing drew condemnation from the United Nations."
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 1 and [m.text for m in attacks[0].mentions] == ["bombing"], _summary(attacks)


def test_another_place_before_the_noun_is_another_attack(extract_text):
    text = STRIKE + "The Herat bombing drew condemnation from the United Nations."
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 2, _summary(attacks)


def test_a_ranked_noun_at_the_same_place_is_another_attack(extract_text):
    text = STRIKE + "The second Kandahar bombing drew condemnation from the United Nations."
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 2, _summary(attacks)
