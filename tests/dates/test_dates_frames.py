"""A participial frame set before a statement's cue or an act ("Speaking at a council meeting on Tuesday, the
envoy said ...") tells the occasion of the saying: the statement's stances and the act take the frame's date,
also when the parser hangs that date on the occasion's noun; a perfect frame ("Having attended ...") tells an
earlier time and gives none."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Tuesday" is 2025-04-15


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # an accusation in the statement's content, the date hung on the frame's occasion
        ("Speaking at a Security Council meeting on Tuesday, the Pakistani envoy said Kabul was failing to rein "
         "in the separatists.", "failing", "2025-04-15"),
        ("Speaking at a Security Council meeting this week, the Pakistani envoy said Kabul must rein in the "
         "separatists.", "must rein", "2025-04"),
        # the framed act itself
        ("Speaking at a Security Council meeting on Tuesday, the Pakistani envoy accused Kabul of harboring the "
         "separatists.", "accused", "2025-04-15"),
    ],
)
def test_a_framed_statement_or_act_takes_the_frames_date(extract_text, text, trigger, date):
    assert _dates(extract_text, text, trigger) == [date]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a perfect participle tells an earlier time
        ("Having attended a Security Council meeting on Tuesday, the Pakistani envoy accused Kabul of harboring "
         "the separatists.", "accused"),
    ],
)
def test_a_frame_of_another_time_gives_no_date(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]
