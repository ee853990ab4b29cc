"""Divergence: where parties' assessments of the same event or issue disagree.

Works over extraction records (one article or a whole corpus), so the CLI, the store and the web app
all ask the same function. A topic is either a real-world event (type, day and place, so several
reports of the same talks are one topic) or an issue within a time window.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from accord.records import ArticleRecord, Event, Statement

# Issue topics group statements published within this many days of each other (one negotiation round).
ISSUE_WINDOW_DAYS = 7
# Event types whose assessment parties argue about; statements about "the talks" refer to these.
ASSESSED_EVENT_TYPES = ("CONSULT",)
# The issue whose mention in a statement points at the article's main negotiation event.
PROCESS_ISSUE = "negotiation_process"
# Codes that are organisations, never a side of their own in a third party's report.
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})
POLAR = ("positive", "negative")


@dataclass
class Side:
    """One party's assessment of a topic, with the statements that carry it."""

    party: str
    polarity: str
    statements: list[str] = field(default_factory=list)


@dataclass
class Divergence:
    """A topic on which at least two parties hold opposite assessments."""

    topic: str
    event: str | None
    sides: list[Side]

    def to_json_dict(self) -> dict:
        return {
            "topic": self.topic,
            "event": self.event,
            "sides": [{"party": s.party, "polarity": s.polarity, "statements": s.statements} for s in self.sides],
        }


def coded_mentions(record: ArticleRecord) -> list[tuple[int, str]]:
    """(start offset, actor code) of every coded entity mention of an article, in text order."""
    return sorted((mention.start, entity.code) for entity in record.entities if entity.code for mention in entity.mentions)


def statement_side(statement: Statement, mentions: list[tuple[int, str]] | None = None) -> str | None:
    """The party whose position a statement carries: the speaker's own party, or for a third-party
    speaker the one state it describes (``Ukraine's negative evaluation``, said a Chinese scholar).

    With the article's coded ``mentions``, the described state must also be named before the first
    evidence word: it holds the assessment (``Russia has taken a more positive stance``), rather than
    being its target (``a failed negotiation could trigger sanctions against Russia``).
    """
    if not statement.party:
        return None
    if not statement.third_party:
        return statement.party
    described = [code for code in statement.about if code != statement.party and code not in NON_STATE_CODES]
    if len(set(described)) != 1:
        return None
    if mentions is not None and statement.evidence:
        assessed_at = min(span.start for span in statement.evidence)
        holders = {code for start, code in mentions if statement.content.start <= start < assessed_at}
        if described[0] not in holders:
            return None
    return described[0]


def main_event(record: ArticleRecord) -> Event | None:
    """The article's main negotiation event: its first asserted, not negated event of an assessed type."""
    for event in record.events:
        if event.event in ASSESSED_EVENT_TYPES and event.modality == "asserted" and not event.negated:
            return event
    return None


def event_topic(event: Event) -> str:
    """A label that names the same real-world event in every article reporting it."""
    when = event.date.value if event.date else "undated"
    where = f" in {event.location.name}" if event.location else ""
    return f"{event.event} {when}{where}"


def _window(published: str | None, window_days: int) -> str:
    if not published:
        return "undated"
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return "undated"
    start = day - dt.timedelta(days=day.toordinal() % window_days)
    return f"{start.isoformat()}/{(start + dt.timedelta(days=window_days - 1)).isoformat()}"


def find_divergences(records: Iterable[ArticleRecord], window_days: int = ISSUE_WINDOW_DAYS) -> list[Divergence]:
    """Every event or issue on which two parties' statements carry opposite assessments."""
    groups: dict[str, dict[tuple[str, str], list[str]]] = defaultdict(lambda: defaultdict(list))
    event_ids: dict[str, str] = {}
    for record in records:
        anchor = main_event(record)
        mentions = coded_mentions(record)
        for statement in record.statements:
            side = statement_side(statement, mentions)
            if side is None or statement.polarity not in POLAR:
                continue
            qualified = f"{record.id}:{statement.id}"
            topics: list[str] = []
            # A statement on the talks, or an assessment naming no issue at all in an article about
            # talks ("Russia has taken a more positive stance"), assesses the article's main event.
            if anchor is not None and (PROCESS_ISSUE in statement.issues or not statement.issues):
                topic = event_topic(anchor)
                event_ids.setdefault(topic, f"{record.id}:{anchor.id}")
                topics.append(topic)
            window = _window(record.published, window_days)
            topics.extend(f"{issue} ({window})" for issue in statement.issues if issue != PROCESS_ISSUE)
            for topic in topics:
                groups[topic][(side, statement.polarity)].append(qualified)
    divergences = []
    for topic, sides in groups.items():
        polarities_by_party: dict[str, set[str]] = defaultdict(set)
        for party, polarity in sides:
            polarities_by_party[party].add(polarity)
        positive = {p for p, pols in polarities_by_party.items() if "positive" in pols}
        negative = {p for p, pols in polarities_by_party.items() if "negative" in pols}
        if positive and negative and len(positive | negative) >= 2 and positive != negative:
            ordered = sorted(sides.items(), key=lambda item: (item[0][0], item[0][1]))
            divergences.append(
                Divergence(
                    topic=topic,
                    event=event_ids.get(topic),
                    sides=[Side(party, polarity, ids) for (party, polarity), ids in ordered],
                )
            )
    divergences.sort(key=lambda d: (d.event is None, d.topic))
    return divergences
