"""Issue 14 recall, session 21: phrase families no rule proposed (arming a party, raising pressure on it, sending a
rescue team, pressuring someone to act), with the senses each entry must leave alone."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


def test_arming_a_fighting_side_is_aid(extract_text):
    for text in ("Iran has been arming the separatists in the north.", "The militias were armed by Iran."):
        types, seen = _types(extract_text, text)
        assert "AID" in types, (text, seen)


def test_armed_with_names_what_someone_carries(extract_text):
    for text in ("Fighters armed with machetes raided the depot.", "The lawyer armed the jurors with charts."):
        types, seen = _types(extract_text, text)
        assert "AID" not in types, (text, seen)


def test_stepping_up_pressure_on_a_party_is_a_demand(extract_text):
    events = _events(extract_text, "Canada stepped up pressure on Peru on Monday.")
    assert [(e.event, [a.code for a in e.actors]) for e in events if e.event == "REQUEST"], _summary(events)


def test_heightening_something_else_is_no_demand(extract_text):
    types, seen = _types(extract_text, "The border incident heightened tensions between Borduria and Ruritania.")
    assert "REQUEST" not in types, seen


def test_sending_a_rescue_team_is_aid_but_a_team_of_aides_is_not(extract_text):
    types, seen = _types(extract_text, "Norway sent a rescue team to Chile after the landslide.")
    assert "AID" in types, seen
    types, seen = _types(extract_text, "Norway sent a team of economists to Chile.")
    assert "AID" not in types, seen


def test_pressuring_a_party_to_act_asks_it(extract_text):
    events = _events(extract_text, "Germany pressured Hungary to free the detained reporters.")
    asked = [e for e in events if e.event == "REQUEST"]
    assert asked and "HUN" in [r.code for r in asked[0].recipients], _summary(events)


def test_pressuring_with_no_act_asked_is_no_request(extract_text):
    for text in ("Germany pressured Hungary on Monday.",
                 "When pressured by a journalist, instead of answering, the mayor walked out."):
        types, seen = _types(extract_text, text)
        assert "REQUEST" not in types, (text, seen)


def test_balking_at_a_step_refuses_it(extract_text):
    types, seen = _types(extract_text, "Several mayors in Borduria balked at hosting the new camps.")
    assert "REJECT" in types, seen


def test_clamoring_for_a_step_demands_it(extract_text):
    types, seen = _types(extract_text, "Latvia has clamored for more NATO warships in the Baltic.")
    assert "REQUEST" in types, seen


def test_being_thrown_into_prison_is_imprisonment(extract_text):
    events = _events(extract_text, "The junta threw the editor into prison in 1982.")
    assert [e for e in events if e.event == "COERCE" and e.mode == "arrest"], _summary(events)
    types, seen = _types(extract_text, "The coach threw the rookie into the starting lineup.")
    assert "COERCE" not in types, seen


def test_selling_weapons_to_a_party_is_aid_but_selling_goods_is_not(extract_text):
    types, seen = _types(extract_text, "Ruritania sold missiles to the Bordurian army last year.")
    assert "AID" in types, seen
    types, seen = _types(extract_text, "Ruritania sold wheat to Borduria last year.")
    assert "AID" not in types, seen


def test_selling_airliners_or_helicopters_to_a_firm_or_the_police_is_trade(extract_text):
    for text in ("Boeing sold 50 jets to Air India.", "Airbus sold 100 aircraft to IndiGo.",
                 "The company sold helicopters to the police."):
        types, seen = _types(extract_text, text)
        assert "AID" not in types, (text, seen)
    types, seen = _types(extract_text, "Ruritania sold fighter jets to Borduria last year.")
    assert "AID" in types, seen
