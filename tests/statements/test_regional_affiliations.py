"""A regional office referring back to a named province or state ("the province's environment minister") takes the
country of that province, not the story's (issue 13). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations


def test_the_province_s_minister_is_the_named_province_s_country(extract_text):
    text = ("Flooding hit the American Midwest on Monday. Farmers in Ontario lost crops. The province's environment "
            "minister said the damage would take years to repair.")
    assert _affiliations(extract_text(text))["The province's environment minister"] == "CAN"


def test_a_state_body_noun_is_no_regional_role():
    from accord.records import Speaker
    from accord.stages.entities.region_owners import region_owners

    text = "Officials in Ontario met. The State Department said so. The province's minister said so."
    speakers = [Speaker(text=t, start=text.index(t), end=text.index(t) + len(t))
                for t in ("The State Department", "The province's minister")]
    assert region_owners(speakers, text) == [None, "CAN"]
