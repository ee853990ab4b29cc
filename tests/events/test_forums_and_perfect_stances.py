"""A forum named as where someone spoke, and a stance told in a perfect relative clause, made false events on
unseen real news (PolNeAR train seeds 110231-110233, judged by hand); each invented sentence has, beside it, the
true event of the same words that stays."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _reported(extract_text, text):
    """The types of the events a timeline would show, and a summary of all events for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events if e.reported}, _summary(events)


@pytest.mark.parametrize("text", [
    "The American senator spoke at a farm summit in Des Moines in March.",
    "U.S. Senator Tate gave a speech at the annual policy conference of the NRA.",
    "Senator Tate is expected to appear at the annual Washington conference of the NRA.",
    "The donors will debate their strategy during the club's annual meeting next month.",
])
def test_a_forum_where_one_party_speaks_is_no_meeting(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "CONSULT" not in types and "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "Speaking at a U.N. Security Council meeting on Tuesday, the Kenyan envoy criticized the junta.",
    # VOA (public domain): the parties' own meeting, named by a plural possessor
    "In a joint statement issued at their Security Consultative Committee meeting in July, Tokyo and Washington "
    "shared concerns.",
    "The Chinese president met the Russian leader at a summit in Beijing on Monday.",
])
def test_a_meeting_of_several_parties_stays(extract_text, text):
    types, summary = _reported(extract_text, text)
    assert "CONSULT" in types, summary


def test_a_stance_told_in_the_perfect_is_no_act(extract_text):
    types, summary = _reported(extract_text, "The bill was drafted by Senator Tate, who has openly opposed the levy.")
    assert "REJECT" not in types, summary


def test_an_act_told_in_the_perfect_stays(extract_text):
    types, summary = _reported(extract_text, "The union, which has endorsed Senator Tate, met on Friday.")
    assert "SUPPORT" in types, summary
