"""False events seen on fresh real news (PolNeAR train seeds 190105-190106, judged by hand): an event word inside
an organisation's name, idioms of no act ("firing on all cylinders", "pulled out the race card", "strike up a
date"), a body's own sitting ("a policy meeting"), a view shared ("there is widespread agreement that ...") and a thing
that "promised to be" something;
each beside the true event of like words that stays. Sentences are invented."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _found(extract_text, text):
    """(type, trigger text) of each event found, and a summary for failure messages."""
    events = _events(extract_text, text)
    return {(e.event, e.trigger.text) for e in events}, _summary(events)


@pytest.mark.parametrize("text, gone", [
    ("Economists at the Organization for Economic Cooperation and Development expect wages to stall.",
     ("COOPERATE", "Cooperation")),
    ("The mayor's housing drive is firing on all cylinders.", ("ASSAULT", "firing on")),
    ("The senator pulled out the gender card against his rival.", ("RETREAT", "pulled out")),
    ("He struck up a date with her.", ("ASSAULT", "struck")),
    ("The central bank closed its policy meeting on Friday.", ("CONSULT", "meeting")),
    ("There is broad agreement that the clinics lack doctors and nurses.", ("AGREE", "agreement")),
    ("The forum promised to be a pivotal night for the governor.", ("AGREE", "promised")),
    ("The summit promises to be tense.", ("AGREE", "promises")),
])
def test_a_name_an_idiom_or_a_view_is_no_event(extract_text, text, gone):
    found, summary = _found(extract_text, text)
    assert gone not in found, summary


@pytest.mark.parametrize("text, kept", [
    ("The Russian army pulled out its troops from the town on Monday.", ("RETREAT", "pulled out")),
    ("Soldiers fired on protesters in the square on Sunday.", ("ASSAULT", "fired on")),
    ("The foreign ministers of India and China held a meeting in Moscow.", ("CONSULT", "meeting")),
    ("Israel and Hamas reached an agreement that talks would resume in May.", ("AGREE", "agreement")),
    ("Israel and Hamas reached an agreement that ends the war.", ("AGREE", "agreement")),
    ("The Iranian minister promised to be at the talks on Monday.", ("AGREE", "promised")),
])
def test_a_true_event_of_like_words_stays(extract_text, text, kept):
    found, summary = _found(extract_text, text)
    assert kept in found, summary
