"""Doers of an international story not given its home country: an unnamed doer of an act put abroad, "it" after a
foreign organisation, an armed group told by its kind (issue 14: actor codes on international news)."""

from __future__ import annotations

from tests.events.event_support import doers_of, events_of

HOME = (
    "Senators weigh new budget for border security\n\n"
    "WASHINGTON — Senators in Washington on Monday debated a bill to raise spending on border security. "
    "The senators argued over the cost for hours.\n\n"
)


def test_an_unnamed_doer_of_an_act_put_abroad_is_not_the_home_country(extract_text):
    events = events_of(extract_text, HOME + "The deadliest bombing in Europe this year was carried out on a crowded ferry.")
    assert ("", "USA") not in doers_of(events, "bombing")


def test_an_unnamed_doer_of_an_act_at_home_keeps_the_home_country(extract_text):
    events = events_of(extract_text, HOME + "Two smugglers were arrested in Texas on Sunday.")
    assert doers_of(events, "arrested") == [("", "USA")]


def test_it_after_a_foreign_organisation_is_that_organisation(extract_text):
    events = events_of(extract_text, HOME + "Democrats and Republicans both criticized the Islamic State group in their "
                       "remarks. It has seized villages across the highlands.")
    assert doers_of(events, "seized") == [("It", "IMG")]


def test_it_with_no_organisation_before_keeps_the_home_country(extract_text):
    events = events_of(extract_text, HOME + "The Senate later passed the bill. It rejected an amendment on tariffs.")
    assert ("It", "IMG") not in doers_of(events, "rejected")


def test_an_armed_group_told_by_its_kind_is_not_the_home_country(extract_text):
    events = events_of(extract_text, HOME + "The senators praised Kenyan and Nigerian troops for their "
                       "long fight with a militant group which raided convoys.")
    assert [code for _, code in doers_of(events, "raided")] == [None]


def test_an_armed_group_in_a_story_set_where_it_fights_takes_that_country(extract_text):
    text = ("Convoy hit in the highlands\n\nKABUL, Afghanistan — Insurgents attacked an army convoy in the hills on Sunday. "
            "The army said two soldiers were hurt.")
    assert [code for _, code in doers_of(events_of(extract_text, text), "attacked")] == ["AFG"]


def test_an_armed_group_where_the_sentence_names_one_country_takes_it(extract_text):
    events = events_of(extract_text, HOME + "The senators noted that rebels in Colombia had attacked a convoy last month.")
    assert [code for _, code in doers_of(events, "attacked")] == ["COL"]


def test_an_unnamed_doer_of_a_demand_voiced_abroad_keeps_the_home_country(extract_text):
    # a speech act's place is where its doer went, not whose act it is: only material acts put abroad lose the code
    events = events_of(extract_text, HOME + "The speech in 1987 was remembered for its demand in Berlin that a wall be torn down.")
    assert doers_of(events, "demand") == [("", "USA")]


def test_the_staff_of_a_named_lender_are_the_lenders_not_the_home_countrys(extract_text):
    # a Washington story about an international lender: its employees are the lender's people, not American ones
    events = events_of(extract_text, HOME + "The senators also discussed the International Monetary Fund's new chief. "
                       "The employees protested the choice on Tuesday.")
    assert doers_of(events, "protested") == [("employees", "IGO")]


def test_the_staff_with_no_body_named_before_keep_the_home_country(extract_text):
    events = events_of(extract_text, HOME + "The senators later toured a shipyard in Maine. The workers protested the cuts.")
    assert [code for _, code in doers_of(events, "protested")] == ["USA"]


AWAY = (
    "Ministers meet over the migration deal\n\n"
    "ATHENS, Greece — Greece's prime minister met Italian and Spanish ministers in Athens on Monday to discuss the "
    "migration deal. The Greek government welcomed the plan.\n\n"
)


def test_several_governments_told_by_number_or_bloc_are_no_one_states(extract_text):
    events = events_of(extract_text, AWAY + "Some governments refused to sign the plan. Western governments criticized "
                       "the deal on Tuesday.")
    assert [code for _, code in doers_of(events, "refused")] == [None]
    assert [code for _, code in doers_of(events, "criticized")] == [None]


def test_no_country_is_nobody(extract_text):
    events = events_of(extract_text, AWAY + "No country has recognized the breakaway region.")
    assert [code for _, code in doers_of(events, "recognized")] == [None]


def test_one_countrys_government_and_its_foreign_minister_keep_their_code(extract_text):
    events = events_of(extract_text, AWAY + "The government rejected the criticism. The foreign minister criticized "
                       "the smugglers on Tuesday.")
    assert [code for _, code in doers_of(events, "rejected")] == ["GRC"]
    assert [code for _, code in doers_of(events, "criticized")] == ["GRC"]


def test_international_and_local_groups_keep_the_host_country(extract_text):
    events = events_of(extract_text, AWAY + "International and local rights groups criticized the arrests on Tuesday.")
    assert [code for _, code in doers_of(events, "criticized")] == ["GRC"]
