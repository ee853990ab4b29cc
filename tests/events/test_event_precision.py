"""Issue 14 precision on general news, one invented sentence each: a habit or standing stance, a passive
support or discussion with no doer, and a command are not acts told; their true counterparts stay."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _reported(events):
    return [e for e in events if e.reported]


@pytest.mark.parametrize("text", [
    "Police usually arrest protesters at the square.",
    "Voters consistently reject establishment candidates.",
    "Russia has long supported the Syrian government.",
    "The party has always opposed the tax.",
    "The senator regularly criticizes the ministry and calls for its closure.",
])
def test_a_habit_is_no_event(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events), _summary(events)


@pytest.mark.parametrize("text", [
    "Sweden has historically backed the rebels.",
    "Norway has played a key role in Chile's peace negotiations historically.",
    "Norway has long played a part in the talks between the rebels and Colombia.",
])
def test_what_a_lasting_stance_names_is_no_event(extract_text, text):
    # 'historically' tells a lasting stance as 'long' does; the talks a stance is about are named, not told
    events = _events(extract_text, text)
    assert not _reported(events), _summary(events)


@pytest.mark.parametrize("text", [
    "Norway played a key role in the talks between Colombia and the rebels on Saturday.",
    "Sweden historically backed the rebels in 1990.",
])
def test_a_told_act_beside_a_role_or_history_stays(extract_text, text):
    # no lasting adverb on the role, and a past verb with 'historically' is one act of its day
    assert _reported(_events(extract_text, text)), text


def test_a_habit_beside_a_told_act_is_no_event(extract_text):
    # the rockets are an act told; the retaliation a habit, neither an event nor an answer to the rockets
    events = _events(extract_text, "Hamas fired rockets at Israel on Monday. Israel often retaliated with air strikes.")
    assert [e.event for e in _reported(events)] == ["ASSAULT"] and "fired" in events[0].trigger.text, _summary(events)


@pytest.mark.parametrize("text, kind", [
    ("Police arrested protesters at the square on Monday.", "COERCE"),
    ("Russia supported the Syrian government's offensive on Monday.", "SUPPORT"),
    ("Long after the war ended, Russia supported the rebels.", "SUPPORT"),
    ("The senator usually talks to reporters, but on Monday the ministry rejected his plan.", "REJECT"),
    ("We have consistently urged the authorities to strengthen the rule of law, the embassy said.", "REQUEST"),
])
def test_a_single_act_stays(extract_text, text, kind):
    events = _events(extract_text, text)
    assert kind in {e.event for e in _reported(events)}, _summary(events)


@pytest.mark.parametrize("text", [
    "Several women were recognized for their work in the region.",
    "The details of the plan were discussed.",
])
def test_a_passive_support_or_discussion_without_doer_is_no_event(extract_text, text):
    events = _events(extract_text, text)
    assert not {"SUPPORT", "CONSULT"} & {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text, kind", [
    ("The plan was supported by France on Monday.", "SUPPORT"),
    ("Three people were detained after the shooting.", "COERCE"),
    ("The agreement was signed on Monday.", "SUPPORT"),  # manual 3.3: signing an agreement
])
def test_a_passive_with_a_doer_or_a_material_act_stays(extract_text, text, kind):
    events = _events(extract_text, text)
    assert kind in {e.event for e in _reported(events)}, _summary(events)


@pytest.mark.parametrize("text", [
    "Stop the attacks on civilians and release the prisoners.",
    "Do not attack the city.",
    "Meet the drones taking over parcel delivery in Norway.",
])
def test_a_command_is_not_reported_as_done(extract_text, text):
    events = _events(extract_text, text)
    assert not _reported(events), _summary(events)
    assert all(e.assertion == "demanded" for e in events), _summary(events)


def test_a_told_act_at_the_start_of_a_sentence_stays(extract_text):
    events = _events(extract_text, "Russia released the prisoners on Monday.")
    assert "RETREAT" in {e.event for e in _reported(events)}, _summary(events)


@pytest.mark.parametrize("text", [
    "Edward Rendell, a former governor, who supports Mrs. Clinton, spoke to reporters.",
    "Ken Dorsey, who is supporting Whitfield, asked about the budget.",
    "The senators, who oppose the bill, spoke to reporters.",
    "Democrats supporting Ms. Whitfield have pointed to Senator Amos as a peacemaker.",
])
def test_a_stance_describing_someone_is_no_event(extract_text, text):
    events = _events(extract_text, text)
    assert not {"SUPPORT", "REJECT"} & {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text, kind", [
    ("Tom Rath, who had endorsed Kasich, spoke to reporters.", "SUPPORT"),
    ("Republicans who opposed the bill on Monday walked out.", "REJECT"),
    ("France supports the plan, the minister said on Monday.", "SUPPORT"),
])
def test_a_stance_taken_stays(extract_text, text, kind):
    events = _events(extract_text, text)
    assert kind in {e.event for e in _reported(events)}, _summary(events)


@pytest.mark.parametrize("text", [
    "A new study supports the government's claim about the border.",
    "Her candidacy and her proposals have defied all precedents.",
    "The proposed deal gives in to Chinese lawfare.",
    "The minister cited a poll that supports the plan.",
])
def test_a_work_or_plan_as_doer_is_no_event(extract_text, text):
    events = _events(extract_text, text)
    assert not {"ACCUSE", "REJECT", "CONCEDE", "REQUEST"} & {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text, kind", [
    ("Amnesty accused the army of torture in a report on Monday.", "ACCUSE"),
    ("The ministry's statement rejected the claims.", "REJECT"),
    ("The two sides met on Monday to discuss a plan that calls for a ceasefire.", "CONSULT"),
])
def test_a_party_acting_through_a_text_stays(extract_text, text, kind):
    events = _events(extract_text, text)
    assert kind in {e.event for e in _reported(events)}, _summary(events)


def test_a_speech_given_in_a_place_is_no_concession(extract_text):
    events = _events(extract_text, "On Tuesday she gave a fiery speech in New Mexico.")
    assert "CONCEDE" not in {e.event for e in events}, _summary(events)


def test_giving_in_is_a_concession(extract_text):
    events = _events(extract_text, "The government gave in to the protesters' demands on Tuesday.")
    assert "CONCEDE" in {e.event for e in _reported(events)}, _summary(events)


@pytest.mark.parametrize("text, kind", [
    ("Both Trump and Ryan are meeting next week to talk about the party.", "CONSULT"),
    ("Russia said it is sending troops to the border next week.", "MOBILIZE"),
    ("Senate Budget Meeting Scheduled For Next Week.", "CONSULT"),
])
def test_an_act_placed_ahead_is_not_reported_as_held(extract_text, text, kind):
    # as with "will": the act is to come (future cooperation is coded AGREE, the promise, manual 2.3)
    events = _events(extract_text, text)
    assert kind not in {e.event for e in _reported(events)}, _summary(events)


@pytest.mark.parametrize("text, kind", [
    ("Ukraine and Russia are holding talks in Istanbul this week.", "CONSULT"),
    ("Trump and Ryan met on Monday to talk about the party.", "CONSULT"),
    ("The opposition leader is calling for the election of a new government within the next two years.", "REQUEST"),
])
def test_an_act_under_way_or_done_stays(extract_text, text, kind):
    events = _events(extract_text, text)
    assert kind in {e.event for e in _reported(events)}, _summary(events)
