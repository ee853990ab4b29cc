"""Turn store query results into what the pages show: timeline days, parties and speakers, page links.

Pure functions over the item dicts of ``accord.store``'s queries, so the grouping rules are tested
without a server or a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from markupsafe import Markup, escape

from accord.knowledge.party_names import party_name
from accord.web.highlight import EVENT, Mark, highlight_html

UNDATED = "undated"
# An untitled article is headed by its first line, cut to about one line of a wide screen.
HEADING_CHARS = 110
NO_PARTY = "Unaffiliated or unknown"


@dataclass
class PageLinks:
    """Where the previous and next pages of a list are, keeping every other query parameter."""

    total: int
    first: int
    last: int
    previous: str | None
    next: str | None


def page_links(path: str, params: Mapping[str, str], total: int, limit: int, offset: int, shown: int) -> PageLinks:
    """Links to the neighbouring pages of ``path``: ``params`` unchanged except ``offset``."""
    kept = {key: value for key, value in params.items() if key != "offset" and value not in (None, "")}

    def link(new_offset: int) -> str:
        query = urlencode({**kept, "offset": new_offset} if new_offset else kept)
        return f"{path}?{query}" if query else path

    previous = link(max(0, offset - limit)) if offset > 0 else None
    following = link(offset + limit) if offset + limit < total else None
    return PageLinks(total=total, first=offset + 1 if shown else 0, last=offset + shown, previous=previous, next=following)


def export_links(path: str, params: Mapping[str, str], names: Iterable[str]) -> dict[str, str]:
    """Where to download what a page shows, as CSV and JSON: ``path`` with the page's filters ``names``."""
    kept = {name: params[name] for name in names if params.get(name)}
    return {fmt: f"{path}?{urlencode({**kept, 'format': fmt})}" for fmt in ("csv", "json")}


def event_day(item: Mapping[str, Any]) -> str:
    """The day an event is placed on the timeline: its own date, else the "undated" group (never its
    article's publication date, which says when it was reported, not when it happened)."""
    date = item.get("date") or {}
    return date.get("value") or UNDATED


def outlet(item: Mapping[str, Any], prefix: str = "article_") -> str | None:
    """Who published an article: its URL's host without ``www.`` (``cgtn.com``), else None."""
    url = item.get(f"{prefix}url")
    if not url:
        return None
    host = urlsplit(str(url)).hostname or ""
    return host.removeprefix("www.") or None


def web_url(url: object) -> str | None:
    """``url`` when it is an http(s) address a page may link to, else None (no ``javascript:`` links)."""
    return str(url) if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def article_label(item: Mapping[str, Any], prefix: str = "article_") -> str:
    """What to call an article in a list: its title, else its URL or file name, else its number."""
    title = item.get(f"{prefix}title")
    if title:
        return str(title)
    url = item.get(f"{prefix}url") or item.get("source" if not prefix else f"{prefix}source")
    if url:
        return str(url).rstrip("/").rsplit("/", 1)[-1] or str(url)
    return f"Untitled article {item.get(f'{prefix}id') or item.get('id')}"


def article_heading(article: Mapping[str, Any]) -> str:
    """The heading of an article page: its title, else its text's first line (shortened), else its label."""
    if article.get("title"):
        return str(article["title"])
    first_line = (article.get("text") or "").strip().split("\n", 1)[0].strip()
    if first_line:
        return first_line if len(first_line) <= HEADING_CHARS else first_line[:HEADING_CHARS].rsplit(" ", 1)[0] + " …"
    return article_label(article, "")


def sentence_html(item: Mapping[str, Any]) -> Markup:
    """The event's sentence, escaped, with its trigger marked (offsets are the article's, so shifted)."""
    sentence = item.get("sentence") or item.get("trigger") or {}
    text = sentence.get("text") or ""
    trigger = item.get("trigger") or {}
    start, end = trigger.get("start"), trigger.get("end")
    offset = sentence.get("start")
    if not all(isinstance(value, int) for value in (start, end, offset)):
        return highlight_html(text, [])
    mark = Mark(start - offset, end - offset, str(item.get("id")), EVENT, "trigger")
    return highlight_html(text, [mark])


def timeline_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """One event as the timeline shows it: the event, its sentence, and the article it came from."""
    return {
        "event": item,
        "day": event_day(item),
        "sentence_html": sentence_html(item),
        "article_id": item.get("article_id"),
        "article_title": article_label(item),
        "article_url": web_url(item.get("article_url")),
        "outlet": outlet(item),
        "published": item.get("article_published"),
    }


@dataclass
class DayGroup:
    """The events of one day (or month/year, at the precision the date is known)."""

    label: str
    items: list[dict[str, Any]] = field(default_factory=list)


def group_by_day(items: Iterable[Mapping[str, Any]]) -> list[DayGroup]:
    """Timeline days in chronological order (undated last); events keep their store order within a day."""
    groups: dict[str, DayGroup] = {}
    for item in items:
        view = timeline_item(item)
        groups.setdefault(view["day"], DayGroup(view["day"])).items.append(view)
    return sorted(groups.values(), key=lambda group: (group.label == UNDATED, group.label))


@lru_cache(maxsize=512)
def party_label(code: str | None) -> str:
    """A readable name for an actor code: ``RUS`` -> ``Russia (RUS)``, ``EUR`` -> ``European Union (EUR)``;
    a code no data names stays as it is."""
    if not code:
        return NO_PARTY
    name = party_name(code)
    return f"{name} ({code})" if name else code


