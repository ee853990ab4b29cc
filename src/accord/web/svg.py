"""Server-side SVG: the rounds' time axis, the positions-over-time chart and the map of event places.

Pure functions from view data to markup (``Markup``, every text escaped): no script, no chart library,
nothing loaded from elsewhere, so the pages work offline and under the app's Content-Security-Policy.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from accord.web.basemap import country_outlines

# Chart geometry in SVG user units (the SVG scales to the page width).
AXIS_WIDTH, AXIS_HEIGHT, AXIS_MARGIN = 960, 70, 40
# Rounds held on one day share an x: each further one is drawn this far below the last, so every dot
# stays visible and clickable (one dot over another would hide it).
AXIS_STACK_STEP = 18
CHART_WIDTH, CHART_MARGIN_LEFT, CHART_MARGIN_RIGHT, LANE_HEIGHT = 960, 90, 20, 46
MAP_WIDTH, MAP_HEIGHT = 960, 480
# Degrees between graticule lines: fine enough to read a place's rough position, coarse enough to stay quiet.
GRATICULE_STEP = 30
# A map marker's radius grows with the square root of its event count (area ∝ count), capped.
MARKER_MIN_RADIUS, MARKER_MAX_RADIUS = 4.0, 18.0
# Room between the lane labels and the first day, so points spread sideways never cover a label.
CHART_PADDING = 20
# Sideways offsets of the points that fall on one day and lane (so each stays visible and clickable).
SPREAD = (0, 11, -11, 22, -22)
# Assessments as lanes of the positions chart, top to bottom.
LANES = ("positive", "neutral", "negative")
# Colours of the parties of a chart, in order (distinguishable, also in print).
PALETTE = ("#1f5fbf", "#c4320a", "#067647", "#6941c6", "#ca8504", "#0e9384", "#c11574", "#475467")


@functools.lru_cache(maxsize=4096)
def day_number(value: str | None) -> int | None:
    """An ISO day, month or year as a day ordinal (a month or year counts as its first day); None if not a date."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year, month, day = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
        return dt.date(year, month, day).toordinal()
    except (ValueError, IndexError):
        return None


def _scale(value: int, low: int, high: int, start: float, end: float) -> float:
    """``value`` in [low, high] mapped to [start, end] (the middle when the range is one day)."""
    if high == low:
        return (start + end) / 2
    return start + (value - low) * (end - start) / (high - low)


def _ticks(low: int, high: int, count: int = 6) -> list[int]:
    """About ``count`` evenly spaced day ordinals from ``low`` to ``high`` (both included)."""
    if high <= low:
        return [low]
    step = max(1, round((high - low) / (count - 1)))
    ticks = list(range(low, high, step))
    if high - ticks[-1] < step / 2 and len(ticks) > 1:
        ticks[-1] = high
    else:
        ticks.append(high)
    return ticks


@dataclass(frozen=True)
class AxisPoint:
    """One round on the time axis: its date, a label and the anchor it links to."""

    date: str
    label: str
    href: str


def time_axis(points: Sequence[AxisPoint]) -> Markup:
    """A horizontal time axis with one linked dot per round (labels alternate above and below)."""
    dated = [(day_number(p.date), p) for p in points]
    dated = [(day, p) for day, p in dated if day is not None]
    if not dated:
        return Markup("")
    low, high = min(day for day, _ in dated), max(day for day, _ in dated)
    middle = AXIS_HEIGHT / 2
    same_day = Counter(day for day, _ in dated)
    height = AXIS_HEIGHT + AXIS_STACK_STEP * (max(same_day.values()) - 1)
    parts = [f'<svg class="time-axis" viewBox="0 0 {AXIS_WIDTH} {height}" role="img" '
             f'aria-label="rounds of talks on a time axis" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{AXIS_MARGIN}" y1="{middle}" x2="{AXIS_WIDTH - AXIS_MARGIN}" y2="{middle}" class="axis"/>']
    drawn: Counter[int] = Counter()
    for number, (day, point) in enumerate(sorted(dated, key=lambda item: item[0])):
        x = _scale(day, low, high, AXIS_MARGIN, AXIS_WIDTH - AXIS_MARGIN)
        y = middle + AXIS_STACK_STEP * drawn[day]
        label = ""
        if not drawn[day]:  # the day's date once, by its first dot
            y_text = middle - 14 if number % 2 == 0 else middle + 24 + AXIS_STACK_STEP * (same_day[day] - 1)
            label = f'<text x="{x:.1f}" y="{y_text}" text-anchor="middle" class="axis-label">{escape(point.date)}</text>'
        drawn[day] += 1
        parts.append(f'<a href="{escape(point.href)}"><circle cx="{x:.1f}" cy="{y}" r="7" class="round-dot">'
                     f'<title>{escape(point.date)}: {escape(point.label)}</title></circle>{label}</a>')
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True)
class ChartPoint:
    """One assessed statement: when, by which party, how, what it says (tooltip) and where to read it."""

    date: str
    party: str
    polarity: str
    label: str
    href: str


