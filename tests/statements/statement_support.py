"""Test helper shared by the statement tests: what a record's speakers are given, by their text as written."""

from __future__ import annotations


def speaker_affiliations(record) -> dict[str, str | None]:
    """Speaker text -> the affiliation code its statement carries (the last one, where a speaker speaks twice)."""
    return {s.speaker.text: s.speaker.affiliation for s in record.statements if s.speaker}


def speaker_triples(record) -> list[tuple[str, str | None, str | None]]:
    """(speaker text as written, full name, affiliation) of each statement with a speaker, in text order."""
    return [(s.speaker.text, s.speaker.name, s.speaker.affiliation) for s in record.statements if s.speaker]
