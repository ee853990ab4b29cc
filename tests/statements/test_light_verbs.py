"""Light verbs with a content noun (issue 13): `expressed hope on Monday that ...`, where the parser hangs
the noun's clause on the verb; invented sentences."""

from __future__ import annotations


def _shape(record):
    return [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements]


def test_a_clause_hung_on_the_light_verb_is_the_nouns_content(extract_text):
    record = extract_text("The minister expressed hope on Monday that the talks could resume.")
    assert _shape(record) == [("The minister", "hope", "the talks could resume")]



def test_the_light_verb_itself_reports_nothing_then(extract_text):
    # Without the rule, `expressed` reported its bare object `hope` as content.
    record = extract_text("The senator voiced concern on Friday that the deal would collapse.")
    assert [s.content.text for s in record.statements] == ["the deal would collapse"]
