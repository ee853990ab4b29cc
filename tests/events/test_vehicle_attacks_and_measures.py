"""Issue 14 recall on international news (session 20): vehicle attacks on crowds, putting down a revolt,
restrictions named as nouns, two measures told by coordinated verbs, and the by-agent of a passive clause
with no subject of its own."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _of_type(events, event_type):
    """The events of one type."""
    return [e for e in events if e.event == event_type]


def test_a_vehicle_driven_into_a_crowd_is_an_attack(extract_text):
    events = _events(extract_text, "A van plowed into a crowd of shoppers in Bergen on Friday.")
    assert [e.trigger.text for e in _of_type(events, "ASSAULT")] == ["plowed into"], _summary(events)
    events = _events(extract_text, "A lorry rammed into pedestrians outside the stadium in Porto.")
    assert _of_type(events, "ASSAULT"), _summary(events)


def test_a_storm_or_a_market_slamming_into_something_is_no_attack(extract_text):
    events = _events(extract_text, "A cyclone slammed into the coast of Mozambique on Sunday.")
    assert not _of_type(events, "ASSAULT") and not _of_type(events, "ACCUSE"), _summary(events)
    events = _events(extract_text, "The ferry crashed into the pier in Dakar.")
    assert not _of_type(events, "ASSAULT"), _summary(events)


def test_crushing_a_revolt_is_violent_repression_and_quelling_unrest_is_coercion(extract_text):
    events = _events(extract_text, "Soldiers crushed the uprising in the northern province in 1971.")
    assert _of_type(events, "ASSAULT"), _summary(events)
    events = _events(extract_text, "Police in Lusaka quelled the riot on Sunday.")
    assert [e.mode for e in _of_type(events, "COERCE")] == ["restrict"], _summary(events)


def test_crushing_a_rival_or_quelling_fears_is_no_event(extract_text):
    events = _events(extract_text, "The senator crushed her rival in the primary in Ohio.")
    assert not _of_type(events, "ASSAULT"), _summary(events)
    events = _events(extract_text, "The ministry moved to quell fears about the new currency.")
    assert not _of_type(events, "COERCE"), _summary(events)


def test_trade_restrictions_imposed_on_a_neighbour_are_a_sanction(extract_text):
    events = _events(extract_text, "Brazil imposed new import restrictions on Uruguayan cheese on Monday.")
    sanctions = _of_type(events, "SANCTION")
    assert [{a.code for a in e.actors} for e in sanctions] == [{"BRA"}], _summary(events)
    events = _events(extract_text, "Peru imposed restrictions on imports of Bolivian sugar in May.")
    assert _of_type(events, "SANCTION"), _summary(events)


def test_curbs_on_the_press_repress_and_domestic_rules_are_no_event(extract_text):
    events = _events(extract_text, "The junta in Niamey imposed curbs on the press and on travel.")
    assert [e.mode for e in _of_type(events, "COERCE")] == ["restrict"], _summary(events)
    events = _events(extract_text, "The state legislature passed new restrictions on fishing licences.")
    assert not _of_type(events, "SANCTION") and not _of_type(events, "COERCE"), _summary(events)


def test_health_curbs_on_gatherings_or_travel_are_no_repression(extract_text):
    for text in ("The city imposed restrictions on gatherings to slow the spread of the virus.",
                 "The province placed curbs on travel after the flu outbreak spread to two towns."):
        events = _events(extract_text, text)
        assert not _of_type(events, "COERCE"), (text, _summary(events))


def test_two_measures_each_with_its_own_object_are_two_sanctions(extract_text):
    events = _events(extract_text, "Mali expelled the French ambassador and suspended cooperation with Paris.")
    assert [e.trigger.text for e in _of_type(events, "SANCTION")] == ["expelled", "suspended"], _summary(events)


def test_a_passive_clause_with_a_by_agent_is_done_by_the_agent(extract_text):
    # the attack hangs on "said": its doer is the soldiers, never the officials who report it
    events = _events(extract_text, "The kidnappers fled into the forest, Nigerian officials said, "
                                   "after being attacked by soldiers.")
    attacks = _of_type(events, "ASSAULT")
    assert [[a.text for a in e.actors] for e in attacks] == [["soldiers"]], _summary(events)


def test_a_claim_of_responsibility_tells_the_attack_and_its_doer(extract_text):
    # "the attack" inside "responsibility for ..." is no act named in passing: the claimant did it
    events = _events(extract_text, "The Ogaden rebels claimed responsibility for the attack on the pipeline.")
    assert [e.trigger.text for e in _of_type(events, "ASSAULT")] == ["attack"], _summary(events)
    assert [a.text for e in _of_type(events, "ASSAULT") for a in e.actors] == ["Ogaden rebels"], _summary(events)


def test_a_claim_nobody_made_names_no_doer(extract_text):
    events = _events(extract_text, "No group has yet claimed responsibility for the attack on the pipeline on Sunday.")
    # the attack is told; a doer naming nobody is kept as text with no country, as elsewhere (test_actor_backoff)
    attacks = _of_type(events, "ASSAULT")
    assert attacks, _summary(events)
    assert all(a.code is None for e in attacks for a in e.actors), _summary(events)
