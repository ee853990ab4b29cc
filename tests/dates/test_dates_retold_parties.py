"""A lead act's day goes to a reported act only when the two are one act: another party's act (doers of other
countries or sides), another thing of the kind ("a town") or another place named keeps its own (unknown) day."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday: "Monday" is 2025-04-14, "Sunday" 2025-04-13


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if text[e.trigger.start:].startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chinese troops shelled a hamlet near the frontier on Monday. India's army said Indian troops shelled a "
         "hamlet across the frontier.", "shelled a hamlet across"),
        ("The rebel militia attacked the port on Sunday. Officials said the government militia attacked the "
         "rebels' base.", "attacked the rebels"),
        ("Police arrested a blogger in Minsk on Monday. Activists said police arrested a blogger in Grodno.",
         "arrested a blogger in Grodno"),
        ("Jets struck a depot in Aleppo on Monday. Witnesses said jets struck a depot in Idlib.",
         "struck a depot in Idlib"),
    ],
)
def test_another_partys_or_places_act_takes_no_day(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) in ([None], [])
