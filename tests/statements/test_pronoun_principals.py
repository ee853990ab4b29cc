"""A speaker serving a person named by his/her ("her aides", "his spokesman", "sources close to her
campaign") speaks for that person's country, not the story's (issue 13 item 2). Invented sentences."""

from __future__ import annotations

from tests.statements.statement_support import speaker_affiliations

LONDON = ("LONDON — Britain will vote on Thursday on leaving the European Union, the British government said. "
          "Senator Dana Whitlock of Ohio has said nothing about the vote. ")


def test_sources_close_to_her_campaign_take_her_country(extract_text):
    record = extract_text(LONDON + "Two sources close to her campaign told reporters that she favoured staying.")
    assert speaker_affiliations(record)["Two sources close to her campaign"] == "USA"


def test_her_aides_take_her_country(extract_text):
    record = extract_text(LONDON + "Her aides said she would not travel to Britain this summer.")
    assert speaker_affiliations(record)["Her aides"] == "USA"


def test_aides_of_no_named_person_keep_the_storys_country(extract_text):
    record = extract_text("LONDON — Britain will vote on Thursday on leaving the European Union, the British "
                          "government said. Her aides said the minister would not travel.")
    assert speaker_affiliations(record).get("Her aides") != "USA"
