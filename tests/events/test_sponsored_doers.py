"""Doers named with a hyphened sponsor ("Iran-backed", "Moscow-installed", "pro-Russian"): the doer's span holds the
whole word, and a party that leads, runs or installed the doer codes it while one that only backs it never does
(issue 14: actor codes on international news; data/actors/sponsor_participles.json)."""

from __future__ import annotations

from tests.events.event_support import events_of, summary

HEAD = "Fighting flares along the front\n\n"


def _doers(extract_text, body, trigger):
    """(text, code) of the doers of the event triggered by ``trigger``, each span checked against the text."""
    text = HEAD + body
    events = events_of(extract_text, text)
    found = [e for e in events if e.trigger.text == trigger]
    assert found, summary(events)
    for actor in found[0].actors:
        assert text[actor.start:actor.end] == actor.text
    return [(a.text, a.code) for a in found[0].actors]


def test_a_sponsored_group_keeps_its_own_code_and_the_sponsor_word(extract_text):
    doers = _doers(extract_text, "Iran-backed Houthi rebels fired rockets at a cargo ship on Sunday.", "fired rockets at")
    assert doers == [("Iran-backed Houthi rebels", "YEM")]


def test_a_backer_of_a_named_nationality_is_not_the_doer(extract_text):
    doers = _doers(extract_text, "Turkish-backed Syrian fighters stormed two hamlets on Saturday.", "stormed")
    assert doers == [("Turkish-backed Syrian fighters", "SYR")]


def test_officials_an_occupier_installed_act_for_it(extract_text):
    doers = _doers(extract_text, "Iran denied the report. Russian-installed officials detained a school principal "
                   "on Thursday.", "detained")
    assert doers == [("Russian-installed officials", "RUS")]


def test_authorities_a_capital_appointed_act_for_its_state(extract_text):
    doers = _doers(extract_text, "Moscow-appointed authorities arrested a teacher on Friday.", "arrested")
    assert doers == [("Moscow-appointed authorities", "RUS")]


def test_a_ministry_a_movement_runs_is_the_movements(extract_text):
    doers = _doers(extract_text, "The Hamas-run health ministry accused Israel of bombing a clinic.", "accused")
    assert doers == [("Hamas-run health ministry", "PSE")]


def test_a_coalition_keeps_its_leader_and_the_whole_word(extract_text):
    doers = _doers(extract_text, "Saudi-led coalition jets bombed a bridge on Wednesday.", "bombed")
    assert doers == [("Saudi-led coalition jets", "SAU")]


def test_the_backer_named_in_the_sentence_is_not_the_unnamed_groups_country(extract_text):
    doers = _doers(extract_text, "Iran-backed militias attacked a supply convoy on Monday.", "attacked")
    assert doers == [("Iran-backed militias", None)]


def test_a_backer_the_story_is_about_is_not_the_doer(extract_text):
    doers = _doers(extract_text, "Russian-backed separatists shelled a village on Friday. Russia called the "
                   "report a lie.", "shelled")
    assert [text for text, _ in doers] == ["Russian-backed separatists"]
    assert "RUS" not in [code for _, code in doers]


def test_a_pro_prefix_names_a_backer_not_the_doer(extract_text):
    doers = _doers(extract_text, "Pro-Russian separatists shelled a village on Friday. Russia called the "
                   "report a lie.", "shelled")
    assert [text for text, _ in doers] == ["Pro-Russian separatists"]
    assert "RUS" not in [code for _, code in doers]


def test_a_one_token_state_backer_is_not_the_doer(extract_text):
    doers = _doers(extract_text, "The Pentagon announced new aid on Monday. U.S.-backed fighters captured the town "
                   "on Tuesday.", "captured")
    assert [text for text, _ in doers] == ["U.S.-backed fighters"]
    assert "USA" not in [code for _, code in doers]


def test_a_state_backer_joined_by_a_non_breaking_hyphen_is_not_the_doer(extract_text):
    doers = _doers(extract_text, "The Pentagon announced new aid on Monday. U.S.\u2011backed fighters captured the "
                   "town on Tuesday.", "captured")
    assert [text for text, _ in doers] == ["U.S.\u2011backed fighters"]
    assert "USA" not in [code for _, code in doers]


def test_militants_linked_to_a_domestic_movement_keep_the_storys_country(extract_text):
    doers = _doers(extract_text, "Fighting continued in Afghanistan. Taliban-linked militants attacked a police post "
                   "on Monday.", "attacked")
    assert doers == [("Taliban-linked militants", "AFG")]


def test_ministers_allied_to_a_domestic_party_keep_the_storys_country(extract_text):
    doers = _doers(extract_text, "Lebanon's cabinet met in Beirut on Monday. Hezbollah-allied ministers rejected the "
                   "proposal.", "rejected")
    assert doers == [("Hezbollah-allied ministers", "LBN")]


def test_a_two_word_sponsor_stays_in_the_doers_span(extract_text):
    doers = _doers(extract_text, "Islamic State-linked militants killed 20 soldiers in Mozambique on Sunday.", "killed")
    assert doers == [("Islamic State-linked militants", "MOZ")]


def test_a_two_word_state_backer_stays_in_the_span_and_is_not_the_doer(extract_text):
    doers = _doers(extract_text, "Saudi Arabia announced new aid on Monday. Saudi Arabia-backed fighters captured the "
                   "town on Tuesday.", "captured")
    assert [text for text, _ in doers] == ["Saudi Arabia-backed fighters"]
    assert "SAU" not in [code for _, code in doers]
