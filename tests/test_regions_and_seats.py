"""Provinces under their English names, regional adjectives, and a city standing for an international body
before a city's own body (issue 13 item 2: regions with no pycountry entry in English; "a Brussels prosecutor"
is Belgium's, "Brussels said" the EU's).
"""

from __future__ import annotations

import pycountry
import pytest

from accord.knowledge.actors import lexicon, lookup_actor
from accord.knowledge.loader import read_rows
from accord.knowledge.regions import REGION_NAMES_FILE, region_names
from accord.knowledge.subdivisions import subdivision_owners
from accord.stages.gazetteer import named_place_country


@pytest.mark.parametrize(("phrase", "code", "sector"), [
    ("a Brussels prosecutor", "BEL", "JUD"),
    ("the Brussels police", "BEL", "COP"),
    ("a Brussels court", "BEL", "JUD"),
    ("Brussels officials", "EUR", "GOV"),  # officials of the EU as often as of the city: the metonym stands
    ("Brussels", "EUR", "GOV"),
    ("EU prosecutors", "EUR", "JUD"),
])
def test_a_city_standing_for_the_eu_before_a_citys_own_body_is_the_city(phrase, code, sector):
    found = lookup_actor(phrase)
    assert found is not None and (found.code, found.sector) == (code, sector)


@pytest.mark.parametrize(("name", "code"), [
    ("Bavaria", "DEU"), ("North Rhine-Westphalia", "DEU"), ("Catalonia", "ESP"), ("Flanders", "BEL"),
    ("Sicily", "ITA"), ("Upper Austria", "AUT"), ("Chechnya", "RUS"),
])
def test_a_province_named_in_english_gives_its_country(name, code):
    assert named_place_country(name) == code


def test_every_listed_province_is_one_countrys_pycountry_subdivision():
    rows = read_rows(REGION_NAMES_FILE, ("name", "subdivision"))
    owners = subdivision_owners()
    assert rows and all(len(owners.get(row["subdivision"], ())) == 1 for row in rows)
    assert len(region_names()) == len({row["name"] for row in rows})


@pytest.mark.parametrize(("phrase", "code", "sector"), [
    ("Bavarian police", "DEU", "COP"),
    ("the Catalan government", "ESP", "GOV"),
    ("Flemish officials", "BEL", "GOV"),
    ("a British Columbian lawmaker", "CAN", "LEG"),  # a Canadian province's people, not Britain's
])
def test_a_regional_adjective_codes_its_country(phrase, code, sector):
    found = lookup_actor(phrase)
    assert found is not None and (found.code, found.sector) == (code, sector)


def test_a_province_s_people_are_its_country_s_not_the_country_word_s():
    """"British Columbians" were read as British (GBR)."""
    found = lookup_actor("most British Columbians")
    assert found is not None and found.code == "CAN"


def test_every_regional_adjective_is_the_country_of_a_region_of_that_country():
    demonyms = [row for row in read_rows("actors/region_demonyms.tsv", ("phrase", "code"))]
    alpha3 = {country.alpha_3 for country in pycountry.countries}
    assert demonyms and all(row["code"] in alpha3 for row in demonyms)
    assert all(lexicon().entry(row["phrase"]).role == "demonym" for row in demonyms)


def test_a_brussels_prosecutor_speaks_for_belgium_and_brussels_for_the_eu(extract_text):
    text = ("Police raided homes in Molenbeek on Friday. A Brussels prosecutor said three suspects were arrested. "
            "The European Commission proposed new rules on the same day. Brussels said the rules would take "
            "effect in March.")
    speakers = {s.speaker.text: s.speaker.affiliation for s in extract_text(text).statements}
    assert speakers["A Brussels prosecutor"] == "BEL"
    assert speakers["Brussels"] == "EUR"


def test_a_regional_minister_is_placed_in_a_story_set_elsewhere(extract_text):
    # The story names Austria more than Germany; the Bavarian minister is Germany's.
    text = ("Flooding hit Austria on Monday. Austria's army sent troops and Austrian officials closed roads. "
            "Bavarian Interior Minister Klaus Obermaier said ten people had died in his state.")
    speakers = {s.speaker.name: s.speaker.affiliation for s in extract_text(text).statements}
    assert speakers.get("Klaus Obermaier") == "DEU"


def test_a_capital_after_the_is_no_government_but_a_capital_alone_is(extract_text):
    # A slogan punning on a candidate's name ("feel the Bern") names no Swiss government; "Bern said" does.
    pun = ("Volunteers in Ohio urged students to feel the Bern before the primary. Dana Whitlock, a volunteer, "
           "said the students would feel the Bern on Tuesday.")
    assert "CHE" not in {s.speaker.affiliation for s in extract_text(pun).statements}
    capital = "Bern said on Monday that the talks would resume in Geneva."
    speakers = {s.speaker.text: s.speaker.affiliation for s in extract_text(capital).statements}
    assert speakers.get("Bern") == "CHE"
