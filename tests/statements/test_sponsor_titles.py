"""A sponsoring prefix before a title ("pro-Russian President X of Moldova") says whom the holder leans to, never
whose office it is: the person keeps the country the text gives them (issue 14)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Pro-Kremlin President Ivan Petrov of Belarus met the Chinese envoy on Monday.", "Ivan Petrov", "BLR"),
    ("The pro-Western Prime Minister Anna Kovac of Serbia met the Chinese envoy on Monday.", "Anna Kovac", "SRB"),
    ("Pro-Kremlin lawmaker Ivan Petrov of Moldova said on Monday that talks would resume.", "Ivan Petrov", "MDA"),
])
def test_a_sponsor_before_a_title_never_codes_the_person(extract_text, text, name, code):
    record = extract_text(text, published="2025-05-17")
    people = [(e.name, e.code, e.title) for e in record.entities if e.kind == "person" and e.name == name]
    assert people and all(c == code and "Kremlin" not in (t or "") for _, c, t in people), people


def test_a_sponsored_persons_act_is_coded_by_their_own_country(extract_text):
    events = extract_text("Pro-Kremlin President Ivan Petrov of Belarus met the Chinese envoy on Monday.",
                          published="2025-05-17").events
    codes = [a.code for e in events if e.event == "CONSULT" for a in e.actors]
    assert "BLR" in codes and "RUS" not in codes, codes
