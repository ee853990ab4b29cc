"""The learned type decision over rule candidates (issue 14, item 6): the shipped weights, the decision
rules around them, the hook in the event stage, and the trainer's labelling and learning."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from accord.stages.events import type_model
from accord.stages.events.type_model import NONE, TypeModel

ROOT = Path(__file__).resolve().parents[2]
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
AGREE_SENTENCE = "Armenia and Azerbaijan agreed on Thursday to resume border talks next month."


def _trainer():
    spec = importlib.util.spec_from_file_location("train_event_types", ROOT / "scripts" / "train_event_types.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


def _model(weights: dict[str, dict[str, float]], drop: float = 0.7, margin: float = 0.4,
           droppable: frozenset[str] = frozenset(PLOVER_TYPES)) -> TypeModel:
    classes = [NONE, *sorted(PLOVER_TYPES)]
    return TypeModel.from_json({"classes": classes, "bias": [0.0] * len(classes), "weights": weights,
                                "drop_confidence": drop, "retype_margin": margin, "droppable": sorted(droppable)})


def _types(record) -> list[str]:
    return [e.event for e in record.events]


def test_shipped_model_is_plain_json_with_every_type_and_none():
    type_model.load_type_model.cache_clear()
    model = type_model.load_type_model()
    assert model is not None
    assert set(model.classes) == PLOVER_TYPES | {NONE}
    assert 0 < model.drop_confidence <= 1.01 and 0 < model.retype_margin <= 1.01
    probabilities = model.probabilities(["lemma=agree", "rule=AGREE", "no-such-feature"])
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_switched_off_by_environment(monkeypatch):
    monkeypatch.setenv(type_model.SWITCH, "off")
    type_model.load_type_model.cache_clear()
    try:
        assert type_model.load_type_model() is None
    finally:
        monkeypatch.delenv(type_model.SWITCH)
        type_model.load_type_model.cache_clear()


def test_confident_none_drops_the_candidate(extract_text):
    with type_model.using(None):
        assert "AGREE" in _types(extract_text(AGREE_SENTENCE))
    with type_model.using(_model({"lemma=agree": {NONE: 8.0}})):
        assert "AGREE" not in _types(extract_text(AGREE_SENTENCE))


def test_types_not_droppable_are_never_dropped(extract_text):
    with type_model.using(_model({"lemma=agree": {NONE: 8.0}}, droppable=frozenset({"ASSAULT"}))):
        assert "AGREE" in _types(extract_text(AGREE_SENTENCE))


def test_droppable_types_need_enough_false_drops_per_right_one():
    trainer = _trainer()

    def item(fold, p, label, rule="REQUEST"):
        return trainer.HeldOut(fold, p, trainer.Example("g", [], label, 1.0, rule))

    held = [item(0, 0.9, NONE), item(1, 0.9, NONE), item(2, 0.9, NONE), item(0, 0.9, "REQUEST"),
            item(0, 0.9, NONE, "AGREE"), item(1, 0.9, NONE, "AGREE"), item(2, 0.9, "AGREE", "AGREE"),
            item(0, 0.2, "AGREE", "AGREE"), item(1, 0.2, "AGREE", "AGREE")]
    # REQUEST: 3 false, 1 right dropped at 0.5 -> droppable at break-even 2, not at 3
    assert trainer.droppable_types(held, 0.5, 2.0) == ["REQUEST"]
    assert trainer.droppable_types(held, 0.5, 3.0) == []
    # without fold 0's labels REQUEST has 2 false and no right drop; AGREE 1 false, 1 right
    assert trainer.droppable_types(held, 0.5, 2.0, skip_fold=0) == ["REQUEST"]
    # nothing reaches 0.95
    assert trainer.droppable_types(held, 0.95, 0.0) == []


def test_droppable_types_need_enough_false_drops_in_each_fold_assignment():
    trainer = _trainer()

    def item(fold, repeat, label):
        return trainer.HeldOut(fold, 0.9, trainer.Example("g", [], label, 1.0, "REQUEST"), repeat)

    # three false drops: enough in one assignment, not over two (MIN_DROPS per assignment)
    assert trainer.droppable_types([item(0, 0, NONE), item(1, 0, NONE), item(2, 0, NONE)], 0.5, 2.0) == ["REQUEST"]
    pooled = [item(0, 0, NONE), item(1, 0, NONE), item(2, 1, NONE), item(0, 1, "REQUEST")]
    assert trainer.droppable_types(pooled, 0.5, 2.0) == []
    assert trainer.droppable_types(pooled + [item(1, 1, NONE)], 0.5, 2.0) == ["REQUEST"]


def test_a_droppable_type_keeps_its_default_status_unless_clearly_moved():
    trainer = _trainer()

    def counts(false, right, rule="SANCTION"):
        return ([trainer.HeldOut(0, 0.9, trainer.Example("g", [], NONE, 1.0, rule), r) for r in range(3) for _ in range(false)]
                + [trainer.HeldOut(0, 0.9, trainer.Example("g", [], rule, 1.0, rule), r) for r in range(3) for _ in range(right)])

    # 4 false to 2 right per deal pays at break-even 1.9 (12 > 11.4 summed over three deals), 4 to 3 does not
    assert trainer.droppable_types(counts(4, 2), 0.5, 1.9) == ["SANCTION"]
    assert trainer.droppable_types(counts(4, 3), 0.5, 1.9) == []
    # with a default, one candidate per deal either way does not move a type across the edge
    default = frozenset({"SANCTION"})
    assert trainer.droppable_types(counts(4, 3), 0.5, 1.9, default=default) == ["SANCTION"]
    assert trainer.droppable_types(counts(4, 2), 0.5, 1.9, default=frozenset()) == []
    # clear counts still decide: 1 false to 5 right leaves the default, 9 to 1 joins it
    assert trainer.droppable_types(counts(1, 5), 0.5, 1.9, default=default) == []
    assert trainer.droppable_types(counts(9, 1), 0.5, 1.9, default=frozenset()) == ["SANCTION"]


def test_thresholds_are_chosen_on_a_plateau_not_on_a_lone_peak():
    trainer = _trainer()
    from accord.evaluate.event_figures import EventFigureCounts

    f1 = {0.4: 600, 0.5: 700, 0.6: 600, 0.7: 680, 0.8: 680, 0.9: 680, 1.01: 600}  # found of 1000, the rest false: F1 = found/1000
    grid = {(drop, margin): EventFigureCounts(required=1000, found=found, false_positives=1000 - found)
            for drop, found in f1.items() for margin in trainer.MARGIN_GRID}
    assert grid[(0.5, 1.01)].f1 == max(c.f1 for c in grid.values())  # the lone peak has the best raw F1
    # the middle of the plateau wins; equal margins: the larger (the rules keep their type)
    assert trainer.choose_thresholds(grid) == (0.8, max(trainer.MARGIN_GRID))
    assert trainer.smoothed_f1(grid, (0.4, 1.01)) == pytest.approx(0.65)  # the first averages with its one neighbour
    assert trainer.smoothed_f1(grid, (1.01, 1.01)) == pytest.approx((0.68 + 0.6 + 0.6) / 3)  # "never" is its own neighbour
    # the grid's first threshold, seen with one neighbour only, is never chosen
    low = dict(grid) | {(0.4, m): EventFigureCounts(required=1000, found=750, false_positives=250) for m in trainer.MARGIN_GRID}
    assert trainer.smoothed_f1(low, (0.4, 1.01)) > max(trainer.smoothed_f1(low, key) for key in low if key[0] != 0.4)
    assert trainer.choose_thresholds(low)[0] != 0.4


def _curve(trainer, found_false: dict[float, tuple[int, int]], required: int = 897):
    from accord.evaluate.event_figures import EventFigureCounts

    return {(drop, margin): EventFigureCounts(required=required, found=found, false_positives=false)
            for drop, (found, false) in found_false.items() for margin in trainer.MARGIN_GRID}


# session 12's cross-validated curve (found, false of 897 required, summed over three fold deals): flat
SESSION_12 = {0.4: (621, 210), 0.5: (633, 212), 0.6: (640, 219), 0.7: (653, 241), 0.8: (667, 259),
              0.9: (680, 277), 1.01: (684, 288)}


def test_the_default_threshold_stands_on_a_flat_curve():
    trainer = _trainer()
    grid = _curve(trainer, SESSION_12)
    assert trainer.DEFAULT_PAIR == (type_model.DROP_CONFIDENCE, type_model.RETYPE_MARGIN)
    assert trainer.choose_thresholds(grid) == trainer.DEFAULT_PAIR
    # 0.9's raw F1 is the best of the curve, yet within the tolerance of the default
    assert grid[(0.9, 1.01)].f1 > grid[trainer.DEFAULT_PAIR].f1


def test_one_label_more_or_less_does_not_flip_the_threshold():
    # one label changed moves a pair's figures by about one event in each deal; no such move flips the choice
    trainer = _trainer()
    for drop in SESSION_12:
        for found, false in ((trainer.REPEATS, -trainer.REPEATS), (-trainer.REPEATS, trainer.REPEATS),
                             (0, -trainer.REPEATS), (trainer.REPEATS, 0)):
            moved = dict(SESSION_12) | {drop: (SESSION_12[drop][0] + found, SESSION_12[drop][1] + false)}
            assert trainer.choose_thresholds(_curve(trainer, moved)) == trainer.DEFAULT_PAIR, (drop, found, false)


def test_a_clearly_better_threshold_replaces_the_default_nearest_first():
    trainer = _trainer()
    # 0.5-0.7 find 15 more events per deal than the default: clearly better; 0.7 is nearest the default
    better = dict(SESSION_12) | {d: (SESSION_12[0.8][0] + 45, SESSION_12[0.8][1]) for d in (0.5, 0.6, 0.7)}
    assert trainer.choose_thresholds(_curve(trainer, better))[0] == 0.7
    # the tolerance is the F1 of KEEP_DEFAULT_EVENTS_PER_DEAL more events found in each deal
    counts = _curve(trainer, SESSION_12)[trainer.DEFAULT_PAIR]
    more = replace(counts, found=counts.found + trainer.REPEATS * trainer.KEEP_DEFAULT_EVENTS_PER_DEAL)
    assert trainer.f1_gain(counts, trainer.KEEP_DEFAULT_EVENTS_PER_DEAL) == pytest.approx(more.f1 - counts.f1)


def test_fold_assignments_deal_every_story_once_and_reproducibly():
    trainer = _trainer()
    groups = [f"voa:{i}" for i in range(23)]
    assignments = trainer.fold_assignments(groups, 5, 3)
    assert assignments == trainer.fold_assignments(groups, 5, 3)
    assert assignments[0] == {g: i % 5 for i, g in enumerate(groups)}
    for fold_of in assignments:
        assert set(fold_of) == set(groups)
        assert sorted(list(fold_of.values()).count(f) for f in range(5)) == [4, 4, 5, 5, 5]
    assert assignments[1] != assignments[0] != assignments[2]


def test_a_feature_of_one_training_text_carries_no_weight():
    # a name seen twice in one story says which story a candidate comes from, not what it is
    trainer = _trainer()
    examples = [trainer.Example("voa:a", ["lemma=shell", "s=zorvania"], "ASSAULT", 1.0, "ASSAULT"),
                trainer.Example("voa:a", ["lemma=shell", "s=zorvania"], NONE, 1.0, "ASSAULT"),
                trainer.Example("voa:b", ["lemma=shell", "s=army"], "ASSAULT", 1.0, "ASSAULT"),
                trainer.Example("voa:c", ["s=army"], NONE, 1.0, "ASSAULT")]
    assert trainer.vocabulary(examples) == ["lemma=shell", "s=army"]


def test_unconfident_none_keeps_the_rules_choice(extract_text):
    # "none" at about 0.6 < drop confidence 0.7: the rules' type stands
    with type_model.using(_model({"lemma=agree": {NONE: 3.2}})):
        assert "AGREE" in _types(extract_text(AGREE_SENTENCE))


def test_retypes_only_to_a_type_the_rules_proposed(extract_text):
    # "agreed to resume talks": the rules propose AGREE (their choice) and CONSULT (the complement)
    with type_model.using(_model({"lemma=agree": {"CONSULT": 8.0}})):
        assert "CONSULT" in _types(extract_text(AGREE_SENTENCE))
    with type_model.using(_model({"lemma=agree": {"ASSAULT": 8.0}})):
        types = _types(extract_text(AGREE_SENTENCE))
        assert "ASSAULT" not in types and "AGREE" in types


def test_small_margin_keeps_the_rules_type(extract_text):
    # CONSULT ahead of AGREE by less than the margin: no change
    with type_model.using(_model({"lemma=agree": {"CONSULT": 1.0, "AGREE": 0.8}}, margin=0.4)):
        assert "AGREE" in _types(extract_text(AGREE_SENTENCE))


def test_labels_follow_the_scorer_matching():
    trainer = _trainer()
    gold = [trainer.GoldMention("SANCTION", frozenset({"SANCTION", "COERCE"}), 10, 17, False),
            trainer.GoldMention("PROTEST", frozenset({"PROTEST"}), 60, 70, True)]
    # overlapping the gold trigger, the rules' type accepted as an alternative
    assert trainer.label_from_gold(gold, (12, 17), (0, 50), "COERCE", ["COERCE"]) == ("COERCE", 1.0)
    # overlapping, rules' type wrong but another proposed type right
    assert trainer.label_from_gold(gold, (12, 17), (0, 50), "AGREE", ["AGREE", "SANCTION"]) == ("SANCTION", 1.0)
    # overlapping, no proposed type right: the gold type (the model learns the rules were wrong)
    assert trainer.label_from_gold(gold, (12, 17), (0, 50), "AGREE", ["AGREE"]) == ("SANCTION", 1.0)
    # same sentence, not overlapping, wrong type: none
    assert trainer.label_from_gold(gold, (30, 35), (0, 50), "AGREE", ["AGREE"]) == (NONE, 1.0)
    # an optional gold event teaches less
    assert trainer.label_from_gold(gold, (62, 66), (55, 90), "PROTEST", ["PROTEST"]) == ("PROTEST", trainer.OPTIONAL_WEIGHT)
    # a sentence without gold events
    assert trainer.label_from_gold(gold, (100, 105), (95, 120), "ASSAULT", ["ASSAULT"]) == (NONE, 1.0)


def test_a_second_candidate_for_one_gold_event_is_labelled_none():
    trainer = _trainer()
    # one gold CONSULT ("talks", 20-25) in the sentence 0-60; the rules propose it twice ("met", "talks")
    gold = [trainer.GoldMention("CONSULT", frozenset({"CONSULT"}), 20, 25, False)]
    met = ((5, 8), (0, 60), "CONSULT", ["CONSULT"])
    talks = ((20, 25), (0, 60), "CONSULT", ["CONSULT"])
    # the candidate at the gold trigger stands for the event, whichever comes first; the other is a duplicate
    assert trainer.label_texts(gold, [met, talks]) == [(NONE, 1.0), ("CONSULT", 1.0)]
    # with no candidate at the trigger, the first in the sentence stands for it
    later = ((40, 44), (0, 60), "CONSULT", ["CONSULT"])
    assert trainer.label_texts(gold, [met, later]) == [("CONSULT", 1.0), (NONE, 1.0)]
    # two gold events in the sentence: two candidates, one each
    two = gold + [trainer.GoldMention("CONSULT", frozenset({"CONSULT"}), 50, 55, False)]
    assert trainer.label_texts(two, [met, later]) == [("CONSULT", 1.0), ("CONSULT", 1.0)]


def test_trainer_is_deterministic_and_learns():
    trainer = _trainer()
    examples = []
    for i in range(12):
        examples.append(trainer.Example(f"g{i}", ["lemma=slam", "s=cyclone"], NONE, 1.0, "ASSAULT"))
        examples.append(trainer.Example(f"h{i}", ["lemma=shell", "s=artillery"], "ASSAULT", 1.0, "ASSAULT"))
    first, second = trainer.fit(examples), trainer.fit(examples)
    assert first == second
    assert max(first.probabilities(["lemma=slam", "s=cyclone"]).items(), key=lambda kv: kv[1])[0] == NONE
    assert max(first.probabilities(["lemma=shell"]).items(), key=lambda kv: kv[1])[0] == "ASSAULT"


def test_runtime_reads_weights_without_a_training_library():
    source = (ROOT / "src" / "accord" / "stages" / "events" / "type_model.py").read_text(encoding="utf-8")
    for library in ("sklearn", "numpy", "scipy", "torch"):
        assert f"import {library}" not in source and f"from {library}" not in source


def test_petrarch_weak_labels_say_whether_the_dictionary_agrees():
    # "slam" has no default type in PETRARCH2, but "slam ... plan" is a criticism (ACCUSE)
    assert "pet=agrees" in type_model.petrarch_features("slam", "ACCUSE", ["plan"])
    assert "pet=silent" in type_model.petrarch_features("slam", "ASSAULT", ["cyclone"])
    assert type_model.petrarch_features("notaverbinthedictionary", "AGREE", []) == ["pet=unknown"]


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_model(shared_dir, tmp_path):
    # `make train-events` on this code must give the committed weights byte for byte: a rule or feature
    # change without a retrain (or a trainer that is not deterministic) fails here, not on a user's data.
    trainer = _trainer()
    out = tmp_path / "type_model.json"
    assert trainer.main(["--shared", str(shared_dir), "--out", str(out)]) == 0
    shipped = ROOT / "src" / "accord" / "data" / "events" / "type_model.json"
    assert out.read_bytes() == shipped.read_bytes(), "the shipped type model is stale: run `make train-events`"


@pytest.mark.parametrize("verb", ["confirmed", "stated", "reported"])
def test_a_reported_event_is_judged_alike_whatever_the_reporting_verb(extract_text, verb):
    # the model learned "said that ..." well and the rarer reporting verbs barely: they read as "say"
    said = extract_text("The Omani foreign minister said that the talks had been postponed.", published="2025-05-01")
    other = extract_text(f"The Omani foreign minister {verb} that the talks had been postponed.", published="2025-05-01")
    assert _types(said) == ["REJECT"]
    assert _types(other) == _types(said)


def test_a_verb_that_does_not_report_keeps_its_own_features(extract_text, nlp):
    # control: only reporting verbs are merged; a non-reporting governor stays itself ("welcomed")
    from accord.stages.events.type_model import _verb_key

    reporting = frozenset({"say", "confirm"})
    doc = nlp("The minister confirmed that it was late and welcomed the news.")
    assert [_verb_key(t, reporting) for t in doc if t.pos_ == "VERB"] == ["say", "welcome"]
    doc = nlp("The confirmation came late.")
    assert all(_verb_key(t, reporting) == t.lemma_.lower() for t in doc)


def test_a_reporting_verb_that_reports_no_clause_keeps_its_own_features(nlp):
    # "the protests only added to the pressure": "add" reports nothing here, so it is no "said"
    from accord.stages.events.type_model import _verb_key

    doc = nlp("The protests only added to the pressure on the government.")
    assert [_verb_key(t, frozenset({"add"})) for t in doc if t.pos_ == "VERB"] == ["add"]
