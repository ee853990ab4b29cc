"""Affiliations read off a speaker's description (issue 13 item 2): US places with foreign homonyms, a clause
subject misread as apposition, party members titled experts, intergovernmental bodies.

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations

from collections import Counter

from accord.stages.entities.homonyms import names_state_office, us_reading


def _speakers(record) -> list[tuple[str, str | None]]:
    return [(s.speaker.name, s.speaker.affiliation) for s in record.statements if s.speaker]


def test_a_city_followed_by_its_us_state_is_in_the_us(extract_text):
    # The lexicon knows San Jose as Costa Rica's capital; ", Calif." says it is the Californian city.
    text = ("Dana Whitlow, a 40-year-old engineer in San Jose, Calif., backs the plan. "
            "“It will help us,” she said.")
    assert ("Dana Whitlow", "USA") in _speakers(extract_text(text))


def test_the_foreign_capital_alone_keeps_its_country():
    assert us_reading("CRI", ["a banker in San Jose"], Counter()) == "CRI"
    assert us_reading("CRI", ["a banker in San Jose, Costa Rica"], Counter()) == "CRI"


def test_a_shared_state_name_reads_as_the_state_in_a_story_set_in_the_us(extract_text):
    text = ("The U.S. Senate voted on Monday. The U.S. House will vote next week. "
            "“It is unlikely,” said Randy Ewing, a party committeeman from Georgia.")
    assert ("Randy Ewing", "USA") in _speakers(extract_text(text))


def test_a_shared_state_name_stays_the_country_in_a_story_set_there(extract_text):
    text = ("Georgia and Russia fought a war in 2008. Georgia wants to join NATO. "
            "“We are ready,” said Nino Beradze, a lawmaker from Georgia.")
    assert ("Nino Beradze", "GEO") in _speakers(extract_text(text))


def test_the_demonym_of_a_shared_name_is_a_nationality_whatever_the_setting():
    assert us_reading("GEO", ["a Georgian diplomat"], Counter({"USA": 9})) == "GEO"


def test_a_clause_subject_after_a_fronted_name_is_no_apposition(extract_text):
    # "For X, Britain's vote is ..." : the noun phrase is the verb's subject, not a title of X.
    text = ("The U.S. election is in November. The U.S. economy is strong. "
            "For Helen Marsh, the European Union's crisis is a warning. Ms. Marsh said voters were angry.")
    record = extract_text(text)
    speaker = next(s.speaker for s in record.statements if s.speaker and s.speaker.name == "Helen Marsh")
    assert speaker.title is None
    assert speaker.affiliation != "EUR"


def test_an_apposition_closed_by_a_comma_is_still_a_title(extract_text):
    text = "Omar Haddad, a senior analyst at the Brookings Institution, said the deal was weak."
    record = extract_text(text)
    assert record.statements[0].speaker.title == "senior analyst at the Brookings Institution"


def test_a_party_expert_is_placed_like_a_party_member(extract_text):
    text = ("The U.S. Senate voted on Monday. The U.S. House will vote next week. "
            "Frank Lutz, a Republican expert on voter outreach, said the campaign had failed.")
    assert ("Frank Lutz", "USA") in _speakers(extract_text(text))


def test_an_expert_on_a_topic_is_still_not_placed_by_the_story(extract_text):
    text = ("Russia and China signed a deal. Russia wants more trade. "
            "Ivan Petrovsky, an expert on Western-Russian economic ties, said the deal was weak.")
    assert ("Ivan Petrovsky", None) in _speakers(extract_text(text))


def test_the_oecd_is_an_intergovernmental_body(extract_text):
    text = ("The U.S. Senate voted on Monday. The U.S. House will vote next week. "
            "The Organization for Economic Cooperation and Development said growth would slow.")
    assert _speakers(extract_text(text))[-1][1] == "IGO"


def test_a_refugee_who_fled_a_country_is_of_that_country(extract_text):
    # Set in Kenya, but the text says where he comes from (annotation: refugees keep their nationality).
    text = ("Kenya will close the camps. Kenya says the refugees must leave. "
            "Ahmed Nur, who fled Somalia in 1991, said he would not go.")
    assert ("Ahmed Nur", "SOM") in _speakers(extract_text(text))


def test_a_participle_driven_from_a_country_gives_the_origin(extract_text):
    text = ("Kenya will close the camps. Kenya says the refugees must leave. "
            "Amina Said, driven from Eritrea by the war, said she would not go.")
    assert ("Amina Said", "ERI") in _speakers(extract_text(text))


def test_where_a_refugee_fled_to_is_no_origin(extract_text):
    # "fled to Kenya" names where she lives now; only a "from" phrase or the object names the origin.
    text = ("Somalia held elections. Somalia has a new president. "
            "Amina Said, who fled to Kenya in 1991, said she would not vote.")
    assert ("Amina Said", "KEN") not in _speakers(extract_text(text))
    text = ("Kenya will close the camps. Kenya says the refugees must leave. "
            "Amina Said, who fled to Kenya from Somalia in 1991, said she would not go.")
    assert ("Amina Said", "SOM") in _speakers(extract_text(text))


def test_a_possessor_is_read_as_its_whole_place_name(extract_text):
    # "New Jersey's" is the US state's, not Jersey's (a Crown dependency the lexicon codes GBR).
    text = ("“We have no rich backers to lean on,” said New Jersey’s Steve Lanigan. "
            "Colorado's Kendra Unger said the rules were unfair.")
    speakers = _speakers(extract_text(text))
    assert ("Steve Lanigan", "USA") in speakers
    assert ("Kendra Unger", "USA") in speakers


def test_a_place_followed_by_a_shared_state_name_is_in_the_state(extract_text):
    # Needs the article to name the US at least as often as the country ("American").
    text = ("Betsy Sharpe of Burke County, Georgia, knows the American candidate well. "
            "“He saved our farm,” Sharpe said.")
    assert ("Betsy Sharpe", "USA") in _speakers(extract_text(text))


def test_a_city_of_the_country_before_its_name_keeps_the_country(extract_text):
    text = "Tbilisi hosted talks. “We are ready,” said Nino Beradze of Batumi, Georgia."
    assert ("Nino Beradze", "GEO") in _speakers(extract_text(text))


def test_a_us_party_and_state_label_places_a_legislator_in_the_us(extract_text):
    # The story names only Iran; "D-Calif." says the representative is American.
    text = ("Iran held talks. Iran wants sanctions lifted. "
            "Rep. Jo Kanner, D-Calif., said the deal was good. Sen. Al Brandt (R-Texas) said it was bad.")
    speakers = _speakers(extract_text(text))
    assert ("Jo Kanner", "USA") in speakers
    assert ("Al Brandt", "USA") in speakers


def test_without_the_label_the_story_country_still_applies(extract_text):
    text = "Iran held talks. Iran wants sanctions lifted. Rep. Jo Kanner said the deal was good."
    assert ("Jo Kanner", "IRN") in _speakers(extract_text(text))


def test_a_former_leader_quoted_today_keeps_his_country(extract_text):
    # The people gazetteers hold roles from 2015 on; a former or historical leader had no country and took
    # the story's (here Ukraine's or Kenya's).
    text = ("Ukraine's talks stalled. Ukraine's army advanced. "
            "Henry Kissinger said Ukraine should cede land. Mikhail Gorbachev said a new Cold War had begun.")
    speakers = _speakers(extract_text(text))
    assert ("Henry Kissinger", "USA") in speakers
    assert ("Mikhail Gorbachev", "RUS") in speakers
    text = ("Kenya held elections. Kenya's opposition disputed them. "
            "Nelson Mandela once said that education is the most powerful weapon.")
    assert ("Nelson Mandela", "ZAF") in _speakers(extract_text(text))


def test_an_ambiguous_surname_of_a_former_leader_is_no_alias(extract_text):
    # "Bush" or "Clinton" alone names several people: the lexicon gives no code, the story's country applies.
    text = "Kenya held elections. Kenya's opposition disputed them. Bush said the vote was fair."
    assert ("Bush", "KEN") in _speakers(extract_text(text))


def test_a_surname_seen_first_takes_the_lexicons_full_name_when_it_comes(extract_text):
    # The lexicon knows "George W. Bush" but not "Bush" alone; the entity first seen as "Bush" is named fully.
    text = ("Bush rejects the plan.\n\nGeorge W. Bush spoke in Dallas on Monday. "
            "Bush said the plan would fail.")
    assert ("George W. Bush", "USA") in _speakers(extract_text(text))


def test_an_opening_us_city_and_state_places_the_speaker_in_the_us(extract_text):
    # "In Athens, Ga.," is the Georgia city, not Greece's capital, whatever the story is about.
    text = ("Greece held talks. Greece wants trade. In Athens, Ga., students said the plan was unfair. "
            "In Athens, workers said the plan was fair.")
    speakers = _speakers(extract_text(text))
    assert ("students", "USA") in speakers
    assert ("workers", "GRC") in speakers



def test_a_state_name_opening_the_clause_after_a_city_is_no_state(extract_text):
    # "Virginia" opens the speaker's name, not "‹City›, ‹State›,": the sentence is set in Kyiv.
    text = "Ukraine held talks. In Kyiv, Virginia Holt said the shelling had stopped."
    assert ("Virginia Holt", "UKR") in _speakers(extract_text(text))


def test_an_opening_city_before_a_shared_state_name_is_not_read_as_the_us(extract_text):
    text = ("Russia held talks. Russia wants trade. "
            "In Tbilisi, Georgia, protesters said the plan was unfair.")
    assert ("protesters", "USA") not in _speakers(extract_text(text))


def test_the_capital_of_a_country_sharing_a_state_name_stays_that_country(extract_text):
    text = "“We are ready,” said Nino Beradze, a lawmaker from Tbilisi, Georgia."
    assert ("Nino Beradze", "GEO") in _speakers(extract_text(text))


def test_a_head_nominated_to_an_international_body_is_the_body_s(extract_text):
    # The nominating government's country is not the nominee's: the "as" phrase names the office held.
    text = ("WASHINGTON — The Treasury on Friday nominated Sara Lee for another term as managing director of the "
            "International Monetary Fund. “We have more work to do,” Ms. Lee said.")
    assert ("Sara Lee", "IGO") in _speakers(extract_text(text))


def test_a_person_appointed_as_a_national_officer_keeps_that_country(extract_text):
    # "named X as ‹office› of ‹body›" reads like an apposition, whatever the body is.
    text = ("The cabinet in Nairobi appointed Peter Otieno as governor of the Central Bank of Kenya on Monday. "
            "Otieno said inflation would fall.")
    assert ("Peter Otieno", "KEN") in _speakers(extract_text(text))


def test_a_us_city_before_a_shared_state_name_is_in_the_state_whatever_the_setting(extract_text):
    # Only "Georgia" is named (the lexicon's country), yet Macon is a US city: the state.
    text = ("Georgia voted on Tuesday. Georgia counts its ballots by hand. "
            "“The lines were long,” said Wanda Pruitt, a poll worker in Macon, Georgia.")
    assert ("Wanda Pruitt", "USA") in _speakers(extract_text(text))


def test_a_state_office_of_a_shared_name_is_the_state_whatever_the_setting(extract_text):
    # A governor, a secretary of state and a senator "of Georgia" hold US state or federal offices.
    text = ("Georgia held a recount. Georgia certified the result on Friday. "
            "The Georgia secretary of state, Dale Hobbs, said the count was accurate. "
            "Georgia's governor, Ruth Calloway, said the state was proud. "
            "Senator Owen Pike of Georgia said the law would help farmers.")
    speakers = _speakers(extract_text(text))
    assert ("Dale Hobbs", "USA") in speakers
    assert ("Ruth Calloway", "USA") in speakers
    assert ("Owen Pike", "USA") in speakers


def test_the_country_offices_of_a_shared_name_keep_the_country(extract_text):
    # A president, a prime minister, a city of the country and a country's representative stay Georgian.
    text = ("TBILISI, Georgia — Georgia's president, Tamar Lomidze, said the vote was unfair. "
            "Georgia's prime minister, Giorgi Abashidze, said the protests came from abroad. "
            "Davit Kapanadze, an opposition leader in Tbilisi, Georgia, said the police had beaten students. "
            "The representative of Georgia at the talks, Levan Gelashvili, said the troops must leave.")
    speakers = _speakers(extract_text(text))
    for name in ("Tamar Lomidze", "Giorgi Abashidze", "Davit Kapanadze", "Levan Gelashvili"):
        assert (name, "GEO") in speakers


def test_a_state_office_reading_needs_the_office_words():
    assert names_state_office("the Georgia secretary of state")
    assert names_state_office("a Georgia Republican")
    assert names_state_office("the governor of Georgia")
    assert names_state_office("Rep. Ann Moss of Georgia")
    assert not names_state_office("the representative of Georgia")
    assert not names_state_office("Georgia's president")
    assert not names_state_office("a Georgian governor")
    assert not names_state_office("the governor of Georgia's Imereti region")
