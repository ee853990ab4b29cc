"""A US party's name inside another party's name ("Social Democratic Party", "Liberal Democratic Party", "Democratic
Party of Japan") does not code the other party as American (issue 13: party words). Invented phrases."""

from __future__ import annotations

from accord.knowledge.actors import lookup_actor


def _code(phrase: str) -> str | None:
    actor = lookup_actor(phrase)
    return actor.code if actor else None


def test_another_country_s_party_is_not_the_us_party():
    assert _code("an MP from the Social Democratic Party") != "USA"
    assert _code("the Liberal Democratic Party") != "USA"
    assert _code("the People's Democratic Party") != "USA"
    assert _code("Christian Democrats") != "USA"
    assert _code("the Democratic Party of Japan") == "JPN"


def test_a_state_or_chamber_party_stays_american():
    assert _code("the Democratic Party") == "USA"
    assert _code("the Texas Republican Party") == "USA"
    assert _code("the Democratic Party of Virginia") == "USA"
    assert _code("House Democrats") == "USA"
