"""Issue 14 item 3, acts that are no event of one day, one invented sentence each: a simple-present relative clause
telling what a person or a kind does, a simple present with a generic subject, a simple present paired with a
present "when" clause, and a headline's "X to do Y" plan are not reported; a law's provision, a charge, a present
report by the story's own parties, a past act and a title's present are."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _reported(events, word):
    """The reported events whose trigger starts with ``word``."""
    return [e for e in events if e.trigger.text.split()[0] == word and e.reported]


@pytest.mark.parametrize("text, word", [
    # what a person is like: a relative clause in the simple present, and its conjunct
    ("The envoy met Ruto, who mocks the opposition and snubs its leaders.", "mocks"),
    ("The envoy met Ruto, who mocks the opposition and snubs its leaders.", "snubs"),
    # what a kind of doer does: a bare plural subject, a gerund subject
    ("Armed men attack aid convoys along the border.", "attack"),
    ("Paying ransoms encourages militias to seize more foreigners, the senator argued.", "encourages"),
    # an abstract after the title block is prose, not a title
    ("Kenya tightens border\n\nArmed men attack aid convoys along the border.", "attack"),
    # "whoever" is anyone, wherever the act goes
    ("Peru now backs whoever sends aid to Lima, such as Chile.", "sends"),
    # a long first paragraph with no title line is a lede, not a title block
    ("Armed men attack aid convoys along the border roads and steal the food and fuel meant for the camps, leaving "
     "the few relief workers who stay short of supplies.\n\nThe ministry gave no reply.", "attack"),
    # what happens each time: a simple present paired with a present "when" clause, either side
    ("When talks stall, the rebels shell the town.", "shell"),
    ("A reporter is expelled when he criticizes the king.", "expelled"),
])
def test_a_generic_or_characterizing_act_is_not_reported(extract_text, text, word):
    events = _events(extract_text, text)
    assert not _reported(events, word), _summary(events)


@pytest.mark.parametrize("text, word", [
    # a present report by the story's own parties (a bare plural that names them)
    ("Protesters demand the resignation of the mayor.", "demand"),
    # a speech or stance act in the present is a report, whatever its subject
    ("The junta jailed dozens of students last month. Rights groups accuse the army of torturing them.", "accuse"),
    ("Human rights groups condemn the sentence as a political one.", "condemn"),
    ("Relief agencies urge both armies to let convoys through.", "urge"),
    ("Militias shell Kadugli as the blockade tightens, aid groups warn.", "warn"),
    # a place or a count in the clause makes it one act, not a kind's habit
    ("Nurses walk off the job in Mombasa as a wage dispute drags on.", "walk"),
    ("Bandits raid two villages near the border.", "raid"),
    # a charge told in a relative clause
    ("Crowds cheered the cleric, whom Ankara blames for the coup.", "blames"),
    # a past act with its "when" clause
    ("When talks stalled on Monday, the rebels shelled the town.", "shelled"),
    # a title in the present tells a past act
    ("Opposition parties reject the budget\n\nThe vote is due on Friday.", "reject"),
    # a law's provision, told in a relative clause, is the law's act (VOA, public domain)
    ("Demonstrators flooded the streets in Khartoum in celebration of the new law, which also repeals a public order "
     "act used to regulate women's dress and behavior.", "repeals"),
])
def test_a_told_act_stays_reported(extract_text, text, word):
    events = _events(extract_text, text)
    assert _reported(events, word), _summary(events)


def test_a_headline_plan_is_not_told_as_done(extract_text):
    events = _events(extract_text, "Kenya to expel Somali envoy\n\nThe ministry gave no reason.")
    expel = [e for e in events if e.trigger.text == "expel"]
    assert expel and all(e.modality == "future" and not e.reported for e in expel), _summary(events)


def test_a_headline_plan_of_its_doer_is_no_deployment_done(extract_text):
    """"Germany to send tanks": the sending is announced, a promise at most (manual 2.3), never a deployment done."""
    events = _events(extract_text, "Germany to send tanks to Poland\n\nThe plan was announced by the defence ministry.")
    assert not [e for e in events if e.trigger.text == "send" and e.reported and e.event != "AGREE"], _summary(events)


def test_a_wish_for_another_party_is_no_headline_plan(extract_text):
    """"Moscow wants Ankara to close ...": the content of a wish, not a headline's plan."""
    events = _events(extract_text, "Moscow wants Ankara to close its borders to the militias.")
    close = [e for e in events if e.trigger.text == "close"]
    assert close and all(e.modality == "hypothetical" for e in close), _summary(events)
