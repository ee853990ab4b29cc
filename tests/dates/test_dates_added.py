"""Words added on one occasion: a statement with no date of its own, followed in the very next sentence by the same
speaker's words "added" on a day that sentence tells, was made that day too (VOA dev: "a State Department
spokesperson reaffirmed that the United States calls for Lai's immediate release. '...,' the spokesperson added in
a statement emailed to VOA on Wednesday"); words told again ("repeated") or a statement in the perfect are not."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-17"  # a Thursday: "Wednesday" is 2025-04-16
ADDED = ('"The long trial shows the courts being misused," the spokesperson added in a statement '
         "emailed to reporters on Wednesday.")


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


def test_a_statement_takes_the_day_of_the_words_added_to_it(extract_text):
    text = ("A Foreign Ministry spokesperson reaffirmed that Norway calls for the reporter's immediate release. "
            + ADDED)
    assert _dates(extract_text, text, "calls for") == ["2025-04-16"]


@pytest.mark.parametrize(
    "text",
    [
        # words told again may be of another occasion
        "A Foreign Ministry spokesperson reaffirmed that Norway calls for the reporter's immediate release. "
        + ADDED.replace("added", "repeated"),
        # a stance held in the perfect is no act of that day
        "A Foreign Ministry spokesperson has said that Norway calls for the reporter's immediate release. " + ADDED,
    ],
)
def test_no_day_from_words_not_added_on_the_same_occasion(extract_text, text):
    assert _dates(extract_text, text, "calls for") == [None]


def test_a_day_inside_the_added_words_is_not_the_day_they_were_said(extract_text):
    text = ("A Foreign Ministry spokesperson reaffirmed that Norway calls for the reporter's immediate release. "
            '"The envoy raised the case on Wednesday," the spokesperson added.')
    assert _dates(extract_text, text, "calls for") == [None]
