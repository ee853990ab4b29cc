"""Senses that made false events on fresh real news (PolNeAR train, seeds 160131-160136, judged by hand): a private
trip or family news, figures of speech, an abstract doer, a campaign fight vowed, a photographer's capture, a worry
about what may happen, a statement released where a place stood for a party; each beside the true event of the same
words that stays. A thing received (an endorsement, applications) is no visit received (seeds 160461-160462).
Sentences are invented."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    """The types of the events found, and a summary for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text, gone", [
    ("In Paris, President Macron released a message late on Friday denouncing the bombing.", "RETREAT"),
    ("The mayor and his partner welcomed their first son in May.", "SUPPORT"),
    ("A Greek woman visiting Rome with her children said she heard shots.", "CONSULT"),
    ("She had been visiting her brother in Madrid when the storm hit.", "CONSULT"),
    ("Donald Trump arrived in Iowa on Monday for a rally.", "CONSULT"),
    ("The rebels kept pressing their advantage along the coast.", "REQUEST"),
    ("The governor launched a charm offensive in the capital.", "ASSAULT"),
    ("Caught off guard by the vote in parliament, the envoy left early.", "COERCE"),
    ("The two envoys talked past each other at every session.", "CONSULT"),
    ("This town will recover, I assure you, whatever it takes.", "AGREE"),
    ("The governor signed a sweeping housing measure on Tuesday.", "SUPPORT"),
    ("Hatred destroys communities, the bishop said.", "ASSAULT"),
    ("She vowed to fight for working families.", "THREATEN"),
    ("A news agency photographer captured a child wrapped in a blanket.", "ASSAULT"),
    ("Senator Hale, speaking to a packed house in the gym, promised lower taxes.", "CONSULT"),
    ("Democrats in Ohio were about as concerned about wages as they were about prices.", "ACCUSE"),
    ("The court struck down limits on contributions by unions.", "ASSAULT"),
    ("The senator received the endorsement of Governor Mark Dillon on Friday.", "CONSULT"),
    ("The county office received a wave of delegate applications before the deadline.", "CONSULT"),
])
def test_a_private_or_figurative_sense_is_no_event(extract_text, text, gone):
    types, summary = _types(extract_text, text)
    assert gone not in types, summary


@pytest.mark.parametrize("text, kept", [
    ("The rebels released two hostages on Friday.", "RETREAT"),
    ("The army released Navalny in Moscow on Friday.", "RETREAT"),
    ("The president welcomed the envoys to the palace.", "CONSULT"),
    ("The king received the delegation of Iraqi officials at his palace.", "CONSULT"),
    ("President Xi received the visiting French president in Beijing on Monday.", "CONSULT"),
    ("The senator received the endorsement of Governor Mark Dillon on Friday.", "SUPPORT"),
    ("Modi visited Moscow last week.", "CONSULT"),
    ("Netanyahu arrived in Washington on Monday.", "CONSULT"),
    ("Iran's top diplomat arrived in the city on Saturday for talks.", "CONSULT"),
    ("The army launched an offensive in the north.", "ASSAULT"),
    ("The minister assured Kyiv of continued support.", "AGREE"),
    ("Violence killed 30 people in the north on Sunday.", "ASSAULT"),
    ("Hamas vowed to fight Israel.", "THREATEN"),
    ("Rebels captured the town on Monday.", "ASSAULT"),
    ("The State Department is deeply concerned about the arrests of journalists in Minsk.", "ACCUSE"),
])
def test_the_same_words_for_a_real_act_stay(extract_text, text, kept):
    types, summary = _types(extract_text, text)
    assert kept in types, summary


@pytest.mark.parametrize("text", [
    "The long battle between Maria Ortiz and Tom Hale divided the party.",
    "Maria Ortiz and Tom Hale kept up their battle ahead of the caucuses.",
    "Maria Ortiz and Tom Hale clashed on the debate stage on Tuesday.",
])
def test_named_rivals_contending_use_no_force(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types, summary


@pytest.mark.parametrize("text, kept", [
    ("Senator Maria Ortiz clashed with Tom Hale on the debate stage on Tuesday.", "ACCUSE"),
    ("Tom Hale renewed his attacks on the judge on Friday.", "ACCUSE"),
    ("Police said John Smith fought with a guard outside the jail.", "ASSAULT"),
    ("The armed clash between Kabila and Nkunda left 30 dead.", "ASSAULT"),
    ("Her attacks on the town killed 12 people.", "ASSAULT"),
    ("Senator Maria Ortiz sharpened her attacks as the vote neared.", "ACCUSE"),
    ("Nobody forgot the attack he leveled at Maria Ortiz on Monday.", "ACCUSE"),
    ("Rebels launched attacks on the town.", "ASSAULT"),
])
def test_attacks_in_words_are_criticism_and_real_fights_stay(extract_text, text, kept):
    types, summary = _types(extract_text, text)
    assert kept in types and (kept == "ASSAULT" or "ASSAULT" not in types), summary
