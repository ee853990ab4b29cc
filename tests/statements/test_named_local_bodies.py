"""A police agency or court named by a capitalised name that says no country ("the National Police Agency", "the
Constitutional Court") takes the one country its sentence places, as a bare "police" or "prosecutors" does
(issue 13 item 2): quoted in a US story about another country, it took the story's country. Invented sentences."""

from __future__ import annotations

from tests.statements.statement_support import speaker_affiliations

WASHINGTON = "WASHINGTON — The White House said on Monday that American officials would study the figures. "


def test_a_named_police_agency_takes_the_country_its_sentence_places(extract_text):
    record = extract_text(WASHINGTON + "The National Police Agency said at a briefing in Tokyo that three shootings "
                                       "were recorded last year.")
    assert speaker_affiliations(record)["The National Police Agency"] == "JPN"


def test_a_named_court_in_a_story_at_home_keeps_the_story_country(extract_text):
    record = extract_text(WASHINGTON + "The Supreme Court said the Texas law could stand until the appeal is heard.")
    assert speaker_affiliations(record)["The Supreme Court"] == "USA"
