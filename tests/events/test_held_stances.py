"""A position held, told as if it were an act, made false SUPPORT, REJECT and AGREE events on fresh international
news (issue 14 precision; PolNeAR train seed 230191, judged by hand): a stance held for years or once, a stance the
writer describes in the present, and agreeing that something ought to be done. Each invented sentence has, beside
it, the act of the same words that stays."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    """The types of the events accord extracts, and a summary of them for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text", [
    "The Norwegian envoys have backed the Sami council since the 1990s, pressing for a shared fishing code.",
    "Brazilian diplomats who have supported the river pact since 2004 met the press in Lima.",
    "The Danish minister has opposed the pipeline for years.",
    "Mr. Ortiz has to distance himself from the fishing treaty he once supported.",
    "The Chilean president formerly backed the mining reform.",
])
def test_a_stance_held_over_time_is_no_act(extract_text, text):
    types, summary = _types(extract_text, text)
    assert not types & {"SUPPORT", "REJECT"}, summary


@pytest.mark.parametrize("text", [
    "Ms. Lindqvist, who ran the naval staff in 2011 when the fleet was small, supports a larger role for the navy "
    "in the Baltic.",
    "The Peruvian analyst opposes sending more troops to the border.",
])
def test_a_stance_the_writer_describes_is_no_act(extract_text, text):
    types, summary = _types(extract_text, text)
    assert not types & {"SUPPORT", "REJECT"}, summary


@pytest.mark.parametrize("text, wanted", [
    ("Norway backed the Sami council on Monday.", "SUPPORT"),
    ("Oslo backs fishing pact", "SUPPORT"),
    ("The Danish minister said on Tuesday that Denmark supports the pipeline proposal.", "SUPPORT"),
    ("Brazil has supported the river pact for the first time, its foreign minister said.", "SUPPORT"),
    ("The Chilean senators opposed the mining reform in a vote on Friday.", "REJECT"),
])
def test_a_stance_taken_or_voiced_stays(extract_text, text, wanted):
    types, summary = _types(extract_text, text)
    assert wanted in types, summary


@pytest.mark.parametrize("text", [
    "The former Swedish minister agreed that a prime minister should serve no more than two terms.",
    "Most Chilean economists agree that the central bank must stay independent.",
])
def test_agreeing_that_something_ought_to_be_done_is_a_view(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "Peru and Chile agreed that talks on the border should resume in May.",
    "The two sides agreed that the prisoners should be exchanged next week.",
    "The Peruvian government agreed that the inspectors would enter the mine on Monday.",
])
def test_parties_agreeing_on_what_will_be_done_stay(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" in types, summary
