"""The negotiation view: rounds of talks (CONSULT clusters) and, under each, what was agreed, rejected,
requested or threatened, each party's assessment with its evidence, and the sources that report it.

Built on the store's event clusters (``accord.web.corpus_views.store_event_clusters``) and the corpus
divergence (``accord.corpus.divergence``: which party a statement speaks for, and where parties assess the
same talks in opposite ways), so it improves as they do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from accord.corpus.divergence import find_divergences, main_event, party_remarks
from accord.store.cluster_samples import has_clusters
from accord.store.entity_pages import link_entities, party_entities
from accord.store.filters import check_assertion, check_dates
from accord.store.records import StoredArticle, articles_by_id
from accord.web.corpus_views import sampled_event_clusters
from accord.web.svg import AxisPoint, day_number, time_axis
from accord.web.views import evidence_html, outlet, party_label, statement_item, web_url

ROUND_TYPE = "CONSULT"
# What a round produced, by PLOVER type, and how the page words it.
OUTCOMES = {"AGREE": "agreed", "REJECT": "rejected", "REQUEST": "requested", "THREATEN": "threatened"}
# Rounds shown: the most reported ones in the date range, laid out in date order.
ROUNDS_SHOWN = 10
# An outcome belongs to the nearest round at most this many days away: results of talks are reported on
# the day or in the days after, and a week later another round may be under way.
OUTCOME_WINDOW_DAYS = 3
# Reports read per round: its sources, and the articles whose statements give the parties' assessments
# (the first reports in store order). Bounds the page's cost on a round reported hundreds of times.
ROUND_REPORTS_READ = 12
# Articles of a round whose statements give the parties' assessments (its first reports): each is read
# and validated whole, so this bounds the page's cost.
ROUND_ASSESSED_ARTICLES = 6
# Articles named under an outcome (its reports read, each article once; the rest are counted).
OUTCOME_SOURCES_SHOWN = 3
# Outcome events read around the rounds (the most reported first), and reports read per outcome: an article
# may tell one agreement several times, so reading only OUTCOME_SOURCES_SHOWN reports could name one article
# where three reported it; four reports per article named bounds the page's cost.
OUTCOME_CLUSTERS_READ = 200
OUTCOME_REPORTS_READ = 4 * OUTCOME_SOURCES_SHOWN
# Statements listed per party of a round (the rest are counted).
STATEMENTS_PER_PARTY = 4


@dataclass
class Outcome:
    """An agreed/rejected/requested/threatened event near a round, with its quantities and sources."""

    kind: str
    cluster: dict[str, Any]
    quantities: list[str]
    sources: list[Mapping[str, Any]] = field(default_factory=list)  # each reporting article once


@dataclass
class PartyAssessment:
    """One party's assessment of a round: counts per polarity and the statements that carry it; or, when
    ``third_party``, a third party's (``speaker_party``) account of that party's stance, kept apart as on
    the divergence page so that the party's own counts hold only its own remarks."""

    party: str
    label: str
    counts: dict[str, int]
    statements: list[dict[str, Any]] = field(default_factory=list)
    entity_id: int | None = None  # the entity page of the party heading the group (the speaker's for an account)
    third_party: bool = False
    speaker_party: str | None = None

    @property
    def overall(self) -> str:
        """positive / negative when one dominates, mixed when both occur, else neutral."""
        positive, negative = self.counts.get("positive", 0), self.counts.get("negative", 0)
        if positive and negative:
            return "mixed" if positive == negative else ("mostly positive" if positive > negative else "mostly negative")
        return "positive" if positive else "negative" if negative else "neutral"


@dataclass
class Round:
    """One round of talks: its cluster, its outcomes, the parties' assessments, disputed topics, sources."""

    number: int
    cluster: dict[str, Any]
    outcomes: list[Outcome] = field(default_factory=list)
    assessments: list[PartyAssessment] = field(default_factory=list)
    disputed: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"round-{self.number}"


