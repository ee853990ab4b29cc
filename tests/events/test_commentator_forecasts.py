"""Issue 14 item 3, invented sentences: a future act told in a clause said by commentators ("analysts said the
two sides will sign a deal") is their forecast, not the doers' promise (PLOVER: a prediction by a third party is
no event of the predicted party), so it stays future and unreported; the same clause said by the doers' own
officials is an announced agreement, AGREE told now."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _at(events, word):
    """The events whose trigger starts with ``word``."""
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word", [
    ("Analysts said Kenya and Uganda will sign a trade deal.", "sign"),
    ("Experts who spoke to reporters said the two governments would cooperate on the border.", "cooperate"),
    ("The ministers met in Kampala, and observers said Kenya and Uganda will sign a trade deal.", "sign"),
])
def test_a_commentators_forecast_is_not_reported(extract_text, text, word):
    events = _events(extract_text, text)
    assert all(not e.reported and e.modality == "future" for e in _at(events, word)), _summary(events)


@pytest.mark.parametrize("text, word", [
    ("Officials said Kenya and Uganda will sign a trade deal.", "sign"),
    ("Kenya's foreign minister said his country will cooperate with Uganda.", "cooperate"),
])
def test_an_agreement_announced_by_the_doers_side_is_reported(extract_text, text, word):
    events = _events(extract_text, text)
    found = _at(events, word)
    assert found and all(e.event == "AGREE" and e.reported for e in found), _summary(events)