def party_colours(parties: Sequence[str]) -> dict[str, str]:
    """One colour per party, in the given order: the same party has the same colour in every chart of a page."""
    return {party: PALETTE[number % len(PALETTE)] for number, party in enumerate(parties)}


def positions_chart(points: Sequence[ChartPoint], parties: Sequence[str], title: str,
                    span: tuple[str, str] | None = None) -> Markup:
    """Assessments over time: one lane per assessment, one colour per party (``party_colours(parties)``),
    each point a link to its statement; a line per party joins its daily mean (positive 1, neutral 0, negative -1).
    ``span`` (first and last day) gives several charts of a page one time scale."""
    dated = [(day_number(p.date), p) for p in points if p.polarity in LANES]
    dated = [(day, p) for day, p in dated if day is not None]
    if not dated:
        return Markup("")
    low, high = min(day for day, _ in dated), max(day for day, _ in dated)
    if span is not None and day_number(span[0]) is not None and day_number(span[1]) is not None:
        low, high = min(low, day_number(span[0])), max(high, day_number(span[1]))
    height = LANE_HEIGHT * len(LANES) + 50
    left, right = CHART_MARGIN_LEFT + CHART_PADDING, CHART_WIDTH - CHART_MARGIN_RIGHT
    colour = party_colours(parties)
    lane_y = {lane: 20 + LANE_HEIGHT * (number + 0.5) for number, lane in enumerate(LANES)}
    parts = [f'<svg class="positions-chart" viewBox="0 0 {CHART_WIDTH} {height}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">']
    for lane, y in lane_y.items():
        parts.append(f'<line x1="{CHART_MARGIN_LEFT}" y1="{y}" x2="{right + CHART_PADDING}" y2="{y}" class="lane lane-{lane}"/>'
                     f'<text x="{CHART_MARGIN_LEFT - 8}" y="{y + 4}" text-anchor="end" class="lane-label">{lane}</text>')
    base = 20 + LANE_HEIGHT * len(LANES) + 16
    ticks = _ticks(low, high)
    for number, tick in enumerate(ticks):
        x = _scale(tick, low, high, left, right)
        anchor = "end" if number == len(ticks) - 1 and len(ticks) > 1 else "middle"
        parts.append(f'<text x="{x:.1f}" y="{base}" text-anchor="{anchor}" class="tick">'
                     f'{dt.date.fromordinal(tick).isoformat()}</text>')
    # The daily mean of each party, joined: how its stance moves.
    by_party: dict[str, dict[int, list[int]]] = {}
    for day, point in dated:
        by_party.setdefault(point.party, {}).setdefault(day, []).append(1 - LANES.index(point.polarity))
    for party, days in by_party.items():
        if len(days) < 2:
            continue
        coordinates = []
        for day in sorted(days):
            mean = sum(days[day]) / len(days[day])
            y = lane_y["neutral"] - mean * LANE_HEIGHT
            coordinates.append(f"{_scale(day, low, high, left, right):.1f},{y:.1f}")
        parts.append(f'<polyline points="{" ".join(coordinates)}" class="trend" stroke="{colour.get(party, PALETTE[-1])}"/>')
    # Points on the same day, lane and party are spread a little so each stays clickable.
    stacked: dict[tuple[int, str], int] = {}
    for day, point in dated:
        slot = stacked.get((day, point.polarity), 0)
        stacked[(day, point.polarity)] = slot + 1
        x = _scale(day, low, high, left, right) + SPREAD[slot % len(SPREAD)]
        y = lane_y[point.polarity] + ((slot // 5) % 3 - 1) * 9
        parts.append(f'<a href="{escape(point.href)}" class="point" data-party="{escape(point.party)}">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour.get(point.party, PALETTE[-1])}">'
                     f'<title>{escape(point.date)} · {escape(point.party)} · {escape(point.polarity)}: '
                     f'{escape(point.label)}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True)
class MapPlace:
    """A place with its events: name, coordinates, how many events, and the link that lists them."""

    name: str
    lat: float
    lon: float
    count: int
    href: str


@dataclass(frozen=True)
class Extent:
    """The part of the world a map shows, in degrees (west, east, south, north); 2:1 like the whole world."""

    west: float = -180.0
    east: float = 180.0
    south: float = -90.0
    north: float = 90.0

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        """Equirectangular projection of a point onto the map's SVG coordinates."""
        return ((lon - self.west) / (self.east - self.west) * MAP_WIDTH,
                (self.north - lat) / (self.north - self.south) * MAP_HEIGHT)


WORLD = Extent()
# Degrees of margin around the places when the map zooms to them, and the narrowest span it shows
# (longitude; latitude is half): enough to see a region's places apart, not a street map.
MAP_MARGIN_DEGREES = 8.0
MAP_MIN_SPAN_DEGREES = 40.0


def extent_of(places: Sequence[MapPlace]) -> Extent:
    """The smallest 2:1 window holding every place with a margin (the whole world when there is none)."""
    if not places:
        return WORLD
    west, east = min(p.lon for p in places) - MAP_MARGIN_DEGREES, max(p.lon for p in places) + MAP_MARGIN_DEGREES
    south, north = min(p.lat for p in places) - MAP_MARGIN_DEGREES, max(p.lat for p in places) + MAP_MARGIN_DEGREES
    span = max(east - west, 2 * (north - south), MAP_MIN_SPAN_DEGREES)
    if span >= 360:
        return WORLD
    middle_lon, middle_lat = (west + east) / 2, (south + north) / 2
    west = min(max(middle_lon - span / 2, -180.0), 180.0 - span)
    south = min(max(middle_lat - span / 4, -90.0), 90.0 - span / 2)
    return Extent(west, west + span, south, south + span / 2)


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection of a point onto the whole-world map's SVG coordinates."""
    return WORLD.project(lat, lon)


def _graticule_step(extent: Extent) -> int:
    """Degrees between graticule lines: ``GRATICULE_STEP`` for the world, finer when zoomed in."""
    span = extent.east - extent.west
    return GRATICULE_STEP if span > 180 else 10 if span > 60 else 5


def place_map(places: Sequence[MapPlace]) -> Markup:
    """A map (equirectangular, zoomed to the places, with country outlines and a labelled graticule; no tiles)
    with one linked circle per place, its area proportional to its number of events."""
    extent = extent_of(places)
    step = _graticule_step(extent)
    parts = [f'<svg class="place-map" viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" role="img" '
             f'aria-label="map of event places" xmlns="http://www.w3.org/2000/svg">',
             f'<rect x="0" y="0" width="{MAP_WIDTH}" height="{MAP_HEIGHT}" class="sea"/>',
             country_outlines(extent.west, extent.east, extent.south, extent.north, MAP_WIDTH, MAP_HEIGHT)]
    for lon in range(int(extent.west // step * step), int(extent.east) + 1, step):
        if not extent.west < lon < extent.east:
            continue
        x, _ = extent.project(0, lon)
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{MAP_HEIGHT}" class="graticule"/>')
        parts.append(f'<text x="{x + 2:.1f}" y="{MAP_HEIGHT - 4}" class="tick">{lon}°</text>')
    for lat in range(int(extent.south // step * step), int(extent.north) + 1, step):
        if not extent.south < lat < extent.north:
            continue
        _, y = extent.project(lat, extent.west)
        parts.append(f'<line x1="0" y1="{y:.1f}" x2="{MAP_WIDTH}" y2="{y:.1f}" class="graticule{" equator" if lat == 0 else ""}"/>')
        parts.append(f'<text x="2" y="{y - 2:.1f}" class="tick">{lat}°</text>')
    most = max((place.count for place in places), default=1)
    for place in sorted(places, key=lambda p: -p.count):  # big circles first, small ones stay on top
        x, y = extent.project(place.lat, place.lon)
        radius = MARKER_MIN_RADIUS + (MARKER_MAX_RADIUS - MARKER_MIN_RADIUS) * (place.count / most) ** 0.5
        parts.append(f'<a href="{escape(place.href)}" class="place" data-place="{escape(place.name)}">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" class="marker">'
                     f'<title>{escape(place.name)}: {place.count} event{"" if place.count == 1 else "s"}</title></circle>'
                     f'<text x="{x + radius + 2:.1f}" y="{y + 4:.1f}" class="place-label">{escape(place.name)}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
