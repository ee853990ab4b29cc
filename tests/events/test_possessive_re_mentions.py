"""Possessive re-mentions (issue 14 item 4), one invented text each: an event noun whose possessor did an act the story
told ("Rojas’ apology" after "Rojas apologized", the name hung on the noun with a bare apostrophe; "the navy's apology"
after "Chile's navy apologized") is a mention of that act, also when its target is a person the earlier sentence names;
another doer of the same word ("the Peruvian navy's apology"), another day, and another person acted on ("her
endorsement of Vargas" after she endorsed Quispe) keep the noun an act of its own."""

from __future__ import annotations

from event_support import events_of_type
from event_support import summary as _summary

PUBLISHED = "2025-04-15"


APOLOGY = "Chilean Foreign Minister Ana Rojas apologized to Peru on Tuesday for the remarks. "


def test_a_name_with_a_bare_apostrophe_tells_its_act_again(extract_text):
    text = APOLOGY + "But Rojas’ apology did little to calm officials in Lima."
    apologies = events_of_type(extract_text, text, "CONCEDE", PUBLISHED)
    assert len(apologies) == 1 and [m.text for m in apologies[0].mentions] == ["apology"], _summary(apologies)


NAVY = "Chile's navy apologized to Peru on Tuesday for the incident. "


def test_a_noun_possessor_among_the_doers_tells_its_act_again(extract_text):
    text = NAVY + "In Lima, the navy's apology was read out in parliament."
    apologies = events_of_type(extract_text, text, "CONCEDE", PUBLISHED)
    assert len(apologies) == 1 and [m.text for m in apologies[0].mentions] == ["apology"], _summary(apologies)


def test_a_noun_possessor_of_another_side_is_another_act(extract_text):
    text = NAVY + "In Lima, the Peruvian navy's apology was read out in parliament."
    apologies = events_of_type(extract_text, text, "CONCEDE", PUBLISHED)
    assert len(apologies) == 2, _summary(apologies)


def test_a_possessive_noun_told_on_another_day_is_another_act(extract_text):
    text = NAVY + "In Lima, the navy's apology was read out on Wednesday."
    apologies = events_of_type(extract_text, text, "CONCEDE", PUBLISHED)
    assert len(apologies) == 2, _summary(apologies)


ENDORSED = "Chilean President Ana Rojas endorsed Peruvian candidate Jorge Quispe on Tuesday. "


def test_a_possessive_noun_on_another_person_is_another_act(extract_text):
    text = ENDORSED + "Analysts said Rojas's endorsement of Luis Vargas surprised Lima."
    endorsements = events_of_type(extract_text, text, "SUPPORT", PUBLISHED)
    assert len(endorsements) == 2, _summary(endorsements)


def test_a_possessive_noun_on_a_person_the_earlier_sentence_names_is_a_mention(extract_text):
    text = ("Chilean President Ana Rojas endorsed the Lima Herald's candidate Jorge Quispe on Tuesday. "
            "Analysts said Rojas's endorsement of Quispe surprised Lima.")
    endorsements = events_of_type(extract_text, text, "SUPPORT", PUBLISHED)
    assert len(endorsements) == 1, _summary(endorsements)
