"""A speech verb whose subject the parser hung on the opening phrase (`At a rally for X, Y said ...`:
Y an apposition of X); invented sentences."""

from __future__ import annotations


def test_the_name_before_a_subjectless_speech_verb_is_its_speaker(extract_text):
    # The parser hangs `Karl Weber` on `Senator Anna Weber` as an apposition; `said` has no subject.
    record = extract_text("At an event for Senator Anna Weber, her husband Karl Weber said she was the best choice.")
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements] == [
        ("Karl Weber", "said", "she was the best choice")]
