"""Session 14's false-event kinds on fresh news (issue 14 items 2 and 7; PolNeAR train seeds 140141-140144 judged by
hand), one invented sentence each: a company's trade told with the company as doer, a game's result, a thing that
"threatens" a thing, a warning about another party's acts, an illness's "attack", an "appeal" that is attraction, talks that "hit a rough patch", "in" with its own object taken as
the particle of "give in". Each kind has invented counterparts that keep their events, so no test passes by dropping
everything."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _reported_at(events, word):
    """The reported events whose trigger starts with ``word``."""
    return [e for e in events if e.reported and e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word", [
    # a company as the doer, no state or public body taking part (a place named only as where it happens)
    ("The retailer sought bankruptcy protection in Delaware on Monday.", "sought"),
    ("Acme Corp. rejected the takeover bid from a rival on Tuesday.", "rejected"),
    ("The firm signed a deal with a supplier in Ohio on Monday.", "signed"),
    ("The firm signed a deal with a supplier in Ohio on Monday.", "deal"),
    ("The company offers new fathers ten weeks of paid leave.", "offers"),
    # a game's result
    ("The quarterback threw three touchdowns as the Chiefs beat the Eagles on Sunday.", "beat"),
    ("The champions crushed their rivals with two late goals in the league on Saturday.", "crushed"),
    # a thing that puts a thing at risk
    ("The new rules threaten the livelihoods of fishermen, the group said.", "threaten"),
    ("Climate change threatens the island's very existence.", "threatens"),
    ("This migration threatens our way of life, the mayor said.", "threatens"),
    # a warning that a named other party would act: a prediction, no threat
    ("The senator warned that Ortiz would block the bill in the Senate.", "warned"),
    # an illness
    ("The producer, who suffered a fatal heart attack in 1971, ran the studio for decades.", "attack"),
    ("The senator suffered a heart attack in March and later resigned.", "attack"),
    # a difficulty met, no blow (multi-outlet set: talks "hitting a rough patch")
    ("The talks hit a rough patch over enrichment on Tuesday.", "hit"),
    # being attractive, nothing asked
    ("The senator thinks she can appeal to some older voters who feel ignored.", "appeal"),
    ("The senator cited the governor's blue-collar appeal and her rival's unpopularity.", "appeal"),
    ("The independent has real appeal for young Republicans in the suburbs.", "appeal"),
    # "in" with an object of its own is no particle of "give in"
    ("The club gave the mayor its annual prize in the early 1990s in part to honour her work.", "gave"),
    ("She was given six months of house arrest in a small flat.", "given"),
])
def test_no_act_is_reported(extract_text, text, word):
    events = _events(extract_text, text)
    assert not _reported_at(events, word), _summary(events)


@pytest.mark.parametrize("text, word, event_type", [
    # a state or a public body taking part keeps a company's act
    ("Acme Corp. signed a deal with the Iraqi government on Monday.", "signed", None),
    ("Boeing agreed to pay a fine to settle the Justice Department's charges.", "agreed", "AGREE"),
    # a company as the one acted upon is not the doer
    ("The minister criticized the company on Monday for the layoffs.", "criticized", "ACCUSE"),
    # force used, no game
    ("Police beat protesters in the capital on Monday.", "beat", "ASSAULT"),
    # an actor's threat, and a warning of the warner's own act
    ("The rebels threatened the capital on Monday.", "threatened", "THREATEN"),
    ("Iran warned that it would retaliate against any attack.", "warned", "THREATEN"),
    # an appeal that names what it asks, or is put to a named body
    ("The president appealed for calm after the riots on Monday.", "appealed", "REQUEST"),
    ("The minister appealed to the public to stay home on Monday.", "appealed", "REQUEST"),
    ("Iran appealed to the United Nations on Monday.", "appealed", "REQUEST"),
    ("The governor made an urgent appeal to donors to give more.", "appeal", "REQUEST"),
    # a real attack, and a real giving in
    ("Rebels carried out an attack on the airport on Monday.", "attack", "ASSAULT"),
    ("The senator suffered a heart attack in March and later resigned.", "resigned", "RETREAT"),
    ("Rebels hit the convoy with rockets on Monday.", "hit", "ASSAULT"),
    ("The government finally gave in to the strikers on Tuesday.", "gave", "CONCEDE"),
])
def test_the_act_told_as_done_stays(extract_text, text, word, event_type):
    events = _events(extract_text, text)
    reported = [e.event for e in _reported_at(events, word)]
    assert reported and (event_type is None or event_type in reported), _summary(events)
