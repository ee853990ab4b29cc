"""A US state's party member ("Texas Republican Tom Hale", "a Michigan Democrat") or a known US official is
American in a story set abroad (issue 13). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations


def test_a_us_state_s_party_member_is_american_abroad(extract_text):
    text = ("Mexican officials met in Mexico City on Friday. Texas Republican Tom Hale said the wall would be "
            "built.")
    assert _affiliations(extract_text(text))["Texas Republican Tom Hale"] == "USA"


def test_a_state_party_pair_counts_only_right_before_the_name():
    from accord.stages.entities.party_tags import state_party_country

    assert state_party_country("said Texas Republican", at_end=True) == "USA"
    assert state_party_country(", Georgia Republicans will cast votes for", at_end=True) is None
    assert state_party_country("a Michigan Democrat") == "USA"
    assert state_party_country("a Bavarian Social Democrat") is None


def test_a_us_cabinet_member_known_by_a_short_given_name_is_american_abroad(extract_text):
    # issue 13: "Ash" was dropped from the name key as if an Arabic article, so the gazetteer never found
    # the Defense Secretary and he took the country of the story (China); invented sentences
    text = ("Chinese officials met in Beijing on Saturday. Defense Secretary Ash Carter warned on Sunday that the "
            "patrols would go on. China said the sea was its own.")
    assert _affiliations(extract_text(text, published="2016-06-04"))["Defense Secretary Ash Carter"] == "USA"

