"""Issues, assessments and parties of statements; divergence between parties."""

from __future__ import annotations

import pytest

from accord.corpus.divergence import find_divergences, statement_side
from accord.records import ArticleRecord, Event, Span, Speaker, Statement
from accord.stages.positions import assess, find_issue_matches, find_polarity_matches


@pytest.mark.parametrize(
    ("sentence", "polarity", "evidence"),
    [
        ("The minister said the negotiations yielded no results.", "negative", {"no", "results"}),
        ("She expressed overall satisfaction with the meeting.", "positive", {"satisfaction"}),
        ("The spokesman said the talks were not productive.", "negative", {"not", "productive"}),
        ("Officials described the round as constructive and businesslike.", "positive", {"constructive", "businesslike"}),
        ("There has been a lack of progress on the truce, the envoy said.", "negative", {"lack", "progress"}),
        ("Analysts called the outcome a breakthrough.", "positive", {"breakthrough"}),
        ("The opposition called the deal a failure.", "negative", {"failure"}),
        ("Kyiv's pessimistic and negative evaluation of the summit was clear.", "negative", {"pessimistic", "negative"}),
        ("The delegation arrived in Doha on Tuesday.", "neutral", set()),
        ("The talks did not end in failure, the mediator said.", "positive", {"not", "failure"}),
    ],
)
def test_assessment_with_negation_keeps_its_evidence(nlp, sentence, polarity, evidence):
    doc = nlp(sentence)
    found, spans = assess(find_polarity_matches(doc), sentence)
    assert found == polarity
    assert {s.text for s in spans} == evidence
    assert all(sentence[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    ("sentence", "issues"),
    [
        ("Both sides agreed to a prisoner exchange and a 30-day ceasefire.", {"prisoner_exchange", "ceasefire"}),
        ("Brussels threatened new sanctions over the annexed territories.", {"sanctions", "territory"}),
        ("Aid agencies demanded humanitarian corridors for civilians.", {"humanitarian_access"}),
        ("Kyiv wants security guarantees before any summit.", {"security_guarantees", "leaders_summit"}),
        ("The weather in Istanbul was mild.", set()),
    ],
)
def test_issue_phrases(nlp, sentence, issues):
    assert {m[2] for m in find_issue_matches(nlp(sentence))} == issues


TEXT = (
    "Moscow's envoy Ivan Petrov said the talks were constructive. "
    "Kyiv's negotiator Olena Shevchenko said the talks yielded no results. "
    "A Chinese scholar said Ukraine's evaluation of the talks was pessimistic."
)


def _statement(sid: str, speaker_text: str, affiliation: str | None, content: str, **extra) -> Statement:
    start = TEXT.index(content)
    speaker_start = TEXT.index(speaker_text)
    return Statement(
        id=sid,
        kind="indirect",
        content=Span.of(TEXT, start, start + len(content)),
        cue=None,
        speaker=Speaker(
            text=speaker_text, start=speaker_start, end=speaker_start + len(speaker_text), affiliation=affiliation
        ),
        **extra,
    )


def _record(statements: list[Statement], published: str = "2025-05-17") -> ArticleRecord:
    trigger_start = TEXT.index("talks")
    event = Event(id="e1", event="CONSULT", trigger=Span.of(TEXT, trigger_start, trigger_start + 5))
    return ArticleRecord(id="a1", source="t", published=published, language="en", statements=statements, events=[event])


def test_third_party_statement_takes_the_side_it_describes():
    own = _statement("s1", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS")
    third = _statement(
        "s3", "A Chinese scholar", "CHN", "Ukraine's evaluation of the talks was pessimistic",
        party="CHN", third_party=True, about=["UKR"],
    )
    unaffiliated = _statement("s4", "A Chinese scholar", None, "the talks were constructive")
    assert statement_side(own) == "RUS"
    assert statement_side(third) == "UKR"
    assert statement_side(unaffiliated) is None


def test_divergence_on_the_talks_sets_parties_against_each_other():
    statements = [
        _statement("s1", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS",
                   polarity="positive", issues=["negotiation_process"]),
        _statement("s2", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                   polarity="negative", issues=["negotiation_process"]),
    ]
    [divergence] = find_divergences([_record(statements)])
    assert divergence.event == "a1:e1"
    sides = {(s.party, s.polarity): s.statements for s in divergence.sides}
    assert sides == {("RUS", "positive"): ["a1:s1"], ("UKR", "negative"): ["a1:s2"]}


def test_agreeing_parties_are_no_divergence():
    statements = [
        _statement("s1", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS",
                   polarity="positive", issues=["negotiation_process"]),
        _statement("s2", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                   polarity="positive", issues=["negotiation_process"]),
    ]
    assert find_divergences([_record(statements)]) == []


def test_issue_divergence_across_articles_within_a_window():
    first = _record([_statement("s1", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS",
                                polarity="positive", issues=["ceasefire"])], published="2025-05-13")
    second = _record([_statement("s1", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                                 polarity="negative", issues=["ceasefire"])], published="2025-05-14")
    second.id = "a2"
    divergences = find_divergences([first, second], window_days=7)
    assert [d.topic.split(" ")[0] for d in divergences] == ["ceasefire"]
    assert {s.party for s in divergences[0].sides} == {"RUS", "UKR"}


@pytest.mark.parametrize(
    ("content", "evidence", "side"),
    [
        ("Ukraine's evaluation of the talks was pessimistic", "pessimistic", "UKR"),  # holder before evidence
        ("a pessimistic evaluation could isolate Ukraine", "pessimistic", None),  # named after: a target
    ],
)
def test_third_party_side_needs_the_state_named_before_the_evidence(content, evidence, side):
    text = f"A Chinese scholar said {content}."
    start = text.index(content)
    where = text.index("Ukraine")
    statement = Statement(
        id="s1", kind="indirect", content=Span.of(text, start, start + len(content)), cue=None,
        speaker=Speaker(text="A Chinese scholar", start=0, end=17, affiliation="CHN"), party="CHN",
        third_party=True, about=["UKR"], polarity="negative",
        evidence=[Span.of(text, text.index(evidence), text.index(evidence) + len(evidence))],
    )
    assert statement_side(statement, [(where, "UKR")]) == side
