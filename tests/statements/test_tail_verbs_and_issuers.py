"""Quotations closed by a verb outside the cue lexicon (`"...," the mayor fumed`), the phrasing idiom
before a colon (`As the envoy put it: "..."`), quotation paragraphs that carry on the speaker of a
report with another report nested in it, and documents whose by- or from-phrase names their writer;
invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


def _names(record):
    return [(s.speaker.name if s.speaker else None, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Leave my office now,” the mayor fumed as the clerks watched.",
     [("the mayor", "fumed", "Leave my office now,")]),
    ("“Stop the music!” Maria Kovac snapped, and the rehearsal ended.",
     [("Maria Kovac", "snapped", "Stop the music!")]),
    ("“We are ready for a deal,” an upbeat Pello smiled at the cameras.",
     [("an upbeat Pello", "smiled", "We are ready for a deal,")]),
])
def test_a_quotation_closed_by_a_subject_and_any_verb_is_said(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


@pytest.mark.parametrize("text", [
    "“The Long Winter,” the old film premiered in May.",  # a thing, not a speaker
    "“Blue Harbor,” Smith starred in it for years.",  # a title the verb takes as its object
    "“Sunrise, Sunset,” Marta hummed.",  # no verb in the quotation: a title
])
def test_a_quotation_closed_by_a_thing_or_naming_a_title_is_no_statement(extract_text, text):
    assert _shape(extract_text(text)) == []


@pytest.mark.parametrize("text", [
    'After the crowd sang "We will not be moved," the mayor left.',
    'In a speech titled "We Shall Overcome Again," Obama arrived late.',
])
def test_a_quotation_inside_an_opening_phrase_is_no_statement(extract_text, text):
    assert _shape(extract_text(text)) == []


def test_a_quotation_after_an_opening_phrase_and_its_comma_is_said(extract_text):
    record = extract_text('On the question of taxes, "We cut them twice," the mayor beamed.')
    assert _shape(record) == [("the mayor", "beamed", "We cut them twice,")]


def test_a_closing_verb_also_carries_on_to_the_next_quotation(extract_text):
    record = extract_text("“Our river is not for sale,” an angry Dovrin retorted in the hall. “It never was.”")
    assert [s.content.text for s in record.statements] == ["Our river is not for sale,", "It never was."]
    record = extract_text("“Our river is not for sale,” an angry Dovrin bristled in the hall. “It never was.”")
    assert _shape(record) == [("an angry Dovrin", "bristled", "Our river is not for sale,"),
                              ("an angry Dovrin", "bristled", "It never was.")]


@pytest.mark.parametrize(("text", "expected"), [
    ('The session ended late.\n\nAs Professor Lind put it: "The city does a better job at welcoming newcomers."',
     [("Professor Lind", "put it", "The city does a better job at welcoming newcomers.")]),
    ('The session ended late.\n\nThe envoy put it this way: "Nobody leaves this room until we agree."',
     [("The envoy", "put it", "Nobody leaves this room until we agree.")]),
])
def test_the_phrasing_idiom_before_a_colon_announces_a_quotation(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


def test_a_quotation_paragraph_carries_on_the_reporter_not_the_people_reported(extract_text):
    text = ("Defense chief Mara Quill spoke at the forum in Oslo.\n\n"
            "Quill said that for years some analysts had been predicting a retreat from the north, but this would not happen.\n\n"
            "“That is because this region matters more to our security than any other one.”")
    assert ("Mara Quill", "That is because this region matters more to our security than any other one.") in _names(extract_text(text))


def test_a_quotation_paragraph_after_a_long_trailing_aside_carries_on(extract_text):
    text = ("Defense chief Mara Quill spoke at the forum in Oslo.\n\n"
            "“There is a quiet shift in the fleet,” Quill said, referring to the growing coastal guard, numbering now "
            "nearly a fifth of the whole navy.\n\n"
            "“So I think that there is resistance among many admirals against seeing the navy change.”")
    assert ("Mara Quill", "So I think that there is resistance among many admirals against seeing the navy change.") in _names(
        extract_text(text))


@pytest.mark.parametrize(("text", "name"), [
    ("Voting ended in the capital.\n\nA statement from the prime minister said the vote was fair.", "prime minister"),
    ("Fighting flared on Monday. The army's statement said two soldiers died.\n\n"
     "A statement issued by the presidency said the talks would go on.", "presidency"),
    ("Talks ended on Monday.\n\nA report on farm subsidies issued last month by the World Trade Organization "
     "noted that prices had doubled.", "World Trade Organization"),
])
def test_a_document_speaks_for_the_writer_its_phrase_names(extract_text, text, name):
    assert _names(extract_text(text))[-1][0] == name


@pytest.mark.parametrize("text", [
    "Talks ended.\n\nA letter from prison says the trial was unfair.",  # a place, not a writer
    "Talks ended.\n\nA report on the sanctions imposed by the European Union said trade had fallen.",  # who imposed, not wrote
    "Talks ended.\n\nA report on a memo issued by the Harbor Bank said rates would rise.",  # the memo's writer
])
def test_a_place_or_an_agent_of_another_act_writes_no_document(extract_text, text):
    name = _names(extract_text(text))[-1][0]
    assert name not in ("prison", "European Union", "Harbor Bank")
