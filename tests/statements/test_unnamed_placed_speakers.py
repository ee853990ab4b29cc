"""Unnamed speakers placed by their own words in a story of many nationalities (issue 13 item 2), and a company's
name kept whole.

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations

# A story set in Norway: its context country is NOR, which an unplaced speaker would take.
_NORWAY = ("OSLO — A ferry sank on Monday off the Norwegian coast, Norwegian officials said. Norway's coast guard "
           "said 40 survivors had been found. Oslo said more boats were on the way. ")


def _affiliation_of(record, content_words: str) -> str | None:
    """The affiliation of the one statement whose content holds ``content_words``."""
    found = [s for s in record.statements if content_words in s.content.text]
    assert len(found) == 1, [s.content.text for s in record.statements]
    return found[0].speaker.affiliation if found[0].speaker else None


def test_an_unnamed_office_holder_of_a_foreign_province_is_of_that_country(extract_text):
    # "the governor of Cusco" serves a Peruvian region: not of the country the story is set in.
    record = extract_text(_NORWAY + "The governor of Cusco said two students were aboard.")
    assert _affiliation_of(record, "two students were aboard") == "PER"


def test_an_unnamed_ruler_of_a_country_is_that_countrys(extract_text):
    record = extract_text(_NORWAY + "The emir of Qatar said he would send a rescue plane.")
    assert _affiliation_of(record, "send a rescue plane") == "QAT"


def test_critics_in_a_country_written_in_full_are_of_it(extract_text):
    # "in the United States": the whole name is the country ("States" alone is none).
    record = extract_text(_NORWAY + "Her critics in the United States argue that the rescue was slow.")
    assert _affiliation_of(record, "the rescue was slow") == "USA"


def test_a_group_named_in_two_countries_is_of_neither(extract_text):
    # Two places, two countries: no home, and the story's country is left to the back-off chain.
    record = extract_text(_NORWAY + "A trader from Peru and Chile said the ferry was overloaded.")
    assert _affiliation_of(record, "the ferry was overloaded") not in ("PER", "CHL")


def test_an_unnamed_ambassador_in_a_foreign_city_is_still_posted_there(extract_text):
    # A diplomat's post says where he serves, not whose he is: no Peruvian code from "in Lima".
    record = extract_text(_NORWAY + "An ambassador in Lima said two students from Cusco were aboard.")
    assert _affiliation_of(record, "two students from Cusco") != "PER"


def test_an_unnamed_official_in_a_foreign_city_keeps_the_posted_reading(extract_text):
    # Officials may serve where they are sent (data/actors/posted_titles.tsv): "in Lima" gives no Peruvian code.
    record = extract_text(_NORWAY + "An official in Lima said two students from Cusco were aboard.")
    assert _affiliation_of(record, "two students from Cusco") != "PER"


def test_a_carrier_named_after_its_country_keeps_its_whole_name(extract_text):
    # "Kenya Airways" is the company's name: the country word is not stripped as in "Kenya's government".
    record = extract_text(_NORWAY + "Kenya Airways said three of its flights were cancelled.")
    found = [s for s in record.statements if "flights were cancelled" in s.content.text]
    assert [(s.speaker.name, s.speaker.affiliation) for s in found] == [("Kenya Airways", "KEN")]


def test_a_country_before_a_state_body_is_still_stripped(extract_text):
    record = extract_text(_NORWAY + "The Kenyan government said three Kenyans were aboard.")
    found = [s for s in record.statements if "three Kenyans" in s.content.text]
    assert [(s.speaker.name, s.speaker.affiliation) for s in found] == [("government", "KEN")]


def test_migrants_in_a_foreign_country_are_not_placed_by_where_they_are(extract_text):
    # Refugees, migrants and go-betweens are where they are, not of it (data/actors/origin_only_heads.tsv): "in
    # Libya" gives no Libyan code, and no Libyan weight on the story's country for the refugees after them.
    record = extract_text(_NORWAY + "Migrants in Libya said the boats were overcrowded. "
                          "Refugees in Poland said the camps were full.")
    assert _affiliation_of(record, "the boats were overcrowded") != "LBY"
    assert _affiliation_of(record, "the camps were full") != "LBY"


def test_refugees_from_a_country_are_of_it(extract_text):
    record = extract_text(_NORWAY + "Refugees from Syria said the boats were overcrowded.")
    assert _affiliation_of(record, "the boats were overcrowded") == "SYR"
