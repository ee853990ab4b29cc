"""Speakers placed only by a description of where they come from or were raised, and a carrier re-mentioned
as "the airline" (issue 13): each takes that place's or that body's country, not the story's.

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations

import pytest

# A story whose most named country is Portugal: a speaker nothing places would take PRT.
_PORTUGAL_STORY = ("Portugal tightened its visa rules on Monday. Portugal said the rules would take effect in June. "
                   "Portuguese officials said the change was overdue. ")


def _speakers(record) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text, s.speaker.name, s.speaker.affiliation) for s in record.statements]


@pytest.mark.parametrize(("description", "code"), [
    ("who is originally from Peru", "PER"),  # a present copula's "from" phrase
    ("who hails from Ghana", "GHA"),
    ("who went back to her home country of Peru last year", "PER"),  # a possessed origin noun's "of" phrase
    ("who was flying home to Lima", "PER"),  # the place a verb goes "home to"
])
def test_a_person_placed_by_an_origin_description_takes_that_country(extract_text, description, code):
    text = _PORTUGAL_STORY + f"Rosa Mensah, {description}, said the rules were unfair."
    assert ("Rosa Mensah", "Rosa Mensah", code) in _speakers(extract_text(text))


def test_a_speaker_in_a_clause_going_home_takes_the_home_country(extract_text):
    # The subject's own clause says where home is.
    text = _PORTUGAL_STORY + "Rosa Mensah was heading back to her home country of Ghana, and she said the wait was long."
    assert any(name == "Rosa Mensah" and code == "GHA" for _, name, code in _speakers(extract_text(text)))


def test_where_a_voter_was_raised_is_no_affiliation(extract_text):
    # Birth and upbringing are neither residence nor nationality: a Portuguese voter raised in Angola stays PRT.
    text = _PORTUGAL_STORY + "Rosa Mensah, who was raised in Angola, said she would vote for the ruling party."
    assert ("Rosa Mensah", "Rosa Mensah", "PRT") in _speakers(extract_text(text))


def test_the_airline_names_a_carrier_whose_glued_name_holds_air(extract_text):
    text = _PORTUGAL_STORY + ("The co-pilot had flown for six years with EgyptAir, the airline said on Friday. "
                              "The airline said he had passed every check.")
    speakers = _speakers(extract_text(text))
    assert [code for speaker, _, code in speakers if speaker.lower() == "the airline"] == ["EGY", "EGY"]


def test_the_airline_is_no_air_force(extract_text):
    text = ("The U.S. Air Force said it had sent a transport plane to Lisbon. "
            "The airline said it would add flights to Lisbon.")
    speakers = _speakers(extract_text(text))
    assert not any(speaker == "The airline" and name == "Air Force" for speaker, name, _ in speakers)


def test_the_airlines_spokesman_belongs_to_the_carrier_whose_glued_name_holds_air(extract_text):
    text = _PORTUGAL_STORY + ("The co-pilot had flown with EgyptAir for six years. "
                              "The airline's spokesman, Omar Said, said he was experienced.")
    assert ("The airline's spokesman", "Omar Said", "EGY") in _speakers(extract_text(text))


@pytest.mark.parametrize(("description", "code"), [
    ("who hailed Egypt for its mediation", "EGY"),  # "hail" as praise: its object is praised, not a home
])
def test_a_praised_country_does_not_place_the_speaker(extract_text, description, code):
    text = _PORTUGAL_STORY + f"Rosa Mensah, {description}, said the talks would resume next week."
    assert all(affiliation != code for _, name, affiliation in _speakers(extract_text(text)) if name == "Rosa Mensah")


@pytest.mark.parametrize(("description", "code"), [
    ("who sent the visiting delegates home to Cairo", "EGY"),  # the object goes home, not the speaker
    ("who flew the wounded home to Paris", "FRA"),
])
def test_sending_others_home_does_not_place_the_speaker(extract_text, description, code):
    text = _PORTUGAL_STORY + f"Rosa Mensah, {description}, said the talks would resume next week."
    assert all(affiliation != code for _, name, affiliation in _speakers(extract_text(text)) if name == "Rosa Mensah")


# A story from Washington: the dateline, not a market a speaker trades in, is where it is set.
_WASHINGTON_STORY = "WASHINGTON — Stocks fell sharply on Wall Street on Monday. "


@pytest.mark.parametrize(("description", "code"), [
    ("An investor in the Chinese market", "CHN"),  # a market is a venue of trade, not a home
    ("A trader in the Japanese market", "JPN"),
])
def test_a_market_a_speaker_trades_in_is_no_home(extract_text, description, code):
    text = _WASHINGTON_STORY + f"{description} said the slide would not last."
    speakers = _speakers(extract_text(text))
    assert speakers and all(affiliation != code for _, _, affiliation in speakers), speakers


@pytest.mark.parametrize(("description", "code"), [
    ("A shopkeeper in the Kenyan port of Mombasa", "KEN"),  # a settlement noun still places its resident
    ("A farmer in a Malian village", "MLI"),
])
def test_a_settlement_a_speaker_lives_in_is_a_home(extract_text, description, code):
    text = _WASHINGTON_STORY + f"{description} said the slide would hurt him."
    assert any(affiliation == code for _, _, affiliation in _speakers(extract_text(text))), _speakers(extract_text(text))
