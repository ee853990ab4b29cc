"""A one-word alias that is also a given name ("Abbas" of Mahmoud Abbas) never codes another person's name."""

from __future__ import annotations

import pytest

from accord.knowledge.actors import lookup_actor


@pytest.mark.parametrize("phrase", [
    "Abbas Araqchi",
    "Seyed Abbas",
    "Foreign Minister Abbas Araqchi",
    "Iranian Foreign Minister Abbas Araqchi",
    "Abbas Kiarostami",
    "Mahmud Abbas Zaki",
])
def test_a_given_name_inside_another_name_is_not_mahmoud_abbas(phrase: str) -> None:
    actor = lookup_actor(phrase)
    assert actor is None or (actor.name != "Mahmoud Abbas" and actor.code != "PSE")


def test_the_minister_keeps_his_country_from_the_demonym() -> None:
    actor = lookup_actor("Iranian Foreign Minister Abbas Araqchi")
    assert (actor.code, actor.sector, actor.kind) == ("IRN", "GOV", "person")


@pytest.mark.parametrize("phrase", ["Abbas", "President Abbas", "Palestinian President Abbas", "Mr. Abbas",
                                    "Mahmoud Abbas"])
def test_the_surname_alone_or_after_a_title_is_still_mahmoud_abbas(phrase: str) -> None:
    actor = lookup_actor(phrase)
    assert (actor.code, actor.name) == ("PSE", "Mahmoud Abbas")


def test_surname_aliases_that_are_no_given_names_are_untouched() -> None:
    assert lookup_actor("Russian President Putin").name == "Vladimir Putin"
    assert lookup_actor("Seyed Abbas Araghchi").code == "IRN"
