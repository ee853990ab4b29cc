"""Issue 15: a demand told as what a party's red line, condition or requirement *is* ("Washington's red line
is: no enrichment") is a REQUEST by that party, though no verb of asking is used. Invented sentences."""

from __future__ import annotations

from event_support import events_of as _events
from event_support import summary as _summary


def _requests(events):
    return [e for e in events if e.event == "REQUEST"]


def test_a_named_partys_red_line_is_its_demand(extract_text):
    events = _events(extract_text, 'On Tuesday, the envoy told a radio station that Spain\'s red line is: "No new tariffs."')
    requests = _requests(events)
    assert [(e.trigger.text, [a.code for a in e.actors]) for e in requests] == [("red line", ["ESP"])], _summary(events)
    assert requests[0].date is not None and requests[0].date.value == "2025-05-13"


def test_a_precondition_for_something_is_the_speakers_demand(extract_text):
    text = "Kenyan Foreign Minister Achieng Odhiambo said the precondition for any talks is a ceasefire in the north."
    requests = _requests(_events(extract_text, text))
    assert [(e.trigger.text, [a.code for a in e.actors]) for e in requests] == [("precondition", ["KEN"])]
    # what the copula says the demand is decides its issue
    assert "ceasefire" in requests[0].issues


def test_a_demand_naming_no_one_is_asked_of_the_other_side_of_the_talks(extract_text):
    text = ("Colombian and Venezuelan negotiators met in Havana on Monday. Venezuela wants the border reopened, "
            "and Colombia says Venezuela must expel the rebels. Colombia's bottom line is an end to the smuggling.")
    requests = _requests(_events(extract_text, text))
    line = [e for e in requests if e.trigger.text == "bottom line"]
    assert [([a.code for a in e.actors], [r.code for r in e.recipients]) for e in line] == [(["COL"], ["VEN"])], \
        _summary(requests)
    # a party named in what is demanded is the one asked
    named = _requests(_events(extract_text, "Colombia's condition is an apology from Ecuador, the minister said."))
    assert [[r.code for r in e.recipients] for e in named] == [["ECU"]], _summary(named)


def test_a_condition_that_is_nobodys_demand_or_not_asserted_is_no_request(extract_text):
    for text in ("The humanitarian condition of the prisoners is dire.",
                 "The two governments remain divided on several red lines.",
                 "The condition of the bridge is a concern for the engineers.",
                 "Spain's red line is not a ban on imports, the minister said.",
                 "Is Spain's red line a ban on imports?"):
        events = _events(extract_text, text)
        assert not _requests(events), (text, _summary(events))


def test_a_condition_a_modal_already_asks_is_one_request(extract_text):
    text = "Colombia's condition is that Ecuador must apologise, the minister said."
    requests = _requests(_events(extract_text, text))
    assert len(requests) == 1, _summary(requests)


def test_our_condition_is_the_speakers_demand_of_the_other_side(extract_text):
    text = ("Azerbaijan and Armenia are negotiating a peace deal. Azerbaijan wants the border demarcated, Armenia wants "
            'the troops gone. "Our condition is that the blockade ends," Armenian Foreign Minister Ararat Mirzoyan said.')
    requests = [e for e in _requests(_events(extract_text, text)) if e.trigger.text == "condition"]
    assert [([a.code for a in e.actors], [r.code for r in e.recipients]) for e in requests] == [(["ARM"], ["AZE"])], \
        _summary(requests)
    assert all(text[r.start:r.end] == r.text for e in requests for r in e.recipients)
