"""Issues, assessments and parties of statements; divergence between parties."""

from __future__ import annotations

import pytest

from accord.corpus.divergence import assess_topics, find_divergences, party_remarks, statement_side
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
        # Issue 15's widened lexicon.
        ("The spokesman said Washington was encouraged by the outcome.", "positive", {"encouraged"}),
        ("The discussions were difficult but useful, the minister said.", "positive", {"difficult but useful"}),
        ("There were no breakthroughs at the meeting.", "negative", {"no", "breakthroughs"}),
        ("It was an important day for peace, the mediator said.", "positive", {"important day for peace"}),
        ("The minister called the strikes illegal and the deal bad.", "negative", {"illegal", "bad"}),
        # Negation scope: a negative subject, a negating determiner up the phrase, the phrase's own head.
        ("Nobody in Kyiv was optimistic after the meeting.", "negative", {"Nobody", "optimistic"}),
        ("Neither delegation was satisfied with the talks.", "negative", {"Neither", "satisfied"}),
        ("There was no sign of progress, the envoy said.", "negative", {"no", "progress"}),
        ("It was not an important day for peace in the Balkans.", "negative", {"not", "important day for peace"}),
        ("The talks did not fail, the host said.", "positive", {"not", "fail"}),
        # An adjective on a noun said of something assesses; an outcome inside an assessment is its object.
        ("The premier called the plan a bad idea.", "negative", {"bad"}),
        ("The envoy said the parties were satisfied with the progress.", "positive", {"satisfied"}),
        ("The mediators were praised by both sides.", "positive", {"praised"}),
        ("The new agreement is unacceptable to Kyiv, the aide said.", "negative", {"unacceptable"}),
        ("The results of the summit were disappointing.", "negative", {"disappointing"}),
        ("The ministry welcomed the ceasefire.", "positive", {"welcomed"}),
        ("The only progress in Geneva was a date for the next round.", "negative", {"only", "progress"}),
        ("Real progress, at last.", "positive", {"progress"}),
        ("He was arrested for illegal entry in 2014.", "neutral", set()),  # a name for it, no assessment
        ("We do not want to talk about the bad scenario.", "neutral", set()),  # a verbless fragment (its root is a noun)
        # Conditional or hypothetical content is no assessment.
        ("If the talks do not bring positive results, we will weigh other paths.", "neutral", set()),
        ("A lack of progress could halt this round of negotiations.", "neutral", set()),
        # Stance words count only on an issue.
        ("The envoy said Ruritania must eliminate its enrichment programme.", "negative", {"eliminate"}),
        ("The minister said enrichment on our own soil is non-negotiable.", "positive", {"non-negotiable"}),
        ("They want to eliminate any doubts about their intentions.", "neutral", set()),
        # A wish is no assessment: a user saw a positive Kyiv assessment in "had hoped for ... progress".
        ("Kyiv had hoped for an immediate truce and progress on the main issues.", "neutral", set()),
        ("The minister hopes the next round will bring progress.", "neutral", set()),
        ("I want to remind you that the talks were productive.", "positive", {"productive"}),
        ("They want Ruritania to eliminate its enrichment programme.", "negative", {"eliminate"}),
        ("The delegation hoped for a deal, but the talks brought no progress.", "negative", {"no", "progress"}),
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
        # A bare border is no territorial issue: a user saw "the fish do not recognise our borders" tagged territory.
        ("The herring do not respect our borders, the fisheries minister said.", set()),
        ("Kyiv will never accept redrawing borders by force.", {"territory"}),
        ("The two states have a long border dispute.", {"territory"}),
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


def test_party_remarks_are_what_the_divergence_view_and_the_negotiation_page_both_count():
    """One answer to "which remarks assess which party": a nested repeat counts once, a third party's
    account is the described party's with its speaker's own party kept, a remark with no party is none."""
    statements = [
        _statement("s1", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS",
                   polarity="positive", issues=["negotiation_process"]),
        _statement("s2", "Ivan Petrov", "RUS", "constructive", party="RUS",  # nested in s1: one remark
                   polarity="positive", issues=["negotiation_process"]),
        _statement("s3", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                   polarity="neutral", issues=["negotiation_process"]),
        _statement("s4", "A Chinese scholar", "CHN", "Ukraine's evaluation of the talks was pessimistic",
                   party="CHN", third_party=True, about=["UKR"], polarity="negative"),
        _statement("s5", "A Chinese scholar", None, "the talks was pessimistic", polarity="negative"),
    ]
    record = _record(statements)
    remarks = party_remarks(record)
    assert [(r.statement.id, r.party, r.speaker_party, r.third_party) for r in remarks] == [
        ("s2", "RUS", "RUS", False), ("s3", "UKR", "UKR", False), ("s4", "UKR", "CHN", True)]
    # The divergence view counts the polar ones among them, a third party's in a side of its own.
    [topic] = assess_topics([record])
    assert {(s.party, s.polarity, s.third_party): s.statements for s in topic.sides} == {
        ("RUS", "positive", False): ["a1:s2"], ("CHN", "negative", True): ["a1:s4"]}


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
    # Where the parties agree is an answer too: each party's assessment of the talks, not divergent.
    [topic] = assess_topics([_record(statements)])
    assert not topic.divergent and topic.event == "a1:e1"
    assert {(s.party, s.polarity): s.statements for s in topic.sides} == {
        ("RUS", "positive"): ["a1:s1"], ("UKR", "positive"): ["a1:s2"]}


