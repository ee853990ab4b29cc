"""The negotiation page counts a remark once: a statement nested in a report of the same party's remark
(an outlet's "X said the talks were a success, adding ..." with the inner quote also a statement) is one
assessment, as in the divergence view (issue 15: each remark counted once, nested repeats merged)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from negotiation_support import ISTANBUL, ref, span, speaker  # noqa: E402

from accord.records import ArticleRecord, Entity, Event, EventDate, Statement


def _record() -> ArticleRecord:
    text = ('Russia and Ukraine held talks in Istanbul on Friday. '
            'Vladimir Medinsky said the meeting was "a success for everyone" and he was satisfied.')
    outer = "the meeting was \"a success for everyone\" and he was satisfied"
    medinsky = speaker(text, "Vladimir Medinsky", "Vladimir Medinsky", "RUS", "n1")
    return ArticleRecord(
        id="nested-r1", source="nested.txt", title="Talks", published="2025-05-16", language="en", text=text,
        statements=[
            Statement(id="s1", kind="indirect", content=span(text, outer), cue=span(text, "said"), speaker=medinsky,
                      issues=["negotiation_process"], polarity="positive", party="RUS", evidence=[span(text, "success")]),
            Statement(id="s2", kind="direct", content=span(text, "a success for everyone"), cue=span(text, "said"),
                      speaker=medinsky, issues=["negotiation_process"], polarity="positive", party="RUS",
                      evidence=[span(text, "success")]),
        ],
        events=[Event(id="e1", event="CONSULT", trigger=span(text, "talks"),
                      actors=[ref(text, "Russia", "Russia", "RUS", "n2"), ref(text, "Ukraine", "Ukraine", "UKR", "n3")],
                      date=EventDate(value="2025-05-16", granularity="day", text="Friday"), location=ISTANBUL,
                      sentence=span(text, "Russia and Ukraine held talks in Istanbul on Friday."))],
        entities=[Entity(id="n1", name="Vladimir Medinsky", code="RUS", kind="person", mentions=[span(text, "Vladimir Medinsky")]),
                  Entity(id="n2", name="Russia", code="RUS", kind="country", mentions=[span(text, "Russia")]),
                  Entity(id="n3", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")])],
    )


def test_a_nested_repeat_of_one_remark_counts_once(tmp_path) -> None:
    from accord.store import ingest_records, open_store
    from accord.web.negotiation import negotiation_view

    with open_store(f"sqlite:///{tmp_path / 'nested.db'}") as store:
        assert ingest_records([_record()], db=store).failed == 0
        view = negotiation_view(store)
    assert len(view.rounds) == 1
    russia = [party for party in view.rounds[0].assessments if party.party == "RUS"]
    assert len(russia) == 1 and russia[0].counts == {"positive": 1}


def test_the_negotiation_page_and_the_divergence_view_give_a_round_the_same_party_assessments(tmp_path) -> None:
    """Both count the remarks ``party_remarks`` gives: a round's polar counts per party on the negotiation
    page are the statements of that party's sides in the round's topic of the divergence view."""
    from negotiation_support import NEGOTIATION_RECORDS

    from accord.store import ingest_records, open_store
    from accord.store.records import store_assessments
    from accord.web.negotiation import negotiation_view

    with open_store(f"sqlite:///{tmp_path / 'both.db'}") as store:
        assert ingest_records([make() for make in NEGOTIATION_RECORDS], db=store).failed == 0
        view = negotiation_view(store)
        topics = store_assessments(store)
    first = view.rounds[0]
    [topic] = [t for t in topics if t.topic.startswith(f"CONSULT {first.cluster['date']}")]
    page = {(party.party, polarity): count for party in first.assessments if not party.third_party
            for polarity, count in party.counts.items() if polarity != "neutral"}
    divergence: dict[tuple[str, str], int] = {}
    for side in topic.sides:
        if not side.third_party:
            divergence[(side.party, side.polarity)] = divergence.get((side.party, side.polarity), 0) + len(side.statements)
    assert page == divergence and page  # e.g. Russia positive, Ukraine negative on the May 16 round


def _record_with_a_third_party() -> ArticleRecord:
    """A round Russia calls a success, and a foreign scholar's account of Russia's stance."""
    text = ('Russia and Ukraine held talks in Istanbul on Friday. '
            'Vladimir Medinsky said the meeting was a success. '
            'Li Wen, a scholar in Beijing, said Russia had taken a positive view of the talks.')
    medinsky = speaker(text, "Vladimir Medinsky", "Vladimir Medinsky", "RUS", "n1")
    scholar = speaker(text, "Li Wen", "Li Wen", "CHN", "n4")
    third = "Russia had taken a positive view of the talks"
    return ArticleRecord(
        id="third-r1", source="third.txt", title="Talks", published="2025-05-16", language="en", text=text,
        statements=[
            Statement(id="s1", kind="indirect", content=span(text, "the meeting was a success"), cue=span(text, "said"),
                      speaker=medinsky, issues=["negotiation_process"], polarity="positive", party="RUS",
                      evidence=[span(text, "success")]),
            Statement(id="s2", kind="indirect", content=span(text, third), cue=span(text, "said", 2), speaker=scholar,
                      issues=["negotiation_process"], polarity="positive", party="CHN", third_party=True,
                      about=["RUS"], evidence=[span(text, "positive")]),
        ],
        events=[Event(id="e1", event="CONSULT", trigger=span(text, "talks"),
                      actors=[ref(text, "Russia", "Russia", "RUS", "n2"), ref(text, "Ukraine", "Ukraine", "UKR", "n3")],
                      date=EventDate(value="2025-05-16", granularity="day", text="Friday"), location=ISTANBUL,
                      sentence=span(text, "Russia and Ukraine held talks in Istanbul on Friday."))],
        entities=[Entity(id="n1", name="Vladimir Medinsky", code="RUS", kind="person", mentions=[span(text, "Vladimir Medinsky")]),
                  Entity(id="n2", name="Russia", code="RUS", kind="country", mentions=[span(text, "Russia"), span(text, "Russia", 2)]),
                  Entity(id="n3", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")]),
                  Entity(id="n4", name="Li Wen", code="CHN", kind="person", mentions=[span(text, "Li Wen")])],
    )


def test_a_third_partys_account_is_not_counted_as_the_partys_own_assessment(tmp_path) -> None:
    """A user saw a Chinese scholar's reading of Russia's stance listed and counted under "Russia (RUS)"
    on the negotiation page, while the divergence page shows it as "third party, on RUS": the party's own
    counts hold only its own remarks, and the account is a group of its own, labelled as a third party's."""
    from fastapi.testclient import TestClient

    from accord.store import ingest_records, open_store
    from accord.web.app import create_app
    from accord.web.negotiation import negotiation_view

    db = f"sqlite:///{tmp_path / 'third.db'}"
    with open_store(db) as store:
        assert ingest_records([_record_with_a_third_party()], db=store).failed == 0
        view = negotiation_view(store)
    groups = {(party.party, party.third_party): party for party in view.rounds[0].assessments}
    assert groups[("RUS", False)].counts == {"positive": 1}
    assert [item["statement"]["id"] for item in groups[("RUS", False)].statements] == ["s1"]
    account = groups[("RUS", True)]
    assert account.counts == {"positive": 1} and account.speaker_party == "CHN"
    page = TestClient(create_app(db), base_url="http://127.0.0.1").get("/").text
    assert "third party" in page and "China (CHN)" in page


