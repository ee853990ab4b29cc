"""Issue 14 recall, session 23: forces ordered somewhere, a surname that is also an event word, backing told as
throwing one's weight or standing behind a party, and criticism told as skewering, with the senses each must leave
alone."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


def test_ordering_forces_somewhere_deploys_them(extract_text):
    for text in ("President Okonjo ordered 400 soldiers to the northern border on Friday.",
                 "The general ordered two battalions to the strait on Tuesday."):
        types, seen = _types(extract_text, text)
        assert "MOBILIZE" in types and "REQUEST" not in types, (text, seen)


def test_ordering_ships_or_aircraft_is_no_deployment(extract_text):
    for text in ("The navy ordered six frigates from a Korean shipyard last year.",
                 "The airline ordered 40 aircraft from Airbus on Monday."):
        types, seen = _types(extract_text, text)
        assert "MOBILIZE" not in types, (text, seen)


def test_ordering_forces_to_act_is_still_about_the_act(extract_text):
    types, seen = _types(extract_text, "President Okonjo ordered the troops to withdraw from the border town.")
    assert "MOBILIZE" not in types and "RETREAT" in types, seen


def test_ordering_anything_else_is_no_deployment(extract_text):
    types, seen = _types(extract_text, "The interior minister ordered an inquiry into the prison fire.")
    assert "MOBILIZE" not in types, seen


def test_a_surname_is_no_event_and_its_bearer_is_the_doer(extract_text):
    events = _events(extract_text, "Prime Minister Lena Deal accused Borduria of closing the border crossing.")
    assert all(e.trigger.text != "Deal" for e in events), _summary(events)
    accused = [e for e in events if e.event == "ACCUSE"]
    assert accused and any("Lena Deal" in a.text for a in accused[0].actors), _summary(events)


def test_a_deal_is_still_an_agreement(extract_text):
    types, seen = _types(extract_text, "Ruritania and Borduria reached a deal on water rights on Monday.")
    assert "AGREE" in types, seen


def test_throwing_ones_weight_behind_a_party_backs_it(extract_text):
    types, seen = _types(extract_text, "Chancellor Weber threw her weight behind the Dutch proposal on Monday.")
    assert "SUPPORT" in types, seen


def test_standing_behind_a_party_or_a_decision_backs_it(extract_text):
    types, seen = _types(extract_text, "Chancellor Weber stands firmly behind the decision to expel the envoy.")
    assert "SUPPORT" in types, seen


def test_standing_behind_a_lectern_is_a_place(extract_text):
    types, seen = _types(extract_text, "The foreign minister stood behind the lectern and read out the names.")
    assert "SUPPORT" not in types, seen


def test_skewering_a_rival_criticises_him(extract_text):
    types, seen = _types(extract_text, "Senator Ames skewered Governor Pratt over the budget on Tuesday.")
    assert "ACCUSE" in types, seen
