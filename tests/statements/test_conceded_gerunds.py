"""A verb of conceding or denying reports the -ing clause right after it (`admitted using X`,
`denied ever taking Y`, `admitted to misleading Z`; cues/phrases.json gerund_verbs); invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "expected"), [
    ("The contractor admitted using the loophole for years.",
     ("The contractor", "admitted", "using the loophole for years")),
    ("The minister denied ever taking bribes from a builder.",
     ("The minister", "denied", "ever taking bribes from a builder")),
    ("Mr. Okafor acknowledged misleading investors about the losses.",
     ("Mr. Okafor", "acknowledged", "misleading investors about the losses")),
    ("The hacker admitted to targeting about a hundred officials.",
     ("The hacker", "admitted", "targeting about a hundred officials")),
])
def test_a_conceded_or_denied_act_is_the_content(extract_text, text, expected):
    assert _shape(extract_text(text)) == [expected]


@pytest.mark.parametrize("text", [
    # the -ing clause after a comma or an object is the speaker's next act, not what is conceded
    "She admitted the error after being asked twice.",
    # a verb outside the list reports no -ing clause: remembering is no concession
    "The mayor remembered walking the route as a child.",
])
def test_an_ing_clause_not_right_after_the_verb_is_not_conceded(extract_text, text):
    assert all(not s.content.text.startswith("being") and not s.content.text.startswith("walking")
               for s in extract_text(text).statements)


def test_admitted_to_an_audience_still_reports_its_clause(extract_text):
    record = extract_text("The mayor admitted to reporters that the budget was late.")
    assert _shape(record) == [("The mayor", "admitted", "the budget was late")]
