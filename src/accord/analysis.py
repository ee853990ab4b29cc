"""Corpus-level views over a store: divergences between parties and clusters of reports of one event.

Event clusters are persisted at ingest and read a page at a time (``accord.store.clusters``).
Divergences read the store through its public API (``list_articles`` paging + ``get_article``), rebuilding
contract ``ArticleRecord``s one article at a time; the records are renamed to their store id, so every
qualified id in the output (``"12:s3"``, ``"12:e1"``) names a store article the web app can open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from accord.divergence import ISSUE_WINDOW_DAYS, Divergence, find_divergences
from accord.records import ArticleRecord, Event, Statement
from accord.store import Page, get_article, list_articles
from accord.store.clusters import StoredCluster, list_event_clusters

# Articles asked of the store per ``list_articles`` call while streaming the corpus: few round trips,
# and well under the store's page cap (1000).
ARTICLE_BATCH = 200
# Longest divergence window accepted, in days: beyond a season, "the same round of talks" means nothing.
MAX_WINDOW_DAYS = 366
# Page size and cap of ``store_event_clusters`` (the store's own limits).
DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
# Record fields the store adds to contract objects (not part of the contract models).
_STORE_ONLY_FIELDS = ("entity_id",)


@dataclass(frozen=True)
class StoredArticle:
    """One store article: its store id, how a list names it, and its contract record (id = store id)."""

    id: int
    record_id: str
    title: str | None
    url: str | None
    published: str | None
    record: ArticleRecord


def check_date(name: str, value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` date or None; anything else is a ``ValueError`` naming the parameter."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValueError(f"{name}: expected a date as YYYY-MM-DD (got {value!r})") from None


def check_window(window_days: int) -> int:
    """The divergence window in days, 1..``MAX_WINDOW_DAYS``."""
    if not isinstance(window_days, int) or not 1 <= window_days <= MAX_WINDOW_DAYS:
        raise ValueError(f"window: expected a number of days from 1 to {MAX_WINDOW_DAYS} (got {window_days!r})")
    return window_days


def record_of(article: dict[str, Any]) -> ArticleRecord:
    """The contract record of a ``get_article`` result, renamed to the article's store id."""
    entities = [{k: v for k, v in entity.items() if k not in _STORE_ONLY_FIELDS} for entity in article.get("entities") or []]
    return ArticleRecord(
        id=str(article["id"]),
        source=article.get("source"),
        title=article.get("title"),
        url=article.get("url"),
        published=article.get("published"),
        language=article.get("language") or "en",
        statements=[Statement.model_validate(s) for s in article.get("statements") or []],
        events=[Event.model_validate(e) for e in article.get("events") or []],
        entities=entities,
    )


def iter_articles(store: Any, since: str | None = None, until: str | None = None,
                  needs: str | None = None) -> Iterator[StoredArticle]:
    """Every successfully extracted store article published in [since, until], one at a time.

    ``needs`` ("statements" or "events") skips articles whose list item counts none of them, so a
    view fetches only the articles that can contribute. A stored record that no longer validates
    against the contract is skipped (the store keeps whatever was ingested).
    """
    since, until = check_date("since", since), check_date("until", until)
    offset = 0
    while True:
        page = list_articles(store, since=since, until=until, limit=ARTICLE_BATCH, offset=offset)
        for item in page.items:
            if item.get("error") or (needs and not item.get(needs)):
                continue
            article = get_article(store, item["id"])
            if article is None:  # deleted or replaced between the list and the read
                continue
            try:
                record = record_of(article)
            except ValidationError:
                continue
            yield StoredArticle(item["id"], item.get("record_id") or "", item.get("title"), item.get("url"),
                                item.get("published"), record)
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


def store_divergences(store: Any, since: str | None = None, until: str | None = None,
                      window_days: int = ISSUE_WINDOW_DAYS) -> list[Divergence]:
    """Divergences over the store's articles published in [since, until]; ids are ``"<store id>:<record id>"``."""
    window_days = check_window(window_days)
    return find_divergences((a.record for a in iter_articles(store, since, until, needs="statements")), window_days)


def split_id(qualified: str) -> tuple[int, str] | None:
    """``"12:s3"`` -> ``(12, "s3")``; None when it is not a store-qualified id."""
    article, _, record = qualified.partition(":")
    return (int(article), record) if article.isdigit() and record else None


