"""Issue 14 item 3 on real-news constructions, one invented sentence each: an act recommended, required,
proposed, wanted or done by no one is not reported as done; its asserted counterpart stays reported."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger is ``word``: the construction must still give its event, marked."""
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, _summary(events)
    return found


@pytest.mark.parametrize("text, word, assertion", [
    # a that-clause in the mandative subjunctive, and a verb of recommending
    ("The prosecutor recommended that the officers be charged with assault.", "charged", "demanded"),
    ("It is essential that the hostages be released before any talks.", "released", "demanded"),
    # an event noun as the object of a verb of requiring or wanting
    ("The new law requires an inquiry into every police shooting.", "inquiry", "demanded"),
    ("The opposition wants an inquiry into the killings.", "inquiry", "hypothetical"),
    # what it is important or necessary to do, and what someone has to do now
    ("It is important to talk to the rebels in Geneva.", "talk", "demanded"),
    ("Iran has to free the prisoners.", "free", "demanded"),
    # a participle of the wanted state, and a that-clause of hoping
    ("Voters wanted the rebel leaders jailed.", "jailed", "hypothetical"),
    ("The opposition hopes the army will withdraw from the city.", "withdraw", "hypothetical"),
])
def test_an_act_asked_for_or_wanted_is_not_reported(extract_text, text, word, assertion):
    found = _at(_events(extract_text, text), word)
    assert all(not e.reported and e.assertion == assertion for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("No one attacked the convoy on Monday.", "attacked"),
    ("None of the soldiers fired rockets at the town.", "fired"),
    ("Neither the mayor nor his aides met the protesters.", "met"),
    ("The prosecutor recommended that no charges be filed against the officers.", "filed"),
])
def test_an_act_done_by_no_one_is_negated_not_refused(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(e.negated and not e.reported and e.event != "REJECT" for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("The prosecutor charged the officers with assault.", "charged"),
    ("The rebels released the hostages before the talks.", "released"),
    ("The ministry opened an inquiry into the police shooting.", "inquiry"),
    ("The mediators talked to the rebels in Geneva.", "talked"),
    ("Iran had to free the prisoners.", "free"),
    ("Police jailed the rebel leaders.", "jailed"),
    ("The army withdrew from the city, the opposition said.", "withdrew"),
    ("Rebels attacked the convoy on Monday.", "attacked"),
    ("Rebels fired rockets at the town.", "fired"),
    ("The mayor met the protesters on Friday.", "met"),
    ("Troops killed the civilians in the raid.", "killed"),
])
def test_the_asserted_counterpart_stays_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert any(e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text, word, event", [
    ("The EU is drafting new sanctions against Russia.", "sanctions", "SANCTION"),
    ("Washington plans new sanctions on Iran.", "plans", "SANCTION"),
    ("The two leaders are considering talks in Geneva.", "talks", "CONSULT"),
])
def test_an_act_planned_or_considered_keeps_its_type_and_is_not_reported(extract_text, text, word, event):
    found = _at(_events(extract_text, text), word)
    assert all(e.event == event and not e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text", [
    "The EU is considering sanctions against Moscow.",
    "The EU is weighing new tariffs on Chinese steel.",
])
def test_a_hostile_act_weighed_in_public_is_a_threat(extract_text, text):
    events = _events(extract_text, text)
    assert [e.event for e in events if e.reported] == ["THREATEN"], _summary(events)


def test_the_act_itself_stays_reported(extract_text):
    events = _events(extract_text, "The EU imposed new sanctions against Russia.")
    assert "SANCTION" in {e.event for e in events if e.reported}, _summary(events)


def test_talks_with_no_party_at_all_are_no_event(extract_text):
    events = _events(extract_text, "Talks resume\nThe fighting continued in the north on Friday, officials said.")
    assert "CONSULT" not in {e.event for e in events}, _summary(events)


def test_talks_with_their_parties_stay(extract_text):
    events = _events(extract_text, "Talks resume\nIran and the United States held talks in Rome on Friday.")
    assert "CONSULT" in {e.event for e in events if e.reported}, _summary(events)


def test_an_act_under_without_is_negated(extract_text):
    found = _at(_events(extract_text, "The regime collapsed without a shot being fired."), "fired")
    assert all(e.negated and not e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("I have never had a client who attacked a judge.", "attacked"),
    ("Under the statute, an assault is committed when a person threatens or strikes an officer.", "threatens"),
])
def test_an_act_told_of_no_one_or_of_anyone_is_not_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(not e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("Police arrested a man who attacked a judge.", "attacked"),
    ("When the rebels attacked the town, the army withdrew.", "attacked"),
    ("The army withdrew from the town after firing a shot.", "withdrew"),
])
def test_a_told_act_beside_them_stays_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert any(e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text, word, code", [
    ("Brussels is preparing measures that could restrict imports of Norwegian salmon if no deal is reached.", "restrict", "EUR"),
    ("The EU adopted measures that restrict imports of Russian steel.", "restrict", "EUR"),
])
def test_what_measures_do_is_done_by_who_makes_them(extract_text, text, word, code):
    # a capital standing for its government: Brussels is the EU; the measures are no party of their own
    found = _at(_events(extract_text, text), word)
    assert all([a.code for a in e.actors] == [code] for e in found), _summary(found)


@pytest.mark.parametrize("text, word, held", [
    # an act named only as what another comes before is a time reference, not told as held (not even as
    # an agreement, with "upcoming"); the act it dates stays reported
    ("Kenya hardened its stance on Monday ahead of a new round of trade talks with Ethiopia.", "talks", None),
    ("The envoy met the Qatari mediator in Doha ahead of upcoming negotiations with Hamas.", "negotiations", "met"),
    ("Police detained dozens of activists during the run-up to a summit between Kenya and Ethiopia.", "summit", "detained"),
    ("Troops massed on the border on the eve of the talks between Armenia and Azerbaijan.", "talks", "massed"),
])
def test_an_act_that_another_comes_ahead_of_is_not_reported(extract_text, text, word, held):
    events = _events(extract_text, text)
    assert all(not e.reported for e in _at(events, word)), _summary(events)
    assert held is None or any(e.reported for e in _at(events, held)), _summary(events)


@pytest.mark.parametrize("text, word, anticipated", [
    ("Kenya hardened its stance ahead of the talks.", "talks", True),
    ("Kenya asked for a reprieve of the talks.", "talks", False),  # a word ending like "eve of"
    ("Kenya hardened its stance after the talks.", "talks", False),
])
def test_only_a_whole_anticipation_phrase_makes_an_act_a_time_reference(nlp, text, word, anticipated):
    from accord.stages.events.lexicon import load_lexicon
    from accord.stages.events.modality import is_anticipated

    token = next(t for t in nlp(text) if t.text == word)
    assert is_anticipated(token, token, load_lexicon().cues["anticipation_phrases"]) is anticipated
