"""A country the back-offs guess that lacks the speaker's office gives way (issue 13): a minister is never placed in
the United States because US officials outnumber the story's own, and a senator is placed only in a country with a
Senate. Invented sentences."""

from __future__ import annotations

from collections import Counter

from statement_support import speaker_affiliations as _affiliations

BEIRUT_STORY = (
    "BEIRUT — Shelling hit villages in the south on Tuesday, Lebanon's health ministry said. Secretary of State Ann "
    "Lowe said a truce was close. Pentagon press secretary Tom Brandt said U.S. forces took no part. State "
    "Department spokesman Dale Ostrow said the shelling must stop. Prime Minister Karim Haddad said his country "
    "wanted calm. Interior Minister Samir Nassar said six people died. Former Senator Tom Baxter said the shelling "
    "was justified."
)


def test_a_minister_in_a_story_told_by_us_officials_takes_the_datelines_country(extract_text):
    affiliations = _affiliations(extract_text(BEIRUT_STORY))
    assert affiliations["Prime Minister Karim Haddad"] == "LBN"
    assert affiliations["Interior Minister Samir Nassar"] == "LBN"
    assert affiliations["Secretary of State Ann Lowe"] == "USA"
    assert affiliations["State Department spokesman Dale Ostrow"] == "USA"


def test_a_senator_in_a_story_set_where_there_is_no_senate_is_american(extract_text):
    assert _affiliations(extract_text(BEIRUT_STORY))["Former Senator Tom Baxter"] == "USA"


def test_a_senator_in_a_story_set_where_there_is_a_senate_is_that_countrys(extract_text):
    text = ("MANILA, Philippines — Officials in the Philippines met on Monday to discuss the typhoon. Former Senator "
            "Ramon Cruz said the relief came too late.")
    assert _affiliations(extract_text(text))["Former Senator Ramon Cruz"] == "PHL"


def test_which_titles_name_an_office_some_countries_lack():
    from accord.stages.entities.office_systems import office_system

    assert office_system(["ex-defence minister, later vice premier under Mr. Lenko"]).name == "parliamentary"
    assert office_system(["foreign ministry spokesperson"]).name == "parliamentary"
    assert office_system(["member of parliament for Leeds"]).name == "parliamentary"
    assert office_system(["Sen."]).name == "senate"
    assert office_system(["close friend of the Israeli Prime Minister"]) is None  # a tie to a minister, no office
    assert office_system(["a Baptist minister"]) is None
    assert office_system(["minister with a church in Ohio"]) is None
    assert office_system(["youth minister"]) is None
    assert office_system(["state senator"]) is None
    assert office_system(["Secretary of State"]) is None


def test_the_guessed_country_is_kept_when_it_has_the_office():
    from accord.stages.entities.office_systems import fitting_country, office_system

    minister, senator = office_system(["Interior Minister"]), office_system(["Senator"])
    assert fitting_country("FRA", minister, None, "USA", Counter()) == "FRA"
    assert fitting_country("USA", minister, None, "USA", Counter({"USA": 9, "UKR": 4, "RUS": 2})) == "UKR"
    assert fitting_country("USA", minister, None, "USA", Counter({"USA": 9, "UKR": 2, "RUS": 2})) is None
    assert fitting_country("IRN", senator, "IRN", "IRN", Counter({"IRN": 5})) == "USA"
    assert fitting_country("AUS", senator, None, "AUS", Counter()) == "AUS"
    assert fitting_country("USA", None, None, "USA", Counter()) == "USA"

