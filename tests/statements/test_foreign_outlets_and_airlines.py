"""Foreign outlets, wire agencies and national airlines listed in the organisation table (issue 13 item 2):
quoted in a story set elsewhere, each keeps its own country instead of taking the story's; the Congressional
Black Caucus's "CBC" is no Canadian broadcaster. Invented sentences."""

from __future__ import annotations

import pytest

from tests.statements.statement_support import speaker_affiliations

WASHINGTON = "WASHINGTON — The White House said on Monday that it was following the crash closely. "


@pytest.mark.parametrize(("sentence", "speaker", "code"), [
    ("EgyptAir said the jet had been checked before it left Paris.", "EgyptAir", "EGY"),
    ("BFMTV reported that the pilot had radioed no warning.", "BFMTV", "FRA"),
    ("Ouest-France said two of the passengers came from Brittany.", "Ouest-France", "FRA"),
    ("Lufthansa said none of its crews had flown the route that week.", "Lufthansa", "DEU"),
    ("NHK reported that a Japanese engineer had been aboard.", "NHK", "JPN"),
])
def test_a_listed_foreign_outlet_or_airline_keeps_its_country(extract_text, sentence, speaker, code):
    assert speaker_affiliations(extract_text(WASHINGTON + sentence))[speaker] == code


def test_the_congressional_black_caucus_acronym_is_no_broadcaster(extract_text):
    record = extract_text("WASHINGTON — House Democrats met on Tuesday. CBC Chairman Ron Doyle of Ohio said the "
                          "bill would not pass.")
    assert speaker_affiliations(record)["CBC Chairman Ron Doyle of Ohio"] == "USA"
