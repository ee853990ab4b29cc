"""Affiliations the opening place and the outlet table give (issue 13 item 2): an international body named
barely in a sentence opening on its seat is that body, not the host country's; a newspaper whose name reads
like another body ("Union Leader", "Political Report") is a US outlet. Invented sentences."""

from __future__ import annotations

from tests.statements.statement_support import speaker_affiliations


def test_bare_commission_in_brussels_is_the_european_commission(extract_text):
    record = extract_text("In Brussels, the Commission said the new fishing quotas would take effect in May.")
    assert speaker_affiliations(record)["the Commission"] == "EUR"


def test_lower_case_council_in_brussels_keeps_the_host_country(extract_text):
    record = extract_text("In Brussels, the council said the tram line would close for a month.")
    assert speaker_affiliations(record)["the council"] == "BEL"


def test_the_agency_in_vienna_is_the_un_nuclear_watchdog(extract_text):
    record = extract_text("In Vienna, the agency said its inspectors had been denied access to the plant.")
    assert speaker_affiliations(record)["the agency"] == "UNO"


def test_a_body_with_its_own_code_is_not_placed_by_the_opening_place(extract_text):
    record = extract_text("In Geneva, the World Health Organization said the outbreak had slowed in March.")
    assert speaker_affiliations(record)["the World Health Organization"] == "UNO"


def test_the_union_leader_is_a_us_newspaper_not_a_labour_union(extract_text):
    record = extract_text("In Manchester, the Union Leader reported that the governor would seek a third term.")
    assert speaker_affiliations(record)["the Union Leader"] == "USA"


def test_a_union_leader_in_lower_case_is_no_newspaper(extract_text):
    record = extract_text("A union leader said the strike at the port would go on through the weekend.")
    assert speaker_affiliations(record)["A union leader"] != "USA"


def test_the_cook_political_report_is_a_us_outlet(extract_text):
    record = extract_text("The Cook Political Report said on Tuesday that the open seat could change hands.")
    assert speaker_affiliations(record)["The Cook Political Report"] == "USA"


def test_a_place_name_two_countries_share_does_not_place_the_speaker(extract_text):
    text = ("Senator Ted Cruz won more delegates in Iowa and Texas on Saturday, his campaign said. "
            "In Georgia, early counts from the county conventions showed that Cruz had gained ground.")
    assert speaker_affiliations(extract_text(text))["early counts from the county conventions"] != "GEO"


def test_georgia_in_a_story_about_the_caucasus_is_the_country(extract_text):
    text = ("Russia moved more troops toward the Georgian border on Friday, the Kremlin said. "
            "In Georgia, officials said the troops had crossed the line overnight.")
    assert speaker_affiliations(extract_text(text))["officials"] == "GEO"


def _speaker_names(record) -> dict[str, str | None]:
    return {s.speaker.text: s.speaker.name for s in record.statements if s.speaker is not None}


def test_the_eu_commission_in_brussels_is_named_the_commission_not_the_city(extract_text):
    record = extract_text("In Brussels, the EU Commission said the new fishing quotas would take effect in May.")
    assert _speaker_names(record)["the EU Commission"] == "EU Commission"


def test_the_eu_in_brussels_keeps_its_written_name(extract_text):
    record = extract_text("In Brussels, the EU said the new fishing quotas would take effect in May.")
    assert _speaker_names(record)["the EU"] == "EU"
