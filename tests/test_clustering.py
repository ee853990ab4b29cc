"""One event, many reports: clustering events across articles (issue 15's rules, in memory)."""

from __future__ import annotations

import datetime as dt

import pytest

from clustering_reference import cluster_events
from accord.corpus.clustering import (
    Candidate,
    ClusterTraits,
    EventReport,
    anchors,
    best_cluster,
    city,
    pair_fits,
    report_from,
    trigger_facet,
)
from accord.knowledge.name_variants import person_key
from accord.records import ActorRef, ArticleRecord, Event, EventDate, Location, Quantity, Span

TEXT = "Russia and Ukraine held talks in Istanbul."
EXPERT_TEXT = "Russia and Ukraine held expert-level talks in Istanbul."


def _event(eid: str, kind: str, codes: list[str], date: str | None, place: str | None = None,
           negated: bool = False, modality: str = "asserted", mode: str | None = None, text: str = TEXT,
           issues: list[str] | None = None, quantities: list[float] | None = None) -> Event:
    actors = [ActorRef(text="Russia", start=0, end=6, code=code) for code in codes]
    start = text.index("talks")
    return Event(
        id=eid, event=kind, actors=actors, negated=negated, modality=modality, mode=mode,
        date=EventDate(value=date, granularity="day" if len(date) == 10 else "month") if date else None,
        location=Location(name=place) if place else None,
        trigger=Span.of(text, start, start + len("talks")), sentence=Span.of(text, 0, len(text)),
        issues=issues or [], quantities=[Quantity(value=v, text=str(v)) for v in quantities or []],
    )


def _article(aid: str, *events: Event, published: str | None = None) -> ArticleRecord:
    return ArticleRecord(id=aid, source=aid, language="en", events=list(events), published=published)


def _clusters(*records: ArticleRecord) -> set[frozenset[str]]:
    return {frozenset(c.reports) for c in cluster_events(records)}


def test_reports_of_the_same_talks_merge():
    a = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul"))
    b = _article("b", _event("e1", "CONSULT", ["UKR"], "2025-05-16", "Istanbul"))
    c = _article("c", _event("e4", "CONSULT", ["RUS"], "2025-05-17", None))
    assert _clusters(a, b, c) == {frozenset({"a:e1", "b:e1", "c:e4"})}


