"""Speech idioms of a light verb (issue 13 item 8): `made it clear that X` and `as one diplomat put
it, X` report X as the subject's words; invented sentences."""

from __future__ import annotations

import pytest


def _reports(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "report"), [
    ("The minister made it clear that the talks would continue next week.",
     ("The minister", "made it clear", "the talks would continue next week")),
    ("In the interview, she made clear that she had doubts about the bill.",
     ("she", "made clear", "she had doubts about the bill")),
])
def test_made_clear_reports_its_that_clause(extract_text, text, report):
    assert report in _reports(extract_text(text))


def test_made_clear_without_a_clause_reports_nothing(extract_text):
    assert [r for r in _reports(extract_text("The rebels made clear their demands.")) if r[1].startswith("made")] == []


@pytest.mark.parametrize(("text", "report"), [
    ('As one diplomat put it, "The mission is over."', ("one diplomat", "put it", "The mission is over.")),
    ("Voters will decide, as the governor put it last week.", ("the governor", "put it", "Voters will decide")),
])
def test_as_someone_put_it_reports_the_clause_it_comments_on(extract_text, text, report):
    assert report in _reports(extract_text(text))


def test_putting_a_thing_somewhere_is_no_statement(extract_text):
    assert _reports(extract_text("He put it on the table.")) == []
