"""Affiliations in stories with several nationalities (issue 13): a relative or friend of a placed person is of
that person's country, an outlet named by its web address of its domain's country, a regional court or bloc is
an intergovernmental body, and a speaker of a hyphenated double nationality is of neither third country.

Invented sentences; the constructions were found in PolNeAR train articles and in the causes the session
before left open (kin and friends of victims abroad, outlets written as addresses, unknown regional bodies).
"""

from __future__ import annotations

from statement_support import speaker_affiliations

CRASH = ("LYON, France — A bus bound for Geneva overturned on Thursday, French officials said. Ali Nouri, a "
         "Chadian cadet, was among the dead. ")


def test_a_relative_named_by_a_possessive_pronoun_takes_the_placed_persons_country(extract_text):
    text = CRASH + "His brother Karim Nouri told a radio station that he was kind and generous."
    assert speaker_affiliations(extract_text(text))["His brother Karim Nouri"] == "TCD"


def test_a_friend_of_the_described_person_takes_that_persons_country(extract_text):
    text = CRASH + ("French police said the driver was tired. A friend of the cadet said he had dreamed of "
                    "flying planes.")
    affiliations = speaker_affiliations(extract_text(text))
    assert affiliations["A friend of the cadet"] == "TCD"
    assert affiliations["French police"] == "FRA"


def test_a_named_owners_relative_takes_the_owners_country(extract_text):
    text = CRASH + "Ali Nouri's sister, Fatime Nouri, said the family would fly to France."
    assert speaker_affiliations(extract_text(text))["Ali Nouri's sister"] == "TCD"


def test_the_pronoun_owner_agrees_in_gender(extract_text):
    # "her" is not the Chadian man named just before: nothing places the relative, who keeps the story's country.
    text = CRASH + ("Marie Dubois, a French nurse, was hurt. Ali Nouri had boarded in Lyon. Her husband said "
                    "the road was icy.")
    assert speaker_affiliations(extract_text(text))["Her husband"] == "FRA"


def test_a_friend_of_an_office_holder_keeps_no_tie_to_his_country(extract_text):
    text = ("WASHINGTON — Lawmakers debated the budget on Monday. Israeli Prime Minister Dan Adler spoke by phone "
            "with the president. His friend said the call had gone well.")
    assert speaker_affiliations(extract_text(text))["His friend"] == "USA"


def test_an_outlet_written_as_a_country_domain_takes_that_country(extract_text):
    text = ("WASHINGTON — American officials said talks on the border would resume. Police fired tear gas at "
            "students in Nairobi, according to nation.co.ke.")
    assert speaker_affiliations(extract_text(text))["nation.co.ke"] == "KEN"


def test_a_regional_court_and_a_regional_parliament_are_intergovernmental(extract_text):
    text = ("DAMASCUS — Syrian officials said on Monday that the road had reopened. The Inter-American Commission "
            "on Human Rights said it was alarmed. The Arab Parliament said the shelling was a crime.")
    affiliations = speaker_affiliations(extract_text(text))
    assert affiliations["The Inter-American Commission"] == "IGO"
    assert affiliations["The Arab Parliament"] == "IGO"


def test_a_double_nationality_takes_no_third_country(extract_text):
    text = ("DAMASCUS — Syrian officials said on Monday that the road had reopened. A Lebanese-Nigerian trader "
            "said his warehouse had burned.")
    affiliations = speaker_affiliations(extract_text(text))
    assert affiliations["A Lebanese-Nigerian trader"] is None
    assert affiliations["Syrian officials"] == "SYR"


def test_a_double_nationality_keeps_the_story_country_when_it_is_one_of_the_two(extract_text):
    text = ("LAGOS, Nigeria — Nigerian officials said on Monday that the market had reopened. A Lebanese-Nigerian "
            "trader said his warehouse had burned.")
    assert speaker_affiliations(extract_text(text))["A Lebanese-Nigerian trader"] == "NGA"