def test_a_remark_carried_by_two_outlets_is_counted_once():
    def article(aid: str, text: str, content: str) -> ArticleRecord:
        start = text.index(content)
        statement = Statement(id="s1", kind="indirect", content=Span.of(text, start, start + len(content)), cue=None,
                              speaker=Speaker(text="Ivan Petrov", start=0, end=11, affiliation="RUS"), party="RUS",
                              polarity="positive", issues=["negotiation_process"])
        talks = text.index("talks")
        event = Event(id="e1", event="CONSULT", trigger=Span.of(text, talks, talks + 5))
        return ArticleRecord(id=aid, source="t", published="2025-05-17", language="en", statements=[statement],
                             events=[event])

    wire = article("a1", "Ivan Petrov said the talks were constructive.", "the talks were constructive")
    copy = article("a2", "Ivan Petrov said: \u201cThe talks were constructive.\u201d", "The talks were constructive.")
    other = article("a3", "Ivan Petrov said the talks were useful.", "the talks were useful")
    [topic] = assess_topics([wire, copy, other])
    [side] = topic.sides
    assert side.statements == ["a1:s1", "a3:s1"]


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


def test_a_third_partys_account_is_its_own_side_and_never_makes_a_divergence():
    """The scholar's account of Ukraine's pessimism is CHN's third-party side: with Russia's positive view
    alone, there is no divergence; beside Ukraine's own negative view it is shown, apart."""
    own = _statement("s1", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS",
                     polarity="positive", issues=["negotiation_process"])
    third = _statement("s3", "A Chinese scholar", "CHN", "Ukraine's evaluation of the talks was pessimistic",
                       party="CHN", third_party=True, about=["UKR"], polarity="negative",
                       issues=["negotiation_process"])
    assert find_divergences([_record([own, third])]) == []
    ukraine = _statement("s2", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                         polarity="negative", issues=["negotiation_process"])
    [divergence] = find_divergences([_record([own, ukraine, third])])
    sides = {(s.party, s.polarity, s.third_party): (s.statements, s.about) for s in divergence.sides}
    assert sides == {("RUS", "positive", False): (["a1:s1"], []), ("UKR", "negative", False): (["a1:s2"], []),
                     ("CHN", "negative", True): (["a1:s3"], ["UKR"])}
    assert [s.third_party for s in divergence.sides] == [False, False, True]  # third parties last


def test_a_remark_nested_in_a_longer_statement_is_counted_once():
    outer = _statement("s1", "Ivan Petrov", "RUS", "said the talks were constructive", party="RUS",
                       polarity="positive", issues=["negotiation_process"])
    inner = _statement("s2", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS",
                       polarity="positive", issues=["negotiation_process"])
    ukraine = _statement("s3", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                         polarity="negative", issues=["negotiation_process"])
    [divergence] = find_divergences([_record([outer, inner, ukraine])])
    russia = next(s for s in divergence.sides if s.party == "RUS")
    assert russia.statements == ["a1:s2"]


def test_a_mixed_party_against_a_positive_one_is_no_divergence():
    statements = [
        _statement("s1", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS",
                   polarity="positive", issues=["negotiation_process"]),
        _statement("s2", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                   polarity="negative", issues=["negotiation_process"]),
        _statement("s3", "A Chinese scholar", "UKR", "Ukraine's evaluation of the talks was pessimistic",
                   party="UKR", polarity="positive", issues=["negotiation_process"]),
    ]
    assert find_divergences([_record(statements)]) == []


