"""Speakers the story's country must not place (issue 13): a story led by one country quotes people the text
places elsewhere by a place noun ("residents of the southern city of Kherson", "a shopkeeper in the Kenyan port of
Mombasa"); a state's office is not the senator named next ("the state's governor" then "Senator X"); a one-word
party label ("Conservatives") is the UK party only in a story set in Britain.

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations

from accord.stages.statements.description_conflicts import held_office

US_LEDE = ("Aid cuts felt far from Washington\n\n"
           "WASHINGTON - The United States cut its aid budget on Monday. The State Department said the cuts were "
           "needed. American officials said Congress had asked for savings.\n\n")


def _speakers(record) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text, s.speaker.name, s.speaker.affiliation) for s in record.statements]


def _affiliation(record, speaker_text: str) -> str | None:
    """The affiliation of the first statement whose speaker is written ``speaker_text``."""
    return next(s.speaker.affiliation for s in record.statements if s.speaker.text == speaker_text)


def test_residents_of_a_named_city_are_of_its_country_not_the_storys(extract_text):
    record = extract_text(US_LEDE + "Residents of the eastern city of Kharkiv said bread prices had doubled.\n")
    assert _affiliation(record, "Residents of the eastern city of Kharkiv") == "UKR"


def test_an_unknown_trade_in_a_port_a_nationality_qualifies_is_of_that_country(extract_text):
    # "stallholder" is a noun no lexicon knows: the speaker has no entity, only its own phrase places it
    record = extract_text(US_LEDE + "A stallholder in the Tanzanian port of Dar es Salaam said sales had fallen.\n")
    assert _affiliation(record, "A stallholder") == "TZA"


def test_farmers_in_a_state_a_nationality_qualifies_are_of_that_country(extract_text):
    record = extract_text(US_LEDE + "Farmers in the Mexican state of Chihuahua said the new tariffs worried them.\n")
    assert _affiliation(record, "Farmers") == "MEX"


def test_a_teacher_in_the_capital_of_a_named_country_is_of_that_country(extract_text):
    record = extract_text(US_LEDE + "A teacher in the capital of Nepal said the schools there would close.\n")
    assert _affiliation(record, "A teacher") == "NPL"


def test_a_speaker_whose_relatives_live_abroad_keeps_the_storys_country(extract_text):
    # the foreign place is her family's, inside what she says: she is still the story's
    record = extract_text(US_LEDE + "Rosa Ibarra said her cousins in Tijuana had lost their jobs.\n")
    assert _affiliation(record, "Rosa Ibarra") == "USA"


def test_the_storys_own_unnamed_officials_keep_the_storys_country(extract_text):
    record = extract_text(US_LEDE + "A Treasury official said the city of Boston would lose a grant.\n")
    assert _affiliation(record, "American officials") == "USA"
    assert _affiliation(record, "A Treasury official") == "USA"


def test_a_us_states_governor_is_not_the_senator_named_next(extract_text):
    text = ("Georgia count goes to court\n\n"
            "ATLANTA - Georgia's governor said on Monday that the state would certify the count. Senator Mara Quill "
            "said the count was fair. The U.S. Justice Department said it would watch the count.\n")
    speakers = _speakers(extract_text(text))
    governor = next(s for s in speakers if s[0] == "Georgia's governor")
    assert governor[1] != "Mara Quill"
    assert governor[2] == "USA"
    assert ("Senator Mara Quill", "Mara Quill", "USA") in speakers


def test_a_mayor_is_not_the_governor_who_spoke_last(extract_text):
    text = ("Storm nears the coast\n\n"
            "TAMPA, Fla. - Gov. Dale Harmon said on Monday that crews were ready. The mayor said schools would "
            "close on Tuesday.\n")
    speakers = _speakers(extract_text(text))
    assert ("The mayor", "Dale Harmon", "USA") not in speakers
    assert ("Gov. Dale Harmon", "Dale Harmon", "USA") in speakers


def test_the_governor_is_still_the_governor_named_next(extract_text):
    text = ("Storm nears the coast\n\n"
            "TAMPA, Fla. - The governor said on Monday that shelters would open. Gov. Dale Harmon said crews were "
            "ready.\n")
    assert ("The governor", "Dale Harmon", "USA") in _speakers(extract_text(text))


def test_conservatives_in_a_us_story_are_not_the_uk_party(extract_text):
    text = ("Voting rules fight heads to court\n\n"
            "ATLANTA - Conservatives said the voting rules had been changed too late. The U.S. Justice Department "
            "said it would review the rules, and American voters said they were tired of the fight.\n")
    assert _affiliation(extract_text(text), "Conservatives") != "GBR"


def test_conservatives_in_a_british_story_stay_the_uk_party(extract_text):
    text = ("Budget revolt in London\n\n"
            "LONDON - Britain's government faced a revolt on Tuesday. Conservatives said the budget went too far. "
            "British officials said the vote would be close.\n")
    assert _affiliation(extract_text(text), "Conservatives") == "GBR"


def test_held_offices_name_one_office_and_leave_deputies_and_former_holders_out():
    assert held_office("Georgia's governor") == "governor"
    assert held_office("Sen.") == "senator"
    assert held_office("Lt. Gov.") is None
    assert held_office("former Senator") is None
    assert held_office("spokesman") is None


def test_an_opening_city_named_after_its_place_noun_sets_the_speakers_scene(extract_text):
    record = extract_text(US_LEDE + "In the eastern city of Kharkiv, a volunteer said the food trucks had stopped.\n")
    assert _affiliation(record, "a volunteer") == "UKR"


def test_an_opening_town_the_gazetteer_lacks_keeps_the_nationality_before_it(extract_text):
    record = extract_text(US_LEDE + "In the Sudanese town of Tawila, a midwife said the clinic was full.\n")
    assert _affiliation(record, "a midwife") == "SDN"


def test_an_opening_us_city_with_a_foreign_homonym_stays_american(extract_text):
    text = ("Storm season starts early\n\n"
            "DALLAS - The U.S. weather service said on Monday that storms would come early. American insurers said "
            "claims had doubled.\n\n"
            "In the city of Paris, Texas, a pastor said the roof of his church was gone.\n\n"
            "In the state of Georgia, farmers said the rain had ruined the peaches.\n")
    record = extract_text(text)
    assert _affiliation(record, "a pastor") == "USA"
    assert _affiliation(record, "farmers") == "USA"
