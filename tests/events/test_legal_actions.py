"""Legal action told as a filing, a petition to a court or a trial (PLOVER 2.0 manual 3.9, ACCUSE 'allege': "sue,
indict, or charge; bring to trial"): triggers.tsv's legal lines and a filing told in a participle on its own
noun (dedupe.py, frames.json ``filed_nouns``). Invented sentences, one construction each."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _allegations(events):
    return [e for e in events if e.event == "ACCUSE" and e.mode == "allege"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The fishermen's union filed a lawsuit against the port authority on Monday.", "filed"),
    ("Lawyers for the former mayor filed a complaint with the electoral board against the governor.", "filed"),
    ("The prosecutor brought charges against three customs officers in March.", "brought"),
    ("The teachers' association petitioned the Supreme Court to halt the closures.", "petitioned"),
    ("The junta put the former president on trial.", "put"),
])
def test_a_legal_action_is_an_allegation(extract_text, text, trigger):
    found = _allegations(_events(extract_text, text))
    assert [e.trigger.text for e in found] == [trigger], _summary(_events(extract_text, text))
    assert found[0].modality == "asserted" and not found[0].negated


@pytest.mark.parametrize("text", [
    "One suit, filed last week in the district court, seeks to stop the transfers.",
    "A lawsuit was filed against the provincial governor on Monday.",
])
def test_a_filing_told_without_its_filer_is_still_reported(extract_text, text):
    found = _allegations(_events(extract_text, text))
    assert [e.trigger.text for e in found] == ["filed"], _summary(_events(extract_text, text))


@pytest.mark.parametrize("text", [
    "The teachers' association petitioned the ministry to reopen the school.",  # a plea to a ministry, no court
    "The committee put the plan on hold until spring.",  # "put" with no trial
    "The report filed last week by the inspectors found no violations.",  # a report, no legal action
    "Residents signed a petition calling for a new bridge.",
])
def test_petitions_reports_and_other_puts_are_no_allegation(extract_text, text):
    events = _events(extract_text, text)
    assert not _allegations(events), _summary(events)


def test_a_suit_filed_and_its_allegation_are_one_act(extract_text):
    # a VOA dev sentence (Voice of America, public domain), where both the filing and the allegation are triggers
    text = ("An earlier lawsuit filed in February alleged the U.S. government had prevented family members and lawyers "
            "from contacting the detainees.")
    found = _allegations(_events(extract_text, text))
    assert len(found) == 1, _summary(found)