def test_event_topics_follow_the_store_clusters_not_the_articles_dates():
    """Two articles' undated reports of one cluster are one topic named by the cluster's date; a
    report of another cluster (another round) is another topic, never pooled with the first."""
    from accord.corpus.divergence import EventTopic

    first = _record([_statement("s1", "Ivan Petrov", "RUS", "the talks were constructive", party="RUS",
                                polarity="positive", issues=["negotiation_process"])])
    second = _record([_statement("s1", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                                 polarity="negative", issues=["negotiation_process"])])
    second.id = "a2"
    later = _record([_statement("s1", "Olena Shevchenko", "UKR", "the talks yielded no results", party="UKR",
                                polarity="positive", issues=["negotiation_process"])], published="2025-05-24")
    later.id = "a3"
    round_one = EventTopic("c1", "CONSULT", "2025-05-16", "Istanbul")
    clusters = {("a1", "e1"): round_one, ("a2", "e1"): round_one,
                ("a3", "e1"): EventTopic("c2", "CONSULT", "2025-05-23", "Istanbul")}
    [divergence] = find_divergences([first, second, later], clusters=clusters)
    assert divergence.topic == "CONSULT 2025-05-16 in Istanbul" and divergence.cluster == "c1"
    assert {s.party: s.statements for s in divergence.sides} == {"RUS": ["a1:s1"], "UKR": ["a2:s1"]}


def test_a_mediator_of_the_talks_is_a_principal_party_not_a_third_party():
    from accord.records import ActorRef, Entity
    from accord.stages.positions import principal_parties

    text = "Ruritania and Borduria talks, mediated by Carpathia."
    entities = [Entity(id="n1", name="Ruritania", code="RUR", mentions=[Span.of(text, 0, 9)] * 3),
                Entity(id="n2", name="Borduria", code="BOR", mentions=[Span.of(text, 14, 22)] * 2),
                Entity(id="n3", name="Carpathia", code="CRP", mentions=[Span.of(text, 42, 51)])]
    mediated = Event(id="e1", event="CONSULT", mode="third-party", trigger=Span.of(text, 32, 40),
                     actors=[ActorRef(text="Carpathia", start=42, end=51, code="CRP")])
    assert principal_parties(entities) == ["RUR", "BOR"]
    assert principal_parties(entities, [mediated]) == ["RUR", "BOR", "CRP"]
    hypothetical = mediated.model_copy(update={"modality": "hypothetical"})
    assert principal_parties(entities, [hypothetical]) == ["RUR", "BOR"]


@pytest.mark.parametrize("mediated", ["Omani-mediated talks", "talks mediated by Oman"])
def test_a_mediator_the_text_names_speaks_for_itself_not_as_a_third_party(extract_text, mediated):
    # The mediator is named only as the talks' describer ("Omani-mediated"): its ministry's view of the
    # talks is still Oman's own assessment, not a third party's account of Iran's or America's.
    text = (f"Iran and the United States held a second round of {mediated} in Rome on Saturday. "
            "Iran said the United States was serious. The United States said Iran was serious. "
            "Oman's Foreign Ministry said the two sides had made good progress.")
    record = extract_text(text)
    oman = [s for s in record.statements if s.party == "OMN"]
    assert oman and not oman[0].third_party, [(s.party, s.third_party, s.content.text) for s in record.statements]


def test_the_host_of_the_talks_is_a_principal_party_not_a_third_party():
    from accord.records import ActorRef, Entity, Location
    from accord.stages.positions import principal_parties

    text = "Ruritania and Borduria held talks in Carpathia City."
    entities = [Entity(id="n1", name="Ruritania", code="RUR", mentions=[Span.of(text, 0, 9)] * 3),
                Entity(id="n2", name="Borduria", code="BOR", mentions=[Span.of(text, 14, 22)] * 2)]
    talks = Event(id="e1", event="CONSULT", trigger=Span.of(text, 28, 33),
                  actors=[ActorRef(text="Ruritania", start=0, end=9, code="RUR")],
                  location=Location(name="Carpathia City", country="CRP"))
    assert principal_parties(entities, [talks]) == ["RUR", "BOR", "CRP"]
    # Talks that did not happen, or another kind of event there, host nothing.
    assert principal_parties(entities, [talks.model_copy(update={"negated": True})]) == ["RUR", "BOR"]
    assert principal_parties(entities, [talks.model_copy(update={"event": "ASSAULT"})]) == ["RUR", "BOR"]


def test_an_event_is_tagged_with_its_own_phrase_only(extract_text) -> None:
    # A user saw an agreement on a prisoner exchange tagged ceasefire (from a coordinated act's
    # "after ... a future ceasefire"), so it clustered with "resume talks".
    text = ("After the three-hour meeting, Ruritania and Elbonia agreed to a prisoner exchange involving 200 people, "
            "and to resume talks after each side had drafted its plan for a future truce.")
    agreed = [e for e in extract_text(text, published="2025-05-17").events if e.trigger.text == "agreed"]
    assert agreed and agreed[0].issues == ["prisoner_exchange"]
