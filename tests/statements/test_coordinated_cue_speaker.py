"""A cue verb coordinated with a reported clause (issue 13): in "X said the plan was reckless, and accused Y of
lying" the second cue has no subject of its own and shares X's, never the subject of the clause X reports; when
that clause's subject is someone able to act, or the conjunct cannot agree with X's verb, or the
clause is X's own quotation, the conjunct stays the clause's.

Invented sentences; the constructions were found on unseen PolNeAR train articles.
"""

from __future__ import annotations

import pytest


def _speaker_of(record, cue: str) -> tuple[str, str | None] | None:
    found = [s for s in record.statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement cued by {cue!r}"
    speaker = found[0].speaker
    return (speaker.text, speaker.name) if speaker is not None else None


@pytest.mark.parametrize("text, cue", [
    ("Senator Ruth Alder said the plan was reckless, and accused the mayor of lying.", "accused"),
    ("Paul Ortega said the proposal was unfair and criticized the council for rushing it.", "criticized"),
    ("Councilwoman Ruth Alder said new fees can be costly and cited the failed bridge toll as proof.", "cited"),
])
def test_a_coordinated_cue_shares_the_reporting_speaker(extract_text, text, cue):
    speaker = _speaker_of(extract_text(text), cue)
    assert speaker is not None and speaker[1] is not None and speaker[1].endswith(("Alder", "Ortega"))


def test_a_conjunct_in_the_form_of_the_clause_stays_the_clauses(extract_text):
    # "will hurt and expose": the bare verb goes with "will", not with "knows".
    record = extract_text("Paul Ortega knows the new fee will hurt and expose the council for what it is.")
    assert all(s.speaker is None or s.speaker.name != "Paul Ortega" or s.cue.text != "expose"
               for s in record.statements if s.cue is not None)