def divergence_links(divergence: Divergence) -> dict[str, Any]:
    """The divergence's JSON (issue 8's shape) plus, per side, ``links``: article id and record id of
    each statement (and of the event), so a client can open the source span."""
    body = divergence.to_json_dict()
    for side in body["sides"]:
        side["links"] = [{"article_id": found[0], "statement": found[1]}
                         for found in map(split_id, side["statements"]) if found]
    found_event = split_id(divergence.event) if divergence.event else None
    body["event_link"] = {"article_id": found_event[0], "event": found_event[1]} if found_event else None
    return body


def divergence_statements(store: Any, divergences: list[Divergence]) -> dict[str, dict[str, Any]]:
    """The statements the divergences cite, by qualified id, each with its article's id, title, URL, source and date.

    A second, targeted pass: only the articles the divergences name are read again.
    """
    wanted: dict[int, set[str]] = {}
    for divergence in divergences:
        for side in divergence.sides:
            for found in map(split_id, side.statements):
                if found:
                    wanted.setdefault(found[0], set()).add(found[1])
    details: dict[str, dict[str, Any]] = {}
    for article_id, statement_ids in wanted.items():
        article = get_article(store, article_id)
        if article is None:
            continue
        for statement in article.get("statements") or []:
            if statement.get("id") in statement_ids:
                details[f"{article_id}:{statement['id']}"] = {
                    **statement,
                    "article_id": article_id,
                    "article_title": article.get("title"),
                    "article_url": article.get("url"),
                    "article_source": article.get("source"),
                    "article_published": article.get("published"),
                }
    return details


@dataclass
class ClusterReport:
    """One article's report of a clustered event: where to read it and the trigger's span."""

    article_id: int
    article_title: str | None
    article_url: str | None
    article_source: str | None
    article_published: str | None
    event: str
    trigger: dict[str, Any]
    sentence: str | None
    place: str | None = None  # the event's place as this report names it


@dataclass
class ClusterView:
    """A real-world event with every report of it, as the API returns it."""

    id: str
    type: str
    date: str | None
    place: str | None
    codes: list[str]
    names: list[str]
    reports: list[ClusterReport] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "date": self.date, "place": self.place, "codes": self.codes,
            "names": self.names, "report_count": len(self.reports),
            "reports": [vars(report).copy() for report in self.reports],
        }


def store_event_clusters(store: Any, since: str | None = None, until: str | None = None, type: str | None = None,  # noqa: A002
                         actor: str | None = None, min_reports: int = 1, limit: int = DEFAULT_LIMIT,
                         offset: int = 0) -> Page:
    """Clusters of reports of the same real-world event over the store, filtered and paginated.

    Reads the clusters persisted at ingest (``accord.store.clusters``), one page in SQL; the cluster's
    own date is filtered to [since, until] (a month when any of its days is in it). Items: the
    cluster's type, date, place, actor codes and names, and each report (article id/title/url, event
    id, trigger span). Clusters with more reports come first, then by date.
    """
    since, until = check_date("since", since), check_date("until", until)
    if not isinstance(min_reports, int) or min_reports < 1:
        raise ValueError(f"min_reports: expected a positive integer (got {min_reports!r})")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit: expected 1..{MAX_LIMIT} (got {limit!r})")
    if not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset: expected a non-negative integer (got {offset!r})")
    clusters, total = list_event_clusters(store, since=since, until=until, type=type, actor=actor,
                                          min_reports=min_reports, limit=limit, offset=offset)
    return Page([_view(cluster).to_json_dict() for cluster in clusters], total)


def _view(cluster: StoredCluster) -> ClusterView:
    """The API view of a persisted cluster: its reports with their sources, participant names."""
    members: list[ClusterReport] = []
    names: set[str] = set()
    for report in cluster.reports:
        event = report["event"]
        location = event.get("location") or {}
        sentence = event.get("sentence") or {}
        members.append(ClusterReport(
            report["article_id"], report["article_title"], report["article_url"], report["article_source"],
            report["article_published"], event["id"], event["trigger"], sentence.get("text"), location.get("name")))
        names.update(p.get("name") or p["text"] for p in [*event.get("actors", []), *event.get("recipients", [])])
    members.sort(key=lambda r: (r.article_published or "", r.article_id, r.event))
    # Named by its first report ("12:e1"), as before clusters were persisted: links stay valid.
    first = min(members, key=lambda r: (r.article_id, r.event), default=None)
    view_id = f"{first.article_id}:{first.event}" if first else f"c{cluster.id}"
    place = next((r.place for r in members if r.place), cluster.place)
    return ClusterView(view_id, cluster.type, cluster.date, place, cluster.codes, sorted(names), members)
