"""The per-document entity index answers as spaCy's own ``Span.ents`` does, without a scan per call."""

from __future__ import annotations

from accord.stages.grammar import entities_in, entity_at

TEXT = ("Foreign ministers of Chile and Peru met in Lima on Monday. The talks, hosted by the Organization of "
        "American States, ended on Tuesday in Lima, and Chile said it would return in June.")


def test_entities_in_any_span_and_the_entity_at_each_token_match_spacy(nlp) -> None:
    doc = nlp(TEXT)
    assert doc.ents, "the test text must hold entities"
    spans = [*doc.sents] + [doc[i:j] for i in range(0, len(doc), 3) for j in range(i, min(len(doc), i + 9) + 1, 4)]
    for span in spans:
        assert [(e.start, e.end, e.label_) for e in entities_in(span)] == [(e.start, e.end, e.label_) for e in span.ents]
    for token in doc:
        held = entity_at(doc, token.i)
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert (held.start, held.end) == (expected.start, expected.end) if expected else held is None
