"""A speaker holding an office of the place a story is filed from (a governor, a state senator, the sheriff, "a
senior administration official") takes the dateline's country, not the country the story is about (issue 13: a
US official quoted in a story about another country). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations

# Mexico dominates the story's mentions; the dateline files it from Texas.
MEXICO_STORY = ("Mexican President Elena Ruiz said the inspections hurt Mexico. Mexican officials said trucks were "
                "stuck for days. Mexico's economy minister said losses were mounting. ")


def test_a_governor_in_a_story_filed_from_his_state_is_that_country_s(extract_text):
    text = ("AUSTIN, Texas — " + MEXICO_STORY + "Governor Tom Hale said the inspections would continue. "
            "State Senator Rosa Diaz said the policy was costly.")
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Governor Tom Hale"] == "USA"
    assert affiliations["State Senator Rosa Diaz"] == "USA"
    assert affiliations["Mexican officials"] == "MEX"  # a demonym still wins
    assert affiliations["Mexico's economy minister"] == "MEX"


def test_a_dateline_under_the_headline_with_a_state_abbreviation(extract_text):
    text = ("Mexico counts the cost of border checks.\n\nLAREDO, Texas (AP) — " + MEXICO_STORY
            + "A senior administration official said the checks would end soon.")
    assert _affiliations(extract_text(text))["A senior administration official"] == "USA"


def test_without_a_dateline_the_story_s_country_stands(extract_text):
    text = MEXICO_STORY + "The governor said the state would send more police."
    assert _affiliations(extract_text(text))["The governor"] == "MEX"


def test_a_central_bank_governor_is_not_an_office_of_the_filing_place():
    from accord.stages.entities.dateline_offices import holds_filing_office

    assert holds_filing_office(["Gov. Tom Hale"])
    assert holds_filing_office(["the sheriff"])
    assert holds_filing_office(["Sen. Ann Cole"])
    assert not holds_filing_office(["central bank governor Ade Okon"])
    assert not holds_filing_office(["the foreign minister", "spokesman"])


def test_the_dateline_country_reads_a_us_state_after_the_city():
    from accord.stages.dates.dateline import story_dateline_country

    assert story_dateline_country("Voters head out.\n\nMANCHESTER, N.H. (AP) — The polls opened.") == "USA"
    assert story_dateline_country("KYIV, Ukraine — Sirens sounded.") == "UKR"
    assert story_dateline_country("The minister said on Monday the talks had ended.") is None
