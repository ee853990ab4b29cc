"""Pronouns and roles follow the sentence's main clause (issue 13 item 3): a person named as the subject of a
clause under another person's main clause, or only after a "he" subject's verb, does not take the thread;
"they" stands for people or groups, never things; a headline's bare title is no second, unnamed holder of a
role; a closing quotation mark the parser splits off is no sentence between a speaker and the role naming them.

Invented sentences; each case names the construction it checks (found on unseen PolNeAR train articles).
"""

from __future__ import annotations


def _names(record) -> list[tuple[str, str | None]]:
    return [(s.speaker.text, s.speaker.name) for s in record.statements if s.speaker is not None]


def test_a_subject_of_a_comparison_clause_does_not_take_the_thread(extract_text):
    # "just as Governor Tom Ruiz did": Ruiz is compared; the sentence is about Dale, who then speaks.
    text = ("Senator Harry Dale spoke on Tuesday. \"I am a fan of the mayor,\" Dale said in the interview. Dale raised "
            "the example of the 1990 veto, just as Governor Tom Ruiz did in his own term. \"It worked then and it "
            "will work now,\" he said.")
    names = _names(extract_text(text))
    assert ("he", "Harry Dale") in names
    assert all(name != "Tom Ruiz" for _, name in names)


def test_a_person_named_after_a_he_subjects_verb_does_not_take_the_thread(extract_text):
    # "he came to the defense of Tom Ruiz ..." introduces Ruiz as the one defended; the next "he" is still Dale.
    text = ("Senator Harry Dale spoke on Tuesday. In May, he came to the defense of Tom Ruiz, the embattled head "
            "of the league, who is under investigation, saying Mr. Ruiz should get a medal. And he even praised the "
            "mayor, saying she was a talented woman.")
    names = _names(extract_text(text))
    assert names and all(name == "Harry Dale" for _, name in names)


def test_a_role_does_not_name_the_subject_of_a_clause_under_another_persons(extract_text):
    # "that Ruiz is unfit to be governor" is what Dale will argue; "the two-term mayor" is Dale.
    text = ("Governor Ann Ruiz spoke to reporters. Paul Dale, the mayor, will make the case to voters on Tuesday "
            "that Ruiz is unfit to be governor. \"Nothing prepares you for that office,\" the two-term mayor will say.")
    assert ("the two-term mayor", "Paul Dale") in _names(extract_text(text))


def test_they_never_stands_for_things(extract_text):
    text = ("Stronger protections for workers matter, and these issues are urgent. \"We want a fair deal,\" they said.")
    names = _names(extract_text(text))
    assert names == [("they", None)]


def test_a_headlines_bare_title_is_no_second_holder_of_the_role(extract_text):
    # "Judge vows ..." heads the story about Ellison: the later "The appeals court judge" is still Ellison.
    text = ("Ellison apologizes for remarks; \nJudge vows to be 'more careful' with her opinions.\n\n"
            "Margaret Ellison regrets her remarks about Tom Baker.\n\n"
            "The appeals court judge said she regretted her remarks.")
    assert ("The appeals court judge", "Margaret Ellison") in _names(extract_text(text))


def test_a_split_off_closing_quotation_mark_is_no_sentence(extract_text):
    # The parser ends the quotation with a "sentence" of its closing mark; the role still follows the speaker.
    text = ("Ann Ellison regrets her remarks about the mayor.\n\n\"I regret them,\" Ellison said in a statement. "
            "\"Judges must not comment on any candidate. From now on, I will keep quiet.\"\n\n"
            "In two recent interviews, the justice spoke out against the mayor, saying she did not trust him.")
    assert ("the justice", "Ann Ellison") in _names(extract_text(text))


def test_a_person_of_a_known_organisation_read_as_one_name_is_the_person(extract_text):
    # The tagger reads "Tanvi Ganguly of Human Rights Watch" as one organisation: the person is the speaker.
    text = ("\"Many voters felt their ballots did not count,\" said Tanvi Ganguly of Human Rights Watch, having "
            "observed the vote in the north. Ganguly said the count was slow.")
    record = extract_text(text)
    names = _names(record)
    assert names[0] == ("Tanvi Ganguly of Human Rights Watch", "Tanvi Ganguly")
    assert ("Ganguly", "Tanvi Ganguly") in names
    assert record.statements[0].speaker.affiliation == "NGO"


def test_a_relative_clause_after_the_speakers_organisation_is_not_the_speaker(extract_text):
    text = ("\"Many voters felt their ballots did not count,\" said Lakshmi Banerjee of Human Rights Watch, who "
            "observed voting in the north.")
    assert _names(extract_text(text))[0] == ("Lakshmi Banerjee of Human Rights Watch", "Lakshmi Banerjee")


def test_a_places_last_word_before_a_name_is_no_given_name(extract_text):
    # "envoy to the Middle East Dana Pruitt": "East" ends the place; it is not Pruitt's given name.
    text = ("The delegations, led by Foreign Minister Omar Haddad and the American envoy to the Middle East Dana "
            "Pruitt, convened in Rome. Pruitt said the talks would go on.")
    assert ("Pruitt", "Dana Pruitt") in _names(extract_text(text))


def test_a_pair_the_parser_did_not_coordinate_is_one_joint_speaker(extract_text):
    # Two subjects of "said" ("Pruitt" and "Hassan"), or the first name hung inside the second's phrase: the pair.
    text = "Mayor Dana Pruitt spoke on Tuesday. Pruitt and Governor Ali Hassan said the budget was fair."
    assert _names(extract_text(text)) == [("Pruitt and Governor Ali Hassan", "Dana Pruitt and Ali Hassan")]
    text = ("Governor Paul Dale met the emir on Monday. Press secretary Rita Moss told reporters the meeting went "
            "well. Dale and Omani leader Salim bin Nasser al-Harthy also discussed the war in Yemen, she said.")
    names = _names(extract_text(text))
    assert ("she", "Rita Moss") in names  # a pair is no antecedent of "she"
    assert ("Dale and Omani leader Salim bin Nasser al-Harthy", "Paul Dale and Salim bin Nasser al-Harthy") in names


def test_it_never_stands_for_a_plural_speaker(extract_text):
    # "It" after "government officials said": not the officials (the group the sentence is about is unnamed).
    text = ("The journalists chose to withhold some files that government officials said would harm security. "
            "The group's tone is harsher: It regularly publishes whole archives of files, arguing that the public "
            "deserves to know.")
    assert all(name != "government officials" for mention, name in _names(extract_text(text)) if mention == "It")
    # A name that holds a plural noun is one body: "It" still stands for it.
    text = "Doctors Without Borders said the clinic was hit. It said two nurses died."
    assert ("It", "Doctors Without Borders") in _names(extract_text(text))


def test_they_never_stands_for_a_thing_made_a_speaker(extract_text):
    # The parser makes "the sagging economy" the subject of "praised"; "they" later is not the economy.
    text = ("Mr. Dale predicted that the sagging economy would soon recover and praised efforts by the mediator to "
            "find a solution in Syria. Calling the Turks servile, he said maybe they hoped to please "
            "Washington.")
    assert ("they", "sagging economy") not in _names(extract_text(text))
