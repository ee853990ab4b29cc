"""Re-mentions read on real news (issue 14 item 4), one invented text each: a noun describing a told occasion through
"as" ("Arranged as a two-day negotiation, the fifth session ..."), a passive verb telling an act again on the thing it was
done to ("a spokesman said the talks had been put off"), and the one round a story counts (a later sentence telling that
round by its ordinal, under a subtitle counting only that round) are mentions of the act told; another round, another object and a
story counting two rounds stay apart."""

from __future__ import annotations

from event_support import events_of_type
from event_support import summary as _summary

PUBLISHED = "2025-04-15"


LEAD = "Chilean and Peruvian envoys met in Lima on Monday to discuss fishing quotas. "


def test_a_noun_describing_the_told_round_is_a_mention(extract_text):
    text = LEAD + "Arranged as a two-day negotiation, the fifth session of discussions could last longer over technical questions."
    meetings = events_of_type(extract_text, text, "CONSULT", PUBLISHED)
    assert len(meetings) == 1 and "negotiation" in [m.text for m in meetings[0].mentions], _summary(meetings)


def test_a_noun_describing_another_round_is_no_mention_of_the_told_one(extract_text):
    text = LEAD + "Arranged as a two-day negotiation, the next session of discussions could last longer over technical questions."
    meetings = events_of_type(extract_text, text, "CONSULT", PUBLISHED)
    assert not any("negotiation" in [m.text for m in e.mentions] for e in meetings), _summary(meetings)


POSTPONED = "Chile's foreign minister postponed the second session of fishing negotiations with Peru on Thursday. "


def test_a_passive_retelling_on_the_acts_object_is_a_mention(extract_text):
    text = POSTPONED + "An aide said afterwards that the negotiations had been postponed, blaming the calendar."
    delays = events_of_type(extract_text, text, "REJECT", PUBLISHED)
    assert len(delays) == 1 and [m.text for m in delays[0].mentions] == ["postponed"], _summary(delays)


def test_a_passive_verb_on_another_object_is_another_act(extract_text):
    text = POSTPONED + "An aide said afterwards that the vote had been postponed, blaming the calendar."
    delays = events_of_type(extract_text, text, "REJECT", PUBLISHED)
    assert not any(m.text == "postponed" for e in delays for m in e.mentions if m.start > len(POSTPONED)), _summary(delays)


def test_a_passive_retelling_told_again_is_another_act(extract_text):
    text = POSTPONED + "An aide said afterwards that the negotiations had been postponed again, blaming the calendar."
    delays = events_of_type(extract_text, text, "REJECT", PUBLISHED)
    assert not any(m.text == "postponed" for e in delays for m in e.mentions if m.start > len(POSTPONED)), _summary(delays)


SUBTITLE = "Sixth session of negotiations came before a regional summit\n\n"
STORY = ("LIMA (Reuters) - Talks between Chilean and Peruvian negotiators over fishing quotas ended in Lima on Sunday, "
         "officials said.\n\nChilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Quispe began the sixth "
         "session of negotiations in Lima at the foreign ministry.")


def test_the_one_round_a_story_counts_is_the_round_it_tells(extract_text):
    meetings = events_of_type(extract_text, SUBTITLE + STORY, "CONSULT", PUBLISHED)
    assert len(meetings) == 1, _summary(meetings)


def test_a_story_counting_another_round_keeps_the_counted_round_apart(extract_text):
    meetings = events_of_type(extract_text, SUBTITLE.replace("Sixth", "Fifth") + STORY, "CONSULT", PUBLISHED)
    assert len(meetings) == 2, _summary(meetings)