@dataclass
class NegotiationView:
    rounds: list[Round]
    total_rounds: int
    axis: Any
    undated: list[Round]


def _quantities(cluster: Mapping[str, Any]) -> list[str]:
    """The distinct quantities its reports give ("1,000 prisoners"), as written."""
    seen: dict[str, None] = {}
    for report in cluster.get("reports") or []:
        for quantity in report.get("quantities") or []:
            text = " ".join(str(quantity.get("text") or "").split())
            if text:
                seen.setdefault(text, None)
    return list(seen)


def _sources(clusters: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each article reporting these clusters once: outlet, title, date, link to the article and to the original."""
    found: dict[int, dict[str, Any]] = {}
    for cluster in clusters:
        for report in cluster.get("reports") or []:
            found.setdefault(report["article_id"], {
                "article_id": report["article_id"], "article_title": report.get("article_title"),
                "outlet": outlet(report), "article_url": web_url(report.get("article_url")),
                "published": report.get("article_published"), "event": report.get("event"),
            })
    return sorted(found.values(), key=lambda s: (s["published"] or "", s["article_id"]))


def outcome_sources(cluster: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The first report of each article among an outcome's reports, in their order, at most
    ``OUTCOME_SOURCES_SHOWN``: an event one article tells three times is one source, not three."""
    first: dict[int, Mapping[str, Any]] = {}
    for report in cluster.get("reports") or []:
        first.setdefault(report["article_id"], report)
    return list(first.values())[:OUTCOME_SOURCES_SHOWN]


def _nearest_round(cluster: Mapping[str, Any], rounds: list[Round]) -> Round | None:
    """The dated round nearest in time within ``OUTCOME_WINDOW_DAYS``, sharing an actor code when both have one."""
    day = day_number(cluster.get("date"))
    if day is None:
        return None
    codes = set(cluster.get("codes") or [])
    best: tuple[int, int, Round] | None = None
    for candidate in rounds:
        start = day_number(candidate.cluster.get("date"))
        if start is None:
            continue
        distance = abs(day - start)
        round_codes = set(candidate.cluster.get("codes") or [])
        if distance > OUTCOME_WINDOW_DAYS or (codes and round_codes and not codes & round_codes):
            continue
        key = (distance, candidate.number)
        if best is None or key < best[:2]:
            best = (*key, candidate)
    return best[2] if best else None


def _assess(round_: Round, stored: Mapping[int, StoredArticle]) -> list[dict[str, Any]]:
    """Fill the round's party assessments and disputed topics from the statements of the articles whose main
    event (as the divergence defines it) is this round; returns the statement items shown, for entity links."""
    reports = {(report["article_id"], report["event"]) for report in round_.cluster.get("reports") or []}
    articles = []
    for article_id in dict.fromkeys(article_id for article_id, _ in sorted(reports)):
        article = stored.get(article_id)
        main = main_event(article.record) if article else None
        if main is not None and (article_id, main.id) in reports:
            articles.append(article)
    articles = articles[:ROUND_ASSESSED_ARTICLES]
    round_.disputed = [divergence.topic for divergence in find_divergences(article.record for article in articles)]
    parties: dict[tuple[str, bool, str | None], PartyAssessment] = {}
    shown: list[dict[str, Any]] = []
    for article in articles:
        for remark in party_remarks(article.record):  # a remark nested in a report counts once
            statement, side = remark.statement, remark.party
            teller = remark.speaker_party if remark.third_party else None
            key = (side, remark.third_party, teller)
            if key not in parties:
                label = (f"{party_label(teller)}, third party, on {party_label(side)}" if remark.third_party
                         else party_label(side))
                parties[key] = PartyAssessment(side, label, {}, third_party=remark.third_party, speaker_party=teller)
            party = parties[key]
            party.counts[statement.polarity] = party.counts.get(statement.polarity, 0) + 1
            if statement.polarity != "neutral" and len(party.statements) < STATEMENTS_PER_PARTY:
                item = statement.model_dump(mode="json") | {
                    "article_id": article.id, "article_title": article.title, "article_url": article.url,
                    "article_published": article.published}
                shown.append(item)
                party.statements.append(statement_item(item) | {"content_html": evidence_html(item)})
    round_.assessments = sorted(parties.values(), key=lambda p: (p.third_party, -sum(p.counts.values()), p.party,
                                                                 p.speaker_party or ""))
    return shown


def negotiation_view(store: Any, since: str | None = None, until: str | None = None,
                     assertion: str | None = None) -> NegotiationView:
    """The most reported rounds of talks in [since, until] in date order, each with its outcomes,
    assessments, disputed topics and sources; rounds and outcomes asserted as held or done, unless
    ``assertion`` is ``all`` (then planned talks and demanded or denied outcomes too, marked as such)."""
    since, until = check_dates(since, until)
    assertion = check_assertion("assertion", assertion)
    page = sampled_event_clusters(store, (ROUND_TYPE,), since=since, until=until, limit=ROUNDS_SHOWN,
                                  reports_each=ROUND_REPORTS_READ, assertion=assertion)
    ordered = sorted(page.items, key=lambda c: (c.get("date") is None, c.get("date") or "", c["id"]))
    rounds = [Round(number, cluster) for number, cluster in enumerate(ordered, start=1)]
    dated = [r for r in rounds if r.cluster.get("date")]
    clusters_of: dict[int, list[Mapping[str, Any]]] = {r.number: [r.cluster] for r in rounds}
    if dated:
        days = [day_number(r.cluster["date"]) for r in dated]
        low = dt.date.fromordinal(min(d for d in days if d is not None) - OUTCOME_WINDOW_DAYS).isoformat()
        high = dt.date.fromordinal(max(d for d in days if d is not None) + OUTCOME_WINDOW_DAYS).isoformat()
        nearby = sampled_event_clusters(store, tuple(OUTCOMES), since=low, until=high, limit=OUTCOME_CLUSTERS_READ,
                                        reports_each=OUTCOME_REPORTS_READ, assertion=assertion)
        for cluster in nearby.items:
            target = _nearest_round(cluster, dated)
            if target is not None:
                sources = outcome_sources(cluster)
                target.outcomes.append(Outcome(OUTCOMES[cluster["type"]], cluster, _quantities(cluster), sources))
                clusters_of[target.number].append({"reports": sources})  # the round's sources: the articles named
    wanted = {report["article_id"] for r in rounds for report in (r.cluster.get("reports") or [])[:ROUND_ASSESSED_ARTICLES]}
    stored = {article.id: article for article in articles_by_id(store, wanted)}
    shown: list[dict[str, Any]] = []
    for round_ in rounds:
        round_.outcomes.sort(key=lambda o: (list(OUTCOMES.values()).index(o.kind), -o.cluster["report_count"]))
        round_.sources = _sources(clusters_of[round_.number])
        shown.extend(_assess(round_, stored))
    link_entities(store, shown)  # the dicts are the ones the assessments show
    heads = [party.speaker_party or party.party for round_ in rounds for party in round_.assessments]
    pages = party_entities(store, heads)
    for round_ in rounds:
        for party in round_.assessments:
            party.entity_id = pages.get(party.speaker_party or party.party)
    axis = time_axis([AxisPoint(r.cluster["date"], ", ".join(r.cluster.get("names") or r.cluster.get("codes") or []),
                                f"#{r.anchor}") for r in dated])
    return NegotiationView([r for r in rounds if r.cluster.get("date")], page.total, axis,
                           [r for r in rounds if not r.cluster.get("date")])


def has_rounds(store: Any) -> bool:
    """Whether the store holds a round of talks (a CONSULT cluster): then the negotiation is the front page."""
    return has_clusters(store, ROUND_TYPE)
