"""Issue 14 item 3, session 16: an act on a timetable or forecast ("is set to meet", "was to arrive", "the summit
will be held"), and one person's forecast of what others will not do ("told the crowd they would not back him"),
are not reported as done; a promise or refusal by the doer itself stays reported. One invented sentence each."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger starts with ``word``."""
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word", [
    # a timetable or forecast phrase: said of the doer by others, no promise of theirs
    ("The Turkish leader is set to meet his Russian counterpart in Sochi.", "meet"),
    ("The Egyptian president was to arrive in Khartoum on Sunday for talks with the generals.", "arrive"),
    ("The United States is likely to impose new sanctions on North Korea.", "sanctions"),
    ("Negotiations are set to begin in Geneva.", "Negotiations"),
    ("The ceasefire is expected to take effect at midnight.", "ceasefire"),
    # a meeting noun told of as to come
    ("The summit will be held in Addis Ababa.", "summit"),
    ("The talks, which are expected to last three days, will focus on trade.", "talks"),
])
def test_an_act_on_a_timetable_or_forecast_is_not_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(not e.reported and e.modality == "future" for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("Turkey agreed to meet the Russian delegation in Sochi.", "agreed"),
    ("India will cooperate in building a new parliament for Mauritius.", "cooperate"),
    ("Talks between the two sides will resume next week.", "Talks"),
])
def test_an_agreement_or_promise_made_now_stays_reported(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert found and all(e.reported for e in found), _summary(found)


def test_a_copula_with_its_own_predicate_is_no_timetable(extract_text):
    """ "It is important to talk": the infinitive hangs on "important", asked for, not scheduled."""
    found = _at(_events(extract_text, "It is important to talk to the rebels in Geneva."), "talk")
    assert found and all(e.assertion == "demanded" for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("Senator Ames told the crowd they would not back her because she refused their money.", "back"),
    ("It was Ames's suggestion that the voters in the hall would not support her that angered them.", "support"),
    ("Aides studied what would happen if the governor announced he would not back the nominee.", "back"),
])
def test_a_forecast_of_what_others_will_not_do_is_no_refusal(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert all(e.event != "REJECT" and not e.reported for e in found), _summary(found)


@pytest.mark.parametrize("text, word", [
    ("The governor said that he would not support the new border law.", "support"),
    ("Kenya said it would not support the resolution.", "support"),
    ("The mayor and two aldermen said they could not support the budget.", "support"),
])
def test_the_doers_own_refusal_stays_a_reported_rejection(extract_text, text, word):
    found = _at(_events(extract_text, text), word)
    assert found and all(e.event == "REJECT" and e.reported for e in found), _summary(found)
