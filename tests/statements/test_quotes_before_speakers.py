"""A quotation before its speaker that the parse misread: the quotation's first noun taken as the
cue's subject, a long aside between the name and the cue, a period closing the quotation before a
bare `X said.`, the audience pronoun of `he urged them` taken as what was said; and a quotation
paragraph carrying on a reported statement that closes the paragraph before it. Invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the parse makes `work` (inside the quotation) the subject of `said` and the name an apposition
    ("The mayor arrived late.\n\n“Very good work, very good work from this team,” Smith, the city's mayor "
     "since last year, said at the event.", "Smith", "Very good work, very good work from this team,"),
    # the name, then an aside of more than ten words before the cue; the quoted clause must stop at its mark
    ("“We have had better meetings than this one,” local delegate Tom Hart, wearing a red hat and campaign "
     "pins, said calmly as the music played.", "Hart", "We have had better meetings than this one,"),
])
def test_the_name_after_a_quotation_speaks_it(extract_text, text, speaker, content):
    shape = _shape(extract_text(text))
    assert any(s and s.endswith(speaker) and cue == "said" and c == content for s, cue, c in shape), shape


def test_a_bare_attribution_sentence_takes_the_period_closed_quotation_before_it(extract_text):
    shape = _shape(extract_text("“Russia, if you are listening, I hope you find the files.” Trump said."))
    assert ("Trump", "said", "Russia, if you are listening, I hope you find the files.") in shape


@pytest.mark.parametrize("text", [
    # a sentence saying something of its own keeps its own content
    "“We will see.” Mr. Obama said the talks would go on.",
    # words before the speaker: the sentence is not only an attribution
    "“We will see.” That is something the old senator knows all too well.",
    # a new paragraph starts a new sentence of its own
    "“It is personal all the way.”\n\nSuch fights happen often and are, in a way, expected.",
])
def test_a_period_closed_quotation_stays_unattributed_by_a_longer_or_later_sentence(extract_text, text):
    assert not any(c.startswith(("We will see", "It is personal")) for _, _, c in _shape(extract_text(text)))


def test_the_audience_pronoun_of_an_urging_is_not_what_was_said(extract_text):
    shape = _shape(extract_text("She spoke to the crowd.\n\n“Just hold on a minute, please, one more second, fine?” "
                                "she urged them, while the staff fixed the microphone."))
    assert ("she", "urged", "Just hold on a minute, please, one more second, fine?") in shape
    assert not any(c == "them" for _, _, c in shape)
    # a pronoun with the rest of what was urged stays content
    assert _shape(extract_text("The doctor warned him not to skip any more meals this month.")) == [
        ("The doctor", "warned", "him not to skip any more meals this month")]


def test_a_quotation_paragraph_carries_on_a_reported_statement(extract_text):
    record = extract_text("Valastro praised the governor's record after the storm.\n\n"
                          "“We need someone who will cut through the noise and bring people together.”")
    assert ("Valastro", "praised",
            "We need someone who will cut through the noise and bring people together.") in _shape(record)


def test_a_quotation_paragraph_never_carries_on_an_indefinite_or_nested_speaker(extract_text):
    record = extract_text("The staff wrote emails suggesting someone should question the senator's faith.\n\n"
                          "“We are truly sorry for what our staff wrote about the senator.”")
    assert not any(c.startswith("We are truly") and s == "someone" for s, _, c in _shape(record))


def test_a_quoted_heading_in_capitals_carries_on_no_statement(extract_text):
    record = extract_text("Obama also announced that the corps would open an office in Hanoi.\n"
                          "“LEADERS SOMETIMES MAKE SLOW CHOICES”\nAcross the region, diplomats welcomed the move.")
    assert not any(c.startswith("LEADERS") for _, _, c in _shape(record))
