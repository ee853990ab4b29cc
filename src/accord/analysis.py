"""Corpus-level views over a store: divergences between parties and clusters of reports of one event.

Reads the store only through its public API (``list_articles`` paging + ``get_article``), rebuilding
contract ``ArticleRecord``s one article at a time; the records are renamed to their store id, so every
qualified id in the output (``"12:s3"``, ``"12:e1"``) names a store article the web app can open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from accord.clustering import EventCluster, cluster_events
from accord.divergence import ISSUE_WINDOW_DAYS, Divergence, find_divergences
from accord.records import ArticleRecord, Event, Statement
from accord.store import Page, get_article, list_articles

# Articles asked of the store per ``list_articles`` call while streaming the corpus: few round trips,
# and well under the store's page cap (1000).
ARTICLE_BATCH = 200
# Longest divergence window accepted, in days: beyond a season, "the same round of talks" means nothing.
MAX_WINDOW_DAYS = 366
# Reports of an event are published up to this many days after it (weeklies, analyses): when clusters
# are asked for events until a day, articles published this much later are read too.
REPORT_LAG_DAYS = 30
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


def _matches_actor(view: ClusterView, actor: str) -> bool:
    """``actor`` is a code (``RUS``) of a participant or a case-insensitive substring of a participant's name."""
    needle = actor.casefold()
    return actor.upper() in view.codes or any(needle in name.casefold() for name in view.names)


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not date:
        return False
    # A month-precise date ("2025-05") is in range when any of its days is.
    return (not since or date[:len(since)] >= since[:len(date)]) and (not until or date[:len(until)] <= until[:len(date)])


def store_event_clusters(store: Any, since: str | None = None, until: str | None = None, type: str | None = None,  # noqa: A002
                         actor: str | None = None, min_reports: int = 1, limit: int = DEFAULT_LIMIT,
                         offset: int = 0) -> Page:
    """Clusters of reports of the same real-world event over the store, filtered and paginated.

    Articles published in [since, until + ``REPORT_LAG_DAYS``] are read (a report is filed after the
    event); the cluster's own date is then filtered to [since, until]. Items: the
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
    kind = type.upper() if type else None
    reports: dict[str, ClusterReport] = {}
    names: dict[str, list[str]] = {}

    def records() -> Iterator[ArticleRecord]:
        last = (dt.date.fromisoformat(until) + dt.timedelta(days=REPORT_LAG_DAYS)).isoformat() if until else None
        for article in iter_articles(store, since=since, until=last, needs="events"):
            for event in article.record.events:
                key = f"{article.id}:{event.id}"
                reports[key] = ClusterReport(
                    article.id, article.title, article.url, article.record.source, article.published, event.id,
                    event.trigger.model_dump(), event.sentence.text if event.sentence else None,
                    event.location.name if event.location else None)
                names[key] = [p.name or p.text for p in [*event.actors, *event.recipients]]
            yield article.record

    views = []
    for cluster in cluster_events(records()):
        views.append(_view(cluster, reports, names))
    selected = [
        view for view in views
        if len(view.reports) >= min_reports and (not kind or view.type == kind)
        and (not actor or _matches_actor(view, actor)) and _in_range(view.date, since, until)
    ]
    selected.sort(key=lambda v: (-len(v.reports), v.date is None, v.date or "", v.id))
    return Page([view.to_json_dict() for view in selected[offset:offset + limit]], len(selected))


def _view(cluster: EventCluster, reports: dict[str, ClusterReport], names: dict[str, list[str]]) -> ClusterView:
    members = [reports[key] for key in cluster.reports if key in reports]
    members.sort(key=lambda r: (r.article_published or "", r.article_id, r.event))
    all_names = sorted({name for key in cluster.reports for name in names.get(key, [])})
    # Named by its first report ("12:e1"), so a cluster keeps its id whatever the filters.
    first = min(cluster.reports, key=lambda key: (int(key.partition(":")[0]), key)) if cluster.reports else cluster.id
    # The place as written (clustering compares lower-cased names).
    place = next((r.place for r in members if r.place), cluster.place)
    return ClusterView(first, cluster.type, cluster.date, place, cluster.codes, all_names, members)
