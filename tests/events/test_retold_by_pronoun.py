"""An act told again later by a pronoun standing for its doer ("Senator Walsh praised Mendes ... this time he praised
Mendes"), and a verb acting on a pronoun that stands for its partner's object in one sentence ("dismissed
the demand and refused it"), are one act told twice (issue 14 item 4): mentions, not second events.
Another day, another person acted on, or a word of repetition keeps two acts."""

from __future__ import annotations

from event_support import events_of_type
from event_support import summary as _summary

PUBLISHED = "2025-04-15"

PRAISE = ("Senator John Walsh of Ohio praised Carla Mendes for her patience on Monday. The talks in Geneva ended "
          "without a deal. Rebel leaders left the city. ")


def test_a_pronoun_doer_retelling_the_same_act_is_a_mention(extract_text):
    text = PRAISE + "In past years he scolded envoys, but this time he praised Carla Mendes."
    praise = events_of_type(extract_text, text, "SUPPORT", PUBLISHED)
    assert len(praise) == 1 and [m.text for m in praise[0].mentions][-1:] == ["praised"], _summary(praise)


def test_a_pronoun_doer_praising_another_party_is_another_act(extract_text):
    text = PRAISE + "This time he praised Paulo Reis."
    praise = events_of_type(extract_text, text, "SUPPORT", PUBLISHED)
    assert len(praise) == 2, _summary(praise)


def test_a_pronoun_doer_acting_again_is_another_act(extract_text):
    text = PRAISE + "This time he praised Carla Mendes again."
    praise = events_of_type(extract_text, text, "SUPPORT", PUBLISHED)
    assert len(praise) == 2, _summary(praise)


def test_a_pronoun_doer_acting_on_another_day_is_another_act(extract_text):
    text = PRAISE + "On Friday he praised Carla Mendes."
    praise = events_of_type(extract_text, text, "SUPPORT", PUBLISHED)
    assert len(praise) == 2, _summary(praise)


def test_two_refusals_of_one_demand_are_one_refusal(extract_text):
    text = "The governor dismissed the union's demand and refused it outright."
    refusals = events_of_type(extract_text, text, "REJECT", PUBLISHED)
    assert len(refusals) == 1, _summary(refusals)


def test_a_pronoun_object_of_one_verb_joins_its_partner(extract_text):
    text = "The foreign ministry condemned the missile launch and denounced it as reckless."
    accusations = events_of_type(extract_text, text, "ACCUSE", PUBLISHED)
    assert len(accusations) == 1, _summary(accusations)


def test_two_objects_in_one_sentence_stay_two_acts(extract_text):
    text = "The foreign ministry condemned the missile launch and denounced the naval blockade."
    accusations = events_of_type(extract_text, text, "ACCUSE", PUBLISHED)
    assert len(accusations) == 2, _summary(accusations)


def test_a_refusal_of_another_thing_in_one_sentence_is_another_refusal(extract_text):
    text = "The governor dismissed the union's demand and refused the mayor's offer."
    refusals = events_of_type(extract_text, text, "REJECT", PUBLISHED)
    assert len(refusals) == 2, _summary(refusals)


def test_a_pronoun_doer_condemning_another_common_noun_in_another_place_is_another_act(extract_text):
    text = "President Lula condemned the shooting in Recife. He condemned the fire in Manaus."
    condemned = events_of_type(extract_text, text, "ACCUSE", PUBLISHED)
    assert len(condemned) == 2, _summary(condemned)


def test_a_pronoun_doer_praising_another_group_is_another_act(extract_text):
    text = "President Lula praised the workers. He praised the teachers."
    praise = events_of_type(extract_text, text, "SUPPORT", PUBLISHED)
    assert len(praise) == 2, _summary(praise)


def test_a_pronoun_doer_condemning_another_common_noun_is_another_act(extract_text):
    text = "President Lula condemned the shooting on Monday. He condemned the arson."
    condemned = events_of_type(extract_text, text, "ACCUSE", PUBLISHED)
    assert len(condemned) == 2, _summary(condemned)


def test_a_pronoun_object_of_a_verb_with_its_own_doer_is_another_act(extract_text):
    text = "Iran condemned the attack and Turkey also condemned it."
    accusations = events_of_type(extract_text, text, "ACCUSE", PUBLISHED)
    assert len(accusations) == 2, _summary(accusations)
