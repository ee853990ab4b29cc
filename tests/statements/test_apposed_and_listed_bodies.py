"""Affiliations a body's own apposition or a curated table gives before the story's country (issue 13 item
2): "The Independent, a British newspaper" in a story set elsewhere is British; a one-word outlet that is also
a common word (Slate, Salon) is a US outlet only where the text capitalises it; an analyst at a research firm
no country table lists takes the firm's code, not the story's; a former employer ("then at a bank") is no
affiliation. Invented sentences."""

from __future__ import annotations

import pytest

from tests.statements.statement_support import speaker_affiliations

TOKYO = "TOKYO — Japan's economy shrank in the first quarter, the Japanese government said on Monday. "


@pytest.mark.parametrize(("sentence", "speaker", "code"), [
    ("The Independent, a British newspaper, reported that the suspect had lived in Osaka.", "The Independent", "GBR"),
    ("Teck, the Canadian mining company, said it would close the mine near Sendai.", "Teck", "CAN"),
    ("Halvorsen, a Norwegian shipping firm, said its tankers would avoid the strait.", "Halvorsen", "NOR"),
])
def test_a_bodys_apposition_names_its_country(extract_text, sentence, speaker, code):
    assert speaker_affiliations(extract_text(TOKYO + sentence))[speaker] == code


def test_an_apposition_naming_two_countries_places_nothing(extract_text):
    record = extract_text(TOKYO + "Ostrava Steel, a Czech and Slovak steelmaker, said it would cut output by a third.")
    assert speaker_affiliations(record)["Ostrava Steel"] not in ("CZE", "SVK")


def test_one_word_outlets_are_us_outlets_in_a_foreign_story(extract_text):
    record = extract_text("TEHRAN — Iranian officials said on Monday that talks with Europe had stalled. "
                          "Slate wrote that the sanctions had failed. Salon said the talks were a sham.")
    affiliations = speaker_affiliations(record)
    assert affiliations["Slate"] == "USA"
    assert affiliations["Salon"] == "USA"


def test_a_common_word_in_lower_case_is_no_outlet(extract_text):
    record = extract_text(TOKYO + "A slate of candidates said the vote should be delayed until June.")
    assert speaker_affiliations(record)["A slate of candidates"] != "USA"


def test_an_economist_at_a_research_firm_takes_the_firms_code(extract_text):
    record = extract_text(TOKYO + '"The outlook is weak," said Marcel Dunn, an economist at Capital Economics.')
    assert speaker_affiliations(record)["Marcel Dunn"] == "MNC"


def test_the_remain_campaign_is_british_in_a_us_story(extract_text):
    record = extract_text('WASHINGTON — The "Remain" campaign said voters had been misled about the costs.')
    assert speaker_affiliations(record)['The "Remain" campaign'] == "GBR"


def test_a_former_employer_after_then_is_no_affiliation(extract_text):
    record = extract_text(TOKYO + "Mr. Dorn, then at Barclays, founded the advisory firm in 2005. "
                          "Mr. Dorn said the firm would keep growing.")
    assert "MNC" not in speaker_affiliations(record).values()
