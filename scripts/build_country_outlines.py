"""Regenerate ``data/places/country_outlines.json`` (maintainers only; never imported at run time).

The map's base layer: country outlines of Natural Earth's 1:110m Admin 0 countries (public domain,
naturalearthdata.com), as shipped in the geopandas 0.14 wheel (``geopandas/datasets/naturalearth_lowres``;
later geopandas releases dropped it). The shapefile is read with the standard library (polygons and a
dBASE table are simple formats), each ring is simplified (Douglas-Peucker) and rounded, and the result
is written as a small GeoJSON FeatureCollection with each country's ISO alpha-3 code and name.

Run: ``pip download geopandas==0.14.4 --no-deps -d /tmp/ne && python scripts/build_country_outlines.py
/tmp/ne/geopandas-0.14.4-py3-none-any.whl``.
"""

from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "accord" / "data" / "places" / "country_outlines.json"
SHAPES = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
# Simplification tolerance in degrees: below a pixel of the whole-world map (960 px for 360°) and still
# smooth at the map's closest zoom (40° wide); keeps the file well under 300 KB.
TOLERANCE_DEGREES = 0.08
# Decimals kept per coordinate: 0.01° (about 1 km), finer than the map ever draws.
DECIMALS = 2
# Rings with fewer points than this after simplification are specks (small islands) a map cannot show.
MIN_RING_POINTS = 4
POLYGON = 5


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """The rings of each record of a polygon shapefile (``.shp``), in record order."""
    shapes: list[list[list[tuple[float, float]]]] = []
    offset = 100  # the main file header
    while offset < len(data):
        _, words = struct.unpack(">ii", data[offset:offset + 8])
        content = data[offset + 8:offset + 8 + words * 2]
        offset += 8 + words * 2
        (shape_type,) = struct.unpack("<i", content[:4])
        if shape_type != POLYGON:
            shapes.append([])
            continue
        parts_count, points_count = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{parts_count}i", content[44:44 + 4 * parts_count]))
        start = 44 + 4 * parts_count
        flat = struct.unpack(f"<{2 * points_count}d", content[start:start + 16 * points_count])
        points = list(zip(flat[0::2], flat[1::2]))
        shapes.append([points[begin:end] for begin, end in zip(parts, [*parts[1:], points_count])])
    return shapes


def read_table(data: bytes) -> list[dict[str, str]]:
    """The rows of a dBASE III table (``.dbf``) as text fields."""
    count, header_length, record_length = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    position = 32
    while data[position] != 0x0D:
        name = data[position:position + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[position + 16]))
        position += 32
    rows = []
    for number in range(count):
        record = data[header_length + number * record_length:header_length + (number + 1) * record_length]
        row, cursor = {}, 1  # the first byte flags a deleted record
        for name, length in fields:
            row[name] = record[cursor:cursor + length].decode("utf-8", "replace").strip()
            cursor += length
        rows.append(row)
    return rows


def simplified(ring: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification of a closed ring (first and last points kept)."""
    if len(ring) < 3:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            x, y = ring[index]
            gap = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if gap > distance:
                farthest, distance = index, gap
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(ring, keep) if kept]


def feature(row: dict[str, str], rings: list[list[tuple[float, float]]]) -> dict | None:
    """One country's GeoJSON feature, or None when nothing of it survives simplification."""
    polygons = []
    for ring in rings:
        points = [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in simplified(ring, TOLERANCE_DEGREES)]
        if len(points) >= MIN_RING_POINTS:
            polygons.append([points])
    if not polygons:
        return None
    return {"type": "Feature", "properties": {"iso_a3": row.get("iso_a3"), "name": row.get("name")},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons}}


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shapes = read_polygons(archive.read(SHAPES + ".shp"))
        rows = read_table(archive.read(SHAPES + ".dbf"))
    features = [found for row, rings in zip(rows, shapes, strict=True) if (found := feature(row, rings))]
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), from the geopandas "
                  "0.14.4 wheel's naturalearth_lowres; simplified by scripts/build_country_outlines.py",
        "features": features,
    }
    OUTPUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(len(ring) for f in features for polygon in f["geometry"]["coordinates"] for ring in polygon)
    print(f"{len(features)} countries, {points} points, {OUTPUT.stat().st_size:,} bytes -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
