"""A future or demanded act is not done on the day of the report telling it: "Rebels said on Monday they would
attack the base" dates the report Monday, not the attack (read forward, Monday would even land a week ahead); the
act keeps a day ahead of its own ("will visit Kyiv on Friday"), and the report's own act keeps the report's day."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Tuesday" is 2025-04-15, the coming "Friday" 2025-04-18


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the parser hangs the report's day on the reported verb: still the report's
        ("Rebels said on Monday they would attack the base.", "attack"),
        ("The prime minister said Tuesday he plans to visit Washington.", "plans"),
        # the frame telling the occasion of the saying
        ("Speaking at a news conference on Tuesday, the minister said the country will send troops.", "send"),
    ],
)
def test_a_future_act_takes_no_day_of_its_report(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("The president said Tuesday that he will visit Kyiv on Friday.", "visit", "2025-04-18"),
        ("The envoy urged Russia on Tuesday to withdraw its troops.", "urged", "2025-04-15"),
    ],
)
def test_a_future_act_keeps_its_own_day_and_the_report_its_own(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]
