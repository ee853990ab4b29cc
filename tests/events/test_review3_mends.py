"""Session 24 review3 mends: launches without an aim, "ended ... with" phrases, fights over a step, battle arenas."""

from __future__ import annotations

from event_support import events_of, summary


def test_a_ship_a_model_or_a_crewed_flight_launched_is_no_attack(extract_text):
    """A launched ship, product line or crewed rocket is neither an attack nor a weapons launch."""
    for text in ("The firm launched a new drone model this spring.",
                 "Brazil launched a new missile frigate at the dockyard.",
                 "Canada launched a rocket carrying four astronauts into space.",
                 "Orbitech launched a rocket to the space station on Tuesday."):
        events = events_of(extract_text, text)
        assert "ASSAULT" not in {e.event for e in events}, (text, summary(events))
    for text in ("The firm launched a new drone model this spring.", "Orbitech launched a rocket to the space station on Tuesday.",
                 "Canada launched a rocket carrying four astronauts into space."):
        events = events_of(extract_text, text)
        assert "MOBILIZE" not in {e.event for e in events}, (text, summary(events))


def test_an_unaimed_missile_launch_is_a_weapons_launch(extract_text):
    """A missile launched at no one (a test) is MOBILIZE weapons, no attack."""
    events = events_of(extract_text, "Iran launched a ballistic missile that fell into the sea near Oman.")
    assert ("MOBILIZE", "weapons") in {(e.event, e.mode) for e in events}, summary(events)
    assert "ASSAULT" not in {e.event for e in events}, summary(events)


def test_an_aimed_or_counted_launch_stays_an_attack(extract_text):
    """Weapons launched at a party, or counted as a volley, are an attack."""
    for text, mode in (("Estonia launched 30 drones at Riga.", "drone"),
                       ("The militants launched rockets at Lebanon.", "heavy-weapons"),
                       ("The rebels launched a barrage of rockets on Sunday.", "heavy-weapons"),
                       ("Serbia launched a missile that struck a patrol boat in the bay.", "heavy-weapons")):
        events = events_of(extract_text, text)
        assert ("ASSAULT", mode) in {(e.event, e.mode) for e in events}, (text, summary(events))


def test_ending_a_pact_with_a_means_is_still_ending_it(extract_text):
    """"ended the deal with a statement": the verb's own object is ended (SANCTION), the "with" phrase is its means."""
    events = events_of(extract_text, "Ankara ended the fishing deal with a statement on Friday.")
    assert ("SANCTION", "ended") in {(e.event, e.trigger.text) for e in events}, summary(events)
    assert "AGREE" not in {e.event for e in events}, summary(events)
    events = events_of(extract_text, "Serbia ended the truce with a heavy barrage on the town.")
    assert "AGREE" not in {e.event for e in events}, summary(events)
    assert ("SANCTION", "ended") in {(e.event, e.trigger.text) for e in events}, summary(events)


def test_talks_that_ended_with_a_deal_cut_no_ties(extract_text):
    """An outcome after "ended with" is how the talks ended, no SANCTION."""
    events = events_of(extract_text, "The negotiations ended with an agreement.")
    assert "SANCTION" not in {e.event for e in events}, summary(events)


def test_armed_groups_fighting_over_a_step_is_still_a_fight(extract_text):
    """Rebels or an army fighting over taking a place clash with arms; legislators over a levy do not."""
    for text in ("The guerrillas fought over holding the bridge.", "The police and the gang fought over controlling the port."):
        events = events_of(extract_text, text)
        assert "ASSAULT" in {e.event for e in events}, (text, summary(events))
    events = events_of(extract_text, "The councillors fought over raising the parking fee.")
    assert "ASSAULT" not in {e.event for e in events}, summary(events)


def test_a_succession_battle_with_dead_is_a_fight(extract_text):
    """A succession battle that leaves dead is fought with arms."""
    events = events_of(extract_text, "The succession battle between the cousins left 25 dead in Herat.")
    assert "ASSAULT" in {e.event for e in events}, summary(events)


def test_a_crowd_called_to_an_act_is_asked_to_act(extract_text):
    """Listeners urged to do an act the lexicon names (block, storm, take to the streets) make a REQUEST."""
    for text in ("The cleric urged the crowd to block the bridges.",
                 "The cleric urged the crowd to storm the town hall.",
                 "The cleric urged the crowd to take to the streets.",
                 "Mendes urged the crowd of foreign ministers to send more ammunition."):
        events = events_of(extract_text, text)
        assert "REQUEST" in {e.event for e in events}, (text, summary(events))


def test_a_crowd_asked_to_remember_is_no_request(extract_text):
    """A plea to listeners that names no act stays dropped."""
    events = events_of(extract_text, "The governor urged the crowd to keep the flood victims in mind.")
    assert "REQUEST" not in {e.event for e in events}, summary(events)
