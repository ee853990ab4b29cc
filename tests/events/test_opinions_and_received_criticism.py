"""False events seen on fresh real news (PolNeAR train seeds 190101-190102, every event of 40 articles judged by
hand): a view of what a thing shows or a party may have to do, read as a demand; a poll's answer; a question about
what should be done; a dispute, a culture or a mood as doer; a requirement met; a theme hit; anonymity requested; a
guilty plea; criticism endured, told as the sufferer's. Each beside the true event of like words that stays.
Sentences are invented."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _found(extract_text, text):
    """(type, trigger text) of each event found, and a summary for failure messages."""
    events = _events(extract_text, text)
    return {(e.event, e.trigger.text) for e in events}, _summary(events)


@pytest.mark.parametrize("text, gone", [
    ("Ana Ortiz, a former trade official, said that backing for the plan among small nations should show that it is fair.",
     ("REQUEST", "should show")),
    ("The envoy said that the accord should guide the conduct of states for decades.", ("REQUEST", "should guide")),
    ("On Monday, the senator mocked claims by his rival that Canada might need to build its own nuclear weapons.",
     ("REQUEST", "need to build")),
    ("\"The lender may need to be rebuilt from the ground up,\" said Paul Mercer, a former Treasury secretary.",
     ("REQUEST", "need to be rebuilt")),
    ("By 61%-30%, those surveyed said the clinic's funding should not be cut.", ("REQUEST", "should not be cut")),
    ("Senator Hale asked the judge whether he had views on how the committee should handle the Pentagon's delays.",
     ("REQUEST", "should handle")),
    ("Armenian-Georgian contention surrounding the disputed province has been a hot topic since 1990.",
     ("MOBILIZE", "surrounding")),
    ("\"It is a culture of secrecy that's surrounded the ministry for years,\" said Ruiz.", ("MOBILIZE", "surrounded")),
    ("The new rules require ten percent of the vote, a threshold met only by Labour.", ("CONSULT", "met")),
    ("The senator spoke for an hour, hitting themes that pleased the crowd.", ("ASSAULT", "hitting")),
    ("\"The plan is risky,\" said an aide close to the governor's campaign, who requested anonymity to share his worries.",
     ("REQUEST", "requested")),
    ("After long talks, General Ward pleaded guilty to a lesser charge.", ("REQUEST", "pleaded")),
])
def test_a_view_or_a_figure_is_no_event(extract_text, text, gone):
    found, summary = _found(extract_text, text)
    assert gone not in found, summary


@pytest.mark.parametrize("text, kept", [
    ("Russian Foreign Minister Sergei Lavrov said Ukraine must withdraw its troops.", ("REQUEST", "must withdraw")),
    ("Russian Foreign Minister Sergei Lavrov said Ukraine needs to stop the shelling.", ("REQUEST", "needs to stop")),
    ("The Iranian foreign minister said the talks must continue.", ("REQUEST", "must continue")),
    ("The Iranian foreign minister said the sanctions must be lifted.", ("REQUEST", "must be lifted")),
    ("Protesters surrounding the parliament demanded the minister's resignation.", ("REQUEST", "demanded")),
    ("The rebels requested a ceasefire on Monday.", ("REQUEST", "requested")),
    ("Russian Foreign Minister Sergei Lavrov said Ukraine would need to withdraw its troops.",
     ("REQUEST", "need to withdraw")),
    ("Residents interviewed by reporters said the government must rebuild the bridge.", ("REQUEST", "must rebuild")),
    ("Troops hit rebel positions near the border on Monday.", ("ASSAULT", "hit")),
    ("The two ministers met in Geneva on Monday.", ("CONSULT", "met")),
])
def test_a_true_event_of_like_words_stays(extract_text, text, kept):
    found, summary = _found(extract_text, text)
    assert kept in found, summary


def test_criticism_endured_is_not_the_sufferers_act(extract_text):
    events = [e for e in _events(extract_text, "The Russian envoy has endured criticism for his remarks on trade.")
              if e.event == "ACCUSE"]
    assert events and all(a.code != "RUS" for e in events for a in e.actors), _summary(events)


def test_criticism_faced_from_a_named_party_is_that_partys(extract_text):
    events = [e for e in _events(extract_text, "The Russian envoy has endured criticism from Kyiv.")
              if e.event == "ACCUSE"]
    assert events and [a.code for a in events[0].actors] == ["UKR"], _summary(events)
