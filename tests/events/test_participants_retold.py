"""Re-mentions read on real news (issue 14 item 4), one invented text each: a later clause telling an act again in
another verb of its type through both its participants named again ("A van rammed into a crowd ... The van struck the
crowd"), its doer a definite noun of the first doer's word or a pronoun for a thing; and a person's act told again
with the same verb whose doer is named with a place ("President Rojas of Chile arrived ..."). Another doer, another
target, another day, a word of repetition or another venue keep the acts apart."""

from __future__ import annotations

from event_support import summary as _summary

PUBLISHED = "2025-05-17"

RAMMED = "A van rammed into a crowd at a harvest fair in the Chilean town of Osorno on Saturday, police said. "


def _assaults(extract_text, text):
    return [e for e in extract_text(text, published=PUBLISHED).events if e.event == "ASSAULT"]


def _later_mentions(events, offset):
    return [m.text for e in events for m in e.mentions if m.start >= offset]


def test_the_doer_and_target_named_again_in_another_verb_is_a_mention(extract_text):
    text = RAMMED + "The van struck the crowd near the main square, witnesses said."
    assaults = _assaults(extract_text, text)
    assert len(assaults) == 1 and _later_mentions(assaults, len(RAMMED)) == ["struck"], _summary(assaults)


def test_a_pronoun_doer_with_the_target_named_again_is_a_mention(extract_text):
    text = RAMMED + "The mayor said it struck the crowd shortly after 9 p.m."
    assaults = _assaults(extract_text, text)
    assert len(assaults) == 1 and _later_mentions(assaults, len(RAMMED)) == ["struck"], _summary(assaults)


def test_another_doer_striking_the_same_target_is_another_act(extract_text):
    text = RAMMED + "A bus struck the crowd an hour later."
    assaults = _assaults(extract_text, text)
    assert len(assaults) == 2 and not _later_mentions(assaults, len(RAMMED)), _summary(assaults)


def test_the_same_doer_striking_another_target_is_another_act(extract_text):
    text = RAMMED + "The van then struck a school bus."
    assaults = _assaults(extract_text, text)
    assert len(assaults) == 2 and not _later_mentions(assaults, len(RAMMED)), _summary(assaults)


def test_the_same_participants_told_again_with_again_are_another_act(extract_text):
    text = RAMMED + "The van struck the crowd again as it turned back."
    assaults = _assaults(extract_text, text)
    assert not _later_mentions(assaults, len(RAMMED)), _summary(assaults)


def test_the_same_participants_on_another_day_are_another_act(extract_text):
    text = RAMMED + "The van struck the crowd on Thursday, a week after the fair opened."
    assaults = _assaults(extract_text, text)
    assert not _later_mentions(assaults, len(RAMMED)), _summary(assaults)


ARRIVED = "When President Ana Rojas arrived in Lima on Monday, she and the Peruvian leader had reasons to be cheerful. "


def _visits(extract_text, text):
    return [e for e in extract_text(text, published=PUBLISHED).events if e.event == "CONSULT"]


def test_a_place_naming_the_doer_is_no_other_occasion(extract_text):
    text = ARRIVED + "So when President Ana Rojas of Chile arrived in Lima for a short visit, trade was not on her mind."
    visits = _visits(extract_text, text)
    assert len(visits) == 1 and _later_mentions(visits, len(ARRIVED)) == ["arrived"], _summary(visits)


def test_another_venue_is_still_another_arrival(extract_text):
    text = ARRIVED + "So when President Ana Rojas of Chile arrived in Cusco for a short visit, trade was not on her mind."
    visits = _visits(extract_text, text)
    assert "arrived" not in _later_mentions(visits, len(ARRIVED)), _summary(visits)


ENDORSED = ("Chilean Senator Ana Lind on Tuesday became the first member of the Senate to endorse the mayoral bid of "
            "businesswoman Rosa Quispe. “Rosa has shown she can balance a budget,” Lind said in a statement. ")


def _endorsements(extract_text, text):
    return [e for e in extract_text(text, published=PUBLISHED).events if e.event == "SUPPORT"]


def test_a_quote_glad_to_do_the_told_act_is_its_mention(extract_text):
    text = ENDORSED + "“Our party stands behind her, and I am pleased to endorse her for mayor.”"
    supports = _endorsements(extract_text, text)
    assert len(supports) == 1 and _later_mentions(supports, len(ENDORSED)) == ["endorse"], _summary(supports)


def test_a_past_gladness_in_a_quote_is_another_act(extract_text):
    text = ENDORSED + "“I was proud to endorse her father when he ran.”"
    supports = _endorsements(extract_text, text)
    assert not _later_mentions(supports, len(ENDORSED)), _summary(supports)


def test_a_quote_glad_to_do_it_again_is_another_act(extract_text):
    text = ENDORSED + "“I am proud to endorse her again.”"
    supports = _endorsements(extract_text, text)
    assert not _later_mentions(supports, len(ENDORSED)), _summary(supports)
