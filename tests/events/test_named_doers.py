"""Uncoded event nouns performed by a named party (issue 14 item 1), on invented sentences with controls:
"Moise tweeted condemnation" is an event though Moise has no code; a generic doer, or a subject that
undergoes the act ("received condemnation"), is not."""

from __future__ import annotations

import pytest

from event_support import summary

# An earlier coded accusation in the article: a later uncoded one is then no longer kept as its
# sentence's main event, only by the named-party rule.
LEAD = "Haiti's government accused the gang of the killings on Sunday. "


def _condemnations(extract_text, sentence):
    text = LEAD + "Shortly before the press conference, " + sentence
    record = extract_text(text, published="2025-05-17")
    return [e for e in record.events if e.event == "ACCUSE" and e.trigger.text != "accused"], record, text


@pytest.mark.parametrize("sentence, doer", [
    ("Moise tweeted condemnation.", "Moise"),
    ("the court issued a condemnation of the killings.", "court"),
])
def test_an_uncoded_named_party_performing_an_act_keeps_its_event(extract_text, sentence, doer):
    found, record, text = _condemnations(extract_text, sentence)
    assert [e.trigger.text for e in found] == ["condemnation"], summary(record.events)
    actor = found[0].actors[0]
    assert actor.text == doer and text[actor.start:actor.end] == doer


@pytest.mark.parametrize("sentence", [
    "people tweeted condemnation.",  # a generic doer
    "the crowd voiced condemnation of the killings.",  # a generic doer
    "Moise received condemnation.",  # the subject undergoes the act
])
def test_a_generic_doer_or_one_undergoing_the_act_adds_no_event(extract_text, sentence):
    found, record, text = _condemnations(extract_text, sentence)
    assert found == [], summary(record.events)


# An earlier coded assault: a later uncoded one is kept only by the named-party rule.
ASSAULT_LEAD = "Russian troops shelled Kharkiv on Monday. The rebel commander Tomas Vek fled the capital in 1990. "


def _raids(extract_text, sentence):
    record = extract_text(ASSAULT_LEAD + sentence, published="2025-05-17")
    return [e for e in record.events if e.event == "ASSAULT" and e.trigger.text != "shelled"], record


def test_he_or_she_carrying_out_attacks_keeps_the_event(extract_text):
    found, record = _raids(extract_text, "Later, he carried out attacks on army posts.")
    assert [(e.trigger.text, [a.text for a in e.actors]) for e in found] == [("attacks", ["he"])], summary(record.events)


@pytest.mark.parametrize("sentence", [
    "The magazine carried the attacks on its front page.",  # carried without "out" reports, no doer
    "Later, they carried out attacks on army posts.",  # "they" may be anyone
])
def test_a_reporting_carry_or_a_plural_pronoun_adds_no_event(extract_text, sentence):
    found, record = _raids(extract_text, sentence)
    assert found == [], summary(record.events)
