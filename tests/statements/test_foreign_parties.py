"""Other countries' political parties (issue 13 item 2): a party's member belongs to the party's country, whether
the party is the possessor before the name ("the Zionist Union's X"), in the description after it ("a lawmaker
from the AfD") or named in full where the lexicon's US "Democratic Party" sits inside its name. Invented sentences."""

from __future__ import annotations

import pytest

from tests.statements.statement_support import speaker_affiliations

WASHINGTON = "WASHINGTON — The State Department said on Monday that it was following the vote closely. "


@pytest.mark.parametrize(("sentence", "speaker", "code"), [
    ("The Zionist Union's Dov Amitai said the coalition would not last the winter.",
     "The Zionist Union's Dov Amitai", "ISR"),
    ("The Front National's Claire Moreau said the result was a warning to Brussels.",
     "The Front National's Claire Moreau", "FRA"),
    ("Jonas Feld, a lawmaker from the AfD, said the new rules went too far.", "Jonas Feld", "DEU"),
    ("Marta Nowak, a member of the Law and Justice party, said the court had overstepped.", "Marta Nowak", "POL"),
    ("Kim Sung-ho of the Democratic Party of Korea said the talks should resume.",
     "Kim Sung-ho of the Democratic Party of Korea", "KOR"),
])
def test_a_foreign_party_member_takes_the_party_country(extract_text, sentence, speaker, code):
    assert speaker_affiliations(extract_text(WASHINGTON + sentence))[speaker] == code


def test_the_olympic_committee_is_no_story_country(extract_text):
    record = extract_text(WASHINGTON + "The International Olympic Committee said the team could still compete.")
    assert speaker_affiliations(record)["The International Olympic Committee"] == "NGO"

