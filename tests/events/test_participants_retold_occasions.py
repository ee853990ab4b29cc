"""An act told again through its participants (``retells_by_its_participants``) only when nothing tells another
occasion: a year, a relative time or a date in the later clause keeps two acts apart, and a pronoun doer counts only
when it stands for the earlier doer (not a party reported by another speaker)."""

from __future__ import annotations

import pytest

from event_support import summary as _summary

PUBLISHED = "2025-05-17"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The army shelled the town on Monday, killing four. ", "The army bombed the town last year, killing dozens."),
        ("The army shelled the town on Monday. ", "Weeks earlier, the army bombed the town from the air."),
        ("Police detained the students on Monday. ", "They arrested the students during a raid in 2019."),
        ("Soldiers shelled the hamlet on Monday. ", "Guerrillas later said they shelled the hamlet in revenge."),
        ("Government troops attacked the column on Monday. ", "Insurgents said they ambushed the column near the dam."),
    ],
)
def test_a_later_occasion_or_another_party_is_another_act(extract_text, first, second):
    events = extract_text(first + second, published=PUBLISHED).events
    later = [e for e in events if e.trigger.start >= len(first)]
    assert later, _summary(events)
