"""A remark on the talks takes a position on an issue it names only through its stance words: its
praise of the talks is the talks' assessment, not the issue's (the divergence view's issue topics)."""

from __future__ import annotations

import pytest

from accord.corpus.divergence import assess_topics, find_divergences, issue_polarity
from accord.records import ArticleRecord, Event, Span, Speaker, Statement
from accord.stages.positions import assess, find_issue_matches, find_polarity_matches


def _statement(nlp, sid: str, affiliation: str, text: str) -> Statement:
    """A statement whose content is the whole sentence, tagged as the positions stage tags it."""
    doc = nlp(text)
    polarity, evidence = assess(find_polarity_matches(doc), text)
    return Statement(id=sid, kind="indirect", content=Span.of(text, 0, len(text)), cue=None,
                     speaker=Speaker(text="an official", start=0, end=0, affiliation=affiliation), party=affiliation,
                     polarity=polarity, evidence=evidence, issues=sorted({m[2] for m in find_issue_matches(doc)}))


def _record(aid: str, statement: Statement) -> ArticleRecord:
    text = statement.content.text
    talks = text.find("talks")
    events = [Event(id="e1", event="CONSULT", trigger=Span.of(text, talks, talks + 5))] if talks >= 0 else []
    return ArticleRecord(id=aid, source="t", published="2025-04-14", language="en", statements=[statement],
                         events=events)


@pytest.mark.parametrize(
    ("sentence", "whole", "on_issues"),
    [
        # Praise of the talks about an issue: an assessment of the talks only.
        ("The talks made very good progress on the nuclear programme.", "positive", None),
        # Praise of the talks and a demand on an issue: the demand is the position on the issue.
        ("The talks made very good progress, but Ruritania must eliminate its enrichment programme.",
         "positive", "negative"),
        ("The talks were disappointing, but enrichment on our own soil is non-negotiable.", "neutral", "positive"),
        # A remark that does not name the talks keeps its whole assessment for its issues.
        ("The sanctions are illegal.", "negative", "negative"),
        # A negator's scope is not in the record: the statement's own assessment stands.
        ("There was no progress in the talks on the nuclear programme.", "negative", "negative"),
    ],
)
def test_a_remark_on_the_talks_assesses_an_issue_by_its_stance_words(nlp, sentence, whole, on_issues):
    statement = _statement(nlp, "s1", "USA", sentence)
    assert statement.polarity == whole
    assert issue_polarity(statement) == on_issues


def test_praise_of_the_talks_does_not_blur_a_partys_demand_on_the_issue(nlp):
    """A party praising the talks on an issue and demanding its end stays against the issue, so it
    diverges from a party holding the issue non-negotiable; its praise counts for the talks."""
    praise = _record("a1", _statement(nlp, "s1", "USA", "The talks made very good progress on the nuclear programme."))
    demand = _record("a2", _statement(nlp, "s1", "USA", "Ruritania must eliminate its enrichment programme."))
    refusal = _record("a3", _statement(nlp, "s1", "RUR", "Enrichment on our own soil is non-negotiable."))
    [divergence] = find_divergences([praise, demand, refusal])
    assert divergence.topic.startswith("nuclear_programme")
    assert {(s.party, s.polarity): s.statements for s in divergence.sides} == {
        ("RUR", "positive"): ["a3:s1"], ("USA", "negative"): ["a2:s1"]}
    talks = next(topic for topic in assess_topics([praise, demand, refusal]) if topic.event)
    assert {(s.party, s.polarity): s.statements for s in talks.sides} == {("USA", "positive"): ["a1:s1"]}


def test_a_statement_praising_the_talks_and_demanding_on_the_issue_counts_each_for_its_topic(nlp):
    both = _record("a1", _statement(
        nlp, "s1", "USA", "The talks made very good progress, but Ruritania must eliminate its enrichment programme."))
    refusal = _record("a2", _statement(nlp, "s1", "RUR", "Enrichment on our own soil is non-negotiable."))
    topics = {topic.event is not None: topic for topic in assess_topics([both, refusal])}
    assert {(s.party, s.polarity) for s in topics[True].sides} == {("USA", "positive")}
    assert topics[False].divergent
    assert {(s.party, s.polarity) for s in topics[False].sides} == {("USA", "negative"), ("RUR", "positive")}
    # Each side shows the words that decided it: the demand on the issue, the praise of the talks.
    assert {s.party: s.evidence for s in topics[False].sides} == {"USA": ["eliminate"], "RUR": ["non-negotiable"]}
    assert {"good", "progress"} <= set(topics[True].sides[0].evidence)


def test_a_remark_even_on_the_talks_but_for_the_issue_counts_for_the_issue_only(nlp):
    """Blame for the talks and a firm stance on the issue weigh even overall: the stance still counts."""
    mixed = _record("a1", _statement(
        nlp, "s1", "RUR", "The talks were disappointing, but enrichment on our own soil is non-negotiable."))
    demand = _record("a2", _statement(nlp, "s1", "USA", "Ruritania must eliminate its enrichment programme."))
    [divergence] = find_divergences([mixed, demand])
    assert {(s.party, s.polarity): s.statements for s in divergence.sides} == {
        ("RUR", "positive"): ["a1:s1"], ("USA", "negative"): ["a2:s1"]}
    assert all(topic.event is None for topic in assess_topics([mixed, demand]))
