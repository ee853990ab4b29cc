"""Surrogates and principal bodies serving a person named after their head ("advisers to Prime Minister X", "a
spokesman for Mr. X", "the government of President X") take that person's country, not the story's (issue 13
item 2). Invented sentences."""

from __future__ import annotations

from tests.statements.statement_support import speaker_affiliations

WASHINGTON = ("WASHINGTON — The White House said on Monday that American officials would study the trade plan. "
              "Japanese Prime Minister Taro Sato met the president on Friday. ")


def test_advisers_to_a_named_leader_take_his_country(extract_text):
    record = extract_text(WASHINGTON + "Advisers to Prime Minister Taro Sato said the plan was unfair to Tokyo.")
    assert speaker_affiliations(record)["Advisers"] == "JPN"


def test_advisers_serving_no_named_person_keep_the_story_country(extract_text):
    record = extract_text(WASHINGTON + "Advisers said the plan was unfair to American farmers.")
    assert speaker_affiliations(record)["Advisers"] == "USA"
