"""A party that reports its own act on the thing a dated lead act was done to ("Insurgents said they ambushed the
column") tells another party's act, whose day the text does not give: neither the lead occasion's day
(``dates.occasion``) nor the retold act's (``dates.retold``) goes to it; the lead's own doers telling it again
keep the day."""

from __future__ import annotations

PUBLISHED = "2025-04-16"  # a Wednesday: "Monday" is 2025-04-14


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_a_reporters_own_act_on_the_lead_acts_thing_takes_no_day(extract_text):
    text = "Government soldiers attacked the column on Monday. Insurgents said they ambushed the column near the dam."
    assert _dates(extract_text, text, "ambushed") == [None]


def test_the_lead_acts_own_doers_telling_it_again_keep_its_day(extract_text):
    text = "Government troops attacked the column on Monday. Troops said they ambushed the column near the dam."
    assert _dates(extract_text, text, "ambushed") == ["2025-04-14"]
