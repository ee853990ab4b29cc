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
