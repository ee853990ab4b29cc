"""Photo captions pasted into an article's text describe a picture; their verbs make no statement
(issue 13 item 7). Invented sentences."""

from __future__ import annotations

import pytest


def _cues(record) -> list[str]:
    return [s.cue.text for s in record.statements if s.cue is not None]


@pytest.mark.parametrize("caption", [
    "Mara Quill, center, White House special envoy, speaks about the Oval Office at the White House, "
    "Wednesday, March 19, 2025, in Washington.",
    "Mara Quill addresses the Oval Office in Washington, March 19, 2025. (AP Photo/Jon Reyes)",
    "Senator Ola Brandt responds to reporters at the Capitol on June 14, 2016 in Washington, D.C.",
])
def test_a_photo_caption_is_no_statement_and_the_next_sentence_still_is(extract_text, caption):
    record = extract_text("Talks resumed on Tuesday. " + caption + " Quill said the talks would go on.")
    assert _cues(record) == ["said"]
    assert record.statements[0].content.text == "the talks would go on"


def test_a_caption_run_into_the_next_sentence_keeps_that_sentence(extract_text):
    # One-line texts join paragraphs with spaces: only the caption up to its credit is cut.
    text = ("Quill speaks about the Oval Office at the White House, March 19, 2025, in Washington. "
            "(AP Photo/Jon Reyes) The envoy told reporters that the deal was close.")
    assert _cues(extract_text(text)) == ["told"]


def test_an_agency_dateline_is_no_photo_credit(extract_text):
    text = "WASHINGTON (Reuters) - Senator Ola Brandt said on Friday the bill would pass."
    assert _cues(extract_text(text)) == ["said"]


def test_present_tense_speech_with_a_dated_clause_is_still_a_statement(extract_text):
    # A reported clause, or words after the date, make it prose, not a caption.
    record = extract_text("Quill says the accord signed on March 3, 2025, will hold. "
                          "Brandt warns that talks could collapse by June 1, 2025.")
    assert _cues(record) == ["says", "warns"]
