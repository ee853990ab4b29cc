"""Acts of no party: the writer's own meetings as "I" or "we" outside every quotation, and the outlet or office that reports an
attack read as its doer (issue 14: false events on fresh news, session 23)."""

from __future__ import annotations

from tests.events.event_support import doers_of, events_of, events_of_type, summary

PROFILE = (
    "The engineer who fled the junta\n\n"
    "Tomas Reyes spent a decade in exile before he returned to Quito last spring. "
)


def test_the_writers_own_meeting_is_no_event(extract_text):
    text = PROFILE + "When I first met Reyes, in early March, he seemed calm. We met at a bakery near the station in Porto."
    assert events_of_type(extract_text, text, "CONSULT") == []


def test_the_writers_own_talk_with_a_source_is_no_event(extract_text):
    text = PROFILE + "The archivist I was talking with in Porto had never heard of him."
    assert events_of_type(extract_text, text, "CONSULT") == []


def test_an_unquoted_first_person_act_other_than_a_meeting_is_kept(extract_text):
    text = PROFILE + "Because of the storm we are postponing Friday's talks with the dockers' union."
    assert events_of(extract_text, text), "a post or a speech may be a party's words"


def test_a_quoted_speakers_we_is_still_a_party(extract_text):
    text = PROFILE + '"We met the president in Lisbon last week," the mayor of Porto said.'
    assert events_of_type(extract_text, text, "CONSULT"), summary(events_of(extract_text, text))


def test_an_unattributed_quotation_keeps_its_first_person_act(extract_text):
    text = PROFILE + '"We met the president in Lisbon last week."'
    assert events_of_type(extract_text, text, "CONSULT"), summary(events_of(extract_text, text))


def test_a_named_doer_beside_the_narrator_keeps_the_act(extract_text):
    text = PROFILE + "The foreign minister met Reyes in Lisbon on Monday."
    assert events_of_type(extract_text, text, "CONSULT"), summary(events_of(extract_text, text))


def test_a_radio_that_reports_shelling_is_not_the_shelling_doer(extract_text):
    events = events_of(extract_text, PROFILE + "State radio reported the shelling of the border town of Kessab on Tuesday.")
    assert all(text != "State radio" for text, _ in doers_of(events, "shelling"))


def test_an_office_that_reports_an_attack_is_not_its_doer(extract_text):
    events = events_of(extract_text, PROFILE + "The ministry reported an attack on a checkpoint near Kirkuk.")
    assert all(text != "ministry" for text, _ in doers_of(events, "attack"))


def test_the_police_who_report_arson_attacks_did_not_carry_them_out(extract_text):
    events = events_of(extract_text, PROFILE + "German police reported 300 arson attacks on shelters last year.")
    assert all(text != "German police" for text, _ in doers_of(events, "attacks"))


def test_who_carried_out_the_strikes_is_still_their_doer(extract_text):
    events = events_of(extract_text, PROFILE + "Rebels in Colombia carried out raids on three villages.")
    assert [text for text, _ in doers_of(events, "raids")] == ["Rebels"]
