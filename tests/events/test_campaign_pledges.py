"""A campaign speaker's pledge is an act to come, not one done (issue 14 item 3; stages/events/campaign_pledges.py)."""

from __future__ import annotations

import pytest

from tests.events.event_support import events_of, summary

RACE_STORY = (
    "Ann Hale, the Republican nominee for governor, toured three counties on Monday. "
    "She pledged to impose tariffs on Chinese steel and to cut aid to Venezuela. "
    "Her campaign has drawn large crowds ahead of the November election."
)


def _pledges(extract_text, text, lemma):
    return [e for e in events_of(extract_text, text) if e.trigger.text.lower().startswith(lemma)]


def test_a_nominees_pledge_is_future_and_not_reported(extract_text):
    events = events_of(extract_text, RACE_STORY)
    pledges = [e for e in events if e.trigger.text == "pledged"]
    assert pledges and all(e.modality == "future" for e in pledges), summary(events)
    assert not any(e.reported for e in events), summary(events)


def test_candidates_as_subject_make_a_pledge_future(extract_text):
    text = "Both candidates vowed to impose sanctions on Iran, and the campaign entered its final week before the primary."
    pledges = _pledges(extract_text, text, "vow")
    assert pledges and all(not e.reported for e in pledges), summary(pledges)


@pytest.mark.parametrize("text", [
    "The Foreign Ministry vowed to retaliate against the new sanctions, officials said on Monday.",
    "President Tom Vale vowed on Monday to send troops to the border. The opposition candidate criticised "
    "the campaign, and the election is due in May.",
])
def test_a_states_or_a_sitting_presidents_vow_stays_asserted(extract_text, text):
    pledges = _pledges(extract_text, text, "vow")
    assert pledges and any(e.reported for e in pledges), summary(pledges)
