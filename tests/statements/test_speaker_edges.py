"""A speaker as written starts and ends with a word: never a symbol, an emoji or a coordinator."""

from __future__ import annotations

import pytest


def _speakers(extract_text, text: str) -> list[tuple[str, str | None]]:
    record = extract_text(text)
    return [(s.speaker.text, s.speaker.name) for s in record.statements if s.speaker is not None]


@pytest.mark.parametrize("text", [
    "😀 Hamas said on Monday that the talks would continue.",
    "★ Hamas said on Monday that the talks would continue.",
    "Hamas 🔥 said on Monday that the talks would continue.",
])
def test_a_symbol_beside_the_speaker_is_not_part_of_it(extract_text, text: str) -> None:
    # A user saw the speaker "😀 Hamas": a leading emoji taken into the span.
    assert _speakers(extract_text, text) == [("Hamas", "Hamas")]


def test_parties_joined_by_an_ampersand_are_a_joint_speaker(extract_text) -> None:
    # A user saw the speaker "Norway (COL)" with the span "Colombia": "&" read as no coordination.
    record = extract_text("Colombia & Norway said on Monday that the talks would continue.")
    speaker = record.statements[0].speaker
    assert (speaker.text, speaker.name, speaker.affiliation) == ("Colombia & Norway", "Colombia and Norway", None)
    assert {(e.name, e.code) for e in record.entities} == {("Colombia", "COL"), ("Norway", "NOR")}


def test_a_firm_named_with_an_ampersand_is_one_speaker(extract_text) -> None:
    speaker = extract_text("Procter & Gamble said on Monday that prices would rise.").statements[0].speaker
    assert (speaker.text, speaker.name) == ("Procter & Gamble", "Procter & Gamble")


def test_a_country_named_with_and_is_one_speaker(extract_text) -> None:
    speaker = extract_text("Bosnia and Herzegovina said on Monday that the talks would continue.").statements[0].speaker
    assert (speaker.text, speaker.name, speaker.affiliation) == ("Bosnia and Herzegovina", "Bosnia and Herzegovina", "BIH")


def test_a_title_and_the_name_after_it_are_one_speaker(extract_text) -> None:
    # A user saw the speaker span "Marine economist" without the name that follows it.
    text = "Marine economist Sara Lindqvist of the University of Gothenburg said the talks were costly."
    speaker = extract_text(text).statements[0].speaker
    assert speaker.text == "Marine economist Sara Lindqvist of the University of Gothenburg"
    assert speaker.name == "Sara Lindqvist"


def test_the_name_after_a_title_keeps_its_own_apposition_out(extract_text) -> None:
    text = "Award-winning actress Lena Borg, star of the film Blue Roads, said she would vote."
    assert extract_text(text).statements[0].speaker.text == "Award-winning actress Lena Borg"


def test_a_demonym_before_a_name_is_not_two_parties(extract_text) -> None:
    speaker = extract_text("The Afghan Taliban rejected the claim on Monday.").statements[0].speaker
    assert speaker.name == "Afghan Taliban"
