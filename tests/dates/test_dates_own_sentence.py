"""Dates told in the act's own sentence that the parser hangs where the act's own words do not reach: a noun of
several senses ("attack") keeps the dates on it when the event has one of those senses; a participle sharing
the act's occasion ("..., telling reporters during a visit on Friday") gives that occasion's day; a verb's object
naming the very act ("filed a 2010 lawsuit") gives its year. The wrong counterpart beside each."""

from __future__ import annotations

PUBLISHED = "2025-04-18"  # a Friday: "Tuesday" is 2025-04-15


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_a_noun_of_several_senses_tells_its_act_in_any_of_them(nlp):
    """"attack" is listed first as COERCE: an attack coded ASSAULT still tells its own act, so the dates on it
    ("the attack on the compound in 1996") are its own; a noun of another sense only ("talks") does not."""
    from types import SimpleNamespace

    from accord.stages.dates.stage import _names_its_own_act

    doc = nlp("The attack on the compound in 1996 and the talks in 1998 had one cause.")
    attack, talks = doc[1], doc[9]
    assault = SimpleNamespace(event="ASSAULT")
    assert _names_its_own_act(attack, assault) and not _names_its_own_act(talks, assault)


def test_a_participle_sharing_the_act_gives_its_occasion_day(extract_text):
    text = ("The senator has praised the ruling as fair, telling journalists at a rally in Ohio on Tuesday "
            "that it was a good day.")
    assert _dates(extract_text, text, "praised") == ["2025-04-15"]


def test_a_participle_with_its_own_subject_gives_no_occasion_day(extract_text):
    text = "The senator has praised the ruling as fair, while aides briefed reporters during a visit on Tuesday."
    assert _dates(extract_text, text, "praised") == [None]


def test_an_object_naming_the_act_gives_its_year(extract_text):
    assert _dates(extract_text, "The union filed a 2019 lawsuit against the mining company.", "filed") == ["2019"]


def test_an_object_naming_another_act_gives_none(extract_text):
    assert _dates(extract_text, "The minister condemned the 2019 bombing of the market.", "condemned") == [None]


def test_an_act_in_a_when_clause_takes_the_time_it_hangs_on(extract_text):
    text = "The senator caused an uproar in December, when he criticized the judge for his rulings."
    assert _dates(extract_text, text, "criticized") == ["2024-12"]


def test_an_act_takes_the_date_of_its_when_clause(extract_text):
    assert _dates(extract_text, "The president banned the practice when she took power in March 2011.",
                  "banned") == ["2011-03"]


def test_a_habit_told_with_when_takes_no_date(extract_text):
    assert _dates(extract_text, "The minister attacks the opposition when it protests on Fridays.", "attacks") == [None]
