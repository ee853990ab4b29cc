"""A city before a material-act noun is where the act happened, never who did it, however the parser tags the city
(a proper noun, an adjective, two words), and a verb told of that act ("the bombings killed ...") tells the same act:
one event whose unnamed doer the city's country codes (review3 M8 and N4)."""

from __future__ import annotations

import pytest

from tests.events.event_support import doers_of, events_of, events_of_type, summary


@pytest.mark.parametrize(("city", "country"), [("Brussels", "BEL"), ("Vienna", "AUT"), ("Geneva", "CHE")])
def test_a_verb_told_of_a_city_named_attack_is_that_one_attack(extract_text, city, country):
    assaults = events_of_type(extract_text, f"The {city} bombings killed fourteen commuters on Tuesday.", "ASSAULT")
    assert [[(a.text, a.code) for a in e.actors] for e in assaults] == [[("", country)]], summary(assaults)


@pytest.mark.parametrize("noun", ["attack", "attacks"])
def test_one_city_named_attack_or_several_have_the_city_as_their_scene(extract_text, noun):
    for city, country in (("Kyiv", "UKR"), ("Paris", "FRA")):
        events = events_of(extract_text, f"The {city} {noun} shocked the harbour towns.")
        assert doers_of(events, noun) == [("", country)], (city, summary(events))


def test_a_two_word_city_before_an_attack_noun_is_its_scene(extract_text):
    events = events_of(extract_text, "The Addis Ababa bombing shocked the traders.")
    assert doers_of(events, "bombing") == [("", "ETH")]


def test_a_country_before_an_attack_noun_told_with_a_verb_still_names_its_doer(extract_text):
    assaults = events_of_type(extract_text, "The Russian strikes killed nine villagers on Friday.", "ASSAULT")
    assert {a.code for e in assaults for a in e.actors} == {"RUS"}, summary(assaults)
