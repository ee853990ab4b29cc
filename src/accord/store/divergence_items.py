"""The one JSON shape of a listed divergence, shared by ``/api/divergence`` and ``accord query divergence
--format json``: the topic, each side with links to its statements and what each one said."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from accord.corpus.divergence import Divergence
from accord.store.records import cluster_store_id, split_id


def divergence_links(divergence: Divergence) -> dict[str, Any]:
    """The divergence's JSON (issue 8's shape) plus, per side, ``links``: article id and record id of
    each statement (and of the event), so a client can open the source span, and the ``cluster_id`` of
    its event (null for an issue topic)."""
    body = divergence.to_json_dict()
    for side in body["sides"]:
        side["links"] = [{"article_id": found[0], "statement": found[1]}
                         for found in map(split_id, side["statements"]) if found]
    found_event = split_id(divergence.event) if divergence.event else None
    body["event_link"] = {"article_id": found_event[0], "event": found_event[1]} if found_event else None
    body["cluster_id"] = cluster_store_id(divergence.cluster)  # as /api/event-clusters and /clusters/<id> name it
    return body


def said(qualified: str, found: dict[str, Any] | None) -> dict[str, Any]:
    """One cited statement as a side lists it: speaker, kind, content and article; only its id when its
    article is no longer stored."""
    if found is None:
        return {"statement": qualified}
    speaker = found.get("speaker") or {}
    return {"statement": qualified, "speaker": speaker.get("name") or speaker.get("text"), "kind": found.get("kind"),
            "content": found["content"]["text"], "article_title": found.get("article_title"),
            "article_url": found.get("article_url")}


def divergence_items(divergences: Iterable[Divergence], details: dict[str, dict[str, Any]],
                     agreed: bool = False) -> list[dict[str, Any]]:
    """Each divergence as ``divergence_links`` gives it, each side with ``said`` (``said``, from ``details``:
    ``divergence_statements`` of them), and with ``agreed`` (every assessed topic listed) whether it is
    ``divergent``."""
    items = []
    for divergence in divergences:
        item = divergence_links(divergence)
        for side in item["sides"]:
            side["said"] = [said(qualified, details.get(qualified)) for qualified in side["statements"]]
        if agreed:
            item["divergent"] = divergence.divergent
        items.append(item)
    return items
