"""Hand-built records for the corpus views (divergence, event clusters): two reports of one round of
talks in which one party's negotiator is satisfied and the other side's lawmaker is not, a third-party
analyst, and an unrelated event. Built from the text, so every span is exact."""

from __future__ import annotations

from accord.records import ActorRef, ArticleRecord, Entity, Event, EventDate, Location, Span, Speaker, Statement

XSS = "<script>alert(2)</script>"


def span(text: str, needle: str, occurrence: int = 1) -> Span:
    """The span of the ``occurrence``-th ``needle`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def _speaker(text: str, needle: str, name: str, affiliation: str, occurrence: int = 1) -> Speaker:
    piece = span(text, needle, occurrence)
    return Speaker(text=piece.text, start=piece.start, end=piece.end, name=name, affiliation=affiliation)


def _actor(text: str, needle: str, code: str) -> ActorRef:
    piece = span(text, needle)
    return ActorRef(text=piece.text, start=piece.start, end=piece.end, name=needle, code=code)


def _talks(text: str, trigger: str, day: str) -> Event:
    return Event(id="e1", event="CONSULT", actors=[_actor(text, "Russia", "RUS")],
                 recipients=[_actor(text, "Ukraine", "UKR")], trigger=span(text, trigger),
                 date=EventDate(value=day, granularity="day", text="Friday"),
                 location=Location(name="Geneva", country="CHE"))


def wire_report() -> ArticleRecord:
    """Report 1: the talks, a satisfied Russian negotiator, a Ukrainian lawmaker who saw no results."""
    text = (
        "Russia and Ukraine held talks in Geneva on Friday. "
        "Negotiator Ivan Petrov said Moscow was satisfied with the talks. "
        f"Lawmaker Olena Shevchenko said the talks yielded no results {XSS}."
    )
    return ArticleRecord(
        id="wire-1", source="tests/wire-1.txt", title="Talks <em>in</em> Geneva", url="https://example.org/wire-1",
        published="2025-05-17", language="en", text=text,
        statements=[
            Statement(id="s1", kind="indirect", content=span(text, "Moscow was satisfied with the talks"),
                      cue=span(text, "said"), speaker=_speaker(text, "Negotiator Ivan Petrov", "Ivan Petrov", "RUS"),
                      issues=["negotiation_process"], polarity="positive", evidence=[span(text, "satisfied")],
                      party="RUS"),
            Statement(id="s2", kind="indirect", content=span(text, f"the talks yielded no results {XSS}"),
                      cue=span(text, "said", 2), speaker=_speaker(text, "Lawmaker Olena Shevchenko",
                                                                                 "Olena Shevchenko", "UKR"),
                      issues=["negotiation_process"], polarity="negative",
                      evidence=[span(text, "no"), span(text, "results")], party="UKR"),
        ],
        events=[_talks(text, "talks", "2025-05-16")],
        entities=[
            Entity(id="n1", name="Russia", code="RUS", kind="country", mentions=[span(text, "Russia")]),
            Entity(id="n2", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")]),
        ],
    )


def analysis_report() -> ArticleRecord:
    """Report 2, a day later: the same talks, and an analyst's view of each side's assessment."""
    text = (
        "The talks between Russia and Ukraine in Geneva on Friday were short. "
        "Analyst Li Wei said Russia has taken a positive stance. "
        "Li Wei said a failed round could bring sanctions against Russia."
    )
    return ArticleRecord(
        id="weekly-2", source="tests/weekly-2.txt", title="What Geneva changed", url=None,
        published="2025-05-18", language="en", text=text,
        statements=[
            Statement(id="s1", kind="indirect", content=span(text, "Russia has taken a positive stance"),
                      cue=span(text, "said"), speaker=_speaker(text, "Analyst Li Wei", "Li Wei", "CHN"),
                      polarity="positive", evidence=[span(text, "positive")], party="CHN", third_party=True,
                      about=["RUS"]),
            Statement(id="s2", kind="indirect", content=span(text, "a failed round could bring sanctions against Russia"),
                      cue=span(text, "said", 2), speaker=_speaker(text, "Li Wei", "Li Wei", "CHN", 2),
                      issues=["negotiation_process", "sanctions"], polarity="negative",
                      evidence=[span(text, "failed")], party="CHN", third_party=True, about=["RUS"]),
        ],
        events=[_talks(text, "talks", "2025-05-16")],
        entities=[
            Entity(id="n1", name="Russia", code="RUS", kind="country",
                   mentions=[span(text, "Russia", n) for n in (1, 2, 3)]),
            Entity(id="n2", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")]),
        ],
    )


def unrelated_report() -> ArticleRecord:
    """A month later, elsewhere: an aid delivery, no assessments."""
    text = "Turkey sent aid to Ukraine on Monday."
    return ArticleRecord(
        id="aid-3", source="tests/aid-3.txt", title="Aid", published="2025-06-17", language="en", text=text,
        events=[Event(id="e1", event="AID", actors=[_actor(text, "Turkey", "TUR")],
                      recipients=[_actor(text, "Ukraine", "UKR")], trigger=span(text, "sent aid"),
                      date=EventDate(value="2025-06-16", granularity="day", text="Monday"))],
    )


ANALYSIS_RECORDS = (wire_report, analysis_report, unrelated_report)
