"""A US state's party member ("Texas Republican Tom Hale", "a Michigan Democrat") is American in a story set
abroad (issue 13). Invented sentences."""

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
