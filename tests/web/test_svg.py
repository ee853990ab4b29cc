"""Server-side SVG: the projection and zoom of the map, escaping, and what each chart draws."""

from __future__ import annotations

import re

import pytest

from accord.web.svg import (
    MAP_HEIGHT,
    MAP_WIDTH,
    WORLD,
    AxisPoint,
    ChartPoint,
    MapPlace,
    extent_of,
    place_map,
    positions_chart,
    project,
    time_axis,
)


def test_equirectangular_projection_of_the_world() -> None:
    assert project(0, 0) == (MAP_WIDTH / 2, MAP_HEIGHT / 2)
    assert project(90, -180) == (0, 0) and project(-90, 180) == (MAP_WIDTH, MAP_HEIGHT)


@pytest.mark.parametrize("coordinates", [[(41.0, 29.0)], [(41.0, 29.0), (46.2, 6.1)], [(60.0, -170.0), (-50.0, 170.0)]])
def test_the_map_zooms_to_its_places_and_keeps_them_inside(coordinates) -> None:
    places = [MapPlace(f"p{n}", lat, lon, 1, "#") for n, (lat, lon) in enumerate(coordinates)]
    extent = extent_of(places)
    assert extent.east - extent.west == pytest.approx(2 * (extent.north - extent.south))
    for place in places:
        x, y = extent.project(place.lat, place.lon)
        assert 0 < x < MAP_WIDTH and 0 < y < MAP_HEIGHT
    assert extent_of([]) == WORLD


def test_map_marks_and_escapes_places() -> None:
    svg = str(place_map([MapPlace('<script>"x"</script>', 10, 10, 4, "/timeline?place=a&b=1"),
                         MapPlace("Small", 12, 12, 1, "/timeline?place=Small")]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'href="/timeline?place=a&amp;b=1"' in svg
    radii = [float(r) for r in re.findall(r'class="place" data-place="[^"]+"><circle cx="[^"]+" cy="[^"]+" r="([^"]+)"', svg)]
    assert radii[0] > radii[1]  # more events, bigger circle


def test_positions_chart_places_points_in_their_lanes_and_links_them() -> None:
    points = [ChartPoint("2025-05-16", "RUS", "positive", "a <b>", "/articles/1#s1"),
              ChartPoint("2025-05-20", "RUS", "negative", "b", "/articles/2#s1"),
              ChartPoint("2025-05-18", "UKR", "neutral", "c", "/articles/3#s1"),
              ChartPoint("not a date", "UKR", "neutral", "d", "/articles/4#s1")]
    svg = str(positions_chart(points, ["RUS", "UKR"], "t"))
    found = re.findall(r'<a href="([^"]+)" class="point" data-party="(\w+)"><circle cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert [href for href, *_ in found] == ["/articles/1#s1", "/articles/2#s1", "/articles/3#s1"]  # the undated one is left out
    y = {href: float(cy) for href, _, _, cy in found}
    assert y["/articles/1#s1"] < y["/articles/3#s1"] < y["/articles/2#s1"]  # positive above neutral above negative
    x = {href: float(cx) for href, _, cx, _ in found}
    assert x["/articles/1#s1"] < x["/articles/3#s1"] < x["/articles/2#s1"]  # in date order
    assert svg.count("<polyline") == 1  # Russia has two days; Ukraine one
    assert "a &lt;b&gt;" in svg and "<b>" not in svg
    assert str(positions_chart([], [], "t")) == ""


def test_time_axis_links_each_dated_round() -> None:
    svg = str(time_axis([AxisPoint("2025-05-16", "Russia, Ukraine", "#round-1"), AxisPoint("2025-06-02", "x", "#round-2"),
                         AxisPoint("", "undated", "#round-3")]))
    assert re.findall(r'<a href="(#round-\d)">', svg) == ["#round-1", "#round-2"]
    assert str(time_axis([])) == ""


def test_rounds_of_one_day_are_stacked_so_each_dot_can_be_clicked() -> None:
    svg = str(time_axis([AxisPoint("2025-05-16", "a", "#round-1"), AxisPoint("2025-05-16", "b", "#round-2"),
                         AxisPoint("2025-06-02", "c", "#round-3")]))
    dots = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert len(dots) == 3 and len(set(dots)) == 3  # no dot drawn over another
    assert dots[0][0] == dots[1][0] and dots[0][1] != dots[1][1]
    assert svg.count(">2025-05-16</text>") == 1  # the shared date labelled once


def _rings(svg: str, code: str) -> list[list[tuple[float, float]]]:
    """The rings (in SVG units) of the outline of country ``code`` drawn in ``svg``."""
    path = re.search(rf'<path class="country" data-country="{code}" d="([^"]+)"', svg).group(1)
    return [[tuple(map(float, point.split())) for point in ring.lstrip("M").split("L")]
            for ring in path.rstrip("Z").split("ZM")]


def _inside(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    """Ray casting: whether (x, y) lies inside the polygon ``ring``."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_country_outlines_lie_under_the_places_in_the_same_projection() -> None:
    """The map draws Natural Earth country outlines first (under the circles), projected like the places:
    Ankara's circle lies inside Turkey's outline, not inside Greece's; far countries are left out."""
    svg = str(place_map([MapPlace("Ankara", 39.93, 32.86, 3, "/timeline?place=Ankara")]))
    assert svg.index('<g class="countries">') < svg.index('class="place"')
    x, y = map(float, re.search(r'data-place="Ankara"><circle cx="([\d.]+)" cy="([\d.]+)"', svg).groups())
    assert any(_inside(x, y, ring) for ring in _rings(svg, "TUR"))
    assert not any(_inside(x, y, ring) for ring in _rings(svg, "GRC"))
    assert 'data-country="AUS"' not in svg and 'data-country="BRA"' not in svg  # outside the window
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing loaded from elsewhere


def test_the_world_map_draws_every_country_from_a_small_shipped_file() -> None:
    from importlib import resources

    from accord.web.basemap import OUTLINES_FILE, countries

    data = resources.files("accord").joinpath("data", *OUTLINES_FILE.split("/"))
    assert len(data.read_bytes()) <= 300_000 and "Natural Earth" in data.read_text(encoding="utf-8")[:400]
    svg = str(place_map([]))
    assert svg.count('<path class="country"') == len(countries()) >= 170
    assert re.search(r'data-country="RUS" d="M[\d.]+ [\d.]+L', svg)
    for country in countries():
        assert -180 <= country.west <= country.east <= 180 and -90 <= country.south <= country.north <= 90
