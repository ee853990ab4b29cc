"""A doer named as the people of several countries, or of the whole world, is no one state (issues 13/14):
"world leaders" and "leaders of many states" keep no code rather than the dateline's country, and a speaker
described by a comma list of countries carries no single affiliation (invented sentences)."""

from __future__ import annotations

import pytest

# A dateline that would otherwise code a doer that names no country.
DATELINE = "OSLO, May 4 - "


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (DATELINE + "World leaders condemned the shelling of the port on Monday.", "World leaders"),
        (DATELINE + "Global leaders denounced the coup in the capital on Tuesday.", "Global leaders"),
        (DATELINE + "Leaders of many states criticized the blockade on Wednesday.", "Leaders"),
        (DATELINE + "Ministers from several nations condemned the raid on Friday.", "Ministers"),
    ],
)
def test_a_doer_of_the_whole_world_or_many_states_gets_no_code(extract_text, text, doer):
    record = extract_text(text, published="2026-05-04")
    actors = [(a.text, a.code) for e in record.events for a in e.actors if a.text.startswith(doer)]
    assert actors and all(code is None for _, code in actors), [(e.event, e.actors) for e in record.events]


def test_one_country_s_ministers_still_take_their_country(extract_text):
    record = extract_text(DATELINE + "Ministers from Peru condemned the raid on Friday.", published="2026-05-04")
    codes = {a.code for e in record.events for a in e.actors if a.text.startswith("Ministers")}
    assert codes == {"PER"}, [(e.event, e.actors) for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        '"We will keep talking," said senior envoys from Peru, Chile and Bolivia.',
        "Dutch, Belgian and Polish negotiators said the deal was close.",
    ],
)
def test_a_speaker_from_a_list_of_countries_has_no_single_affiliation(extract_text, text):
    record = extract_text(text, published="2026-05-04")
    assert record.statements, text
    for statement in record.statements:
        assert statement.speaker is not None and statement.speaker.affiliation is None, statement.speaker
        assert statement.party is None
