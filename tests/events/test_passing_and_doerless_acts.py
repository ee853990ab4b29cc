"""Acts named in passing inside another noun's phrase, and acts whose doer is denied (issue 14 items 3 and 4).

Invented sentences of the constructions found on fresh PolNeAR train draws (session 15, seeds 150131-150133).
"""

from __future__ import annotations

from tests.events.event_support import events_of, summary


def reported(events):
    """The events a timeline or count shows: asserted or historical, not negated."""
    return [e for e in events if e.modality in ("asserted", "historical") and not e.negated]


def test_agreement_named_in_passing_is_no_event(extract_text):
    events = events_of(extract_text, "Lawmakers argued about the fate of the Iran deal.")
    assert not reported(events), summary(events)


def test_probe_named_in_passing_is_no_event(extract_text):
    events = events_of(extract_text, "Everything hinges on the result of the FBI probe.")
    assert not reported(events), summary(events)


def test_act_named_in_passing_after_the_act_told_is_no_second_event(extract_text):
    text = "Iran and France signed a trade deal on Monday. Critics questioned the cost of the deal for farmers."
    events = reported(events_of(extract_text, text))
    assert len(events) == 1 and events[0].sentence.text.startswith("Iran"), summary(events)


def test_not_one_doer_is_no_doer(extract_text):
    events = events_of(extract_text, "Not one of the ministers criticized the plan.")
    assert not reported(events), summary(events)


def test_not_all_doers_still_act(extract_text):
    events = events_of(extract_text, "Not all of the ministers criticized the plan.")
    assert [e.event for e in reported(events)] == ["ACCUSE"], summary(events)


def test_none_shared_by_coordinated_verb(extract_text):
    events = events_of(extract_text, "None of the senators will come out and endorse the governor.")
    assert not reported(events), summary(events)


def test_not_signed_so_far_is_no_refusal(extract_text):
    for text in ("Iran has not yet signed the deal.", "Iran hasn't signed the deal yet."):
        events = events_of(extract_text, text)
        assert not any(e.event == "REJECT" for e in events), summary(events)
        assert not reported(events), summary(events)


def test_not_supporting_now_is_still_a_refusal(extract_text):
    events = events_of(extract_text, "Iran does not support the resolution.")
    assert [e.event for e in reported(events)] == ["REJECT"], summary(events)


def test_coordinated_verb_shares_the_negated_auxiliary(extract_text):
    events = events_of(extract_text, "Kenya did not request or receive military aid from Britain.")
    assert not reported(events), summary(events)


def test_contrasted_verb_keeps_its_own_standing(extract_text):
    events = events_of(extract_text, "The army did not attack the village but shelled the town.")
    assert [e.trigger.text for e in reported(events)] == ["shelled"], summary(events)
    text = "Ames argued that the club should not back Lopez and instead support Reyes."
    assert not any(e.event == "REJECT" for e in events_of(extract_text, text))
