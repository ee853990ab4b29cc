"""A demonym that names another people beside a word ("the Oneida Indian Nation", "American Indian leaders") does not
code the phrase as that country's; "MEPs" are the European Parliament's (issue 13: names read as wholes). Invented
phrases."""

from __future__ import annotations

from accord.knowledge.actors import lookup_actor


def _code(phrase: str) -> str | None:
    actor = lookup_actor(phrase)
    return actor.code if actor else None


def test_a_native_american_nation_is_not_india():
    assert _code("the Oneida Indian Nation") != "IND"
    assert _code("the Bureau of Indian Affairs") != "IND"
    assert _code("an Indian tribe in Oklahoma") != "IND"
    assert _code("American Indian leaders") == "USA"


def test_india_s_demonym_still_codes_india():
    assert _code("Indian officials") == "IND"
    assert _code("the Indian government") == "IND"
    assert _code("an Indian diplomat") == "IND"


def test_members_of_the_european_parliament_are_eu():
    assert _code("MEPs") == "EUR"
    assert _code("Members of the European Parliament") == "EUR"
