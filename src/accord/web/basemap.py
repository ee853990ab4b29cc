"""The map's base layer: country outlines (Natural Earth 1:110m, public domain, shipped as
``data/places/country_outlines.json``) drawn as SVG paths under the event places, offline.

Each country is projected equirectangularly into the map's window; countries wholly outside it are
skipped, and the markup of a window is cached (a store's filters give few distinct windows).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from markupsafe import escape

from accord.knowledge.loader import read_json

OUTLINES_FILE = "places/country_outlines.json"
# Distinct map windows whose outline markup is kept (each some tens of kilobytes).
CACHED_WINDOWS = 32

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Country:
    """One country's outline: its code and name, rings of (lon, lat), and bounding box."""

    code: str
    name: str
    rings: tuple[Ring, ...]
    west: float
    east: float
    south: float
    north: float


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country of the outlines file, read once."""
    found = []
    for feature in read_json(OUTLINES_FILE)["features"]:
        rings = tuple(tuple((float(lon), float(lat)) for lon, lat in ring)
                      for polygon in feature["geometry"]["coordinates"] for ring in polygon)
        lons = [lon for ring in rings for lon, _ in ring]
        lats = [lat for ring in rings for _, lat in ring]
        properties = feature.get("properties") or {}
        found.append(Country(str(properties.get("iso_a3") or ""), str(properties.get("name") or ""), rings,
                             min(lons), max(lons), min(lats), max(lats)))
    return tuple(found)


@functools.lru_cache(maxsize=CACHED_WINDOWS)
def country_outlines(west: float, east: float, south: float, north: float, width: float, height: float) -> str:
    """SVG markup (a ``<g class="countries">`` of one titled path per country) of the countries in the window
    [west, east] x [south, north] degrees, projected onto ``width`` x ``height`` user units."""
    x_scale, y_scale = width / (east - west), height / (north - south)
    parts = ['<g class="countries">']
    for country in countries():
        if country.east < west or country.west > east or country.north < south or country.south > north:
            continue
        path = "".join(
            "M" + "L".join(f"{(lon - west) * x_scale:.1f} {(north - lat) * y_scale:.1f}" for lon, lat in ring) + "Z"
            for ring in country.rings)
        parts.append(f'<path class="country" data-country="{escape(country.code)}" d="{path}">'
                     f'<title>{escape(country.name)}</title></path>')
    parts.append("</g>")
    return "".join(parts)
