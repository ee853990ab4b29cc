"""A numbered phrase for the two principal sides with no determiner (`two nations`) must not crash the
event stage (`min` over a lone start index); invented text."""

from __future__ import annotations


def test_a_bare_numbered_sides_phrase_is_read_without_error(extract_text):
    record = extract_text("Iran and the United States held talks in Oman. "
                          "Aides said senior envoys of two nations swapped proposals.")
    assert any(e.trigger.text == "held talks" for e in record.events)
    assert any(s.cue.text == "said" for s in record.statements)
