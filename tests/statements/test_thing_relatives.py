"""A relative `that` / `which` standing for a thing holds no view (issue 13 item 5): `an insurgency that has
seen ...`, `a project that opposes ...` make no statement; a document still states what it says, and a group
(named or described in apposition to its name) or a person still holds views through a relative pronoun.
Invented sentences.
"""

from __future__ import annotations

import pytest


def _cues(record) -> dict[str, str | None]:
    """Cue text -> the speaker text of its statement."""
    return {s.cue.text: (s.speaker.text if s.speaker else None) for s in record.statements if s.cue is not None}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The revolt grew into an insurgency that has seen a sharp rise in bombings this year.", "seen"),
        ("Farmers fear the storms that have challenged growers in the valley for decades.", "challenged"),
        ("Protesters marched against the dam, a project that opposes every demand of the villagers.", "opposes"),
    ],
)
def test_a_thing_behind_a_relative_pronoun_holds_no_view(extract_text, text, cue):
    assert cue not in _cues(extract_text(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a document states what it says
        ("A page on the ministry's website that lists the treaties states that the two countries are partners.",
         "states"),
        # a party holds views
        ("The Green Party, which opposes the new highway, will vote on Friday.", "opposes"),
        # a noun in apposition to a named group describes the group
        ("Acme Watch, a small advocacy outfit that opposes the new highway, sued the state.", "opposes"),
        # people hold views
        ("Farmers who fear the new tax blocked the road on Monday.", "fear"),
    ],
)
def test_documents_groups_and_people_behind_a_relative_pronoun_still_speak(extract_text, text, cue):
    assert cue in _cues(extract_text(text))
