"""Placeholder "it" subjects speak for no one, and a he/she is not the name its paraphrase makes a subject
(issue 13 item 3, session 20): "it is hard to say ...", "it seems
that ...", "it makes sense to ..." judge or hedge a clause; no person or institution is reported.

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations


def _speakers(record) -> list[tuple[str, str | None, str]]:
    return [(s.speaker.text, s.speaker.name, s.content.text) for s in record.statements if s.speaker is not None]


def _name_of(record, content_words: str) -> str | None:
    """The speaker name of the one statement whose content holds ``content_words``."""
    found = [s for s in record.statements if content_words in s.content.text]
    assert len(found) == 1, [s.content.text for s in record.statements]
    return found[0].speaker.name if found[0].speaker else None


def test_it_before_a_copula_and_an_infinitive_cue_is_no_speaker(extract_text):
    # "it is unwise to believe ...": the infinitive is judged, nobody believes; the mayor's report stays.
    record = extract_text("The mayor said it is unwise to believe that the river will never flood.")
    assert all(text.lower() != "it" for text, _, _ in _speakers(record)), _speakers(record)
    assert _name_of(record, "unwise to believe") == "mayor"


def test_it_with_a_curly_clitic_is_a_copula_too(extract_text):
    # The tagger lemmatises a curly "it’s" to the apostrophe: still a placeholder subject.
    record = extract_text("The governor warned it’s naive to expect the dam to hold.")
    assert all(text.lower() != "it" for text, _, _ in _speakers(record)), _speakers(record)


def test_it_seems_that_reports_no_statement(extract_text):
    record = extract_text("The servers were restored, although it did not appear that any records were lost.")
    assert all(text.lower() != "it" for text, _, _ in _speakers(record)), _speakers(record)


def test_it_makes_sense_is_no_speaker(extract_text):
    record = extract_text("So it makes sense, bankers said, for the fund to lower its rates soon.")
    assert all(text.lower() != "it" for text, _, _ in _speakers(record)), _speakers(record)


def test_an_institution_that_is_quick_to_deny_still_speaks(extract_text):
    # "quick to deny": the parse hangs the infinitive on the adjective; the ministry acts and is the speaker.
    record = extract_text("The Interior Ministry rejected the report on Monday. It was quick to deny the rumours "
                          "about the minister.")
    assert _name_of(record, "the rumours about the minister") == "Interior Ministry"


def test_a_name_the_paraphrase_makes_its_subject_is_not_the_he(extract_text):
    # A pronoun cannot stand for a name its own clause commands: "he insisted Ortiz was biased" is not Ortiz
    # speaking, though Ortiz is the subject of the sentence before; the mayor is the one left.
    record = extract_text("Judge Carlos Ortiz dismissed the lawsuit brought by Mayor Frank Delano on Friday. He "
                          "insisted Ortiz was biased against the city.")
    assert _name_of(record, "was biased against the city") == "Frank Delano"
