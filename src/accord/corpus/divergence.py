"""Divergence: where parties' assessments of the same event or issue disagree.

Works over extraction records (one article or a whole corpus), so the CLI, the store and the web app
all ask the same function. A topic is either a real-world event — the cluster of reports the store
persisted for the article's main negotiation event (``accord.store.clusters``), so every outlet's
report of one round of talks is one topic and two rounds are two — or an issue within a time window.

Per topic, each party's own statements form its side (its assessment: positive, negative, or both:
mixed); a third party's account of a party's stance is shown in a side of its own (flagged, with the
party it describes) and never counts as that party's view. A remark repeated inside a longer
statement of the same speaker (nested quotes), or carried word for word by several outlets (wire
copy), is counted once. A remark on the talks counts for an issue it names only by its stance words
(``issue_assessment``): "real progress in the talks on the reactor question" assesses the
talks, not the reactor. A topic is divergent when one party is
positive and another negative; a mixed party against a positive one is a difference of emphasis.
``party_remarks`` says which remarks of an article assess which party (the one answer the divergence
view and the negotiation page both count); ``assess_topics`` gives every assessed topic (where the
parties agree too: each party's assessment of each round); ``find_divergences`` the divergent ones,
what the divergence view lists.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from accord.knowledge.polarity import lexicon_phrases, stance_weights
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


@dataclass(frozen=True)
class EventTopic:
    """The real-world event (a store cluster) one article's event reports: its id, type, date, place."""

    cluster: str
    type: str
    date: str | None
    place: str | None


@dataclass
class Side:
    """One party's assessment of a topic, with the statements that carry it and their evidence words.

    ``third_party``: the statements are a third party's account (``party`` is the speaker's party,
    ``about`` the parties whose stance it describes), shown apart from the parties' own views.
    """

    party: str
    polarity: str
    statements: list[str] = field(default_factory=list)
    third_party: bool = False
    about: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


