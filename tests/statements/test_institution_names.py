"""An institution known by a lexicon alias is named as the article writes it (issue 13, ANNOTATION.md)."""

from __future__ import annotations


def _names(record) -> list[str | None]:
    return [s.speaker.name for s in record.statements if s.speaker]


def test_alias_only_article_keeps_the_written_abbreviation(extract_text):
    record = extract_text("The U.N. said on Monday that the talks had failed. The U.N. said it was worried.")
    assert _names(record) == ["U.N.", "U.N."]


def test_article_writing_the_full_name_gives_the_full_name(extract_text):
    record = extract_text("The United Nations said on Monday that the talks had failed. The U.N. said it was worried.")
    assert _names(record) == ["United Nations", "United Nations"]


def test_the_fullest_written_alias_wins(extract_text):
    record = extract_text("The U.N. Security Council said on Friday that it would meet again next week.")
    assert _names(record) == ["U.N. Security Council"]


def test_a_shortened_institution_takes_the_full_name_given_before(extract_text):
    record = extract_text("The Wall Street Journal reported on the deal on Monday. "
                          "A Journal editorial said the tariffs would hurt farmers.")
    assert _names(record) == ["The Wall Street Journal"]


def test_a_short_name_two_earlier_institutions_share_stays_short(extract_text):
    record = extract_text("The State Department and the Justice Department met on Monday. "
                          "The Department said the talks had failed.")
    assert _names(record) == ["Department"]
