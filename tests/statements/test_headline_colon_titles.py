"""A headline "Name: claim" gives the person no title: what follows the colon is what they say, not an
apposition ("Warren: Time for a tougher line on ISIL" made a US senator a member of the Islamic State, IMG).
Issue 13 items 2 and 7. Invented sentences."""

from __future__ import annotations


def test_a_headline_claim_after_a_colon_is_no_title(extract_text):
    text = ("Harlow: Time for a tougher line on ISIL.\n\nDana Harlow says the administration should act against "
            "the Islamic State in the United States' campaign. \"We are not winning,\" Harlow said on Sunday.")
    record = extract_text(text)
    people = [e for e in record.entities if e.kind == "person" and e.name.endswith("Harlow")]
    assert people and all(e.code != "IMG" for e in people)
    assert all("Time for" not in (e.title or "") for e in people)
    assert {s.speaker.affiliation for s in record.statements if s.speaker and "Harlow" in s.speaker.text} == {"USA"}


def test_a_title_in_apposition_after_a_comma_stays(extract_text):
    record = extract_text("Dana Harlow, the Ohio senator, said the administration should act.")
    assert any(e.title and "senator" in e.title for e in record.entities if e.name == "Dana Harlow")
