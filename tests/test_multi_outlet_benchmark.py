"""The multi-outlet benchmark's scoring (benchmarks/multi_outlet.py): clustering figures on tiny
synthetic clusterings, the tying rule's date and cue checks, and (slow) the whole run on ../shared."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "multi_outlet.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("multi_outlet_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module's annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def test_perfect_clustering_scores_one(bench):
    gold = {"a": 1, "b": 1, "c": 2}
    assert bench.pairwise({"a": "x", "b": "x", "c": "y"}, gold)["f1"] == 1.0
    assert bench.bcubed({"a": "x", "b": "x", "c": "y"}, gold)["f1"] == 1.0


def test_pairwise_counts_pairs(bench):
    # Gold {a,b,c} {d}; predicted {a,b} {c,d}: predicted pairs ab, cd (1 right); gold pairs ab, ac, bc.
    scores = bench.pairwise({"a": 1, "b": 1, "c": 2, "d": 2}, {"a": "G", "b": "G", "c": "G", "d": "H"})
    assert scores["precision"] == 0.5
    assert scores["recall"] == pytest.approx(1 / 3, abs=1e-3)
    assert scores["f1"] == 0.4


def test_bcubed_averages_per_item(bench):
    # Same clustering: precision a,b 1, c 1/2, d 1/2 -> 0.75; recall a,b 2/3, c 1/3, d 1 -> 2/3.
    scores = bench.bcubed({"a": 1, "b": 1, "c": 2, "d": 2}, {"a": "G", "b": "G", "c": "G", "d": "H"})
    assert scores["precision"] == 0.75
    assert scores["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["f1"] == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3), abs=1e-3)


def test_everything_in_one_cluster_has_full_recall_low_precision(bench):
    gold = {"a": "G", "b": "H", "c": "I", "d": "I"}
    scores = bench.bcubed({item: 0 for item in gold}, gold)
    assert scores["recall"] == 1.0
    assert scores["precision"] == pytest.approx((1 / 4 + 1 / 4 + 2 / 4 + 2 / 4) / 4, abs=1e-3)


def test_reports_not_found_are_singletons(bench):
    gold = {"a": "G", "b": "G", "c": "G"}
    predicted = bench.with_singletons({"a": 7, "b": 7}, gold)
    assert predicted["c"] not in (7,)
    assert bench.pairwise(predicted, gold)["recall"] == pytest.approx(1 / 3, abs=1e-3)


def test_must_not_merge_counts_only_checkable_pairs(bench):
    found = {("x", "E1"): 1, ("y", "E2"): 1, ("z", "E3"): 2}
    pairs = [(("x", "E1"), ("y", "E2")), (("x", "E1"), ("z", "E3")), (("x", "E1"), ("w", "E4"))]
    checkable, broken = bench.broken_pairs(found, pairs)
    assert checkable == 2
    assert broken == [(("x", "E1"), ("y", "E2"))]


def test_one_cluster_events_need_two_reports_and_purity(bench):
    found = {("a", "E1"): 1, ("b", "E1"): 1, ("c", "E2"): 2, ("d", "E2"): 2, ("e", "E3"): 2, ("f", "E4"): 3}
    reports_of = {"E1": [("a", "E1"), ("b", "E1")], "E2": [("c", "E2"), ("d", "E2")],
                  "E3": [("e", "E3")], "E4": [("f", "E4"), ("g", "E4")]}
    events = bench.one_cluster_events(found, reports_of, found)
    assert events["E1"]["one_cluster"] and events["E1"]["pure"]
    assert events["E2"]["one_cluster"] and not events["E2"]["pure"]  # E3's report shares its cluster
    assert not events["E3"]["one_cluster"]  # a single report found
    assert not events["E4"]["one_cluster"]  # one of two found


def test_polarity_of_a_party(bench):
    assert bench.polarity_of(["positive", "neutral", "positive"]) == "positive"
    assert bench.polarity_of(["positive", "negative"]) == "mixed"
    assert bench.polarity_of(["neutral", None]) is None


def _round_gold(bench):
    raw = {"events": [{"id": "E01", "type": "CONSULT", "date": "2025-04-12", "actors": ["IRN"], "recipients": ["USA"],
                       "articles": {"main": ["a"]}}],
           "must_not_merge": [], "assessments": {"round-1": {"event": "E01", "parties": {
               "IRN": {"accept": ["positive"], "articles": ["a"]}}}},
           "expected_divergence": [{"subject": "first round (E01)", "divergent": False, "sides": {}}]}
    return bench.Gold.of(raw)


def test_round_assessments_come_from_every_topic_and_issue_topics_show_no_round(bench):
    gold = _round_gold(bench)
    articles = {"a": {"events": [], "statements": [], "text": ""}}
    agreed = {"topic": "CONSULT 2025-04-12", "event": "1:e9", "divergent": False,
              "sides": [{"party": "IRN", "polarity": "positive", "statements": ["1:s1"]}]}
    issue = {"topic": "enrichment", "event": None, "divergent": True,
             "sides": [{"party": "IRN", "polarity": "positive", "statements": ["1:s2"]},
                       {"party": "USA", "polarity": "negative", "statements": ["1:s3"]}]}
    figures = bench.score_divergence(gold, [issue], articles, {1: "a"}, {}, [agreed, issue])
    [assessment] = figures["assessments"]
    assert assessment["view"] == "positive" and assessment["view_right"]
    # The issue entry holds a statement of the round's article, yet it is no divergence about the round.
    assert figures["false_avoided"] == 1
    # Read from the divergent entries alone, agreeing parties have no assessment at all.
    assert bench.score_divergence(gold, [issue], articles, {1: "a"}, {})["assessments"][0]["view"] is None


def test_date_fit(bench):
    assert bench.date_fit("2025-04-12", {"value": "2025-04-12", "granularity": "day"}) == 3
    assert bench.date_fit("2025-04-12", {"value": "2025-04-13", "granularity": "day"}) == 2
    assert bench.date_fit("2025-04-12", {"value": "2025-04-19", "granularity": "day"}) is None
    assert bench.date_fit("2025-04-12", {"value": "2025-04", "granularity": "month"}) == 2
    assert bench.date_fit("2018-05-08", {"value": "2018", "granularity": "year"}) is None
    assert bench.date_fit("2025-04-12", None) == 1
    assert bench.date_fit("2025-04-12", {"value": "2025-04-19", "granularity": "day", "resolved": False}) == 1


def test_tying_checks_type_codes_date_and_cue(bench):
    text = "The experts met in the capital. Later the envoys held talks."
    gold = {"type": "CONSULT", "alternatives": [], "negated": False, "actors": ["USA", "IRN"], "recipients": [],
            "date": "2025-04-26", "cues": ["expert"]}
    experts = {"id": "e1", "event": "CONSULT", "actors": [{"code": "IRN"}], "recipients": [],
               "trigger": {"text": "met", "start": 12, "end": 15}, "sentence": {"start": 0, "end": 31}}
    envoys = experts | {"id": "e2", "trigger": {"text": "held", "start": 49, "end": 53},
                        "sentence": {"start": 32, "end": len(text)}}
    assert bench.check_event(experts, text, gold, "main").stage == "tied"
    assert bench.check_event(envoys, text, gold, "main").stage == "cue"  # the cue is in another sentence
    assert bench.check_event(experts | {"event": "AGREE"}, text, gold, "main").stage == "type"
    assert bench.check_event(experts | {"actors": [{"code": "RUS"}]}, text, gold, "main").stage == "codes"
    late = experts | {"date": {"value": "2025-05-11", "granularity": "day"}}
    assert bench.check_event(late, text, gold, "main").stage == "date"


@pytest.mark.slow
def test_benchmark_runs_on_the_shared_set_and_holds_its_floors(bench, shared_dir, floors):
    figures = bench.run(shared_dir, None, want_details=False)
    assert figures["ingested"]["failed"] == 0
    main = figures["clusters"]["main"]
    assert main["reports"] == 63
    assert 0 < main["found"] <= main["reports"]
    assert figures["clusters"]["must_not_merge"]["pairs"] == 22
    assert figures["entities"]["persons"] == 10
    floor = floors["multi_outlet"]
    divergence = figures["divergence"]
    assert main["bcubed"]["f1"] >= floor["main_bcubed_f1"]
    assert figures["clusters"]["one_cluster"] >= floor["events_one_cluster"]
    assert figures["clusters"]["must_not_merge"]["broken"] <= floor["must_not_merge_broken_at_most"]
    assert divergence["assessments_view_right"] >= floor["assessments_view_right"]
    assert divergence["required_shown"] >= floor["required_divergences_shown"]
    assert divergence["false_avoided"] >= floor["false_divergences_avoided"]
    assert figures["entities"]["one_entity"] >= floor["people_one_entity"]


def test_a_changed_text_is_refused(bench, tmp_path):
    folder = tmp_path / "dev-sets" / "multi-outlet"
    folder.mkdir(parents=True)
    (folder / "articles.jsonl").write_text('{"id": "x", "text": "changed"}\n', encoding="utf-8")
    (folder / "gold.json").write_text('{"text_sha256": {"x": "0000"}, "events": []}', encoding="utf-8")
    with pytest.raises(bench.Refused, match="differs"):
        bench.load_set(tmp_path)


def test_a_cue_in_the_triggers_phrase_outranks_a_gold_event_without_cues(bench):
    # Round 3 (no cues) and the experts' talks (cue "technical") share day, type and parties.
    text = ("The experts held a technical meeting. Later the round of talks went on for six hours in the "
            "capital, with technical issues on the table.")
    base = {"type": "CONSULT", "alternatives": [], "negated": False, "actors": ["USA", "IRN"], "recipients": [],
            "date": "2025-04-26"}
    experts, round_ = base | {"cues": ["technical"]}, dict(base)
    first_end, at, talks_at = text.index(".") + 1, text.index("meeting"), text.index("talks")
    meeting = {"id": "e1", "event": "CONSULT", "actors": [{"code": "IRN"}], "recipients": [],
               "trigger": {"text": "meeting", "start": at, "end": at + 7}, "sentence": {"start": 0, "end": first_end}}
    talks = meeting | {"id": "e2", "trigger": {"text": "talks", "start": talks_at, "end": talks_at + 5},
                       "sentence": {"start": first_end + 1, "end": len(text)}}
    assert bench.check_event(meeting, text, experts, "main").rank > bench.check_event(meeting, text, round_, "main").rank
    # a cue further off in the sentence is no evidence over the uncued round
    assert bench.check_event(talks, text, experts, "main").rank < bench.check_event(talks, text, round_, "main").rank


def test_a_report_split_evenly_between_clusters_takes_the_cluster_of_its_best_tied_event(bench):
    tied = {("a", "E1"): ["e2", "e1"]}  # e2 ranks best
    cluster_of = {("a", "e1"): "10:x", ("a", "e2"): "9:y"}
    assert bench.predicted_clusters(tied, cluster_of) == {("a", "E1"): "9:y"}
    cluster_of = {("a", "e1"): "9:y", ("a", "e2"): "10:x"}  # not the id that sorts first
    assert bench.predicted_clusters(tied, cluster_of) == {("a", "E1"): "10:x"}
    tied = {("a", "E1"): ["e2", "e1", "e3"]}  # a majority still wins
    cluster_of = {("a", "e1"): "9:y", ("a", "e2"): "10:x", ("a", "e3"): "9:y"}
    assert bench.predicted_clusters(tied, cluster_of) == {("a", "E1"): "9:y"}