def statement_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """One statement as a list shows it, with the article it came from."""
    return {
        "statement": item,
        "article_id": item.get("article_id"),
        "article_title": article_label(item),
        "article_url": web_url(item.get("article_url")),
        "outlet": outlet(item),
        "published": item.get("article_published"),
    }


@dataclass
class SpeakerGroup:
    """Everything one speaker said on this page."""

    label: str
    title: str | None
    items: list[dict[str, Any]] = field(default_factory=list)
    entity_id: int | None = None


@dataclass
class PartyGroup:
    """The speakers of one party (the speaker's affiliation code)."""

    code: str | None
    label: str
    speakers: list[SpeakerGroup] = field(default_factory=list)
    entity_id: int | None = None  # the party's own entity page (``accord.store.entity_pages.party_entities``)

    @property
    def count(self) -> int:
        return sum(len(speaker.items) for speaker in self.speakers)


def speaker_key(item: Mapping[str, Any]) -> tuple[str, str]:
    """Who a statement is grouped under: the cross-article entity when known, else the resolved name."""
    speaker = item.get("speaker") or {}
    label = speaker.get("name") or speaker.get("text") or "unknown speaker"
    entity = item.get("speaker_entity_id")
    return (f"entity:{entity}" if entity is not None else f"name:{label.casefold()}", label)


def group_by_party(items: Iterable[Mapping[str, Any]]) -> list[PartyGroup]:
    """Statements grouped by party then speaker: parties by number of statements, unknown party last."""
    parties: dict[str | None, PartyGroup] = {}
    speakers: dict[tuple[str | None, str], SpeakerGroup] = {}
    for item in items:
        speaker = item.get("speaker") or {}
        code = speaker.get("affiliation")
        party = parties.setdefault(code, PartyGroup(code, party_label(code)))
        key, label = speaker_key(item)
        group = speakers.get((code, key))
        if group is None:
            group = speakers[(code, key)] = SpeakerGroup(label, speaker.get("title"),
                                                          entity_id=item.get("speaker_entity_id") or speaker.get("entity_id"))
            party.speakers.append(group)
        group.items.append(statement_item(item))
    for party in parties.values():
        party.speakers.sort(key=lambda group: (-len(group.items), group.label.casefold()))
    return sorted(parties.values(), key=lambda party: (party.code is None, -party.count, party.label))


def evidence_html(statement: Mapping[str, Any]) -> Markup:
    """The statement's content, escaped, with its evidence words (why it is positive or negative) marked."""
    content = statement.get("content") or {}
    text = content.get("text") or ""
    offset = content.get("start")
    pieces: list[str] = []
    cursor = 0
    if isinstance(offset, int):
        spans = sorted(
            (span["start"] - offset, span["end"] - offset)
            for span in statement.get("evidence") or []
            if isinstance(span.get("start"), int) and isinstance(span.get("end"), int)
        )
        for start, end in spans:
            if start < cursor or not 0 <= start < end <= len(text):
                continue  # overlapping or outside the content: show the text unmarked
            pieces.append(str(escape(text[cursor:start])))
            pieces.append(f'<mark class="evidence">{escape(text[start:end])}</mark>')
            cursor = end
    pieces.append(str(escape(text[cursor:])))
    return Markup("".join(pieces))


@dataclass
class DivergenceSide:
    """One column of a divergence: a party's assessment and the statements that carry it."""

    party: str
    label: str
    polarity: str
    statements: list[dict[str, Any]] = field(default_factory=list)
    more: int = 0  # statements of this side not listed on the page


@dataclass
class DivergenceView:
    """A topic and its sides, as the side-by-side page shows them."""

    topic: str
    event: dict[str, Any] | None
    sides: list[DivergenceSide]
    cluster_id: int | None = None  # the event's page, /clusters/<id>: every report of it


def divergence_view(body: Mapping[str, Any], statements: Mapping[str, Mapping[str, Any]]) -> DivergenceView:
    """A divergence (``accord.store.divergence_items.divergence_links`` JSON) with each cited statement's details.

    ``statements`` maps qualified ids (``"12:s3"``) to store statement items; ids it lacks (the
    article was replaced since) are shown as bare links.
    """
    sides = []
    for side in body.get("sides") or []:
        column = DivergenceSide(side["party"], party_label(side["party"]), side["polarity"])
        for qualified, link in zip(side.get("statements") or [], side.get("links") or []):
            found = statements.get(qualified)
            column.statements.append({
                "id": link["statement"],
                "article_id": link["article_id"],
                "statement": found,
                "content_html": evidence_html(found) if found else None,
                "article_title": article_label(found) if found else f"Untitled article {link['article_id']}",
                "article_url": web_url(found.get("article_url")) if found else None,
                "outlet": outlet(found) if found else None,
                "published": found.get("article_published") if found else None,
            })
        sides.append(column)
    return DivergenceView(body.get("topic") or "", body.get("event_link"), sides, body.get("cluster_id"))


def cluster_report_item(report: Mapping[str, Any]) -> dict[str, Any]:
    """One report of a clustered event as a list shows it: the article and the trigger it names the event by."""
    return {
        "article_id": report.get("article_id"),
        "article_title": article_label(report),
        "article_url": web_url(report.get("article_url")),
        "outlet": outlet(report),
        "published": report.get("article_published"),
        "event": report.get("event"),
        "trigger": (report.get("trigger") or {}).get("text"),
        "sentence": report.get("sentence"),
    }