def test_different_type_place_date_pair_negation_or_assertion_stay_apart():
    base = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul"))
    others = [
        _article("b", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-16", "Istanbul")),
        _article("c", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Riyadh")),
        _article("d", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-20", "Istanbul")),
        _article("e", _event("e1", "CONSULT", ["USA", "CHN"], "2025-05-16", "Istanbul")),
        _article("f", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul", negated=True)),
        _article("g", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul", modality="hypothetical")),
        _article("h", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul", mode="phone")),
    ]
    clusters = _clusters(base, *others)
    assert len(clusters) == 8
    assert all(len(c) == 1 for c in clusters)


def test_another_pair_never_joins_but_a_mediator_beside_the_pair_does():
    talks = _article("a", _event("e1", "CONSULT", ["IRN", "USA"], "2025-04-12"))
    with_mediator = _article("b", _event("e1", "CONSULT", ["IRN", "USA", "OMN"], "2025-04-12"))
    call = _article("c", _event("e1", "CONSULT", ["USA", "OMN"], "2025-04-12"))
    host = _article("d", _event("e1", "CONSULT", ["IRN", "OMN"], "2025-04-12"))
    assert _clusters(talks, with_mediator, call, host) == {
        frozenset({"a:e1", "b:e1"}), frozenset({"c:e1"}), frozenset({"d:e1"})}


def test_a_report_joins_the_best_cluster_only_and_never_bridges_two():
    a = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-14", "Istanbul"))
    b = _article("b", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul"))
    bridge = _article("e", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-15", "Istanbul"))
    exact = _article("f", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", None))
    clusters = _clusters(a, b, bridge, exact)
    assert len(clusters) == 2
    assert frozenset({"b:e1", "f:e1"}) in clusters  # the nearest date wins


def test_trigger_facet_keeps_the_experts_talks_apart_from_the_round():
    expert = _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul", text=EXPERT_TEXT)
    assert trigger_facet(expert) == "expert"
    assert trigger_facet(_event("e1", "CONSULT", ["RUS"], None)) == ""
    round_ = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul"))
    assert _clusters(round_, _article("b", expert)) == {frozenset({"a:e1"}), frozenset({"b:e1"})}


def test_undated_re_mention_joins_its_articles_news_event_not_a_recalled_one():
    a = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16"),
                 _event("e2", "CONSULT", ["RUS", "UKR"], None), _event("e3", "CONSULT", ["UKR"], None),
                 published="2025-05-16")
    assert _clusters(a) == {frozenset({"a:e1", "a:e2", "a:e3"})}
    reports = [report_from("b", "2025-05-30", event) for event in (
        _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16"), _event("e2", "CONSULT", ["RUS", "UKR"], None),
        _event("e3", "CONSULT", ["RUS", "UKR", "TUR"], "2025-05-29"), _event("e4", "CONSULT", ["TUR"], None))]
    # e1 is recalled (two weeks before publication): not an anchor; e4 re-mentions e3's meeting.
    assert anchors(reports) == [None, None, None, 2]


def test_dated_report_finds_the_undated_report_published_before_it():
    early = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], None), published="2025-05-16")
    dated = _article("b", _event("e1", "CONSULT", ["RUS", "UKR", "TUR"], "2025-05-16"), published="2025-05-17")
    one_party = _article("c", _event("e1", "CONSULT", ["RUS", "USA"], "2025-05-16"), published="2025-05-17")
    assert _clusters(early, dated, one_party) == {frozenset({"a:e1", "b:e1"}), frozenset({"c:e1"})}


def test_undated_report_joins_the_one_recent_dated_event():
    a = _article("a", _event("e1", "AGREE", ["ISR", "PSE"], "2025-01-15"), published="2025-01-16")
    b = _article("b", _event("e2", "AGREE", ["PSE"], None), published="2025-01-17")
    too_late = _article("c", _event("e1", "AGREE", ["PSE"], None), published="2025-01-25")
    assert _clusters(a, b, too_late) == {frozenset({"a:e1", "b:e2"}), frozenset({"c:e1"})}
    [merged] = [c for c in cluster_events([a, b]) if len(c.reports) == 2]
    assert merged.date == "2025-01-15"


def test_undated_report_with_two_candidate_events_joins_the_latest_news_or_stays_alone():
    a = _article("a", _event("e1", "AGREE", ["ISR", "PSE"], "2025-01-15"), published="2025-01-15")
    b = _article("b", _event("e1", "AGREE", ["ISR", "PSE"], "2025-01-13"), published="2025-01-13")
    c = _article("c", _event("e1", "AGREE", ["ISR", "PSE"], None), published="2025-01-16")
    assert frozenset({"a:e1", "c:e1"}) in _clusters(a, b, c)
    # Two events of its parties on the latest day: which one it reports is unknown, it stays alone.
    other = _article("d", _event("e1", "AGREE", ["ISR", "PSE"], "2025-01-15", issues=["ceasefire"]), published="2025-01-15")
    first = _article("a", _event("e1", "AGREE", ["ISR", "PSE"], "2025-01-15", issues=["prisoner_exchange"]),
                     published="2025-01-15")
    assert frozenset({"c:e1"}) in _clusters(first, other, c)


def test_two_agreements_of_one_day_stay_apart_by_issue_or_quantity():
    swap = _article("a", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-16", issues=["prisoner_exchange"],
                                quantities=[1000]))
    truce = _article("b", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-16", issues=["ceasefire"]))
    other_swap = _article("c", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-16", issues=["prisoner_exchange"],
                                      quantities=[6000]))
    same_swap = _article("d", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-16", issues=["prisoner_exchange"]))
    assert _clusters(swap, truce, other_swap, same_swap) == {
        frozenset({"a:e1", "d:e1"}), frozenset({"b:e1"}), frozenset({"c:e1"})}


def test_month_granularity_reports_merge_within_the_month():
    a = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2022-03"))
    b = _article("b", _event("e7", "CONSULT", ["UKR"], "2022-03"))
    c = _article("c", _event("e2", "CONSULT", ["UKR"], "2022-04"))
    assert _clusters(a, b, c) == {frozenset({"a:e1", "b:e7"}), frozenset({"c:e2"})}


def test_a_country_is_no_place_conflict_but_two_cities_are():
    assert city("Oman") is None and city("Muscat") == "muscat"
    a = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Turkey"))
    b = _article("b", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Istanbul"))
    c = _article("c", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-16", "Geneva"))
    assert _clusters(a, b, c) == {frozenset({"a:e1", "b:e1"}), frozenset({"c:e1"})}


def test_the_finer_assertion_field_wins_over_modality_when_present():
    held = _event("e1", "AGREE", ["RUS"], "2025-05-16")
    demanded = held.model_copy(update={"modality": "hypothetical", "assertion": "demanded"})
    assert report_from("a", None, demanded).assertion == "demanded"
    assert report_from("a", None, held).assertion == "asserted"
    assert report_from("a", None, demanded).facet != report_from("a", None, held).facet


@pytest.mark.parametrize(("codes", "pair", "fits"), [
    ({"IRN"}, {"IRN", "USA"}, True), ({"IRN", "USA"}, {"IRN"}, True), ({"IRN", "USA", "OMN"}, {"IRN", "USA"}, True),
    ({"IRN", "OMN"}, {"IRN", "USA"}, False), ({"USA", "OMN"}, {"IRN", "USA"}, False), (set(), {"IRN"}, False),
    ({"IRN", "USA", "OMN", "RUS"}, {"IRN", "USA"}, False),
])
def test_pair_fits(codes, pair, fits):
    assert pair_fits(frozenset(codes), frozenset(pair)) is fits


def _report(day: str | None, codes: tuple[str, ...] = ("RUS", "UKR"), published: str = "2025-05-17") -> EventReport:
    return EventReport("x", "e1", "CONSULT", False, frozenset(codes), dt.date.fromisoformat(day) if day else None,
                       None, None, dt.date.fromisoformat(published))


def _candidate(cluster: int, date: str, pair: tuple[str, ...] = ("RUS", "UKR"), granularity: str = "day") -> Candidate:
    return Candidate(cluster, date, ClusterTraits(frozenset(pair)), granularity)


@pytest.mark.parametrize(("report", "candidates", "expected"), [
    (_report("2025-05-16"), [_candidate(1, "2025-05-15")], 1),
    (_report("2025-05-16"), [_candidate(2, "2025-05-15"), _candidate(1, "2025-05-16")], 1),  # nearest date
    (_report("2025-05-16"), [_candidate(1, "2025-05-16", ("RUS",)), _candidate(2, "2025-05-16")], 2),  # exact pair
    (_report("2025-05-16"), [_candidate(1, "2025-05-16", ("USA", "UKR"))], None),  # another pair
    (_report(None), [_candidate(1, "2025-05-16")], 1),
    (_report(None), [_candidate(1, "2025-05-16", ("RUS",)), _candidate(2, "2025-05-15", ("UKR",))], None),  # two
    (_report(None), [_candidate(1, "2025-05-16", ("RUS",)), _candidate(2, "2025-05-15")], 2),  # one exact of two
    (_report("2025-05-16"), [_candidate(1, "2025-05-17", granularity="undated")], 1),
    (_report("2025-05-16"), [_candidate(1, "2025-05-17", ("RUS",), granularity="undated")], None),  # weak
])
def test_best_cluster(report, candidates, expected):
    assert best_cluster(report, candidates) == expected


def _named(eid: str, kind: str, people: list[tuple[str, str]], date: str | None) -> Event:
    """An event whose participants are named people: (name, code)."""
    actors = [ActorRef(text=name, start=0, end=6, name=name, code=code) for name, code in people]
    start = TEXT.index("talks")
    return Event(id=eid, event=kind, actors=actors, trigger=Span.of(TEXT, start, start + 5),
                 date=EventDate(value=date, granularity="day") if date else None)


def test_a_party_represented_by_another_person_is_another_meeting():
    """The minister received by the president one day, by the foreign minister the next: two meetings."""
    president = _article("a", _named("e1", "CONSULT", [("Vladimir Putin", "RUS"), ("Abbas Araghchi", "IRN")],
                                     "2025-04-17"), published="2025-04-17")
    minister = _article("b", _named("e1", "CONSULT", [("Sergei Lavrov", "RUS"), ("Abbas Araghchi", "IRN")],
                                    "2025-04-18"), published="2025-04-18")
    again = _article("c", _named("e1", "CONSULT", [("Vladimir Putin", "RUS")], "2025-04-17"), published="2025-04-18")
    assert _clusters(president, minister, again) == {frozenset({"a:e1", "c:e1"}), frozenset({"b:e1"})}
    # A role, not a name, is no person: it fits either.
    assert report_from("x", None, _named("e1", "CONSULT", [("Iranian counterpart", "IRN")], None)).persons == frozenset()


def test_undated_report_of_two_parties_never_joins_a_meeting_of_three():
    three = _article("a", _event("e1", "CONSULT", ["IRN", "RUS", "USA"], "2025-04-17"), published="2025-04-17")
    two = _article("b", _event("e1", "CONSULT", ["IRN", "RUS"], None), published="2025-04-18")
    assert _clusters(three, two) == {frozenset({"a:e1"}), frozenset({"b:e1"})}


def test_undated_report_of_two_parties_never_joins_one_partys_event():
    """Iran's talks of Tuesday (the other side unnamed) are not thereby Iran's undated meeting with Russia."""
    one = _article("a", _event("e1", "CONSULT", ["IRN"], "2025-04-15", issues=["nuclear_programme"]), published="2025-04-15")
    two = _article("b", _event("e1", "CONSULT", ["IRN", "RUS"], None, issues=["nuclear_programme"]), published="2025-04-18")
    alone = _article("c", _event("e1", "CONSULT", ["IRN"], None, issues=["nuclear_programme"]), published="2025-04-17")
    assert _clusters(one, two, alone) == {frozenset({"a:e1", "c:e1"}), frozenset({"b:e1"})}


def test_two_undated_reports_of_the_same_parties_and_day_meet():
    first = _article("a", _event("e1", "AGREE", ["IRN", "USA"], None), published="2025-04-12")
    second = _article("b", _event("e1", "AGREE", ["USA", "IRN"], None), published="2025-04-12")
    one_party = _article("c", _event("e1", "AGREE", ["USA"], None), published="2025-04-12")
    later = _article("d", _event("e1", "AGREE", ["IRN", "USA"], None), published="2025-04-20")
    assert _clusters(first, second, one_party, later) == {
        frozenset({"a:e1", "b:e1"}), frozenset({"c:e1"}), frozenset({"d:e1"})}


def test_mediated_talks_are_the_talks_but_a_phone_call_is_not():
    talks = _article("a", _event("e1", "CONSULT", ["IRN", "USA"], "2025-05-01"))
    mediated = _article("b", _event("e1", "CONSULT", ["IRN"], "2025-05-01", mode="third-party"))
    call = _article("c", _event("e1", "CONSULT", ["IRN", "USA"], "2025-05-01", mode="phone"))
    assert _clusters(talks, mediated, call) == {frozenset({"a:e1", "b:e1"}), frozenset({"c:e1"})}


def test_an_article_that_dates_two_demands_on_two_days_tells_them_apart():
    """The envoy's cap on Monday and his reversal on Tuesday, both dated by every article: two demands."""
    first = _article("a", _event("e1", "REQUEST", ["IRN", "USA"], "2025-04-14"), published="2025-04-14")
    both = _article("b", _event("e1", "REQUEST", ["IRN", "USA"], "2025-04-15"),
                    _event("e2", "REQUEST", ["IRN", "USA"], "2025-04-14"), published="2025-04-16")
    again = _article("c", _event("e1", "REQUEST", ["IRN", "USA"], "2025-04-15"),
                     _event("e2", "REQUEST", ["IRN", "USA"], "2025-04-14"), published="2025-04-16")
    clusters = _clusters(first, both, again)
    assert {frozenset({"a:e1", "b:e2", "c:e2"}), frozenset({"b:e1", "c:e1"})} == clusters


def test_an_undated_demand_leading_its_article_is_no_re_mention_of_a_dated_one_after_it():
    """Tuesday's paper leads with an undated demand and recalls Monday's dated one: two demands, and
    Tuesday's dated reports elsewhere join the undated news of their day, not Monday's."""
    paper = _article("a", _event("e1", "REQUEST", ["IRN", "USA"], None),
                     _event("e2", "REQUEST", ["IRN", "USA"], "2025-04-14"), published="2025-04-15")
    reports = [report_from("a", "2025-04-15", event) for event in paper.events]
    assert anchors(reports) == [None, None]
    later = _article("b", _event("e1", "REQUEST", ["IRN", "USA"], "2025-04-15"),
                     _event("e2", "REQUEST", ["IRN", "USA"], "2025-04-14"), published="2025-04-16")
    assert _clusters(paper, later) == {frozenset({"a:e1", "b:e1"}), frozenset({"a:e2", "b:e2"})}
    # A re-mention after its dated antecedent still anchors on it, and talks anchor in either order.
    recalled = [report_from("c", "2025-04-15", _event(f"e{i}", "REQUEST", ["IRN", "USA"], day))
                for i, day in enumerate(("2025-04-14", None))]
    assert anchors(recalled) == [None, 0]
    talks = [report_from("d", "2025-04-12", _event(f"e{i}", "CONSULT", ["IRN", "USA"], day))
             for i, day in enumerate((None, "2025-04-12"))]
    assert anchors(talks) == [1, None]
    # An agreement, done once, is re-mentioned in either order: the undated lede and the dated body.
    deal = [report_from("e", "2025-04-13", _event(f"e{i}", "AGREE", ["IRN", "USA"], day))
            for i, day in enumerate((None, "2025-04-12"))]
    assert anchors(deal) == [1, None]


def test_a_month_and_one_party_name_no_one_event():
    """Two one-party reports dated only "in April" are not thereby one meeting."""
    a = _article("a", _event("e1", "CONSULT", ["IRN"], "2025-04"), published="2025-04-16")
    b = _article("b", _event("e1", "CONSULT", ["IRN"], "2025-04"), published="2025-04-19")
    assert _clusters(a, b) == {frozenset({"a:e1"}), frozenset({"b:e1"})}


def test_facet_words_tell_meetings_apart_not_agreements():
    """'agreed to hold expert-level talks' is the round's agreement, however another outlet words it."""
    text = "Iran and the US agreed to hold expert-level talks."
    start = text.index("agreed")
    agreement = Event(id="e1", event="AGREE", actors=[ActorRef(text="Iran", start=0, end=4, code="IRN")],
                      trigger=Span.of(text, start, start + len("agreed")), sentence=Span.of(text, 0, len(text)),
                      date=EventDate(value="2025-04-19", granularity="day"))
    assert trigger_facet(agreement) == "expert"
    assert report_from("a", None, agreement).facet_word == ""
    plain = _event("e1", "AGREE", ["IRN", "USA"], "2025-04-19")
    assert _clusters(_article("a", agreement), _article("b", plain)) == {frozenset({"a:e1", "b:e1"})}


def test_a_report_dated_only_by_its_publication_month_meets_the_undated_news_of_its_day():
    """"agreed in April" published 12 April, and an undated "agreed" of the same parties that day: one agreement."""
    undated = _article("a", _event("e1", "AGREE", ["IRN", "USA"], None), published="2025-04-12")
    month = _article("b", _event("e1", "AGREE", ["IRN", "USA"], "2025-04"), published="2025-04-12")
    elsewhere = _article("c", _event("e1", "AGREE", ["IRN", "USA"], "2025-03"), published="2025-04-12")
    one_party = _article("d", _event("e1", "AGREE", ["USA"], "2025-04"), published="2025-04-12")
    assert _clusters(undated, one_party, month, elsewhere) == {
        frozenset({"a:e1", "b:e1"}), frozenset({"c:e1"}), frozenset({"d:e1"})}


def _stated(eid: str, kind: str, speaker: str | None, date: str | None, codes: tuple[str, ...] = ("RUS",),
            issues: tuple[str, ...] = ("ceasefire",)) -> Event:
    """A position stated by ``speaker`` (a known person, or None for a party named without one)."""
    event = _event(eid, kind, list(codes), date, issues=list(issues))
    if speaker is not None:
        event.actors = [ActorRef(text=speaker, start=0, end=6, name=speaker, code=codes[0]), *event.actors[1:]]
    return event


def test_a_position_one_person_states_undated_in_two_papers_of_one_day_is_one_event():
    undated = _article("a", _stated("e1", "REJECT", "Sergei Lavrov", None), published="2025-05-16")
    dated = _article("b", _stated("e1", "REJECT", "Sergei Lavrov", "2025-05-16"), published="2025-05-16")
    later = _article("c", _stated("e1", "REJECT", "Sergei Lavrov", None), published="2025-05-17")
    assert _clusters(undated, dated, later) == {frozenset({"a:e1", "b:e1", "c:e1"})}
    # Without a person named stating it both times, one party's undated position names no one event ...
    unnamed = _article("b", _stated("e1", "REJECT", None, "2025-05-16"), published="2025-05-16")
    assert len(_clusters(undated, unnamed)) == 2
    # ... nor does another person's, another object, or a meeting (not a position stated).
    other = _article("b", _stated("e1", "REJECT", "Vladimir Putin", "2025-05-16"), published="2025-05-16")
    assert len(_clusters(undated, other)) == 2
    topic = _article("b", _stated("e1", "REJECT", "Sergei Lavrov", "2025-05-16", issues=("sanctions",)),
                     published="2025-05-16")
    assert len(_clusters(undated, topic)) == 2
    meeting = _article("a", _stated("e1", "CONSULT", "Sergei Lavrov", None), published="2025-05-16")
    met = _article("b", _stated("e1", "CONSULT", "Sergei Lavrov", "2025-05-16"), published="2025-05-16")
    assert len(_clusters(meeting, met)) == 2


def test_a_position_told_as_the_states_own_joins_its_ministers_on_the_same_object():
    """"Iran entered the talks saying enrichment is non-negotiable" (the country named as itself,
    undated) is the position its minister stated in yesterday's paper; not on another object, nor when
    the party is told by another of its actors or by no name at all."""
    minister = _article("a", _stated("e1", "REJECT", "Sergei Lavrov", None), published="2025-05-16")
    state = _article("b", _stated("e1", "REJECT", "Russia", None), published="2025-05-17")
    assert _clusters(minister, state) == {frozenset({"a:e1", "b:e1"})}
    other_object = _article("b", _stated("e1", "REJECT", "Russia", None, issues=("sanctions",)), published="2025-05-17")
    no_object = _article("b", _stated("e1", "REJECT", "Russia", None, issues=()), published="2025-05-17")
    unnamed = _article("b", _stated("e1", "REJECT", None, None), published="2025-05-17")
    ministry = _article("b", _stated("e1", "REJECT", "Russian Defence Ministry", None), published="2025-05-17")
    met = _article("b", _stated("e1", "CONSULT", "Russia", None), published="2025-05-17")
    for control in (other_object, no_object, unnamed, ministry, met):
        assert len(_clusters(minister, control)) == 2, control.events[0]


def test_an_agreement_dated_after_its_article_is_dated_by_its_object_and_matched_as_undated():
    """"The parties agreed to talk again next Saturday" (published the 10th, the events stage dates it the
    17th) is the agreement of the 10th, not one of the 17th; within its article it re-mentions no
    agreement dated otherwise ("proposed a debate on the 4th ... proposed another on the 15th")."""
    again = _article("a", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-17"), published="2025-05-10")
    of_the_17th = _article("b", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-17"), published="2025-05-17")
    assert len(_clusters(again, of_the_17th)) == 2
    of_the_10th = _article("c", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-10"), published="2025-05-10")
    assert _clusters(of_the_10th, again) == {frozenset({"c:e1", "a:e1"})}
    # A date within a day of publication (time zones) and a meeting's date stay the report's own.
    overnight = _article("a", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-11"), published="2025-05-10")
    of_the_11th = _article("b", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-11"), published="2025-05-11")
    assert len(_clusters(overnight, of_the_11th)) == 1
    talks = _article("a", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-17"), published="2025-05-10")
    held = _article("b", _event("e1", "CONSULT", ["RUS", "UKR"], "2025-05-17"), published="2025-05-17")
    assert len(_clusters(talks, held)) == 1
    two_proposals = _article("a", _event("e1", "AGREE", ["USA"], "2025-05-04"),
                             _event("e2", "AGREE", ["USA"], "2025-05-15"), published="2025-05-05")
    assert len(_clusters(two_proposals)) == 2


def test_an_article_telling_one_event_twice_on_its_day_gives_one_cluster():
    twice = _article("a", _stated("e1", "REJECT", "Sergei Lavrov", "2025-05-16"),
                     _stated("e2", "REJECT", "Sergei Lavrov", "2025-05-16"), published="2025-05-16")
    assert _clusters(twice) == {frozenset({"a:e1", "a:e2"})}
    assert anchors([report_from("a", "2025-05-16", e) for e in twice.events]) == [None, 0]
    # Another day, other parties or another object are other events, even in one article.
    for second in (_stated("e2", "REJECT", "Sergei Lavrov", "2025-05-15"),
                   _stated("e2", "REJECT", "Sergei Lavrov", "2025-05-16", codes=("RUS", "UKR")),
                   _stated("e2", "REJECT", "Sergei Lavrov", "2025-05-16", issues=("sanctions",))):
        record = _article("a", _stated("e1", "REJECT", "Sergei Lavrov", "2025-05-16"), second, published="2025-05-16")
        assert len(_clusters(record)) == 2


def test_agreements_dated_only_by_their_month_do_not_meet():
    # Two parties agree something every week of a negotiation: "agreed in May" names no one agreement.
    first = _article("a", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05"), published="2025-05-03")
    second = _article("b", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05"), published="2025-05-17")
    assert len(_clusters(first, second)) == 2


def test_a_report_dated_only_by_its_publication_month_joins_the_dated_news_of_the_days_before():
    """"the sides agreed to meet next week" (dated only "April" in an April 19 paper) is the round of
    April 19, as an undated report would be; not an event of another month, nor one of two weeks before."""
    round_two = _article("a", _event("e1", "CONSULT", ["IRN", "USA"], "2025-04-19"), published="2025-04-19")
    vague = _article("b", _event("e1", "CONSULT", ["IRN", "USA"], "2025-04"), published="2025-04-20")
    assert _clusters(round_two, vague) == {frozenset({"a:e1", "b:e1"})}
    # Published 1 May, "May" is no report of 30 April's talks (an undated one would be).
    april = _article("a", _event("e1", "CONSULT", ["IRN", "USA"], "2025-04-30"), published="2025-04-30")
    may = _article("b", _event("e1", "CONSULT", ["IRN", "USA"], "2025-05"), published="2025-05-01")
    assert len(_clusters(april, may)) == 2
    # Talks two weeks before its publication are not its news; nor is another pair's meeting.
    early = _article("a", _event("e1", "CONSULT", ["IRN", "USA"], "2025-04-05"), published="2025-04-05")
    other_pair = _article("c", _event("e1", "CONSULT", ["RUS", "USA"], "2025-04-19"), published="2025-04-19")
    assert _clusters(early, other_pair, vague) == {frozenset({"a:e1"}), frozenset({"c:e1"}), frozenset({"b:e1"})}
    # A month that is not its publication's still names only that month.
    march = _article("b", _event("e1", "CONSULT", ["IRN", "USA"], "2025-03"), published="2025-04-20")
    assert len(_clusters(round_two, march)) == 2
    # With one party, "this month" names no event: "they supported her a week ago" is no report of
    # the party's statement of the day before.
    statement = _article("a", _event("e1", "SUPPORT", ["USA"], "2025-04-18"), published="2025-04-18")
    remark = _article("b", _event("e1", "SUPPORT", ["USA"], "2025-04"), published="2025-04-19")
    assert len(_clusters(statement, remark)) == 2
    # A summit they may hold "this month" is no report of the talks held.
    summit = _article("b", _event("e1", "CONSULT", ["IRN", "USA"], "2025-04", modality="hypothetical"),
                      published="2025-04-20")
    assert len(_clusters(round_two, summit)) == 2
    # Nor is "agreed next week" on prisoners the agreement on a ceasefire of the day before.
    ceasefire = _article("a", _event("e1", "AGREE", ["IRN", "USA"], "2025-04-19", issues=["ceasefire"]),
                         published="2025-04-19")
    prisoners = _article("b", _event("e1", "AGREE", ["IRN", "USA"], "2025-04", issues=["prisoners"]),
                         published="2025-04-20")
    assert len(_clusters(ceasefire, prisoners)) == 2


def test_a_visit_and_a_meeting_one_article_tells_on_one_day_are_one_meeting():
    """"The meeting between Putin and Araghchi on Thursday ... Putin received the minister in the
    Kremlin": one meeting, one cluster, which the outlet that only tells the meeting also joins."""
    told_twice = _article("a", _event("e1", "CONSULT", ["IRN", "RUS"], "2025-04-17"),
                          _event("e2", "CONSULT", ["IRN", "RUS"], "2025-04-17", mode="visit"), published="2025-04-18")
    other_outlet = _article("b", _event("e1", "CONSULT", ["IRN", "RUS"], "2025-04-17"), published="2025-04-17")
    assert _clusters(other_outlet, told_twice) == {frozenset({"b:e1", "a:e1", "a:e2"})}
    # A phone call is another act; so is a visit of the next day or with another party, even in one article.
    for second in (_event("e2", "CONSULT", ["IRN", "RUS"], "2025-04-17", mode="phone"),
                   _event("e2", "CONSULT", ["IRN", "RUS"], "2025-04-18", mode="visit"),
                   _event("e2", "CONSULT", ["IRN", "CHN"], "2025-04-17", mode="visit")):
        record = _article("a", _event("e1", "CONSULT", ["IRN", "RUS"], "2025-04-17"), second, published="2025-04-18")
        assert len(_clusters(record)) == 2
    # Across articles a visit ("arrived in Moscow") stays keyed apart from the meeting.
    arrival = _article("c", _event("e1", "CONSULT", ["IRN", "RUS"], "2025-04-17", mode="visit"), published="2025-04-17")
    assert len(_clusters(other_outlet, arrival)) == 2


def test_an_arrival_naming_no_host_is_its_party_side_of_the_talks_of_its_day():
    """"The Iranian delegation arrived in Muscat on Saturday" (a visit naming only its traveller) is one
    side of Saturday's talks another outlet reports, as "Iran held talks on Saturday" is; a visit
    received by a host ("received by Oman's minister") stays another meeting, and an arrival of another
    day or another city joins no talks."""
    talks = _article("a", _event("e1", "CONSULT", ["IRN", "USA"], "2025-04-12", "Muscat"), published="2025-04-12")
    arrival = _article("b", _event("e1", "CONSULT", ["IRN"], "2025-04-12", "Muscat", mode="visit"), published="2025-04-12")
    assert _clusters(talks, arrival) == {frozenset({"a:e1", "b:e1"})}
    hosted = _event("e1", "CONSULT", ["IRN"], "2025-04-12", "Muscat", mode="visit")
    hosted = hosted.model_copy(update={"recipients": [ActorRef(text="Oman", start=0, end=4, code="OMN")]})
    for other in (_article("c", hosted, published="2025-04-12"),
                  _article("d", _event("e1", "CONSULT", ["IRN"], "2025-04-15", "Muscat", mode="visit"), published="2025-04-15"),
                  _article("e", _event("e1", "CONSULT", ["IRN"], "2025-04-12", "Moscow", mode="visit"), published="2025-04-12")):
        assert len(_clusters(talks, other)) == 2, other.id
    assert report_from("b", "2025-04-12", arrival.events[0]).mode == ""
    assert report_from("c", "2025-04-12", hosted).mode == "visit"


def test_a_one_party_report_of_the_day_joins_the_talks_not_another_fragment():
    """"The US held talks on Saturday" is one side of Saturday's US-Iran talks, not of a US-only
    cluster another report founded ("Trump foreshadowed Saturday's meeting", Trump taken for a
    participant, so it could not join the talks led by the envoy)."""
    talks = _article("a", _stated("e1", "CONSULT", "Steve Witkoff", "2025-04-12", codes=("USA", "IRN"), issues=()),
                     published="2025-04-12")
    fragment = _article("b", _stated("e1", "CONSULT", "Donald Trump", "2025-04-12", codes=("USA",), issues=()),
                        published="2025-04-12")
    side = _article("c", _event("e1", "CONSULT", ["USA"], "2025-04-12"), published="2025-04-16")
    assert _clusters(talks, fragment, side) == {frozenset({"a:e1", "c:e1"}), frozenset({"b:e1"})}
    # Another pair's talks of the day are no choice for it; nor is Trump's one-party cluster, as it
    # names no actor (on general news one day holds many acts of one country's people); a report
    # naming Trump on that day is his.
    other = _article("a", _stated("e1", "CONSULT", "Sergei Lavrov", "2025-04-12", codes=("RUS", "UKR"), issues=()),
                     published="2025-04-12")
    assert _clusters(other, fragment, side) == {frozenset({"a:e1"}), frozenset({"b:e1"}), frozenset({"c:e1"})}
    trump = _article("c", _stated("e1", "CONSULT", "Donald Trump", "2025-04-12", codes=("USA",), issues=()),
                     published="2025-04-16")
    assert _clusters(other, fragment, trump) == {frozenset({"a:e1"}), frozenset({"b:e1", "c:e1"})}
    # A report of two parties still prefers the cluster of its very pair to a wider meeting.
    three = _article("a", _event("e1", "CONSULT", ["IRN", "OMN", "USA"], "2025-04-12"), published="2025-04-12")
    two = _article("b", _stated("e1", "CONSULT", "Steve Witkoff", "2025-04-12", codes=("USA", "IRN"), issues=()),
                   published="2025-04-12")
    assert len(_clusters(three, two)) == 1


def test_an_undated_report_of_two_parties_needs_both_sides_dated_in_its_window():
    """Tuesday's agreement of the pair, joined by one side's remark of Wednesday, is not the news of
    Saturday's paper saying "both sides agreed": in its window only one side of that cluster is dated."""
    tuesday = _article("a", _event("e1", "AGREE", ["IRN", "USA"], "2025-04-15"), published="2025-04-15")
    wednesday = _article("b", _event("e1", "AGREE", ["IRN"], "2025-04-16"), published="2025-04-16")
    saturday = _article("c", _event("e1", "AGREE", ["IRN", "USA"], None), published="2025-04-19")
    assert _clusters(tuesday, wednesday, saturday) == {frozenset({"a:e1", "b:e1"}), frozenset({"c:e1"})}
    # Both sides dated in the window (Friday's agreement): the undated report of Saturday joins it.
    friday = _article("a", _event("e1", "AGREE", ["IRN", "USA"], "2025-04-18"), published="2025-04-18")
    assert _clusters(friday, wednesday, saturday) == {frozenset({"a:e1", "c:e1"}), frozenset({"b:e1"})}


def test_a_report_of_one_party_joins_its_partys_event_only_with_something_shared():
    """US campaign news: every politician is coded USA. A promise on Monday and an attack reported
    Wednesday are two events; the same promise re-told with its issue, person or place is one."""
    promise = _article("a", _event("e1", "AGREE", ["USA"], "2016-02-15"), published="2016-02-16")
    attack = _article("b", _event("e1", "AGREE", ["USA"], None), published="2016-02-17")
    assert _clusters(promise, attack) == {frozenset({"a:e1"}), frozenset({"b:e1"})}
    # Controls that must still join: a shared issue, the very same day, a shared city, one side of a pair.
    pledge = _article("a", _event("e1", "AGREE", ["USA"], "2016-02-15", issues=["ceasefire"]), published="2016-02-16")
    again = _article("b", _event("e1", "AGREE", ["USA"], None, issues=["ceasefire"]), published="2016-02-17")
    assert _clusters(pledge, again) == {frozenset({"a:e1", "b:e1"})}
    same_day = _article("b", _event("e1", "AGREE", ["USA"], "2016-02-15"), published="2016-02-17")
    assert _clusters(promise, same_day) == {frozenset({"a:e1", "b:e1"})}
    rally = _article("a", _event("e1", "CONSULT", ["USA"], "2016-02-15", place="Hanahan"), published="2016-02-16")
    rally_again = _article("b", _event("e1", "CONSULT", ["USA"], "2016-02-16", place="Hanahan"), published="2016-02-17")
    assert _clusters(rally, rally_again) == {frozenset({"a:e1", "b:e1"})}
    talks = _article("a", _event("e1", "CONSULT", ["IRN", "USA"], "2025-04-12"), published="2025-04-12")
    one_side = _article("b", _event("e1", "CONSULT", ["USA"], None), published="2025-04-13")
    assert _clusters(talks, one_side) == {frozenset({"a:e1", "b:e1"})}


def test_a_predicate_triggers_issue_is_its_subjects(nlp):
    """'Enrichment is non-negotiable': the refusal is about enrichment, the copula's subject; a
    control with the issue outside the trigger's clause gets none."""
    from accord.stages.positions import find_issue_matches, tag_event

    def issues_of(text: str, trigger: str) -> list[str]:
        doc = nlp(text)
        matches = find_issue_matches(doc)
        start = text.index(trigger)
        event = Event(id="e1", event="REJECT", trigger=Span.of(text, start, start + len(trigger)))
        tag_event(event, doc, (matches, [m[0] for m in matches]))
        return event.issues

    assert issues_of("Uranium enrichment is non-negotiable, the minister said.", "non-negotiable") == ["nuclear_programme"]
    assert issues_of("The minister spoke about enrichment. The schedule is non-negotiable.", "non-negotiable") == []


def test_one_party_reports_of_one_day_naming_different_actors_stay_apart():
    """'Carson responded on Sunday' and 'Sanders promised Sunday' (both coded USA): two events; the
    control, Sanders' promise told again by another paper, joins his."""
    carson = _article("a", _named("e1", "AGREE", [("Ben Carson", "USA")], "2015-11-08"), published="2015-11-08")
    sanders = _article("b", _named("e1", "AGREE", [("Bernie Sanders", "USA")], "2015-11-08"), published="2015-11-09")
    again = _article("c", _named("e1", "AGREE", [("Bernie Sanders", "USA")], "2015-11-08"), published="2015-11-09")
    assert _clusters(carson, sanders, again) == {frozenset({"a:e1"}), frozenset({"b:e1", "c:e1"})}


def test_an_undated_one_party_report_naming_another_actor_is_no_side_of_the_pairs_event():
    """An undated one-party report joins a pair's event only if the actors it names take part in it."""
    talks = _article("a", _named("e1", "CONSULT", [("Abbas Araghchi", "IRN"), ("Steve Witkoff", "USA")],
                                 "2025-04-12"), published="2025-04-12")
    other = _article("b", _named("e1", "CONSULT", [("Carlos Beruff", "USA")], None), published="2025-04-13")
    side = _article("c", _named("e1", "CONSULT", [("Steve Witkoff", "USA")], None), published="2025-04-13")
    assert _clusters(talks, other, side) == {frozenset({"a:e1", "c:e1"}), frozenset({"b:e1"})}


def test_a_dated_report_of_two_parties_joins_their_undated_news_over_one_sides_fragment():
    """Monday's agreement of both parties, undated in Tuesday's paper, is what a Monday-dated report of
    the pair joins, not a fragment of one side dated Monday; with no such news it joins the fragment."""
    side = _article("a", _event("e1", "AGREE", ["RUS"], "2025-05-12"), published="2025-05-12")
    news = _article("b", _event("e1", "AGREE", ["RUS", "UKR"], None), published="2025-05-13")
    dated = _article("c", _event("e1", "AGREE", ["RUS", "UKR"], "2025-05-12"), published="2025-05-12")
    assert _clusters(side, news, dated) == {frozenset({"a:e1"}), frozenset({"b:e1", "c:e1"})}
    assert _clusters(side, dated) == {frozenset({"a:e1", "c:e1"})}


def test_a_phrase_containing_a_known_persons_name_is_not_that_person():
    """"Trump's envoy", "a Trump aide" or "Freddy Trump" is not Donald Trump (the store's guard for people,
    ``names_someone_inside``): a one-party act of theirs on his day is not his act; his surname alone,
    or his name with a title, still is him."""
    trump = _article("a", _named("e1", "AGREE", [("Donald Trump", "USA")], "2025-06-02"), published="2025-06-02")
    for other in ("Trump's envoy", "Trump aide", "Freddy Trump", "Putin's spokesman"):
        report = report_from("b", "2025-06-03", _named("e1", "AGREE", [(other, "USA")], "2025-06-02"))
        assert "donald trump" not in report.names and "vladimir putin" not in report.names, other
        assert not report.persons, other
        envoy = _article("b", _named("e1", "AGREE", [(other, "USA")], "2025-06-02"), published="2025-06-03")
        assert _clusters(trump, envoy) == {frozenset({"a:e1"}), frozenset({"b:e1"})}, other
    for himself in ("Trump", "Donald J. Trump"):
        again = _article("b", _named("e1", "AGREE", [(himself, "USA")], "2025-06-02"), published="2025-06-03")
        assert _clusters(trump, again) == {frozenset({"a:e1", "b:e1"})}, himself


def test_articles_on_a_leaders_aides_stay_apart_from_his_own_act(extract_text):
    """Whole invented articles: the president's plant visit of Monday, told by two papers, is one event;
    his envoy's and an aide's visits of that day, one paper each, are two others."""
    texts = {
        "a": ("2025-06-03", "President Donald Trump visited a steel plant in Ohio on Monday, his spokeswoman said."),
        "b": ("2025-06-03", "Trump's envoy visited a steel plant in Ohio on Monday, the company said."),
        "c": ("2025-06-04", "Donald Trump visited an Ohio steel plant on Monday."),
        "d": ("2025-06-04", "A Trump aide visited a steel plant in Ohio on Monday, local media reported."),
    }
    records = []
    for aid, (published, text) in texts.items():
        record = extract_text(text, published=published)
        records.append(record.model_copy(update={"id": aid}))
    assert _clusters(*records) == {frozenset({"a:e1", "c:e1"}), frozenset({"b:e1"}), frozenset({"d:e1"})}


def test_a_capitalised_role_names_no_person_who_could_tell_two_meetings_apart():
    """"The Russian President received the Iranian minister" in one paper is the meeting another paper
    tells with Vladimir Putin's name: a title the lexicon composes from a nationality names no one. A
    named other person of that party (the foreign minister) still makes another meeting."""
    named = _article("a", _named("e1", "CONSULT", [("Vladimir Putin", "RUS"), ("Abbas Araghchi", "IRN")],
                                 "2025-04-17"), published="2025-04-17")
    for role in ("Russian President", "Kremlin Chief Of Staff"):
        titled = _article("b", _named("e1", "CONSULT", [(role, "RUS"), ("Abbas Araghchi", "IRN")], "2025-04-17"),
                          published="2025-04-18")
        assert report_from("b", "2025-04-18", titled.events[0]).persons == {("IRN", "abas araqchy")}, role
        assert _clusters(named, titled) == {frozenset({"a:e1", "b:e1"})}, role
    minister = _article("b", _named("e1", "CONSULT", [("Sergei Lavrov", "RUS"), ("Abbas Araghchi", "IRN")],
                                    "2025-04-17"), published="2025-04-18")
    assert len(_clusters(named, minister)) == 2


def test_a_title_with_a_name_is_a_person_who_tells_two_meetings_apart():
    """"King Charles" and "Prince William" are people, though the people list lacks them: the king's audience
    for a minister one day and the prince's the next are two meetings, as a composed role ("Italian Foreign
    Minister") would not tell."""
    king = _article("a", _named("e1", "CONSULT", [("King Charles", "GBR"), ("Abbas Araghchi", "IRN")],
                                "2025-04-17"), published="2025-04-17")
    prince = _article("b", _named("e1", "CONSULT", [("Prince William", "GBR"), ("Abbas Araghchi", "IRN")],
                                  "2025-04-17"), published="2025-04-18")
    assert report_from("a", "2025-04-17", king.events[0]).persons >= {("GBR", person_key("King Charles"))}
    assert len(_clusters(king, prince)) == 2
    crown = report_from("c", "2025-04-17", _named("e1", "CONSULT", [("Crown Prince Mohammed", "SAU")], "2025-04-17"))
    assert crown.persons == {("SAU", person_key("Crown Prince Mohammed"))}
    role = report_from("d", "2025-04-17", _named("e1", "CONSULT", [("Italian Foreign Minister", "ITA")], "2025-04-17"))
    assert role.persons == frozenset()
