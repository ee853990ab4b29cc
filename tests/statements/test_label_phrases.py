"""A label put on someone ("described as a foreign admiral", "branded him a traitor") is what the person is
called, not a second person: it makes no entity, and no later "the admiral" or "he" takes its country
(issue 13). Invented sentences."""

from __future__ import annotations


def test_a_label_put_on_someone_is_no_second_person(extract_text):
    text = ("Admiral Dana Reyes of the United States Navy commands the fleet in the Pacific. Chinese papers mock her. "
            "\"Being labelled as a Mexican admiral is plain false,\" Reyes said. The admiral spoke in "
            "Hawaii on Monday. \"They try to paint me as an outsider,\" she said.")
    record = extract_text(text)
    names = {entity.name for entity in record.entities}
    assert "Mexican admiral" not in names
    assert all(s.speaker.affiliation != "MEX" for s in record.statements if s.speaker)


def test_a_speaker_described_as_an_official_keeps_that_description(extract_text):
    # guard: a participle on the speaker ("a man described as ...") describes the speaker, who keeps its country
    text = ("Peru and Chile met in Panama City on Friday. A man described as a senior Chilean official said the "
            "maps were ready.")
    record = extract_text(text)
    assert any(s.speaker and s.speaker.affiliation == "CHL" for s in record.statements)
