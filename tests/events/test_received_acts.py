"""Acts received from a named giver (issue 14 item 1, frames.json receiving_verbs): "X received aid from Y" is Y's
AID to X, as PLOVER codes the provider as actor; the subject of the receiving verb is the recipient."""

from __future__ import annotations

from tests.events.event_support import events_of


def _parties(events, event_type):
    return [([(a.text, a.code) for a in e.actors], [(r.text, r.code) for r in e.recipients])
            for e in events if e.event == event_type]


def test_aid_received_from_a_country_is_that_countrys_aid(extract_text):
    found = _parties(events_of(extract_text, "Kenya received military aid from the United States on Monday."), "AID")
    assert found == [([("United States", "USA")], [("Kenya", "KEN")])], found


def test_support_won_from_a_bloc_is_the_blocs_support(extract_text):
    found = _parties(events_of(extract_text, "Ukraine won support from the European Union on Monday."), "SUPPORT")
    assert found == [([("European Union", "EUR")], [("Ukraine", "UKR")])], found


def test_the_support_of_a_group_is_given_by_that_group(extract_text):
    text = "Prime Minister Ana Silva of Portugal won the backing of the Spanish government on Tuesday."
    found = _parties(events_of(extract_text, text), "SUPPORT")
    assert found and all(("Ana Silva", "PRT") not in actors for actors, _ in found), found
    assert all(any(code == "PRT" for _, code in recipients) for _, recipients in found), found
