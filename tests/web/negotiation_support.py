"""Hand-built articles of a small negotiation for the analyst pages: two rounds of talks reported by two
outlets, an agreement with a quantity, assessments by both parties, a geocoded place, an event with no
actor, a hypothetical threat, and markup in a name (built from the text, so every span is exact)."""

from __future__ import annotations

from accord.records import ActorRef, ArticleRecord, Entity, Event, EventDate, Location, Quantity, Span, Speaker, Statement

XSS_NAME = "<b>Bold</b> Envoy"


def span(text: str, needle: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def ref(text: str, needle: str, name: str, code: str | None, entity: str | None) -> ActorRef:
    piece = span(text, needle)
    return ActorRef(**piece.model_dump(), name=name, code=code, entity=entity)


def speaker(text: str, needle: str, name: str, code: str, entity: str, title: str | None = None) -> Speaker:
    piece = span(text, needle)
    return Speaker(**piece.model_dump(), name=name, affiliation=code, entity=entity, title=title)


ISTANBUL = Location(name="Istanbul", country="TUR", lat=41.01, lon=28.98)
GENEVA = Location(name="Geneva", country="CHE", lat=46.2, lon=6.15)


def round_one_wire() -> ArticleRecord:
    text = ('Russia and Ukraine held talks in Istanbul on Friday. They agreed to exchange 1,000 prisoners. '
            'Vladimir Medinsky said the meeting was a success. '
            '"Nothing was achieved," Rustem Umerov told reporters. '
            'Protesters gathered outside. Russia could impose new sanctions, officials warned.')
    return ArticleRecord(
        id="wire-r1", source="wire.txt", title="Talks in Istanbul end with a prisoner swap",
        url="https://wire.example/2025/05/16/istanbul", published="2025-05-16", language="en", text=text,
        statements=[
            Statement(id="s1", kind="indirect", content=span(text, "the meeting was a success"), cue=span(text, "said"),
                      speaker=speaker(text, "Vladimir Medinsky", "Vladimir Medinsky", "RUS", "n1", "Presidential Aide"),
                      issues=["negotiation_process"], polarity="positive", party="RUS",
                      evidence=[span(text, "success")]),
            Statement(id="s2", kind="direct", content=span(text, "Nothing was achieved,"), cue=span(text, "told"),
                      speaker=speaker(text, "Rustem Umerov", "Rustem Umerov", "UKR", "n2"),
                      issues=["negotiation_process"], polarity="negative", party="UKR",
                      evidence=[span(text, "Nothing was achieved")]),
        ],
        events=[
            Event(id="e1", event="CONSULT", trigger=span(text, "talks"),
                  actors=[ref(text, "Russia", "Russia", "RUS", "n3"), ref(text, "Ukraine", "Ukraine", "UKR", "n4")],
                  date=EventDate(value="2025-05-16", granularity="day", text="Friday"), location=ISTANBUL,
                  sentence=span(text, "Russia and Ukraine held talks in Istanbul on Friday.")),
            Event(id="e2", event="AGREE", trigger=span(text, "agreed"),
                  actors=[ref(text, "They", "Russia", "RUS", "n3")],
                  date=EventDate(value="2025-05-16", granularity="day"), location=ISTANBUL,
                  quantities=[Quantity(value=1000, unit="prisoners", text="1,000 prisoners",
                                       start=span(text, "1,000 prisoners").start, end=span(text, "1,000 prisoners").end)],
                  sentence=span(text, "They agreed to exchange 1,000 prisoners."), issues=["prisoner_exchange"]),
            Event(id="e3", event="PROTEST", trigger=span(text, "gathered"),
                  sentence=span(text, "Protesters gathered outside.")),
            Event(id="e4", event="THREATEN", trigger=span(text, "impose"), modality="hypothetical",
                  actors=[ref(text, "Russia", "Russia", "RUS", "n3")],
                  date=EventDate(value="2025-05-16", granularity="day"),
                  sentence=span(text, "Russia could impose new sanctions, officials warned.")),
        ],
        entities=[
            Entity(id="n1", name="Vladimir Medinsky", code="RUS", kind="person", title="Presidential Aide",
                   mentions=[span(text, "Vladimir Medinsky")]),
            Entity(id="n2", name="Rustem Umerov", code="UKR", kind="person", mentions=[span(text, "Rustem Umerov")]),
            Entity(id="n3", name="Russia", code="RUS", kind="country", mentions=[span(text, "Russia"), span(text, "They")]),
            Entity(id="n4", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")]),
        ],
    )


def round_one_weekly() -> ArticleRecord:
    text = ("Medinsky met Ukraine's delegation in Istanbul on May 16. "
            f"{XSS_NAME} said the round was constructive.")
    return ArticleRecord(
        id="weekly-r1", source="weekly.html", title="A first round <i>at last</i>", url="https://weekly.example/round",
        published="2025-05-18", language="en", text=text,
        statements=[Statement(id="s1", kind="indirect", content=span(text, "the round was constructive"),
                              cue=span(text, "said"), speaker=speaker(text, XSS_NAME, XSS_NAME, "TUR", "n3"),
                              issues=["negotiation_process"], polarity="positive", party="TUR",
                              evidence=[span(text, "constructive")])],
        events=[Event(id="e1", event="CONSULT", trigger=span(text, "met"),
                      actors=[ref(text, "Medinsky", "Vladimir Medinsky", "RUS", "n1")],
                      recipients=[ref(text, "Ukraine", "Ukraine", "UKR", "n2")],
                      date=EventDate(value="2025-05-16", granularity="day", text="May 16"), location=ISTANBUL,
                      sentence=span(text, "Medinsky met Ukraine's delegation in Istanbul on May 16."))],
        entities=[
            Entity(id="n1", name="Vladimir Medinsky", code="RUS", kind="person", mentions=[span(text, "Medinsky")]),
            Entity(id="n2", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")]),
            Entity(id="n3", name=XSS_NAME, code="TUR", kind="person", mentions=[span(text, XSS_NAME)]),
        ],
    )


def round_two() -> ArticleRecord:
    text = ("Russian and Ukrainian delegations met again in Geneva on June 2. "
            "Ukraine rejected the Russian memorandum. Medinsky said progress was real.")
    return ArticleRecord(
        id="wire-r2", source="wire2.txt", title="Second round in Geneva", url="https://wire.example/2025/06/02/geneva",
        published="2025-06-02", language="en", text=text,
        statements=[Statement(id="s1", kind="indirect", content=span(text, "progress was real"), cue=span(text, "said"),
                              speaker=speaker(text, "Medinsky", "Vladimir Medinsky", "RUS", "n1"),
                              issues=["negotiation_process"], polarity="positive", party="RUS",
                              evidence=[span(text, "progress")])],
        events=[
            Event(id="e1", event="CONSULT", trigger=span(text, "met"),
                  actors=[ref(text, "Russian", "Russia", "RUS", "n2"), ref(text, "Ukrainian", "Ukraine", "UKR", "n3")],
                  date=EventDate(value="2025-06-02", granularity="day", text="June 2"), location=GENEVA,
                  sentence=span(text, "Russian and Ukrainian delegations met again in Geneva on June 2.")),
            Event(id="e2", event="REJECT", trigger=span(text, "rejected"),
                  actors=[ref(text, "Ukraine", "Ukraine", "UKR", "n3")],
                  recipients=[ref(text, "Russian memorandum", "Russia", "RUS", None)],
                  date=EventDate(value="2025-06-02", granularity="day"),
                  sentence=span(text, "Ukraine rejected the Russian memorandum.")),
        ],
        entities=[
            Entity(id="n1", name="Vladimir Medinsky", code="RUS", kind="person", mentions=[span(text, "Medinsky")]),
            Entity(id="n2", name="Russia", code="RUS", kind="country", mentions=[span(text, "Russian")]),
            Entity(id="n3", name="Ukraine", code="UKR", kind="country", mentions=[span(text, "Ukraine")]),
        ],
    )


NEGOTIATION_RECORDS = (round_one_wire, round_one_weekly, round_two)
