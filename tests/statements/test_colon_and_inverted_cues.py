"""A quotation announced by any verb and a colon (`The governor fired back: "..."`), and the speaker
of an inverted cue the parse left without a subject (`"...," tweeted a supporter from Ohio`);
invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "expected"), [
    ("And Mr. Jones gloated: “I told you he would not be ready.”",
     [("Mr. Jones", "gloated", "I told you he would not be ready.")]),
    ("The governor fired back: “This is a desperate attack.”",
     [("The governor", "fired back", "This is a desperate attack.")]),
    ("Smith shrugged: “We will see what happens.”", [("Smith", "shrugged", "We will see what happens.")]),
])
def test_a_verb_and_a_colon_announce_a_quotation(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


@pytest.mark.parametrize("text", [
    "It ended: “The road goes ever on and on.”",  # no one speaks
    "The rally closed: “God bless America and all who serve.”",  # an event, not a speaker
    "The banner in the hall carried a slogan: “Jobs for all of us.”",  # the verb has its own object
])
def test_a_colon_without_an_animate_speaker_announces_no_statement(extract_text, text):
    assert _shape(extract_text(text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will win this fight,” tweeted a supporter from Ohio.", [("a supporter", "tweeted", "We will win this fight,")]),
    ("“Nobody listens to us anymore,” posted a retired teacher from Dayton.",
     [("a retired teacher", "posted", "Nobody listens to us anymore,")]),
    ("“The bridge is unsafe and everybody knows it!” wrote a reader calling himself John Smith.",
     [("a reader", "wrote", "The bridge is unsafe and everybody knows it!")]),
])
def test_an_inverted_cue_takes_the_speaker_after_it(extract_text, text, expected):
    assert _shape(extract_text(text))[: len(expected)] == expected


def test_a_colon_after_a_relative_clause_announces_its_noun(extract_text):
    record = extract_text("Every year there is a promise many people make but few keep: “I will move abroad if he wins!”")
    assert [s for s in _shape(record) if s[1] == "keep"] == []


def test_the_inverted_speaker_span_is_the_phrase_after_the_cue(extract_text):
    record = extract_text("“Debate recap, in one line,” tweeted campaign spokesman Alex Conant.")
    assert _shape(record)[0][:2] == ("campaign spokesman Alex Conant", "tweeted")


def test_an_inverted_speaker_parsed_as_the_object_is_not_the_content(extract_text):
    record = extract_text("“Is the mayor running against his own council?” asked Mr. Hale, smiling at the crowd.")
    assert _shape(record)[0] == ("Mr. Hale", "asked", "Is the mayor running against his own council?")


def test_an_inverted_speaker_the_parse_made_the_object_is_the_speaker_only(nlp):
    """The parse behind a real miss, built by hand: `"Is he?" asked Mr. Hale` with `Hale` as the object."""
    from spacy.tokens import Doc

    from accord.stages.statements.cues import _verb_candidate
    from accord.stages.statements.lexicon import load_lexicon

    words = ["“", "Is", "he", "?", "”", "asked", "Mr.", "Hale", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[False, True, False, False, True, True, True, False, False],
              tags=["``", "VBZ", "PRP", ".", "''", "VBD", "NNP", "NNP", "."],
              pos=["PUNCT", "AUX", "PRON", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
              deps=["punct", "ROOT", "nsubj", "punct", "punct", "ROOT", "compound", "dobj", "punct"],
              heads=[1, 1, 1, 1, 1, 5, 7, 5, 5], lemmas=["“", "be", "he", "?", "”", "ask", "Mr.", "Hale", "."])
    candidate = _verb_candidate(doc[5], load_lexicon())
    assert candidate is not None and candidate.speaker is not None and candidate.speaker.text == "Hale"
    assert doc.text[candidate.content[0] : candidate.content[1]] != "Mr. Hale"
