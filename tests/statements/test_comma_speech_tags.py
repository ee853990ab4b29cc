"""A speech tag set off by commas inside an unquoted sentence (issue 13 item 8): `X, said Ruiz, Y` reports the
sentence for the person named after the cue, not for the fronted phrase; invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "expected"), [
    # the parse hangs the name and its apposition on the host clause: the cue had no subject
    ("The real problem, said Ana Ruiz, the agency's director, is that the money never arrived.",
     ("Ana Ruiz", "said", "is that the money never arrived")),
    # the parse makes the fronted phrase a second subject of the cue
    ("Any fair reading of the deal, said Tom Berg, shows that the border stays open.",
     ("Tom Berg", "said", "shows that the border stays open")),
    ("The deal, said the foreign minister on Tuesday, was a mistake.",
     ("the foreign minister", "said", "was a mistake")),
    # the side holding the sentence's verb is the claim, even when it is the shorter one
    ("The real problem, said Ana Ruiz, is the money.", ("Ana Ruiz", "said", "is the money")),
    ("Still, the offer falls short, said Tom Berg, a senior analyst at the bank, because prices keep rising.",
     ("Tom Berg", "said", "Still, the offer falls short")),
])
def test_a_comma_tag_reports_the_sentence_for_the_person_it_names(extract_text, text, expected):
    assert _shape(extract_text(text)) == [expected]


@pytest.mark.parametrize("text", [
    "Many voters try to stay quiet, telling few people about their plans, and avoid the polls.",
    "Aides to the governor, who served in Congress, said their plans, drawn up last year, would change.",
    "Aides to the governor, who served in Congress, said the plans, drawn up last year, would change.",
])
def test_an_object_or_a_reported_subject_after_the_cue_is_no_tag(extract_text, text):
    """A participle's object (its audience) and the subject of the cue's own clause are not who spoke."""
    speakers = [s for s, _, _ in _shape(extract_text(text))]
    assert "few people" not in speakers and not any(s and "plans" in s for s in speakers)