def test_an_outcome_names_each_reporting_article_once() -> None:
    """A user saw one article's title three times under an outcome whose three reports came from that one
    article: the outcome's sources are its articles, each once (linked at its first report), with the
    count of reports when there are more than the articles shown."""
    from accord.web.negotiation import OUTCOME_SOURCES_SHOWN, outcome_sources

    def report(article: int, event: str) -> dict[str, object]:
        return {"article_id": article, "event": event, "article_title": f"Article {article}"}

    cluster = {"report_count": 4, "reports": [report(2, "e6"), report(2, "e7"), report(5, "e1"), report(2, "e8")]}
    assert [(r["article_id"], r["event"]) for r in outcome_sources(cluster)] == [(2, "e6"), (5, "e1")]
    many = {"report_count": 9, "reports": [report(n, "e1") for n in range(9)]}
    assert len(outcome_sources(many)) == OUTCOME_SOURCES_SHOWN


def _agreement_report(record_id: str, told: int) -> ArticleRecord:
    """An article telling Russia and Ukraine's Friday agreement in Istanbul ``told`` times (after the talks, when
    ``told`` > 1: the article that reports the round)."""
    talks = "Russia and Ukraine held talks in Istanbul on Friday. " if told > 1 else ""
    text = talks + " ".join(f"Russia and Ukraine agreed, {record_id} report {n}." for n in range(told))
    russia, ukraine = ref(text, "Russia", "Russia", "RUS", "n1"), ref(text, "Ukraine", "Ukraine", "UKR", "n2")
    friday = EventDate(value="2025-05-16", granularity="day", text="Friday")
    events = [Event(id=f"e{n + 2}", event="AGREE", trigger=span(text, "agreed", n + 1), actors=[russia, ukraine],
                    date=friday, location=ISTANBUL, sentence=span(text, f"Russia and Ukraine agreed, {record_id} report {n}."))
              for n in range(told)]
    if talks:
        events.insert(0, Event(id="e1", event="CONSULT", trigger=span(text, "talks"), actors=[russia, ukraine],
                               date=friday, location=ISTANBUL, sentence=span(text, talks.strip())))
    return ArticleRecord(id=record_id, source=f"{record_id}.txt", title=f"Report {record_id}", published="2025-05-16",
                         language="en", text=text, events=events,
                         entities=[Entity(id="n1", name="Russia", code="RUS", kind="country", mentions=[span(text, "Russia")]),
                                   Entity(id="n2", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")])])


def test_an_outcome_one_article_tells_often_still_names_its_other_sources(tmp_path) -> None:
    """The outcome's sources were cut at three articles, but only its first three reports were read: when the
    first article told the agreement three times, the page named that one article of the four that reported it.
    Enough reports are read that ``OUTCOME_SOURCES_SHOWN`` articles are named, and the round lists them."""
    from accord.store import ingest_records, open_store
    from accord.web.negotiation import OUTCOME_SOURCES_SHOWN, negotiation_view

    records = [_agreement_report("first", 3), *(_agreement_report(f"other-{n}", 1) for n in range(3))]
    with open_store(f"sqlite:///{tmp_path / 'outcome.db'}") as store:
        assert ingest_records(records, db=store).failed == 0
        [round_] = negotiation_view(store).rounds
    [outcome] = round_.outcomes
    assert outcome.cluster["report_count"] == 6
    named = [source["article_title"] for source in outcome.sources]
    assert len(named) == len(set(named)) == OUTCOME_SOURCES_SHOWN and named[0] == "Report first"
    assert {source["article_title"] for source in round_.sources} == set(named)
