"""A speech participle modifying a noun names its source (issue 13 item 4): `released a statement saying
...` is the issuer's statement; `a letter stating ...` the letter's; `with 40 percent saying ...` the
share's. Invented texts.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The campaign released a statement saying the rally in Dayton was postponed.",
     "The campaign", "the rally in Dayton was postponed"),
    ("Most voters were undecided, with 40 percent saying the economy mattered most.",
     "40 percent", "the economy mattered most"),
    ("Workers received a letter stating that the plant would close in June.",
     "a letter", "the plant would close in June"),
    ("The opposition group posted a video on Sunday saying the vote had been rigged.",
     "The opposition group", "the vote had been rigged"),
])
def test_speech_participle_speaker(extract_text, text, speaker, content):
    record = extract_text(text)
    found = [(s.speaker.text if s.speaker else None, s.content.text) for s in record.statements]
    assert (speaker, content) in found


def test_participle_of_a_thing_names_no_speaker(extract_text):
    record = extract_text("Officials found a stone tablet saying the temple was built for a king.")
    assert not any(s.speaker is not None and s.speaker.text.endswith("tablet") for s in record.statements)


@pytest.mark.parametrize("text", [
    "Venezuela entered the talks saying that its claim to the region is non-negotiable.",
    "Serbia joined the negotiations saying that its sovereignty over the north is non-negotiable.",
])
def test_participle_misparsed_onto_a_gathering_is_the_doers_statement(extract_text, text):
    # the parser hangs `saying` on `talks`: a gathering says nothing, the subject of `entered` does
    record = extract_text(text)
    speakers = {s.speaker.text for s in record.statements if s.speaker is not None}
    assert speakers == {text.split()[0]}
    rejects = [e for e in record.events if e.event == "REJECT"]
    assert rejects and rejects[0].actors[0].text == text.split()[0]
