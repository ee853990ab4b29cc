"""Event places for the map: geocoded places with how many events (under the timeline's filters) each holds."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from accord.store import schema
from accord.store.db import Store
from accord.store.query import event_conditions

# Places drawn at most (the most eventful): beyond this a world map is a smear of dots.
MAP_PLACES = 300


def event_places(store: Store, type: str | None = None, actor: str | None = None,  # noqa: A002
                 recipient: str | None = None, since: str | None = None, until: str | None = None,
                 limit: int = MAP_PLACES, assertion: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """Places of the events matching the timeline's filters: name, country, lat/lon, event count; the
    ``limit`` most eventful first, and how many located events match in all. Places the gazetteer gave no
    coordinates are counted but not returned. Asserted events only unless ``assertion`` is ``all``."""
    events, articles = schema.events, schema.articles
    conditions = [events.c.location_name.is_not(None), *event_conditions(type, actor, recipient, since, until,
                                                                                 assertion=assertion)]
    # The total (events of every place, not only the places listed) comes with the places: summed over
    # all groups before LIMIT, so the filtered events are read once.
    grouped = (sa.select(events.c.location_name, events.c.location_country, sa.func.count().label("events"),
                         sa.func.min(events.c.id).label("sample"),
                         sa.func.sum(sa.func.count()).over().label("total"))
               .select_from(events.join(articles, articles.c.id == events.c.article_id))
               .where(*conditions).group_by(events.c.location_name, events.c.location_country))
    with store.engine.connect() as connection:
        rows = connection.execute(grouped.order_by(sa.desc("events"), events.c.location_name).limit(limit)).all()
        total = int(rows[0].total) if rows else 0
        samples = dict(connection.execute(sa.select(events.c.id, events.c.record)
                                          .where(events.c.id.in_([row.sample for row in rows]))).all()) if rows else {}
    places = []
    for row in rows:
        location = json.loads(samples.get(row.sample) or "{}").get("location") or {}
        if not isinstance(location.get("lat"), (int, float)) or not isinstance(location.get("lon"), (int, float)):
            continue
        places.append({"name": row.location_name, "country": row.location_country, "events": row.events,
                       "lat": location["lat"], "lon": location["lon"]})
    return places, total
