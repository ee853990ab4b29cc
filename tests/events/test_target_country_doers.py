"""A country naming whose the act's target is ("fired at a Ruritanian post", "a U.S. base") never codes the doer,
and a subject the parser cut off into a sentence of its own stays the doer's text (issue 14)."""

from __future__ import annotations

import pytest

from event_support import events_of_type


def _assault(extract_text, text):
    found = events_of_type(extract_text, text, "ASSAULT")
    assert found, text
    event = found[0]
    return [(a.text, a.code) for a in event.actors], [r.code for r in event.recipients]


@pytest.mark.parametrize(("text", "doer", "target"), [
    ("Insurgents fired rockets at a U.S. base on Tuesday.", ("Insurgents", None), "USA"),
    ("Insurgents fired rockets at an Israeli post on Tuesday.", ("Insurgents", None), "ISR"),
    ("Gunmen opened fire on a French patrol on Monday.", ("Gunmen", None), "FRA"),
    ("Unidentified forces shelled a Ukrainian town on Friday.", ("Unidentified forces", None), "UKR"),
    ("Insurgents fired mortars at a U.S. base in Iraq on Tuesday.", ("Insurgents", "IRQ"), "USA"),
])
def test_the_targets_country_does_not_code_the_doer(extract_text, text, doer, target):
    doers, targets = _assault(extract_text, text)
    assert doers == [doer] and target in targets, (doers, targets)


def test_a_doers_own_nationality_still_codes_it(extract_text):
    doers, _ = _assault(extract_text, "Turkish troops attacked a Kurdish village on Monday.")
    assert doers == [("Turkish troops", "TUR")], doers


def test_a_dateline_host_still_codes_an_unnamed_group(extract_text):
    # the story's own place is evidence of where the doer acts, whatever country its target is
    doers, _ = _assault(extract_text, "KYIV — Unidentified forces shelled a Ukrainian town on Friday.")
    assert doers == [("Unidentified forces", "UKR")], doers


def test_a_city_modifier_still_places_the_act(extract_text):
    doers, _ = _assault(extract_text, "Gunmen stormed a Kabul hotel on Monday.")
    assert doers == [("Gunmen", "AFG")], doers


def test_a_subject_split_off_by_the_parser_keeps_its_text(extract_text):
    text = ("Headline here\n\nGunmen attacked a Turkish convoy in northern Syria on Monday.\n\n"
            "Rebels shot down a Russian helicopter on Thursday.\n")
    doers, targets = _assault(extract_text, text)
    # a sub-state group is coded by where it acts (the act's own place), never by its target's country
    assert doers == [("Gunmen", "SYR")] and "TUR" in targets, (doers, targets)
