"""One act told with the purpose it serves: the act done is the event, not the act wished for."""

from __future__ import annotations

PURPOSE_FIRST = ("To obtain the release of Ms. Varga and three other Hungarians jailed in Serbia, the Hungarian "
                 "government freed five Serbian men convicted of smuggling.")
PURPOSE_AFTER = "Sweden freed two Iranian prisoners on Sunday to win the release of Anna Berg."


def _retreats(record) -> list[tuple[str, str, list[str | None]]]:
    return [(e.trigger.text, e.assertion, [a.code for a in e.actors]) for e in record.events if e.event == "RETREAT"]


def test_the_release_done_is_kept_over_the_release_sought_before_it(extract_text):
    record = extract_text(PURPOSE_FIRST, published="2026-01-18")
    assert _retreats(record) == [("freed", "asserted", ["HUN"])]


def test_the_release_done_is_kept_over_the_release_sought_after_it(extract_text):
    record = extract_text(PURPOSE_AFTER, published="2026-01-18")
    assert _retreats(record) == [("freed", "asserted", ["SWE"])]


def test_an_infinitive_under_a_demand_never_stands_as_the_act_done(extract_text):
    # control: the strikes are asked for; their purpose infinitive takes its mood from the demand
    record = extract_text("Several senators have lobbied quietly for the Navy to launch missile strikes to destroy the "
                          "rebel airfields.", published="2026-01-18")
    assert not [e for e in record.events if e.event == "ASSAULT" and e.assertion == "asserted"]
