"""Speakers of stories about talks between two sides (issue 13, multi-outlet review of session 23): a reporting
verb the source ran into the name before it, one side's top diplomat named by the other side's nationality, and
unqualified negotiators the story's country does not place.

Invented sentences; each test names the construction it checks.
"""

from __future__ import annotations

from statement_support import speaker_triples as _speakers


def test_a_verb_glued_to_a_surname_leaves_the_surname_to_the_person(extract_text):
    # "Hansentold": the source dropped the space between the surname and "told"; "Hansen" alone follows.
    text = ("The talks between Norway and the United States ended in Geneva on Friday.\n"
            "\"We made real progress on several points,\" Norway's Foreign Minister Ola Hansentold reporters.\n"
            "\"There is no reason for worry,\" Hansen stressed.\n"
            "In another interview, Hansen said that the Americans had raised no other topic.")
    record = extract_text(text)
    assert [name for said, name, _ in _speakers(record) if said == "Hansen"] == ["Ola Hansen", "Ola Hansen"]
    person = next(e for e in record.entities if e.name == "Ola Hansen")
    assert [m.text for m in person.mentions] == ["Norway's Foreign Minister Ola Hansen", "Hansen", "Hansen"]
    assert all(text[m.start:m.end] == m.text for m in person.mentions)


def test_a_name_ending_like_a_verb_is_kept_when_the_stem_is_not_written_alone(extract_text):
    # "Bousaid" ends in "said", but no "Bou" stands alone in the text: the name is as written.
    text = "Foreign Minister Karim Bousaid told reporters the border would reopen. Bousaid added that trade would resume."
    names = {name for _, name, _ in _speakers(extract_text(text))}
    assert names == {"Karim Bousaid"}


def test_the_top_diplomat_of_another_country_is_not_the_one_named_before(extract_text):
    text = ("Chilean and Peruvian delegations met in Quito to discuss the border. The top Chilean diplomat Ana Ruiz "
            "led the Chilean team.\nThe talks were hosted by Ecuador.\n"
            "\"We hosted both teams and we are proud of the result,\" the top Ecuadorian diplomat said after the talks.")
    speaker = next(s for s in _speakers(extract_text(text)) if s[0] == "the top Ecuadorian diplomat")
    assert speaker[1] != "Ana Ruiz"
    assert speaker[2] == "ECU"


def test_the_top_diplomat_of_the_same_country_is_still_the_one_named_before(extract_text):
    text = ("The top Chilean diplomat Ana Ruiz led the Chilean team in Quito.\n"
            "\"We are proud of the result,\" the top Chilean diplomat said after the talks.")
    speaker = next(s for s in _speakers(extract_text(text)) if s[0] == "the top Chilean diplomat")
    assert speaker[1:] == ("Ana Ruiz", "CHL")


def test_unqualified_negotiators_are_not_given_the_story_country(extract_text):
    text = ("The U.S. hosted a second day of fishing talks in Washington. Norway's Foreign Ministry spokesman Per "
            "Olsen called the meeting useful. Olsen added that negotiators would push for lower quotas on U.S. boats. "
            "An American envoy told reporters Washington was satisfied.")
    affiliations = {speaker: code for speaker, _, code in _speakers(extract_text(text))}
    assert affiliations["negotiators"] is None
    assert affiliations["An American envoy"] == "USA"


def test_negotiators_of_a_named_country_keep_it(extract_text):
    text = "Peruvian negotiators said on Monday that the border deal was close."
    affiliations = {speaker: code for speaker, _, code in _speakers(extract_text(text))}
    assert affiliations["Peruvian negotiators"] == "PER"
