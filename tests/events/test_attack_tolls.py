"""A passive clause counting the dead or hurt with no doer, just after an attack is told ("A car bomb hit a depot.
Nine guards were killed"), tells that attack's casualties (issue 14 item 4): a mention of the attack, not a second
ASSAULT. A count told in a separate attack, in another year, or one person's fate with no count stays apart."""

from __future__ import annotations

from event_support import events_of_type
from event_support import summary as _summary

PUBLISHED = "2025-04-15"

BOMBING = "Militants bombed a crowded bus station in Kandahar on Sunday. "


def test_a_count_of_the_dead_after_an_attack_is_its_toll(extract_text):
    text = BOMBING + "At least 30 people were killed and 50 wounded, police said."
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 1 and [m.text for m in attacks[0].mentions] == ["killed"], _summary(attacks)


def test_a_count_in_a_separate_attack_is_another_attack(extract_text):
    text = BOMBING + "In a separate attack, 12 soldiers were killed in Herat."
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 2, _summary(attacks)


def test_a_count_told_in_another_year_is_another_attack(extract_text):
    text = BOMBING + "Last year, 40 people were killed at the same station."
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 2, _summary(attacks)


def test_a_count_with_a_doer_of_its_own_is_no_toll(extract_text):
    text = BOMBING + "Hours later, 12 soldiers were killed by a roadside mine near Herat."
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 2, _summary(attacks)


def test_a_count_after_a_count_tells_no_attack(extract_text):
    text = ("Only two people were killed by guns in Iceland last year, the police said. "
            "Four people were slightly injured, officials said.")
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 2, _summary(attacks)


def test_a_count_after_a_sentence_on_another_incident_stays_apart(extract_text):
    text = BOMBING + "In Quetta, a man threw a grenade at a police van. Four people were slightly injured."
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert not any(m.text == "injured" for a in attacks for m in a.mentions if a.trigger.text == "bombed"), _summary(attacks)


def test_a_count_after_the_attack_told_again_is_its_toll(extract_text):
    text = ("A lorry ploughed into a market crowd in Kessa on Saturday evening, officials said. "
            "The lorry struck the crowd near the old gate, witnesses said. "
            "The governor said early Sunday that 14 people were killed and 30 others were hurt.")
    attacks = events_of_type(extract_text, text, "ASSAULT", PUBLISHED)
    assert len(attacks) == 1 and "killed" in [m.text for m in attacks[0].mentions], _summary(attacks)
