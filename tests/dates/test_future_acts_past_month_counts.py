"""A count of months from a past act does not date an act yet to come (session 24 review3)."""

from __future__ import annotations


def _dates(extract_text, text):
    """(type, modality, date value) of each event of ``text``."""
    return [(e.event, e.modality, e.date.value if e.date else None)
            for e in extract_text(text, published="2025-05-17").events]


def test_a_future_act_is_not_counted_from_a_past_month(extract_text):
    """"In March they met. Three months later they will sign": the signing's month is unknown."""
    found = _dates(extract_text, "In March, the two ministers held talks in Muscat. Three months later, the two ministers will sign a water deal.")
    assert [d for t, m, d in found if m == "future"] == [None], found


def test_a_future_act_counts_from_a_future_month(extract_text):
    """"In March they will meet. Three months later they will sign": June of the coming year, as told."""
    found = _dates(extract_text, "In March, the two ministers will hold talks in Muscat. Three months later, they will sign a water deal.")
    assert "2026-06" in [d for t, m, d in found if m == "future"], found


def test_a_past_act_still_counts_from_a_past_month(extract_text):
    """"In March they met. Three months later they signed": June of the story's year."""
    found = _dates(extract_text, "In January, the two ministers held talks in Muscat. Three months later, they signed a water deal.")
    assert "2025-04" in [d for _, _, d in found], found
