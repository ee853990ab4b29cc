"""Outlets a story names in running text (issue 13 item 2): a body listed with its article ("The Guardian")
written with a lower-case "the" where it reports or is told is that outlet, while a bare "the Hill" or "the
New Yorker" elsewhere is no outlet; a nationality in the body noun phrase right before an outlet or firm no
table lists ("the Kuwaiti news agency KUNA") gives it that country, not the story's. Invented sentences."""

from __future__ import annotations

import pytest

from tests.statements.statement_support import speaker_affiliations

TOKYO = "TOKYO — Japan's economy shrank in the first quarter, the Japanese government said on Monday. "
CAIRO = "CAIRO — The ferry sank near the port on Thursday, Egyptian officials said. "


def test_a_listed_outlet_written_with_lower_case_the_is_that_outlet(extract_text):
    record = extract_text(TOKYO + "The recovery would be slow, the Guardian reported on Tuesday.")
    assert speaker_affiliations(record)["the Guardian"] == "GBR"


@pytest.mark.parametrize(("sentence", "speaker", "code"), [
    ("One sailor spoke to the Spanish daily El Periodico on Monday. El Periodico said the crew was rescued.",
     "El Periodico", "ESP"),
    ("The report came from the Kuwaiti news agency KUNA on Friday. KUNA said two Kuwaitis were aboard.",
     "KUNA", "KWT"),
    ("A crew member spoke to French television station Radio Quai. Radio Quai said the captain survived.",
     "Radio Quai", "FRA"),
])
def test_a_nationality_before_an_outlets_noun_gives_its_country(extract_text, sentence, speaker, code):
    assert speaker_affiliations(extract_text(CAIRO + sentence))[speaker] == code


def test_an_unlisted_outlet_with_no_nationality_keeps_no_foreign_code(extract_text):
    record = extract_text(CAIRO + "The news site Harbour Daily said the ship carried 40 passengers.")
    assert speaker_affiliations(record).get("Harbour Daily") in (None, "EGY")
