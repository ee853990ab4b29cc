"""Issue 14 recall: events the rules found but lost, one invented sentence per construction. An event noun
is part of the verb that governs it only when that verb reports an event; a light-verb clause on an
event noun names its doer; an event noun placed or timed by "be" is an occurrence; holding people in
custody is detaining them."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _codes(events, event_type):
    """The actor codes of each event of a type."""
    return [{a.code for a in e.actors} for e in events if e.event == event_type]


def test_an_event_noun_under_a_verb_that_is_no_event_is_an_event_of_its_own(extract_text):
    # "declined" here is a decrease, no refusal: the agreement it governs is not part of it
    events = _events(extract_text, "The number of refugees in the camp declined to 230,000 after a 2013 agreement "
                                   "among Kenya, Somalia and the United Nations.")
    assert any({"KEN", "SOM"} <= codes for codes in _codes(events, "AGREE")), _summary(events)


def test_an_event_noun_under_a_verb_that_is_an_event_stays_part_of_it(extract_text):
    events = _events(extract_text, "Israel condemned the attack on Monday.")
    assert [e.event for e in events] == ["ACCUSE"], _summary(events)


def test_a_light_verb_clause_names_the_doer_of_the_event_noun_it_modifies(extract_text):
    events = _events(extract_text, "Some officials are hinting at reducing the sanctions Washington has imposed on Moscow.")
    assert {"USA"} in _codes(events, "SANCTION"), _summary(events)
    events = _events(extract_text, "The attacks carried out by Boko Haram killed 20 people in Borno.")
    assert any("NGA" in codes for codes in _codes(events, "ASSAULT")), _summary(events)


def test_a_clause_whose_subject_is_the_event_noun_names_no_doer(extract_text):
    # the sanctions hurt the economy: the clause says what they did, not who imposed them
    events = _events(extract_text, "Washington has lifted the sanctions that hurt the economy.")
    assert "SANCTION" not in {e.event for e in events}, _summary(events)


def test_holding_people_in_custody_is_detaining_them(extract_text):
    for text in ("Lai has been held in solitary confinement in Hong Kong since late 2020.",
                 "Police in Nairobi kept the activists in custody overnight."):
        events = _events(extract_text, text)
        assert ("COERCE", "arrest") in {(e.event, e.mode) for e in events}, (text, _summary(events))


def test_holding_talks_or_a_vote_is_no_detention(extract_text):
    for text in ("The talks were held in Geneva on Monday.", "Kenya held a referendum in 2010."):
        events = _events(extract_text, text)
        assert "COERCE" not in {e.event for e in events}, (text, _summary(events))



def test_an_event_noun_placed_and_timed_by_be_is_an_occurrence(extract_text):
    text = "Trump met Kim Jong Un of North Korea in Singapore in 2018. Their second summit was in February 2019 in Hanoi."
    events = _events(extract_text, text)
    summits = [e for e in events if e.trigger.text == "summit"]
    assert summits and summits[0].event == "CONSULT", _summary(events)
    # Hanoi is where they met, not who met
    assert "VNM" not in {a.code for a in summits[0].actors}, _summary(events)


def test_an_event_noun_described_by_be_is_no_occurrence(extract_text):
    for text in ("The talks were productive.", "The attack was in retaliation for the killing of a commander."):
        assert not _events(extract_text, text), text


def test_a_detention_told_in_a_participle_on_its_detainee_is_an_event(extract_text):
    # the arrest is first told as a modifier of the journalist; the doer (the state) is not named
    text = "A court in Harare on Wednesday adjourned the case of a journalist arrested over his interviews with a politician."
    events = _events(extract_text, text)
    assert ("COERCE", "arrested") in {(e.event, e.trigger.text) for e in events if e.modality == "asserted"}, _summary(events)


def test_a_participle_naming_a_kind_is_no_detention(extract_text):
    # no adjunct of its own: "detained migrants" names people, tells no act
    events = _events(extract_text, "Lawyers for detained migrants met the judge.")
    assert "COERCE" not in {e.event for e in events}, _summary(events)


def test_criticism_in_other_words_is_an_accusation(extract_text):
    # "mocked", "assailed", "lashed out at": criticising another party (manual: ACCUSE, disapprove)
    for sentence, target in (("The Russian foreign minister on Tuesday mocked the European Union over its new sanctions.", "EUR"),
                             ("The Chinese ambassador assailed Japan's plan to release the water on Monday.", "JPN"),
                             ("The Indian prime minister lashed out at Pakistan over the attack on Friday.", "PAK")):
        events = _events(extract_text, sentence)
        accusations = [e for e in events if e.event == "ACCUSE" and e.mode == "disapprove"]
        assert accusations, (sentence, _summary(events))
        assert target in {r.code for e in accusations for r in e.recipients + e.actors}, (sentence, _summary(events))
