"""Contract records with correct offsets for store tests (no spaCy parse needed)."""

from __future__ import annotations

import sqlalchemy as sa

from accord.records import ActorRef, ArticleRecord, Entity, Event, Span, Speaker, Statement


def engine_at_revision(db_url: str, revision: str) -> sa.Engine:
    """An engine on ``db_url`` after migrating the empty database up to ``revision`` only (to fill it as an
    older accord would, then check what later migrations make of it)."""
    from alembic import command
    from alembic.config import Config

    from accord.store.db import MIGRATIONS, create_engine, normalise_url

    engine = create_engine(normalise_url(db_url))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span.of(text, start, start + len(part))


def build_record(
    text: str,
    record_id: str = "a1",
    url: str | None = None,
    published: str | None = "2025-05-17",
    people: dict[str, tuple[str, str | None, list[str]]] | None = None,
    quotes: list[tuple[str, str, str]] | None = None,
    events: list[tuple[str, str, str, str | None]] | None = None,
    with_text: bool = True,
    source: str = "test",
) -> ArticleRecord:
    """A contract record over ``text``: ``people`` = {name: (kind, code, [mention strings])},
    ``quotes`` = [(speaker mention, cue, content)], ``events`` = [(type, actor mention, trigger, recipient mention)]."""
    entities: list[Entity] = []
    entity_of_mention: dict[str, Entity] = {}
    for number, (name, (kind, code, mention_texts)) in enumerate((people or {}).items(), start=1):
        mentions = []
        for mention in mention_texts:
            span = _span(text, mention)
            mentions.append(span)
        entity = Entity(id=f"n{number}", name=name, kind=kind, code=code, mentions=mentions)
        entities.append(entity)
        for mention in mention_texts:
            entity_of_mention[mention] = entity
    statements = []
    for number, (speaker_text, cue, content) in enumerate(quotes or [], start=1):
        entity = entity_of_mention.get(speaker_text)
        speaker_span = _span(text, speaker_text)
        speaker = Speaker(
            **speaker_span.model_dump(),
            name=entity.name if entity else None,
            affiliation=entity.code if entity else None,
            entity=entity.id if entity else None,
        )
        statements.append(
            Statement(id=f"s{number}", kind="indirect", content=_span(text, content), cue=_span(text, cue), speaker=speaker)
        )
    event_records = []
    for number, (event_type, actor_text, trigger, recipient_text) in enumerate(events or [], start=1):
        def ref(mention: str) -> ActorRef:
            entity = entity_of_mention.get(mention)
            return ActorRef(**_span(text, mention).model_dump(), name=entity.name if entity else None,
                            code=entity.code if entity else None, entity=entity.id if entity else None)

        event_records.append(
            Event(
                id=f"e{number}", event=event_type, actors=[ref(actor_text)],
                recipients=[ref(recipient_text)] if recipient_text else [], trigger=_span(text, trigger),
            )
        )
    return ArticleRecord(
        id=record_id, source=source, url=url, published=published, language="en",
        text=text if with_text else None, statements=statements, events=event_records, entities=entities,
    )


MEDINSKY_TEXT = (
    "Russian negotiator Vladimir Medinsky said Moscow was ready to continue the dialogue. "
    "Ukraine demanded a ceasefire, and Medinsky told reporters that both sides would present proposals."
)
UMEROV_TEXT = (
    "Ukrainian Defense Minister Rustem Umerov said Kyiv accused Russia of stalling. "
    "Medinsky, the Russian delegation head, said the talks were useful."
)


def two_articles_records() -> list[ArticleRecord]:
    """Two articles sharing one person (Medinsky) and one country (Russia) across them."""
    first = build_record(
        MEDINSKY_TEXT, record_id="first", url="https://news.example/a", published="2025-05-16",
        people={"Vladimir Medinsky": ("person", "RUS", ["Vladimir Medinsky", "Medinsky"]),
                "Ukraine": ("country", "UKR", ["Ukraine"]), "Russia": ("country", "RUS", ["Moscow"])},
        quotes=[("Vladimir Medinsky", "said", "Moscow was ready to continue the dialogue"),
                ("Medinsky", "told", "both sides would present proposals")],
        events=[("REQUEST", "Ukraine", "demanded", None)],
    )
    second = build_record(
        UMEROV_TEXT, record_id="second", url="https://news.example/b", published="2025-05-18",
        people={"Rustem Umerov": ("person", "UKR", ["Rustem Umerov"]),
                "Vladimir Medinsky": ("person", "RUS", ["Medinsky"]),
                "Russia": ("country", "RUS", ["Russia"]), "Ukraine": ("country", "UKR", ["Kyiv"])},
        quotes=[("Rustem Umerov", "said", "Kyiv accused Russia of stalling"),
                ("Medinsky", "said", "the talks were useful")],
        events=[("ACCUSE", "Kyiv", "accused", "Russia")],
    )
    return [first, second]


def entity_of(store) -> dict[str, int]:
    """The corpus entity each article's (only) entity resolved to, by article record id."""
    with store.engine.connect() as connection:
        rows = connection.execute(sa.text(
            "SELECT a.record_id, m.entity_id FROM mentions m JOIN articles a ON a.id = m.article_id")).all()
    return {row.record_id: row.entity_id for row in rows}


def names(store) -> dict[int, str]:
    """The name each stored entity is shown by, by entity id."""
    with store.engine.connect() as connection:
        return {row.id: row.name for row in connection.execute(sa.text("SELECT id, name FROM entities"))}
