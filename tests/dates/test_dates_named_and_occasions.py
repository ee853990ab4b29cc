"""Dates of acts around a day told on an occasion or a thing named: a day given on the occasion a clause is set at
is followed by that party's own acts only; the words a possessed noun names ("the mayor's call") were said before
the act naming them; a day on a possessed time noun ("Thursday night's debate") and a "today" of a present state
above an act are no act's day; a bare day the parser hangs on a verb's object is the verb's."""

from __future__ import annotations

PUBLISHED = "2025-04-16"  # a Wednesday: "Monday" is 2025-04-14, "Tuesday" 2025-04-15, "Saturday" 2025-04-12


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_the_same_party_follows_a_day_told_on_its_occasion(extract_text):
    text = ("During her press briefing in Cairo on Monday, Senator Ann Ward's early questioners were hostile. "
            "Ward defended the plan. She criticized the opposition for its rhetoric.")
    assert _dates(extract_text, text, "criticized") == ["2025-04-14"]


def test_another_party_does_not_follow_a_day_told_on_an_occasion(extract_text):
    text = ("Senator Tom Ward seemed to accept the idea in a Monday interview on a morning show. "
            "Economists are divided. Jane Roe, an economist at a small bank, criticized the plan sharply.")
    assert _dates(extract_text, text, "criticized") == [None]


def test_a_possessed_statement_noun_does_not_take_the_day_of_the_clause_naming_it(extract_text):
    text = ("The city council on Tuesday approved a resolution condemning Governor Bill Hale's call for a ban "
            "on refugees. Hale called for a ban on refugees after the floods in the north.")
    assert _dates(extract_text, text, "called for") == [None]


def test_a_possessed_time_noun_dates_its_thing_not_the_act(extract_text):
    text = ("The new spot mocks Senator Ward because he has refused to attend Tuesday night's debate "
            "and is holding a rally instead.")
    assert _dates(extract_text, text, "refused") == [None]


def test_a_today_of_a_present_state_does_not_date_an_act_below_it(extract_text):
    text = "The kingdom is today a friend of whoever sends arms to the rebels."
    assert _dates(extract_text, text, "sends") == [None]


def test_a_bare_day_hung_on_the_object_is_the_verbs(extract_text):
    text = ("Senator Ward held a rally Saturday while Governor Hale hosted a drive for new voters Monday "
            "in the capital.")
    assert _dates(extract_text, text, "hosted") == ["2025-04-14"]
