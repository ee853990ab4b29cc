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


def test_a_foreign_leader_named_by_role_is_not_the_us_president_named_before(extract_text):
    # issue 13: "The French president" took the name of the US president named just before, and he then
    # took France's code (the gazetteer knew him as American only later); invented sentences
    text = ("President Barack Obama phoned Francois Hollande on Tuesday. The French president said the shooting "
            "was an outrage, while Obama spoke of the attack near Paris. The Obama administration says the hunt "
            "will go on.")
    record = extract_text(text, published="2016-06-17")
    speakers = {s.speaker.text: s.speaker for s in record.statements if s.speaker}
    assert speakers["The French president"].name != "Barack Obama"
    assert speakers["The French president"].affiliation == "FRA"
    assert speakers["Obama"].affiliation == "USA"
    assert speakers["The Obama administration"].affiliation == "USA"


def test_a_leader_named_by_role_is_still_the_one_of_that_country(extract_text):
    text = "President Emmanuel Macron met the press in Paris. The French president said the tax would go."
    speakers = {s.speaker.text: s.speaker for s in extract_text(text, published="2019-06-17").statements}
    assert speakers["The French president"].name == "Emmanuel Macron"
