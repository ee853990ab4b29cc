"""Limits of the paragraph scene and of a flight clause's reach (issue 13, review of the affiliation rules).

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations

import pytest


def _speakers(record) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text, s.speaker.name, s.speaker.affiliation) for s in record.statements]


_KENYA_STORY = ("Kenya plans to close the Dadaab camp. Kenya says the camps shelter militants. "
                "Kenya's interior ministry set a deadline. ")


def test_a_reporter_who_met_a_refugee_does_not_take_the_refugees_flight(extract_text):
    # "he" of the flight clause is the refugee the reporter met, not the reporter: a journalist keeps no origin.
    text = _KENYA_STORY + ("Reporter Tom Green interviewed Ahmad at the shelter in Germany. Having fled Syria in "
                           "2015, he waited for papers. Green said the shelter was full.")
    assert _speakers(extract_text(text))[-1][1:] != ("Tom Green", "SYR")


def test_people_after_a_long_opening_phrase_are_taken_up_as_the_subject(extract_text):
    # The parser hangs the names on the opening phrase's last place and leaves the verb without a subject: the
    # names still stand as the subject, so "the two" of the flight clause are both of them.
    text = _KENYA_STORY + ("On Sunday, at the Nyarugusu camp on the shore of Lake Tanganyika, Omar Daud, 31, and his "
                           "sister, Halima Daud, 29, asked for patience. Having fled Burundi in early May, the two "
                           "feared the border would close.\n\n“We are tired,” Ms. Daud said. “We want to go home,” "
                           "Mr. Daud said.")
    speakers = _speakers(extract_text(text))
    assert speakers[-2][1:] == ("Halima Daud", "BDI")
    assert speakers[-1][1:] == ("Omar Daud", "BDI")


def test_people_named_as_an_apposition_of_the_opening_place_are_taken_up(extract_text):
    # Here the parser makes the first name an apposition of the phrase's last place: both are still the subject.
    text = _KENYA_STORY + ("On Friday, at the Kakuma transit center on the Kenyan side of Lake Turkana, Yusuf Deng, "
                           "40, and his brother, Peter Deng, 35, waited quietly. Having fled Sudan in late June, the "
                           "pair hoped the border would reopen.\n\n“We are tired,” Peter Deng said. “We want to go "
                           "home,” Yusuf Deng said.")
    assert [speaker[1:] for speaker in _speakers(extract_text(text))[-2:]] == [("Peter Deng", "SDN"),
                                                                               ("Yusuf Deng", "SDN")]


def test_a_person_with_a_sector_does_not_take_up_a_flight_clause(extract_text):
    # The one subject before is a reporter (sector JRN): the refugee of "he" is someone the story met, not him.
    text = _KENYA_STORY + ("Reporter Tom Green waited at the shelter in Germany for a week. Having fled Syria in "
                           "2015, he waited for papers. Green said the shelter was full.")
    assert _speakers(extract_text(text))[-1][2] != "SYR"


def test_she_does_not_take_up_a_man(extract_text):
    # "Mr." makes the subject before a man: "she" of the flight clause is someone else.
    text = _KENYA_STORY + ("Mr. Tarek Homsi waited at the gate for a week. Having fled Syria in 2015, she waited "
                           "for papers. Homsi said the camp was full.")
    assert _speakers(extract_text(text))[-1][2] != "SYR"


def test_they_does_not_take_up_one_person(extract_text):
    # "they" needs two or more people as the sentence before's subject; one woman who met others is not them.
    text = _KENYA_STORY + ("Amina Yusuf met the new arrivals at the gate on Monday. Having fled Syria in 2015, they "
                           "waited for papers. Yusuf said the camp was full.")
    assert _speakers(extract_text(text))[-1][2] != "SYR"


def test_he_does_not_take_up_one_of_two_men(extract_text):
    # Two men named in the sentence before: "he" may be either, so neither takes the country.
    text = _KENYA_STORY + ("Omar Haddad spoke with Tarek Homsi at the gate on Monday. Having fled Syria in 2015, "
                           "he waited for papers. Haddad said the camp was full.")
    assert _speakers(extract_text(text))[-1][2] != "SYR"


def test_he_takes_up_the_one_man_introduced_as_subject(extract_text):
    # The one person the sentence before introduced as its subject: "he" is him, and he fled Syria.
    text = _KENYA_STORY + ("Tarek Homsi waited at the gate for a week. Having fled Syria in 2015, he waited for "
                           "papers. Homsi said the camp was full.")
    assert _speakers(extract_text(text))[-1][1:] == ("Tarek Homsi", "SYR")


def test_origin_followers_are_written_without_an_article():
    # The comparison drops determiners, so an entry "the ..." could never match.
    from accord.knowledge.loader import read_json

    data = read_json("actors/origin_subjects.json")
    words = [*data["singular"], *data["plural"], *data["groups"]]
    assert not [word for word in words if word.split()[0] in ("the", "a", "an")]


_AFGHAN_AID_STORY = ("WASHINGTON - The United States froze Afghanistan's reserves, U.S. officials said. The U.S. "
                     "Treasury said the sanctions would stay.\n\n")


@pytest.mark.parametrize("nearer", ["In the U.S., prices are stable.", "In Zorbavia, prices are stable."])
def test_a_nearer_opening_place_that_gives_no_country_ends_the_paragraph_scene(extract_text, nearer):
    # A nearer sentence opening on a country (a contrast) or on a place the gazetteer does not know: the Kabul
    # before it no longer sets the shoppers' scene.
    text = _AFGHAN_AID_STORY + f"In Kabul, flour prices have doubled. {nearer} Shoppers say they cannot pay."
    assert _speakers(extract_text(text))[-1][2] != "AFG"


def test_the_speakers_own_opening_place_ends_the_paragraph_scene(extract_text):
    # The speaker's own sentence opens on a place the gazetteer does not know: not the earlier Kabul.
    text = _AFGHAN_AID_STORY + "In Kabul, flour prices have doubled. In Zorbavia, shoppers say they cannot pay."
    assert _speakers(extract_text(text))[-1][2] != "AFG"


def test_an_opening_time_does_not_end_the_paragraph_scene(extract_text):
    # "In January," names no place: the Kabul opening the paragraph still sets the scene.
    text = _AFGHAN_AID_STORY + ("In Kabul, flour prices have doubled. In January, bread cost less. Shoppers say "
                                "they cannot pay.")
    assert _speakers(extract_text(text))[-1] == ("Shoppers", "Shoppers", "AFG")


def test_a_long_opening_phrase_sets_the_paragraph_scene(extract_text):
    # The opening phrase runs past the place-name length before its comma: its city still sets the scene.
    text = _AFGHAN_AID_STORY + ("At a crowded market in central Kabul on Monday, flour prices doubled. Shoppers say "
                                "they cannot pay.")
    assert _speakers(extract_text(text))[-1] == ("Shoppers", "Shoppers", "AFG")
