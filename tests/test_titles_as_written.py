"""A person's title as the text gives it: the office's whole name, no capital a sentence start lends."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "title"), [
    # A user saw "Marine economist": the capital is the sentence's, the title is a common noun phrase.
    ("Marine economist Sara Lind said the quotas were too high.", "marine economist"),
    # Written in title case, the office keeps its capitals.
    ("Justice Minister Ola Berg said the law would change.", "Justice Minister"),
    # A user saw "Justice" (a judge's title) as the title of a minister of justice.
    ("Minister of Justice Ana Ruiz said the law would change.", "Minister of Justice"),
    ("Justice Ana Ruiz of the Supreme Court said the law would change.", "Justice"),
    # A party's name and a title-case abbreviation keep their capitals at a sentence start.
    ("Democratic candidate Ana Ruiz said the law would change.", "Democratic candidate"),
    ("Former secretary of state Ana Ruiz said the law would change.", "former secretary of state"),
])
def test_the_title_as_written(extract_text, text: str, title: str) -> None:
    speaker = extract_text(text).statements[0].speaker
    assert speaker.title == title


def test_a_title_inside_a_sentence_keeps_its_capital(extract_text) -> None:
    record = extract_text("On Monday, Marine economist Sara Lind said the quotas were too high.")
    assert record.statements[0].speaker.title == "Marine economist"


def test_a_spokesman_for_a_titled_person_is_the_spokesman(extract_text) -> None:
    speaker = extract_text("A spokesman for Mayor Ana Ruiz said the route was set.").statements[0].speaker
    assert speaker.name == "spokesman"
