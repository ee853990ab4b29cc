"""Issue 14 precision on fresh text: an attack word with no force named in its sentence, done by a person or a
message or aimed at persons, roles or stances, is criticism (ACCUSE), not ASSAULT; real attacks keep ASSAULT."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _types_of(events, trigger):
    return {e.event for e in events if e.trigger.text == trigger}


def test_attacks_in_words_are_accuse(extract_text):
    for text, trigger in (("The Labour ad targets Mayor Moreno's housing record.", "targets"),
                          ("Lindqvist wrote a sharp column that targeted the governor.", "targeted"),
                          ("Senator Okafor's attack was aimed at stirring doubt among the treasurer's allies.", "attack"),
                          ("Senator Okafor spent Monday attacking her rival in the race for the nomination.", "attacking")):
        events = _events(extract_text, text)
        types = _types_of(events, trigger)
        assert "ASSAULT" not in types, (text, _summary(events))
        assert "ACCUSE" in types, (text, _summary(events))


def test_a_message_attacking_a_person_is_no_assault(extract_text):
    events = _events(extract_text, "The commercial goes on to hit Moreno over the ferry contract.")
    assert "ASSAULT" not in _types_of(events, "hit"), _summary(events)


def test_a_weapon_word_in_a_name_tells_no_force(extract_text):
    events = _events(extract_text, "Roger Stone attacked the special counsel on Monday in a long post.")
    types = _types_of(events, "attacked")
    assert "ASSAULT" not in types and "ACCUSE" in types, _summary(events)


def test_attacks_with_force_stay_assault(extract_text):
    for text, trigger in (("Gunmen attacked the governor's convoy on Monday, killing two guards.", "attacked"),
                          ("Rebel fighters targeted the mayor's residence with mortars overnight.", "targeted"),
                          ("Russia attacked Ukraine's power grid on Saturday.", "attacked"),
                          ("The militia attacked a village near the border.", "attacked"),
                          ("A man assaulted a security guard outside the court.", "assaulted")):
        events = _events(extract_text, text)
        assert "ASSAULT" in _types_of(events, trigger), (text, _summary(events))


def test_an_audience_targeted_is_no_criticism(extract_text):
    events = _events(extract_text, "Senator Okafor has spent millions on radio ads, mostly targeting voters in rural counties.")
    assert not _types_of(events, "targeting") & {"ACCUSE", "ASSAULT"}, _summary(events)


def test_a_blow_or_an_idiom_of_hitting_is_no_criticism(extract_text):
    for text, trigger in (("She threw a cup at the guard, hitting him in the shoulder.", "hitting"),
                          ("Governor Lind hit the phones on Sunday to rally donors.", "hit")):
        events = _events(extract_text, text)
        assert "ACCUSE" not in _types_of(events, trigger), (text, _summary(events))


def test_voters_targeted_with_no_doer_found_are_no_act(extract_text):
    text = "The tight contest led the mayor's backers to start buying airtime targeting older voters across the valley."
    events = _events(extract_text, text)
    assert not _types_of(events, "targeting") & {"ACCUSE", "ASSAULT"}, _summary(events)


def test_a_named_group_targeting_people_keeps_assault(extract_text):
    events = _events(extract_text, "The Tamarind Front targeted villagers near the ridge on Sunday.")
    assert "ACCUSE" not in _types_of(events, "targeted"), _summary(events)


def test_a_common_noun_doer_or_a_person_target_keeps_assault(extract_text):
    for text, trigger in (("A man attacked a woman with a hammer outside a mosque in Paris on Friday.", "attacked"),
                          ("An acid attack on a journalist in Dhaka left her badly burned.", "attack"),
                          ("A man attacked a woman in a park in Lagos on Sunday.", "attacked"),
                          ("Attacks on journalists in Mexico rose sharply last year, the group said.", "Attacks")):
        events = _events(extract_text, text)
        types = _types_of(events, trigger)
        assert "ACCUSE" not in types, (text, _summary(events))
        assert "ASSAULT" in types, (text, _summary(events))



def test_a_named_person_with_a_title_as_the_only_target_is_criticism(nlp):
    # the parse splits the title from the name: two objects, a role and a person named, and no doer of its own
    from accord.knowledge.loader import read_json
    from accord.stages.events.senses import unarmed_attack

    doc = nlp("The head of the fund praised a donor to attack billionaire 2030 Green frontrunner Paul Marsh with banners.")
    attack = next(t for t in doc if t.text == "attack")
    assert unarmed_attack(attack, read_json("events/frames.json")["senses"], lambda t: t.ent_type_ == "PERSON")
