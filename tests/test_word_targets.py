"""One home for the target of words (``accord.stages.word_targets``): the statements' cue check and the events'
verbal-attack sense read the same lists, each with its own reach (a statement's view of a party or body is a view;
an event's target of words is a person, a role or a stance)."""

from __future__ import annotations

from accord.knowledge.loader import read_json
from accord.stages.word_targets import WordTargets, attacked_in_words, is_word_target, word_targets


def _token(doc, word: str):
    return next(token for token in doc if token.text == word)


def test_both_stages_read_the_shipped_verbal_attack_lists() -> None:
    rule = read_json("events/frames.json")["senses"]["verbal_attacks"]
    assert WordTargets.of(rule) == word_targets()
    assert {"attack", "hit"} <= word_targets().verbs


def test_a_party_is_a_target_of_words_for_statements_only(nlp) -> None:
    """"The senator attacked the Democrats": a view for the statements' cue check; for the events' sense a party
    is no person, role or stance, so the act is not criticism by that reading alone."""
    doc = nlp("The senator attacked the Democrats on Tuesday.")
    democrats = _token(doc, "Democrats")
    assert democrats.ent_type_ == "NORP"
    assert is_word_target(democrats, word_targets(), lambda t: False, parties=True)
    assert not is_word_target(democrats, word_targets(), lambda t: False)


def test_a_stance_and_a_person_are_targets_for_both(nlp) -> None:
    doc = nlp("He attacked the plan and attacked her.")
    for word in ("plan", "her"):
        token = _token(doc, word)
        assert is_word_target(token, word_targets(), lambda t: False, parties=True)
        assert is_word_target(token, word_targets(), lambda t: False)


def test_a_force_hitting_a_thing_is_no_view(nlp) -> None:
    doc = nlp("The militants would not attack the convoy.")
    verb, convoy, subject = _token(doc, "attack"), _token(doc, "convoy"), _token(doc, "militants")
    assert not attacked_in_words(verb, convoy, subject)
    doc = nlp("He attacked the plan.")
    assert attacked_in_words(_token(doc, "attacked"), _token(doc, "plan"), _token(doc, "He"))
