"""`accord eval`: the scoring rules on hand-built examples, the loaders, and end-to-end runs.

The fixtures under tests/fixtures/eval are our own sentences (never PolNeAR text).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from accord.cli.evaluate import run_eval
from accord.evaluate import evaluate_sets, load_sets
from accord.evaluate.gold import load_gold_file
from accord.evaluate.polnear import is_polnear_folder, load_polnear_folder
from accord.evaluate.scoring import (
    GoldEvent,
    GoldStatement,
    PredictedEvent,
    PredictedStatement,
    as_ranges,
    contains,
    judge_speaker,
    match_contents,
    normalise_name,
    overlap,
    score_events,
    score_statements,
)
from accord.records import ActorRef, Event, Span, Speaker, Statement
from accord.stages.base import ArticleState, Stage

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
GOLD_FILE = FIXTURES / "gold" / "tiny-talks.json"
POLNEAR_DIR = FIXTURES / "polnear"


def r(*pairs: tuple[int, int]):
    return as_ranges(pairs)


# --- ranges -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([(5, 9), (0, 3)], ((0, 3), (5, 9))),
        ([(0, 5), (3, 8)], ((0, 8),)),
        ([(0, 5), (5, 8)], ((0, 8),)),
        ([(4, 4), (6, 2)], ()),
    ],
)
def test_as_ranges_sorts_merges_and_drops_empty(pairs, expected):
    assert as_ranges(pairs) == expected


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        (r((0, 10)), r((5, 20)), 5),
        (r((0, 10)), r((10, 20)), 0),
        (r((0, 4), (10, 16)), r((2, 12)), 4),
        (r((0, 4), (10, 16)), r((0, 20)), 10),
        ((), r((0, 5)), 0),
    ],
)
def test_overlap_counts_shared_characters(a, b, shared):
    assert overlap(a, b) == shared == overlap(b, a)


def test_contains_needs_every_character():
    assert contains(r((0, 20)), r((5, 10)))
    assert not contains(r((0, 7)), r((5, 10)))
    assert not contains(r((0, 20)), ())


# --- statements -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "pairs"),
    [
        # exactly half of the gold covered is enough; less is not
        ([r((0, 10))], [r((0, 5))], [(0, 0)]),
        ([r((0, 10))], [r((0, 4))], []),
        # one prediction covering two gold statements finds only one of them (one-to-one)
        ([r((0, 10)), r((10, 20))], [r((0, 20))], [(0, 0)]),
        # best overlap first: the long prediction goes to the long gold, the short to the short
        ([r((0, 10)), r((10, 30))], [r((0, 30)), r((0, 10))], [(0, 1), (1, 0)]),
        # two predictions on one gold: the better one is matched
        ([r((0, 10))], [r((0, 6)), r((0, 9))], [(0, 1)]),
        # discontinuous gold (10 chars): its second part (6 chars) is more than half, its first (4) is not
        ([r((0, 4), (10, 16))], [r((10, 16))], [(0, 0)]),
        ([r((0, 4), (10, 16))], [r((0, 4))], []),
        # the gap between the parts does not count
        ([r((0, 4), (10, 16))], [r((3, 11))], []),
    ],
)
def test_match_contents(gold, predicted, pairs):
    assert match_contents(gold, predicted) == pairs


@pytest.mark.parametrize(
    ("predicted", "correct"),
    [
        (r((0, 20)), True),  # exactly half inside gold 0-10
        (r((0, 21)), False),  # less than half
        (r((30, 40)), True),  # inside gold 25-45
        (r((8, 28)), False),  # 2 + 3 chars in two golds: never summed across golds
    ],
)
def test_predicted_correct_when_half_inside_one_gold(predicted, correct):
    gold = [GoldStatement(content=r((0, 10))), GoldStatement(content=r((25, 45)))]
    match = score_statements(gold, [PredictedStatement(content=predicted)])
    assert (0 in match.correct) is correct
    assert match.counts.correct == int(correct)


# A PolNeAR attribution of a quote split around its cue: "A" (0-20) and "B" (32-52), cue at 24-28,
# speaker at 22-23. accord makes two statements sharing that cue and speaker.
_SPLIT_GOLD = [GoldStatement(content=r((0, 20), (32, 52)), source=r((22, 23)), has_identity=False)]
_CUE, _SPEAKER = r((24, 28)), r((22, 23))


def _part(start: int, end: int, cue=_CUE, speaker=_SPEAKER) -> PredictedStatement:
    return PredictedStatement(content=r((start, end)), speaker=speaker, cue=cue)


@pytest.mark.parametrize(
    ("predicted", "found", "joined"),
    [
        # both halves of the split quote, one cue and speaker: the attribution is found once
        ([_part(1, 20), _part(32, 51)], 1, 1),
        # a lone half covers less than half of the gold: still a miss
        ([_part(1, 20)], 0, 0),
        # two statements with different cues never join
        ([_part(1, 20), _part(32, 51, cue=r((53, 58)))], 0, 0),
        # nor with different speakers, nor without a cue
        ([_part(1, 20), _part(32, 51, speaker=r((60, 65)))], 0, 0),
        ([_part(1, 20, cue=()), _part(32, 51, cue=())], 0, 0),
        # a wrong statement sharing the cue (mostly outside the gold) never helps cover it
        ([_part(1, 20), _part(40, 90)], 0, 0),
        # a half that alone covers half the gold is an ordinary match, not a join
        ([_part(0, 20), _part(32, 52), _part(5, 52)], 1, 0),
    ],
)
def test_parts_of_a_split_quote_find_its_attribution_together(predicted, found, joined):
    match = score_statements(_SPLIT_GOLD, predicted, join_split_quotes=True)
    assert (match.counts.found, match.counts.found_by_joined_parts) == (found, joined)
    # precision stays per predicted statement: joining changes neither ``predicted`` nor ``correct``
    plain = score_statements(_SPLIT_GOLD, predicted)
    assert (match.counts.predicted, match.counts.correct) == (plain.counts.predicted, plain.counts.correct)
    assert plain.counts.found_by_joined_parts == 0


def test_a_split_pair_counts_once_and_its_parts_are_not_reused():
    # two gold attributions with the same split shape; one pair of parts finds only the first
    gold = [*_SPLIT_GOLD, GoldStatement(content=r((100, 120), (132, 152)), has_identity=False)]
    predicted = [_part(1, 20), _part(32, 51), _part(101, 120, cue=r((124, 128))), _part(132, 150, cue=r((124, 128)))]
    match = score_statements(gold, predicted, join_split_quotes=True)
    assert match.joined == {0: (0, 1), 1: (2, 3)}
    assert match.counts.found == 2 and match.counts.gold == 2
    assert match.matched_predictions == {0, 1, 2, 3}
    assert len(match.verdicts) == 2  # the speaker is judged once per attribution


def test_only_polnear_gold_joins_the_parts_of_a_split_quote():
    # accord gold annotates the two parts as two statements itself, so there nothing is joined
    from accord.evaluate import score_article
    from accord.evaluate.gold import GoldArticle
    from accord.records import ArticleRecord

    text = "\u201cTalks will resume,\u201d she said, \u201cbut not this week.\u201d"
    first, second = text.index("Talks"), text.index("but")
    cue, speaker = text.index("said"), text.index("she")
    parts = [(first, text.index(",\u201d")), (second, text.index(".\u201d") + 1)]
    # the gold ranges take the quotation marks in, so neither part alone covers half of them
    quoted = [(start - 1, end + 1) for start, end in parts]
    gold = GoldArticle(name="a", text=text, source="a.txt", statements=[
        GoldStatement(content=r(*quoted), source=r((speaker, speaker + 3)), has_identity=False)
    ])
    record = ArticleRecord(id="a", source="a.txt", language="en", statements=[
        Statement(id=f"s{i}", kind="direct", content=Span.of(text, start, end), cue=Span.of(text, cue, cue + 4),
                  speaker=Speaker(text="she", start=speaker, end=speaker + 3))
        for i, (start, end) in enumerate(parts)
    ])
    polnear = score_article(gold, record, "polnear")
    assert (polnear.statements.found, polnear.statements.correct) == (1, 2)
    assert polnear.details["statement_unmatched_correct"] == []
    assert score_article(gold, record, "gold").statements.found == 0


@pytest.mark.parametrize(
    ("gold_name", "predicted_name", "equal"),
    [
        ("the Kremlin", "Kremlin", True),
        ("Sun Zhuangzhi", "sun zhuangzhi.", True),
        ("Volodymyr Zelenskyy", "Volodymyr  Zelenskyy", True),
        ("U.S. officials", "US officials", False),  # dots become spaces: "u s" vs "us"
        ("Sun Zhuangzhi", "Sun", False),
        ("experts", None, False),
        ("Theodore Roe", "odore Roe", False),  # only a leading word "the" is dropped
    ],
)
def test_normalise_name(gold_name, predicted_name, equal):
    assert (normalise_name(gold_name) == normalise_name(predicted_name)) is equal


@pytest.mark.parametrize(
    ("gold", "predicted", "verdict"),
    [
        (
            GoldStatement(r((0, 10)), r((20, 30)), "Anna Petrosyan", "ARM"),
            PredictedStatement(r((0, 10)), r((25, 28)), "anna petrosyan", "ARM"),
            (True, True, True),
        ),
        (
            GoldStatement(r((0, 10)), r((20, 30)), "experts", None),
            PredictedStatement(r((0, 10)), r((30, 40)), "the experts", "RUS"),
            (True, False, False),
        ),
        # PolNeAR: no names or affiliations; with no gold source the speaker span cannot be right
        (GoldStatement(r((0, 10)), (), has_identity=False), PredictedStatement(r((0, 10))), (None, None, False)),
        (GoldStatement(r((0, 10)), r((12, 20)), has_identity=False), PredictedStatement(r((0, 10)), r((19, 25))), (None, None, True)),
    ],
)
def test_judge_speaker(gold, predicted, verdict):
    result = judge_speaker(gold, predicted)
    assert (result.name, result.affiliation, result.span) == verdict


def test_score_statements_counts_speakers_on_found_only():
    gold = [
        GoldStatement(r((0, 10)), r((12, 15)), "Anna Petrosyan", "ARM"),
        GoldStatement(r((40, 60)), r((30, 35)), "Western diplomats", None),
    ]
    predicted = [
        PredictedStatement(r((0, 10)), r((12, 15)), "Anna Petrosyan", "ARM"),
        PredictedStatement(r((70, 80)), r((30, 35)), "Western diplomats", None),  # wrong content
    ]
    counts = score_statements(gold, predicted).counts
    assert (counts.gold, counts.predicted, counts.found, counts.correct) == (2, 2, 1, 1)
    assert (counts.precision, counts.recall, counts.f1) == (0.5, 0.5, 0.5)
    assert (counts.names_scored, counts.affiliations_scored, counts.speaker_spans_scored) == (1, 1, 1)


def test_no_predictions_scores_zero_not_error():
    counts = score_statements([GoldStatement(r((0, 10)))], []).counts
    assert (counts.precision, counts.recall, counts.f1, counts.name_accuracy) == (0.0, 0.0, 0.0, 0.0)


# --- events -----------------------------------------------------------------------------------

TALKS = GoldEvent(types=frozenset({"CONSULT"}), actors=frozenset({"RUS", "UKR"}), trigger=r((10, 15)), date="2025-05-16")
AGREED = GoldEvent(types=frozenset({"AGREE", "CONCEDE"}), actors=frozenset({"RUS", "UKR"}), trigger=r((30, 36)))
REFUSED = GoldEvent(types=frozenset({"REJECT"}), actors=frozenset({"RUS"}), trigger=r((60, 67)), optional=True)
SENTENCE = r((0, 50))


def event(type_: str, actors: set[str], trigger: tuple[int, int], **kwargs) -> PredictedEvent:
    return PredictedEvent(type=type_, actors=frozenset(actors), trigger=r(trigger), **kwargs)


@pytest.mark.parametrize(
    ("predicted", "found"),
    [
        (event("CONSULT", {"RUS"}, (10, 15)), True),
        (event("CONSULT", {"RUS", "USA"}, (8, 15)), True),  # trigger covers the gold trigger
        (event("CONSULT", {"USA"}, (10, 15)), False),  # no actor code in common
        (event("CONSULT", set(), (10, 15)), False),
        (event("AGREE", {"RUS"}, (10, 15)), False),  # wrong type
        (event("CONSULT", {"RUS"}, (10, 15), negated=True), False),  # negation differs
        (event("CONSULT", {"RUS"}, (10, 13)), False),  # trigger covers part only, no sentence
        (event("CONSULT", {"RUS"}, (2, 5), sentence=SENTENCE), True),  # the sentence covers it
        (event("CONSULT", {"RUS"}, (2, 5), sentence=r((0, 12))), False),
    ],
)
def test_gold_event_found(predicted, found):
    assert score_events([TALKS], [predicted]).counts.found == int(found)


@pytest.mark.parametrize("type_", ["AGREE", "CONCEDE"])
def test_alternative_types_are_accepted(type_):
    assert score_events([AGREED], [event(type_, {"UKR"}, (30, 36))]).counts.found == 1


def test_one_prediction_finds_one_gold_event_and_matching_is_maximal():
    both_in_sentence = event("CONSULT", {"RUS"}, (2, 5), sentence=SENTENCE)
    second_talks = GoldEvent(types=frozenset({"CONSULT"}), actors=frozenset({"RUS"}), trigger=r((40, 45)))
    # one prediction, two gold events it could match: only one is found
    assert score_events([TALKS, second_talks], [both_in_sentence]).counts.found == 1
    # with a second, trigger-level prediction for the first, both are found (maximum matching)
    exact_first = event("CONSULT", {"RUS"}, (10, 15))
    assert score_events([TALKS, second_talks], [both_in_sentence, exact_first]).counts.found == 2


@pytest.mark.parametrize(
    ("predicted", "found", "false_positives", "optional_matches"),
    [
        # a prediction matching only an optional gold event is neither found nor a false positive
        ([event("REJECT", {"RUS"}, (60, 67))], 0, 0, 1),
        # a duplicate of a matched required event is a false positive
        ([event("CONSULT", {"RUS"}, (10, 15)), event("CONSULT", {"UKR"}, (10, 15))], 1, 1, 0),
        ([event("SANCTION", {"EUR"}, (70, 75))], 0, 1, 0),
    ],
)
def test_optional_events_and_false_positives(predicted, found, false_positives, optional_matches):
    counts = score_events([TALKS, AGREED, REFUSED], predicted).counts
    assert counts.required == 2
    assert (counts.found, counts.false_positives, counts.optional_matches) == (found, false_positives, optional_matches)


def test_event_precision_recall_ignore_optional_matches():
    predicted = [event("CONSULT", {"RUS"}, (10, 15)), event("REJECT", {"RUS"}, (60, 67)), event("AID", {"USA"}, (80, 84))]
    counts = score_events([TALKS, AGREED, REFUSED], predicted).counts
    assert (counts.precision, counts.recall) == (0.5, 0.5)


@pytest.mark.parametrize(
    ("gold_date", "predicted_date", "right"),
    [("2025-05-16", "2025-05-16", True), ("2025-05-16", "2025-05-17", False), ("2025-05-16", None, False),
     (None, None, True), ("2022-03", "2022-03", True), (None, "2025-05-16", False)],
)
def test_date_accuracy_over_found_events(gold_date, predicted_date, right):
    gold = GoldEvent(types=frozenset({"CONSULT"}), actors=frozenset({"RUS"}), trigger=r((10, 15)), date=gold_date)
    counts = score_events([gold], [event("CONSULT", {"RUS"}, (10, 15), date=predicted_date)]).counts
    assert counts.found == 1
    assert counts.date_accuracy == (1.0 if right else 0.0)


# --- loaders ----------------------------------------------------------------------------------


def test_load_gold_file_reads_text_relative_to_the_gold_folders_parent():
    gold_set = load_gold_file(GOLD_FILE)
    assert not gold_set.errors
    [article] = gold_set.articles
    assert article.published == "2025-03-06"
    assert len(article.statements) == 4 and len(article.events) == 3
    second = article.statements[1]
    assert article.text[second.content[0][0]:second.content[0][1]] == "her government was ready to sign a deal"
    assert second.name == "Anna Petrosyan" and second.affiliation == "ARM"
    assert article.events[0].types == {"CONSULT"} and article.events[1].optional
    assert article.events[1].types == {"AGREE", "COOPERATE"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "invalid JSON at line 1"),
        ('{"format": "other"}', "not an accord-gold/1 file"),
        ('{"format": "accord-gold/1", "text_file": "corpus/missing.txt"}', "cannot read"),
        ('{"format": "accord-gold/1", "text_file": "corpus/t.txt", "statements": [{"content": 3}]}', "statements[0].content"),
        # a span that does not point at its text: the gold and the text file disagree
        ('{"format": "accord-gold/1", "text_file": "corpus/t.txt", "events": [{"event": "AID", '
         '"trigger": {"text": "Other", "start": 0, "end": 5}}]}', "events[0].trigger: [0, 5) does not point at 'Other'"),
        ('{"format": "accord-gold/1", "text_file": "corpus/t.txt", "statements": [{"content": '
         '{"text": "x", "start": 5, "end": 99}}]}', "statements[0].content"),
        # values of the wrong JSON type: one error line, not a crash of the whole run
        ('{"format": "accord-gold/1", "text_file": "corpus/t.txt", "statements": ["x"]}', "malformed accord-gold/1"),
        ('{"format": "accord-gold/1", "text_file": ["t.txt"]}', "malformed accord-gold/1"),
    ],
)
def test_bad_gold_file_is_one_error_line(tmp_path, content, reason):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "t.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    path = tmp_path / "gold" / "bad.json"
    path.write_text(content, encoding="utf-8")
    gold_set = load_gold_file(path)
    assert not gold_set.articles
    [error] = gold_set.errors
    assert error.source == str(path) and reason in error.reason


def test_undecodable_gold_file_is_one_error_line(tmp_path):
    path = tmp_path / "binary.json"
    path.write_bytes(b"\xff\xfe\x00 not utf-8")
    gold_set = load_gold_file(path)
    [error] = gold_set.errors
    assert error.source == str(path) and error.reason.startswith("cannot read: ") and not gold_set.articles


def test_load_polnear_folder_with_discontinuous_spans():
    assert is_polnear_folder(POLNEAR_DIR) and not is_polnear_folder(FIXTURES / "gold")
    gold_set = load_polnear_folder(POLNEAR_DIR)
    assert [a.name for a in gold_set.articles] == ["alpha", "beta"]
    beta = gold_set.articles[1]
    critics = beta.statements[1]
    assert len(critics.content) == 2 and not critics.has_identity
    assert [beta.text[s:e] for s, e in critics.content] == ["the project was over budget", "behind schedule"]
    assert beta.statements[2].source == ()
    assert [a.name for a in load_polnear_folder(POLNEAR_DIR, limit=1).articles] == ["alpha"]


def test_polnear_folder_missing_text_reports_and_goes_on(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "one.txt").write_text("A said B.", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"one": [], "two": []}), encoding="utf-8")
    gold_set = load_polnear_folder(tmp_path)
    assert [a.name for a in gold_set.articles] == ["one"]
    assert len(gold_set.errors) == 1 and "two.txt" in gold_set.errors[0].source


# --- plumbing with a stage that echoes the gold ----------------------------------------------


def _echo_stage(gold_by_text: dict[str, list[GoldStatement]]) -> Stage:
    """A stage predicting exactly the gold contents and speakers: the figures must come out 1.0."""

    def run(state: ArticleState) -> None:
        text = state.text
        for i, g in enumerate(gold_by_text[text]):
            start, end = g.content[0][0], g.content[-1][1]
            speaker = Speaker(text=text[g.source[0][0]:g.source[0][1]], start=g.source[0][0], end=g.source[0][1],
                              name=g.name, affiliation=g.affiliation) if g.source else None
            state.statements.append(Statement(id=f"s{i + 1}", kind="indirect", content=Span.of(text, start, end),
                                              cue=None, speaker=speaker))

    return Stage("echo", run)


def test_evaluate_sets_with_an_echoing_stage_scores_statements_perfectly(nlp):
    sets = load_sets([str(GOLD_FILE), str(POLNEAR_DIR)])
    gold_by_text = {a.text: a.statements for s in sets for a in s.articles}
    report = evaluate_sets(sets, nlp, stages=[_echo_stage(gold_by_text)])
    gold_figures, polnear_figures = (s.figures() for s in report.sets)
    assert gold_figures["statement_f1"] == 1.0 and gold_figures["speaker_name_accuracy"] == 1.0
    assert gold_figures["affiliation_accuracy"] == 1.0 and gold_figures["event_recall"] == 0.0
    # beta's discontinuous gold is echoed as one span covering the gap: still found and inside a gold
    assert polnear_figures["statement_precision"] == 1.0 and polnear_figures["statement_recall"] == 1.0
    # 4 of the 5 attributions have a source; the fifth (no source) cannot have its speaker right
    assert polnear_figures["speaker_span_accuracy"] == 0.8


def test_evaluate_sets_scores_events_from_records(nlp):
    sets = load_sets([str(GOLD_FILE)])
    text = sets[0].articles[0].text

    def run(state: ArticleState) -> None:
        talks, rejected = text.index("talks"), text.index("rejected")
        state.events.append(Event(id="e1", event="CONSULT", trigger=Span.of(text, talks, talks + 5),
                                  actors=[ActorRef(**Span.of(text, 24, 31).model_dump(), code="ARM")]))
        state.events.append(Event(id="e2", event="REJECT", trigger=Span.of(text, rejected, rejected + 8),
                                  actors=[ActorRef(**Span.of(text, 0, 9).model_dump(), code="TUR")]))

    report = evaluate_sets(sets, nlp, stages=[Stage("events", run)])
    counts = report.sets[0].events
    assert (counts.required, counts.found, counts.false_positives) == (2, 1, 1)
    assert report.sets[0].figures()["date_accuracy"] == 0.0  # found talks without its date
    details = report.details()[0]
    assert [m["trigger"][0]["text"] for m in details["event_misses"]] == ["rejected"]


# --- end to end -------------------------------------------------------------------------------


@pytest.mark.slow
def test_accord_eval_end_to_end_json_and_details(tmp_path):
    details = tmp_path / "details.json"
    result = subprocess.run(
        [sys.executable, "-m", "accord", "eval", str(GOLD_FILE), str(POLNEAR_DIR), "--format", "json", "--details", str(details)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    gold_set, polnear_set = data["sets"]
    assert gold_set["kind"] == "gold" and polnear_set["kind"] == "polnear"
    assert gold_set["counts"]["statements_gold"] == 4 and gold_set["counts"]["events_required"] == 2
    assert [a["article"] for a in polnear_set["articles"]] == ["alpha", "beta"]
    assert set(gold_set["figures"]) >= {"statement_f1", "speaker_name_accuracy", "affiliation_accuracy", "event_f1", "date_accuracy"}
    assert set(polnear_set["figures"]) == {"statement_precision", "statement_recall", "statement_f1", "speaker_span_accuracy"}
    assert all(0.0 <= v <= 1.0 for s in data["sets"] for v in s["figures"].values())
    written = json.loads(details.read_text(encoding="utf-8"))
    assert [d["article"] for d in written] == ["tiny-talks", "alpha", "beta"]
    for article in written:
        for miss in article["statement_misses"]:
            assert all(span["text"] for span in miss["content"])


def test_run_eval_prints_tables_and_reports_bad_input(nlp, tmp_path):
    import io

    missing = tmp_path / "missing.json"
    out, err = io.StringIO(), io.StringIO()
    status = run_eval([str(GOLD_FILE), str(missing)], out=out, err=err)
    assert status == 1
    printed = out.getvalue()
    assert "statement F1" in printed and "tiny-talks" in printed and "events pred/required" in printed
    assert printed.rstrip().endswith("┘")  # the summary comes last, so `tail` shows it
    assert err.getvalue().strip() == f"accord: error: {missing}: cannot read: No such file or directory"  # the prefix every command uses


def test_run_eval_without_readable_gold_does_not_load_a_model(tmp_path, monkeypatch):
    import io

    import accord.nlp

    def refuse(name=None):
        raise AssertionError("the model must not be loaded when there is nothing to score")

    monkeypatch.setattr(accord.nlp, "load_model", refuse)
    out, err = io.StringIO(), io.StringIO()
    status = run_eval([str(tmp_path / "nothing.json")], out=out, err=err)
    assert status == 1 and out.getvalue() == ""
    assert err.getvalue().startswith("accord: error: ") and "nothing.json" in err.getvalue()  # it had no prefix


def test_run_eval_with_an_unknown_model_is_one_line_and_status_2():
    import io

    out, err = io.StringIO(), io.StringIO()
    status = run_eval([str(GOLD_FILE)], model="no_such_model_xyz", out=out, err=err)
    assert status == 2
    # The same `accord: error:` start as every other command's error line (it said "accord eval: ...").
    assert err.getvalue().startswith("accord: error: no spaCy model could be loaded") and len(err.getvalue().splitlines()) == 1


@pytest.mark.parametrize(("args", "as_json"), [((), False), (("--format", "json"), True), (("-f", "table"), False),
                                              (("--json",), True)])
def test_eval_takes_format_json_as_every_command_does(monkeypatch, args, as_json):
    """``query`` and ``export`` say ``--format json``; ``eval`` only took ``--json`` (kept as its old name)."""
    from typer.testing import CliRunner

    import accord.cli.evaluate as command
    from accord.cli import app

    asked = {}
    monkeypatch.setattr(command, "run_eval", lambda gold, **options: asked.update(options) or 0)
    result = CliRunner().invoke(app, ["eval", str(GOLD_FILE), *args])
    assert result.exit_code == 0, result.output
    assert asked["as_json"] is as_json


def test_eval_refuses_an_unknown_format():
    from typer.testing import CliRunner

    from accord.cli import app

    result = CliRunner().invoke(app, ["eval", str(GOLD_FILE), "--format", "xml"])
    assert result.exit_code == 2 and "'xml' is not one of: table, json" in result.output
