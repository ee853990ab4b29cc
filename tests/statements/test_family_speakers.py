"""Family members and given names as speakers (issue 13 items 1 and 3): a kin role owned by a named person
names the one relative the article gives that surname, a given name in apposition takes the owner's surname,
a given name used before the full name is the same person, a "he" in a person's own words is someone else,
and "I" in the answer of a Q&A interview is the person interviewed.

Invented sentences; the constructions were found on unseen PolNeAR train articles (seeds 140171-140173).
"""

from __future__ import annotations


def _names(record) -> dict[str, str | None]:
    return {s.speaker.text: s.speaker.name for s in record.statements if s.speaker is not None}


def test_a_pronouns_kin_role_names_the_relative_of_that_surname(extract_text):
    text = ("Former Governor Walter Brandt turned 70 on Friday. If Carla Brandt wins the race, her husband "
            "said he would stay out of the capital.")
    assert _names(extract_text(text)).get("her husband") == "Walter Brandt"


def test_a_named_owners_kin_role_names_the_relative(extract_text):
    text = ("Sarah Roy spoke at the convention on Thursday. Peter Roy's eldest daughter said the plan would "
            "help working parents.")
    assert _names(extract_text(text)).get("Peter Roy's eldest daughter") == "Sarah Roy"


def test_a_kin_role_of_the_wrong_gender_names_no_one(extract_text):
    # Only a daughter shares the surname: "her husband" is someone the article does not name.
    text = ("Sarah Roy spoke at the convention on Thursday. If Lena Roy wins, her husband said he would "
            "stay home.")
    assert _names(extract_text(text)).get("her husband") != "Sarah Roy"


def test_a_given_name_in_apposition_with_a_kin_role_takes_the_surname(extract_text):
    text = ("Curtis Wendell was fired on Wednesday. Wendell's son, Mark, defended his father on Tuesday, "
            "saying he had been treated unfairly.")
    assert _names(extract_text(text)).get("Wendell's son") == "Mark Wendell"


def test_a_given_name_used_before_the_full_name_is_that_person(extract_text):
    text = ("Dale Balcombe seldom speaks of his brother Freddo. As Freddo, a pilot, joked with his best friend, "
            "his brother listened. Freddo said the plan would fail. Freddo Balcombe was eight years older.")
    record = extract_text(text)
    assert _names(record).get("Freddo") == "Freddo Balcombe"
    # one person, not a "Freddo" beside "Freddo Balcombe"
    assert [e.name for e in record.entities if e.kind == "person" and "Freddo" in e.name] == ["Freddo Balcombe"]


def test_a_pronoun_in_a_persons_own_quotation_is_someone_else(extract_text):
    text = ("Senator Tom Hale met Governor Ray Dunn on Monday. \"If he looks strong, he can win them over,\" "
            "said Hale, who has grown close to Dunn. \"It is time for him to say we are united.\"")
    names = [(s.speaker.text, s.speaker.name) for s in extract_text(text).statements if s.speaker is not None]
    assert ("him", "Tom Hale") not in names


def test_i_in_an_interview_answer_is_the_person_interviewed(extract_text):
    # A Q&A: "I" in an answer is the one interviewed, named in the headline and the lead; the question's
    # "you" is not resolved to them.
    text = ("Q&A with Governor Dana Whitcomb.\n\nGovernor Dana Whitcomb spoke with our reporter on Friday. "
            "Whitcomb defended the budget. Here is the edited transcript.\n\n"
            "Q: Will the budget pass?\n\nA: I think it will pass next week. We have the votes.\n\n"
            "Q: And the schools?\n\nA: I believe the schools will get more money than last year.")
    names = [(s.speaker.text, s.speaker.name) for s in extract_text(text).statements if s.speaker is not None]
    assert ("I", "Dana Whitcomb") in names
    assert all(name in (None, "Dana Whitcomb") for text_, name in names if text_ == "I")


def test_a_role_after_a_speaker_with_a_relative_clause_names_that_speaker(extract_text):
    # The object of the speaker's relative clause ("who endorsed Hale") is no one the speaker addressed.
    text = ("Senator Tom Hale spoke on Monday. Former candidate Ruth Okafor, who on Tuesday endorsed Hale, said "
            "Wednesday she agrees with the ruling. The Ohio senator declined to say whether the court "
            "was right.")
    assert _names(extract_text(text)).get("The Ohio senator") == "Ruth Okafor"


def test_a_photographer_credited_before_the_agency_is_no_antecedent(extract_text):
    # A caption credit line "Name / Agency." names the photographer, not someone a later "he" stands for.
    text = ("President Ray Dunn met the families on Thursday.\n\nPaul Okoro / Reuters.\n\n"
            "\"I held the grieving parents,\" he said after laying flowers at the memorial.")
    assert _names(extract_text(text)).get("he") == "Ray Dunn"
