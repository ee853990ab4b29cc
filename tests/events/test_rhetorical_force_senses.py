"""Session 17's false or mistyped events on fresh news (PolNeAR train seeds 170141-170146, judged by hand), one
invented sentence each: force aimed at an idea or a trend, a retort "fired back", fitness "ready for"
a post, a plan to respond to another's attack, shelter sought, oneself defended, a slogan offered, bigotry
recognized, a rating downgraded, volunteering for a campaign. Each kind has invented counterparts that keep their
events, so no test passes by dropping everything."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger starts with ``word``."""
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word", [
    # rhetorical force: a war or an attack on a practice, an institution or a value; force aimed at a trend
    ("Critics called the new media law an assault on democracy.", "assault"),
    ("The governor has been fighting the war on drugs for a decade.", "fighting"),
    ("The ministry targets a surge of hateful posts online.", "targets"),
    # fitness, a response planned, shelter sought, oneself or one's own stance defended, a slogan, a perception
    ("The governor said on Monday that his rival is not ready for the governorship.", "ready"),
    ("The mayor's aides planned to respond to the senator's attacks on her record.", "planned"),
    ("As the shooting went on, the shoppers sought shelter in a bank.", "sought"),
    ("Senator Hale defended himself on Sunday for dropping the bill.", "defended"),
    ("The governor defended his commitment to lower taxes on Monday.", "defended"),
    ("The campaign chairman offered a slogan from the 1990s.", "offered"),
    ("The mayor does not recognize the bigotry of her rival.", "recognize"),
    # a rating downgraded, volunteering for a campaign
    ("The state's credit rating was downgraded twice last year.", "downgraded"),
    ("A student died in May while volunteering for the mayor's campaign.", "volunteering"),
])
def test_no_event_is_coded(extract_text, text, word):
    events = _events(extract_text, text)
    assert not _at(events, word), _summary(events)


@pytest.mark.parametrize("text, word, event_type", [
    # a retort in words between rivals is criticism, not gunfire
    ("Senator Hale fired back at Governor Ortiz over the state budget on Monday.", "fired", "ACCUSE"),
    # counterparts that keep their events
    ("Soldiers fired back at the gunmen on Monday.", "fired", "ASSAULT"),
    ("Israeli jets launched an attack on Gaza on Monday.", "attack", "ASSAULT"),
    ("Israeli jets targeted a Hamas compound on Monday.", "targeted", "ASSAULT"),
    ("Rebels destroyed the bridge on Monday.", "destroyed", "ASSAULT"),
    ("Iran said on Monday it was ready for talks with the United States.", "ready", "AGREE"),
    ("Iran is ready to resume talks with the United States.", "ready", "AGREE"),
    ("Israel vowed on Monday to respond to the rocket attacks.", "vowed", "THREATEN"),
    ("The refugees sought help from the United Nations on Monday.", "sought", "REQUEST"),
    ("The senator defended the mayor on Monday.", "defended", "SUPPORT"),
    ("The army offered aid to the flood victims on Monday.", "offered", "AGREE"),
    ("The United States recognized Kosovo on Monday.", "recognized", "SUPPORT"),
])
def test_the_act_keeps_its_type(extract_text, text, word, event_type):
    events = _events(extract_text, text)
    assert [e.event for e in _at(events, word)] == [event_type], _summary(events)