@dataclass
class Divergence:
    """A topic (a real-world event or an issue in a window) with each party's assessment of it;
    ``divergent``: two parties hold opposite assessments (what the divergence view lists)."""

    topic: str
    event: str | None
    sides: list[Side]
    cluster: str | None = None
    divergent: bool = True

    def to_json_dict(self) -> dict:
        return {
            "topic": self.topic,
            "event": self.event,
            "cluster": self.cluster,
            "sides": [{"party": s.party, "polarity": s.polarity, "statements": s.statements,
                       "third_party": s.third_party, "about": s.about, "evidence": s.evidence} for s in self.sides],
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


def issue_polarity(statement: Statement) -> str | None:
    """The assessment a statement gives of the issues it names (besides the talks): ``issue_assessment``'s."""
    return issue_assessment(statement)[0]


def issue_assessment(statement: Statement) -> tuple[str | None, list[str]]:
    """The assessment a statement gives of the issues it names (besides the talks), and its evidence words.

    A statement on the talks (``PROCESS_ISSUE``) takes a position on an issue only through its stance
    words, the lexicon's positions on what they govern ("must eliminate enrichment"); its other
    assessment words ("real progress in the talks on the reactor question") assess the
    talks, so it counts for an issue by the sign of its stance words, or not at all without one. With a
    negator among its evidence, which word it negates is not recorded: the statement's own polarity
    stands, as it does for a statement that does not name the talks.
    """
    words = [" ".join(span.text.lower().split()) for span in statement.evidence]
    if PROCESS_ISSUE not in statement.issues or any(word not in lexicon_phrases() for word in words):
        return statement.polarity, words  # no talks named, or a negator: its scope is in the polarity
    stances = stance_weights()
    said = [word for word in words if word in stances]
    score = sum(stances[word] for word in said)
    return ("positive" if score > 0 else "negative" if score < 0 else None), said


def main_event(record: ArticleRecord, clusters: Mapping[tuple[str, str], EventTopic] | None = None) -> Event | None:
    """The article's main negotiation event: its first asserted, not negated event of an assessed type;
    with the store's ``clusters``, the first such event whose real-world event is dated (a host's
    welcome or an arrival in its own undated cluster is not the talks the article reports)."""
    held = [e for e in record.events
            if e.event in ASSESSED_EVENT_TYPES and e.modality == "asserted" and not e.negated]
    if clusters is not None:
        dated = [e for e in held if (topic := clusters.get((record.id, e.id))) is not None and topic.date]
        if dated:
            return dated[0]
    return held[0] if held else None


def event_topic(event: Event) -> str:
    """A label that names the same real-world event in every article reporting it (without clusters)."""
    when = event.date.value if event.date else "undated"
    where = f" in {event.location.name}" if event.location else ""
    return f"{event.event} {when}{where}"


def cluster_label(topic: EventTopic, published_window: str) -> str:
    """A cluster's label: type, date and place; an undated cluster is named by its article's window."""
    when = topic.date or f"undated ({published_window})"
    where = f" in {topic.place}" if topic.place else ""
    return f"{topic.type} {when}{where}"


@functools.lru_cache(maxsize=4096)  # called per article and statement; a corpus has a few hundred distinct days
def _window(published: str | None, window_days: int) -> str:
    if not published:
        return "undated"
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return "undated"
    start = day - dt.timedelta(days=day.toordinal() % window_days)
    return f"{start.isoformat()}/{(start + dt.timedelta(days=window_days - 1)).isoformat()}"


def distinct_remarks(statements: Iterable[Statement]) -> list[Statement]:
    """The statements of one article with nested repeats merged: a statement whose content lies within
    (or encloses) a kept statement of the same speaker party is the same remark, counted once; the
    innermost is kept (the remark itself, not the report around it)."""
    kept: list[Statement] = []
    for statement in sorted(statements, key=lambda s: (s.content.end - s.content.start, s.content.start)):
        nested = any(other.party == statement.party and other.content.start < statement.content.end
                     and statement.content.start < other.content.end
                     and ((statement.content.start <= other.content.start and other.content.end <= statement.content.end)
                          or (other.content.start <= statement.content.start and statement.content.end <= other.content.end))
                     for other in kept)
        if not nested:
            kept.append(statement)
    return sorted(kept, key=lambda s: s.content.start)


@dataclass(frozen=True)
class PartyRemark:
    """One remark of an article that assesses a party's stance: the statement, the party whose stance
    it carries (``statement_side``: the speaker's own, or for a third party the one state it describes),
    the speaker's own party and whether the speaker is a third party."""

    statement: Statement
    party: str
    speaker_party: str
    third_party: bool


def party_remarks(record: ArticleRecord) -> list[PartyRemark]:
    """The remarks of one article that assess a party, in text order: statements with an assessment
    (``polarity``, neutral included) and a speaker's party, nested repeats merged (``distinct_remarks``),
    each with the party whose stance it carries; a third party's remark that describes no one party's
    stance is left out. What the divergence view and the negotiation page both count."""
    mentions = coded_mentions(record)
    found: list[PartyRemark] = []
    for statement in distinct_remarks(record.statements):
        if not statement.polarity or not statement.party:
            continue
        side = statement_side(statement, mentions)
        if side is not None:
            found.append(PartyRemark(statement, side, statement.party, statement.third_party))
    return found


_NOT_WORD = re.compile(r"[^\w]+")


def remark_key(text: str) -> str:
    """The words of a remark, case, quotes and punctuation aside: one remark quoted by several outlets."""
    return _NOT_WORD.sub(" ", text.casefold()).strip()


@dataclass
class _Topic:
    event: str | None = None
    dated_event: bool = False
    cluster: str | None = None
    # (party, polarity, third party) -> (statement ids, about codes, evidence words)
    sides: dict[tuple[str, str, bool], tuple[list[str], set[str], set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: ([], set(), set())))
    # (party, third party, remark key) of the remarks counted: wire copy carries one remark to many outlets.
    remarks: set[tuple[str, bool, str]] = field(default_factory=set)


def _anchor_topic(record: ArticleRecord, anchor: Event, clusters: Mapping[tuple[str, str], EventTopic] | None,
                  window_days: int) -> tuple[str, str | None]:
    """The topic (label, cluster id) of an article's main event: its store cluster when known."""
    topic = clusters.get((record.id, anchor.id)) if clusters is not None else None
    if topic is None:
        return event_topic(anchor), None
    return cluster_label(topic, _window(record.published, window_days)), topic.cluster


def _divergent(sides: Mapping[tuple[str, str, bool], object]) -> bool:
    """One party's own statements all positive and another's all negative (mixed parties do not count)."""
    own: dict[str, set[str]] = defaultdict(set)
    for party, polarity, third in sides:
        if not third:
            own[party].add(polarity)
    positive = {p for p, pols in own.items() if pols == {"positive"}}
    negative = {p for p, pols in own.items() if pols == {"negative"}}
    return bool(positive and negative)


def find_divergences(records: Iterable[ArticleRecord], window_days: int = ISSUE_WINDOW_DAYS,
                     clusters: Mapping[tuple[str, str], EventTopic] | None = None) -> list[Divergence]:
    """Every event or issue on which two parties' own statements carry opposite assessments.

    ``clusters``: (record id, event id) -> the real-world event it reports (the store's clusters);
    without it, an event topic is the main event's own type, date and place.
    """
    return [topic for topic in assess_topics(records, window_days, clusters) if topic.divergent]


def assess_topics(records: Iterable[ArticleRecord], window_days: int = ISSUE_WINDOW_DAYS,
                  clusters: Mapping[tuple[str, str], EventTopic] | None = None) -> list[Divergence]:
    """Every event or issue some party assesses, with each party's side, divergent or not: where the
    parties agree (every party positive about a round) is an answer too. Arguments as ``find_divergences``."""
    topics: dict[str, _Topic] = defaultdict(_Topic)
    for record in records:
        anchor = main_event(record, clusters)
        anchor_label = anchor_cluster = None
        if anchor is not None:
            anchor_label, anchor_cluster = _anchor_topic(record, anchor, clusters, window_days)
        window = _window(record.published, window_days)
        for remark in party_remarks(record):
            statement, third = remark.statement, remark.third_party
            on_issues, issue_words = issue_assessment(statement)
            if statement.polarity not in POLAR and on_issues not in POLAR:
                continue
            about = {remark.party} if third else set()
            qualified = f"{record.id}:{statement.id}"
            labels: list[tuple[str, str | None, list[str]]] = []  # (topic, the assessment of it, its evidence)
            # A statement on the talks, or an assessment naming no issue at all in an article about
            # talks ("Russia has taken a more positive stance"), assesses the article's main event.
            if statement.polarity in POLAR and anchor_label is not None and (
                    PROCESS_ISSUE in statement.issues or not statement.issues):
                topic = topics[anchor_label]
                topic.cluster = topic.cluster or anchor_cluster
                if not topic.dated_event:
                    topic.event, topic.dated_event = f"{record.id}:{anchor.id}", anchor.date is not None
                labels.append((anchor_label, statement.polarity, [span.text.lower() for span in statement.evidence]))
            if on_issues in POLAR:
                labels.extend((f"{issue} ({window})", on_issues, issue_words)
                              for issue in statement.issues if issue != PROCESS_ISSUE)
            said = (remark.speaker_party, third, remark_key(statement.content.text))
            for label, polarity, evidence in labels:
                if said in topics[label].remarks:  # the same words of the same party in another outlet
                    continue
                topics[label].remarks.add(said)
                ids, described_codes, words = topics[label].sides[(remark.speaker_party, polarity, third)]
                ids.append(qualified)
                described_codes.update(about)
                words.update(evidence)
    divergences = []
    for label, topic in topics.items():
        ordered = sorted(topic.sides.items(), key=lambda item: (item[0][2], item[0][0], item[0][1]))
        sides = [Side(party, polarity, ids, third, sorted(about), sorted(words))
                 for (party, polarity, third), (ids, about, words) in ordered]
        divergences.append(Divergence(topic=label, event=topic.event, sides=sides, cluster=topic.cluster,
                                      divergent=_divergent(topic.sides)))
    divergences.sort(key=lambda d: (d.event is None, d.topic))
    return divergences
