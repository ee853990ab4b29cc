"""Lexicon verbs spaCy does not know: their inflected forms still trigger (accord/verb_lemmas.py)."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary

from accord.nlp import load_model
from accord.verb_lemmas import repair_lemmas, rule_lemmas

VERB_RULES = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]


def test_a_lexicon_verb_unknown_to_the_lemmatizer_triggers_in_every_form(extract_text):
    for text in ("Police in Port-au-Prince rearrested the escaped inmate on Tuesday.",
                 "Haitian police were rearresting the escaped inmates on Tuesday."):
        events = _events(extract_text, text)
        assert ("COERCE", "arrest") in {(e.event, e.mode) for e in events}, (text, _summary(events))


def test_the_repaired_lemma_is_the_tokens_own_lemma():
    doc = load_model()("The guards rearrested him in May.")
    assert [t.lemma_ for t in doc if t.lower_ == "rearrested"] == ["rearrest"]


def test_rule_lemmas_tries_every_rule_and_undoes_a_doubled_consonant():
    assert rule_lemmas("rearrested", VERB_RULES) == ["rearreste", "rearrest"]
    assert "outgun" in rule_lemmas("outgunned", VERB_RULES)
    assert "call" in rule_lemmas("called", VERB_RULES) and "cal" not in rule_lemmas("called", VERB_RULES)


def test_known_words_and_words_outside_the_lexicon_keep_their_lemma():
    nlp = load_model()
    doc = nlp("They hoped and stared and glorped.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    before = dict(lemmas)
    # a known verb is never changed, even when another rule output is a lexicon verb
    repair_lemmas(doc, known={"hope", "stare"}, lexicon_verbs={"hop", "star", "glorp"}, rules=VERB_RULES)
    after = {t.lower_: t.lemma_ for t in doc}
    assert after["hoped"] == before["hoped"] and after["stared"] == before["stared"]
    assert after["glorped"] == "glorp"  # unknown to spaCy and a lexicon verb: repaired
