"""A done act dated after the report (a meeting to come that the events stage told as done) lends its day ahead
to no act told after it: the next act of the same doer in the simple past keeps no date rather than a day that
has not come yet. The counterpart: a day already past is still carried."""

from __future__ import annotations

PUBLISHED = "2016-03-10"


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_a_day_ahead_is_not_carried_to_the_next_act_of_its_doer(extract_text):
    text = ("The European Council, meanwhile, will meet for additional deliberations on March 17. The council also "
            "approved a new refugee fund for Greece.")
    assert _dates(extract_text, text, "approved") == [None]


def test_a_day_past_is_still_carried_to_the_next_act_of_its_doer(extract_text):
    text = ("The European Council, meanwhile, met for additional deliberations on March 7. The council also "
            "approved a new refugee fund for Greece.")
    assert _dates(extract_text, text, "approved") == ["2016-03-07"]
