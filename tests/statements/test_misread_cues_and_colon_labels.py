"""Issue 13 recall: a present-tense cue the tagger read as a noun (`Jones claims he is owed ...`), a
quotation a colon spells out after a noun of speech (`The ministry issued a statement: "..."`) and a
`From the report:` label naming the source of the quotation after it; invented sentences."""

from __future__ import annotations

import threading

import pytest


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "expected"), [
    ("Garcia claims he's owed $5 million.", [("Garcia", "claims", "he's owed $5 million")]),
    ("Ruiz predicts that as the field narrows, he will win the nomination.",
     [("Ruiz", "predicts", "as the field narrows, he will win the nomination")]),
])
def test_a_cue_read_as_a_noun_after_a_name_reports_the_clause(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


@pytest.mark.parametrize("text", [
    "The Ruiz claims were rejected by every court in the state.",  # a noun phrase: claims made by Ruiz
    "Ruiz claims nomination after a long night in Ohio.",  # no clause after the word
])
def test_a_name_and_a_plural_noun_without_a_clause_report_nothing_new(extract_text, text):
    assert [s for s in _shape(extract_text(text)) if s[1] == "claims"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry issued a statement: \u201cWe reject these claims entirely.\u201d",
     [("The ministry", "issued", "We reject these claims entirely.")]),
    ("Senator Ruiz delivered a blunt message to the governor: \u201cIt is time to stop these attacks.\u201d",
     [("Senator Ruiz", "delivered", "It is time to stop these attacks.")]),
    ("The mayor tweeted a short message on Friday: \u201cWe will rebuild this city together.\u201d",
     [("The mayor", "tweeted", "We will rebuild this city together.")]),
])
def test_a_colon_after_a_noun_of_speech_announces_the_issuers_words(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


@pytest.mark.parametrize("text", [
    "The company released a list of demands: \u201cHigher pay and shorter hours for all.\u201d",  # a list, not speech
    "The banner in the hall carried a message: \u201cJobs for all of us.\u201d",  # a thing bears the words
])
def test_a_colon_after_other_objects_announces_no_statement(extract_text, text):
    assert _shape(extract_text(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Turnout fell again. From the report: \u201cThe agency failed to act on repeated warnings.\u201d",
     [("the report", "From", "The agency failed to act on repeated warnings.")]),
    ("More from Jones: \u201cMost voters had already decided by then.\u201d",
     [("Jones", "More from", "Most voters had already decided by then.")]),
    ("From the senator's blog post: \u201cWe cannot keep waiting for a deal.\u201d",
     [("the senator", "From", "We cannot keep waiting for a deal.")]),
])
def test_a_from_label_names_the_source_of_the_quotation(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


@pytest.mark.parametrize("text", [
    "He lifted a line from the report: \u201cThe agency failed to act on repeated warnings.\u201d",  # not a label
    "From the beginning: \u201cWe cannot keep waiting for a deal.\u201d",  # a time names no source
])
def test_a_from_phrase_that_is_no_label_names_no_source(extract_text, text):
    assert [s for s in _shape(extract_text(text)) if s[1] in ("From", "More from")] == []


def test_a_label_before_a_colon_ends_the_search_for_its_verb(extract_text):
    # "Highlights" is the sentence's root: the walk up to an announcing verb must stop there (it looped forever once)
    result: list = []
    worker = threading.Thread(
        target=lambda: result.append(extract_text('Highlights from the report: "The plan failed," it said.')),
        daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert result, "the colon rule did not finish"
    assert [(s[0], s[1]) for s in _shape(result[0])] == [("it", "said")]
