"""The last affiliation back-off: a speaker nothing in the text places takes the story's country (a measured
default, ``identity.STORY_COUNTRY_FOR_UNPLACED``), except a joint speaker one of whose parties is known to be of
another country: the pair is of no one country (issue 13 item 2; VOA ANNOTATION.md). Invented sentences."""

from __future__ import annotations

import importlib

from statement_support import speaker_affiliations as _affiliations

US_STORY = ("The United States hosted the summit. The United States wants a new trade deal, and Washington said "
            "the United States would not wait. ")


def test_a_joint_speaker_with_a_foreign_party_takes_no_story_country(extract_text):
    # the lexicons know one party (a Canadian prime minister), nothing places the other
    text = US_STORY + "Both Justin Trudeau and Ana Ruiz said the talks went well."
    assert _affiliations(extract_text(text))["Both Justin Trudeau and Ana Ruiz"] is None


def test_a_joint_speaker_of_unplaced_people_takes_the_story_country(extract_text):
    text = US_STORY + "Dana Miller and Rob Tate said the talks went well."
    assert _affiliations(extract_text(text))["Dana Miller and Rob Tate"] == "USA"


def test_the_story_country_default_is_a_switch(extract_text, monkeypatch):
    identity = importlib.import_module("accord.stages.statements.identity")
    text = US_STORY + "Dana Miller said the talks went well."
    assert _affiliations(extract_text(text))["Dana Miller"] == "USA"
    monkeypatch.setattr(identity, "STORY_COUNTRY_FOR_UNPLACED", False)
    assert _affiliations(extract_text(text))["Dana Miller"] is None
