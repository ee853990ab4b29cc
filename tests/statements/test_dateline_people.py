"""A person or unnamed voice the text gives no country, in a story filed from abroad about another country, is
placed in the dateline's country: a reporter abroad quotes the people around them (issue 13 item 2: a foreigner
quoted in a US outlet's story took the USA, the country the story names most). Institutions keep the story's
country. Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations

# The United States dominates the story's mentions; the dateline files it from Seoul.
US_RACE = ("The United States votes in November. The Republican candidate said the United States would cut "
           "its troops abroad. Senator Ann Cole of Ohio said the United States must stay. ")


def test_a_local_voice_in_a_story_filed_from_abroad_takes_the_dateline_country(extract_text):
    text = ("SEOUL - " + US_RACE + "\"It is exciting to watch,\" one viewer wrote. "
            "Columnist Min Park wrote that the race was a show.")
    affiliations = _affiliations(extract_text(text))
    assert affiliations["one viewer"] == "KOR"
    assert affiliations["Columnist Min Park"] == "KOR"
    assert affiliations["Senator Ann Cole of Ohio"] == "USA"  # her own words place her


def test_without_a_dateline_the_story_s_country_stands(extract_text):
    text = US_RACE + "\"It is exciting to watch,\" one viewer wrote."
    assert _affiliations(extract_text(text))["one viewer"] == "USA"


def test_an_institution_keeps_the_story_s_country(extract_text):
    text = "SEOUL - " + US_RACE + "The National Football League said the games would go on."
    assert _affiliations(extract_text(text))["The National Football League"] == "USA"
