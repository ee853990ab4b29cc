"""An office only one country has ("Secretary of State", "Senate Majority Leader") places a holder the text gives
no country in that country, not in the country the story is about (issue 13). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations


def test_a_secretary_of_state_in_a_story_about_ukraine_is_the_us_one(extract_text):
    text = ("Russian missiles struck Kyiv overnight, Ukrainian officials said. Ukraine's foreign minister said the "
            "city would rebuild. Ukraine's army said it shot down most drones. Kyiv's mayor said power was back. "
            "Secretary of State Ann Lowe, speaking in Kyiv, said the strikes showed desperation.")
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Secretary of State Ann Lowe"] == "USA"
    assert affiliations["Ukrainian officials"] == "UKR"


def test_a_british_secretary_of_state_for_a_department_is_not_the_us_one():
    from accord.stages.entities.country_offices import office_country

    assert office_country(["Secretary of State"]) == "USA"
    assert office_country(["Senate Majority Leader"]) == "USA"
    assert office_country(["Secretary of State for Defence"]) is None
    assert office_country(["Cardinal Secretary of State"]) is None
    assert office_country(["Foreign Minister"]) is None
