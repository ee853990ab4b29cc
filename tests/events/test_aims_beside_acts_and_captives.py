"""Issue 14 recall on real news (session 24): an act told beside its aim in one sentence, and captives of more
kinds freed or traded (RETREAT release, CAMEO 0841), with guards against other senses of the same verbs."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def test_an_act_told_beside_its_aim_is_kept(extract_text):
    # the aim ("to win the release of ...") is a hypothetical mention of the same kind of act: it never stands
    # for the act the sentence tells as done
    events = _events(extract_text, "To win the release of Ms. Berg and two Danes held by Syria, "
                                   "Norway's premier freed five Syrian sailors.")
    told = [e for e in events if e.event == "RETREAT" and e.trigger.text == "freed"]
    assert told and told[0].assertion == "asserted", _summary(events)


def test_an_aim_alone_stays_unasserted(extract_text):
    events = _events(extract_text, "To obtain the release of Ms. Berg, the envoy flew to Damascus on Monday.")
    assert not [e for e in events if e.event == "RETREAT" and e.assertion == "asserted"], _summary(events)


def test_freeing_a_spy_or_a_pastor_is_a_release(extract_text):
    for text, trigger in (("Lisbon freed an Angolan spy last spring.", "freed"),
                          ("Iran released an American pastor last week.", "released")):
        events = _events(extract_text, text)
        assert ("RETREAT", "release", trigger) in {(e.event, e.mode, e.trigger.text) for e in events}, (text, _summary(events))


def test_trading_captives_is_a_release_and_trading_goods_is_cooperation(extract_text):
    captives = _events(extract_text, "In May, Kabul traded five detainees held at the base for a captured sergeant.")
    assert ("RETREAT", "traded") in {(e.event, e.trigger.text) for e in captives}, _summary(captives)
    goods = _events(extract_text, "Norway traded fish and oil with Britain.")
    assert "RETREAT" not in {e.event for e in goods}, _summary(goods)


def test_releasing_a_spy_s_report_frees_no_one(extract_text):
    events = _events(extract_text, "The agency released the spy's report on Monday.")
    assert "RETREAT" not in {e.event for e in events}, _summary(events)


def test_launching_missiles_or_drones_at_a_party_is_an_attack(extract_text):
    for text, mode in (("The militia launched a ballistic missile at Norway on Sunday.", "heavy-weapons"),
                       ("Estonia launched 40 drones at Latvia overnight.", "drone")):
        events = _events(extract_text, text)
        assert ("ASSAULT", mode, "launched") in {(e.event, e.mode, e.trigger.text) for e in events}, (text, _summary(events))


def test_launching_a_rocket_into_space_is_a_weapons_test(extract_text):
    events = _events(extract_text, "The junta launched its newest rocket into orbit on Friday.")
    assert ("MOBILIZE", "weapons") in {(e.event, e.mode) for e in events}, _summary(events)


def test_launching_a_programme_or_a_campaign_is_no_attack(extract_text):
    for text in ("The army launched a missile program in 2010.", "The rebels launched a barrage of criticism at the mayor.",
                 "The agency launched a satellite on Monday."):
        events = _events(extract_text, text)
        assert "ASSAULT" not in {e.event for e in events}, (text, _summary(events))
    attack = _events(extract_text, "Estonia launched drone attacks on Riga overnight.")
    assert [e.trigger.text for e in attack if e.event == "ASSAULT"] == ["drone attacks"], _summary(attack)


def test_a_missile_of_words_is_no_attack(extract_text):
    for text in ("The senator launched a verbal missile at his rival.",
                 "Kaur launched a three-word missile at her opponent during the forum."):
        events = _events(extract_text, text)
        assert "ASSAULT" not in {e.event for e in events}, (text, _summary(events))
