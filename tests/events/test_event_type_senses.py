"""Types that depend on a word's sense or on what a document does (session 10, PolNeAR train seed 100401 judged
by hand against the manual of PLOVER 2.0): every construction with an invented sentence, and the sense that stays."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _by_trigger(extract_text, text):
    events = _events(extract_text, text)
    return {e.trigger.text.split()[0]: e for e in events}, _summary(events)


def test_a_relative_clause_preposition_is_no_particle(extract_text):
    # "in which ... gave" is not "give in": the gift is aid, not a concession
    found, summary = _by_trigger(extract_text, "There were two occasions in which the Harper Foundation gave "
                                               "generous gifts to the hospital.")
    assert found["gave"].event == "AID", summary


def test_giving_in_stays_a_concession(extract_text):
    found, summary = _by_trigger(extract_text, "The rebels gave in to the demands of the government on Monday.")
    assert found["gave"].event == "CONCEDE", summary


@pytest.mark.parametrize("text, word, event_type", [
    ("The parliament approved a law that bans the opposition party.", "approved", "COERCE"),
    ("The parliament of Norway approved a law to impose sanctions on Iran.", "approved", "SANCTION"),
    ("The cabinet approved a decree to ban imports from China.", "approved", "SANCTION"),
])
def test_an_approved_document_is_the_act_it_does(extract_text, text, word, event_type):
    found, summary = _by_trigger(extract_text, text)
    assert found[word].event == event_type and found[word].modality == "asserted", summary
    assert not any(e.event == "SUPPORT" for e in found.values()), summary


def test_an_approved_policy_naming_no_act_stays_support(extract_text):
    # manual 3.3: "approve policy" is SUPPORT
    found, summary = _by_trigger(extract_text, "The parliament approved the new budget on Friday.")
    assert found["approved"].event == "SUPPORT", summary


def test_a_prepared_document_keeps_its_own_act(extract_text):
    # only an approval or a vote enacts a document: a prepared measure is the act it plans
    found, summary = _by_trigger(extract_text, "Brussels is preparing measures that could restrict imports of fish.")
    assert "restrict" in found and found["restrict"].event == "COERCE", summary


@pytest.mark.parametrize("text, word, wrong", [
    ("The governor rallied allies against the plan.", "rallied", "PROTEST"),
    ("She destroyed records and emails from her private server.", "destroyed", "ASSAULT"),
    ("The senator offered voters a sober evaluation of the economy.", "offered", "AGREE"),
])
def test_senses_that_are_no_such_act(extract_text, text, word, wrong):
    found, summary = _by_trigger(extract_text, text)
    assert word not in found or found[word].event != wrong, summary


@pytest.mark.parametrize("text, word, event_type", [
    ("Protesters rallied outside the embassy on Sunday.", "rallied", "PROTEST"),
    ("Russian missiles destroyed a school in Kharkiv.", "destroyed", "ASSAULT"),
    ("Iran backed away from its demand for a new round of talks.", "backed", "CONCEDE"),
    ("The minister backed off the plan to raise fuel prices.", "backed", "CONCEDE"),
])
def test_senses_that_stay_or_yield(extract_text, text, word, event_type):
    found, summary = _by_trigger(extract_text, text)
    assert word in found and found[word].event == event_type, summary


def test_a_target_described_as_something_is_attacked_in_words(extract_text):
    found, summary = _by_trigger(extract_text, "The senator attacked the deal as a surrender to Tehran.")
    assert found["attacked"].event == "ACCUSE", summary


@pytest.mark.parametrize("text, word", [
    ("Rebels attacked the town as part of a new offensive.", "attacked"),
    ("Russian forces pounded the city as residents fled.", "pounded"),
])
def test_an_attack_with_no_description_stays_assault(extract_text, text, word):
    found, summary = _by_trigger(extract_text, text)
    assert found[word].event == "ASSAULT", summary


def test_a_particle_binds_tighter_than_a_preposition(extract_text):
    # "calling him out ... for his record": "call out" (criticism), not "call for" (a request)
    found, summary = _by_trigger(extract_text, "The opposition called out the minister for his remarks on Monday.")
    assert found["called"].event == "ACCUSE", summary
    found, summary = _by_trigger(extract_text, "The opposition called for the minister's resignation on Monday.")
    assert found["called"].event == "REQUEST", summary


def test_showing_that_something_is_true_is_no_demonstration(extract_text):
    found, summary = _by_trigger(extract_text, '"The governor demonstrated again that she can lead the state," '
                                               'Collins said.')
    assert "demonstrated" not in found, summary
    found, summary = _by_trigger(extract_text, "Thousands demonstrated in Paris against the pension reform.")
    assert found["demonstrated"].event == "PROTEST", summary


def test_a_modal_before_its_subject_puts_a_condition_not_a_demand(extract_text):
    # "..., should the rebels break the truce": an inverted conditional; "the rebels should ..." is the demand
    events = _events(extract_text, 'The German foreign minister said the talks could collapse, should Russia keep up '
                                   'its attacks on the port.')
    assert not any(e.event == "REQUEST" for e in events), _summary(events)
    events = _events(extract_text, '"Russia must withdraw its troops," the German foreign minister said.')
    assert any(e.event == "REQUEST" for e in events), _summary(events)
