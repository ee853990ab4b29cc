"""An institution's own place and a counsel described beyond one country (issue 13 item 2).

A US outlet's story about an attack abroad quotes the local police and prosecutors by the city they serve:
they take that city's country, not the story's (the outlet's). A lawyer on an "international legal team"
takes neither the court's country nor the story's. Invented sentences.
"""

from __future__ import annotations

import pytest
from statement_support import speaker_affiliations as _affiliations

# A US-led lead, so the story's country is the United States unless the institution's place says otherwise.
US_LEAD = ("WASHINGTON — President Obama spoke about the attack on Saturday. The White House said the United "
           "States stood with its allies. Obama said America would help. ")


@pytest.mark.parametrize(("sentence", "speaker", "code"), [
    ("The Munich police said the gunman acted alone.", "The Munich police", "DEU"),
    ("Nice prosecutors said the driver had been radicalized.", "Nice prosecutors", "FRA"),
    ("Police in Munich said the gunman acted alone.", "Police", "DEU"),
    ("Istanbul's governor said 41 people died.", "Istanbul's governor", "TUR"),
])
def test_a_place_in_an_institutions_phrase_is_its_country(extract_text, sentence, speaker, code):
    assert _affiliations(extract_text(US_LEAD + sentence))[speaker] == code


def test_an_earlier_writing_of_the_institution_gives_its_place(extract_text):
    text = (US_LEAD + 'Mrs. Clinton offers messages similar to the defeated "Remain" campaign in Britain\'s '
            'referendum. The "Remain" campaign said the result was a disaster.')
    assert _affiliations(extract_text(text))['The "Remain" campaign'] == "GBR"


@pytest.mark.parametrize(("sentence", "speaker", "code"), [
    # a posted head serves where it is sent, not where it sits: no place from "in Berlin"
    ("Officials in Berlin said the talks went well.", "Officials", "USA"),
    # the US capital is the US
    ("Washington officials said they were watching.", "Washington officials", "USA"),
])
def test_places_that_do_not_move_a_speaker(extract_text, sentence, speaker, code):
    assert _affiliations(extract_text(US_LEAD + sentence))[speaker] == code


def test_counsel_on_an_international_legal_team_takes_no_country(extract_text):
    text = ("HONG KONG — A court in Hong Kong adjourned the trial of Jimmy Lai on Monday. The judge said the case "
            "would resume. Hong Kong's government said the law was fair. Lai's plight has received support in "
            "Washington, according to Caoilfhionn Gallagher, the attorney leading Lai's international legal team. "
            "Amal Clooney, a member of the international legal team representing the journalist, said the trial "
            "was a sham. Lai's lawyer, Robert Pang, said he would appeal.")
    found = _affiliations(extract_text(text))
    assert found["Caoilfhionn Gallagher"] is None
    assert found["Amal Clooney"] is None
    assert found["Lai's lawyer"] == "HKG"  # a lawyer of the court's own bar keeps its country
    assert found["The judge"] == "HKG"


def test_a_person_with_two_roles_takes_the_first_roles_affiliation(extract_text):
    text = ("TOKYO — Japan's new prime minister took office on Tuesday. Shigeru Ishiba said Japan would keep its "
            "alliance with the United States. Tokyo said it would raise spending. "
            '"Ishiba will continue the strategies," said Ryo Hinata-Yamaguchi, a nonresident senior fellow at the '
            "Atlantic Council's Indo-Pacific Security Initiative and an associate professor at Tokyo International "
            "University.")
    assert _affiliations(extract_text(text))["Ryo Hinata-Yamaguchi"] == "USA"


def test_the_pope_is_the_holy_sees_in_a_us_story(extract_text):
    text = ("WASHINGTON — Donald Trump attacked the pope on Thursday. Trump said the pope was wrong. "
            "Pope Francis said a man who builds walls is not Christian. Francis said he would pray for him.")
    found = _affiliations(extract_text(text))
    assert found["Pope Francis"] == "VAT" and found["Francis"] == "VAT"


@pytest.mark.parametrize(("sentence", "speaker", "code"), [
    ("Rights groups in Uganda said dozens were held.", "Rights groups", "UGA"),
    ("Analysts in Kenya said turnout was low.", "Analysts", "KEN"),
    # a topic head may study the country, a posted head serve another: no place, and no story's country
    ("Experts in Russia said the economy was weak.", "Experts", None),
    ("Diplomats in Kenya said the vote was calm.", "Diplomats", None),
])
def test_a_country_placing_a_speaker_the_setting_does_not(extract_text, sentence, speaker, code):
    assert _affiliations(extract_text(US_LEAD + sentence))[speaker] == code


def test_bare_police_take_the_place_their_sentence_or_the_one_before_names(extract_text):
    text = (US_LEAD + "A man set off a smoke bomb at a train station in Munich. Reaching the platform, police said "
            "they were looking for two suspects.")
    assert _affiliations(extract_text(text))["police"] == "DEU"


def test_a_place_inside_what_is_said_places_no_local_body(extract_text):
    text = (US_LEAD + "Prosecutors said the attacker came from Iran. Authorities in the city said the mall was "
            "closed. Officials said the talks with Iran would go on.")
    found = _affiliations(extract_text(text))
    assert found["Prosecutors"] == "USA" and found["Authorities"] == "USA"
    assert found["Officials"] == "USA"  # not a local body: any party's officials


def test_a_body_with_its_own_unknown_place_is_not_placed_by_its_sentence(extract_text):
    # the gazetteer lacks the German state; Belgium, named beside it, is not where the authorities serve
    text = (US_LEAD + "Authorities in North-Rhine Westphalia, which borders Belgium, said they would "
            "add patrols along the frontier.")
    assert _affiliations(extract_text(text))["Authorities"] != "BEL"


def test_a_title_seating_the_employer_in_a_city_gives_its_country(extract_text):
    text = ("BEIJING — China's Silk Road plan is reshaping Central Asia. Chinese President Xi Jinping said the plan "
            "would benefit all. Beijing said it would lend more. China said the plan was fair. "
            'China is moving "very carefully" in the region, said Aigerim Bekova, a trade policy '
            "lecturer at KIMEP University in Almaty.")
    assert _affiliations(extract_text(text))["Aigerim Bekova"] == "KAZ"


def test_a_posted_title_is_not_placed_by_its_city():
    from accord.stages.entities.institution_place import title_place

    assert title_place("correspondent for the Times in Beijing") is None
    assert title_place("professor at a university in Almaty") == "KAZ"


def test_an_employer_named_after_a_province_gives_its_country(extract_text):
    """A Canadian business lobbyist in a US story took the story's country (USA)."""
    text = ("WASHINGTON — Senator Ted Cruz said a carbon tax would hurt American families. Republicans in "
            "Congress said they would block it. The tax has not hurt growth, said Mara Lindqvist, senior economist "
            "at the Mining Association of British Columbia.")
    assert _affiliations(extract_text(text))["Mara Lindqvist"] == "CAN"


def test_an_employer_named_after_a_place_other_countries_share_is_not_placed():
    from accord.stages.entities.institution_place import title_place

    assert title_place("professor at the University of Georgia") is None
    assert title_place("reporter for the Times of India") is None
    assert title_place("economist at the Bank of Canada") == "CAN"


def test_a_refugee_returned_to_her_hometown_keeps_its_country(extract_text):
    text = ("NAIROBI — Kenya's government says refugees will have to leave. Kenya said the camps would close. "
            "Kenyan officials said the decision was final. Shamsa Mohamed Aden was among the refugees who "
            "voluntarily returned in 2017 to Kismayo, her southeastern Somali hometown. She said she could not "
            "find work.")
    assert _affiliations(extract_text(text))["She"] == "SOM"


def test_a_capitalised_function_word_is_no_city(extract_text):
    # "Most" is also a Czech town; opening a sentence it is a quantifier
    text = (US_LEAD + "Why do students admire Warren so much? Most guesses point to her plans for "
            "cancelling college debt, analysts said. Most officials said the vote was fair.")
    found = _affiliations(extract_text(text))
    assert "CZE" not in found.values()


def test_a_province_name_alone_places_no_institution(extract_text):
    # Gulf is a province of Papua New Guinea; "Gulf sources" are not its
    text = US_LEAD + "Gulf sources believe Qatar is forming a bloc with Oman and Iraq."
    assert _affiliations(extract_text(text))["Gulf sources"] != "PNG"


def test_a_destination_in_the_sentence_places_no_local_body(extract_text):
    text = (US_LEAD + "Others in his cell had earlier travelled to Yemen or Pakistan for camps, but "
            "authorities said they never noticed.")
    assert _affiliations(extract_text(text))["authorities"] != "PAK"


def test_a_province_named_with_a_country_word_is_its_own_countrys(extract_text):
    # "British" opens the name of a Canadian province: the province and a body "of" it are Canada's.
    text = (US_LEAD + "British Columbia says its fuel levy has paid off. The Forestry Council of British Columbia "
            "warned that any rise would hurt exporters.")
    found = _affiliations(extract_text(text))
    assert found["British Columbia"] == "CAN"
    assert found["The Forestry Council of British Columbia"] == "CAN"


@pytest.mark.parametrize("person", ["a 19-year-old Iranian-German", "a Syrian refugee", "an Afghan man"])
def test_a_persons_nationality_places_no_local_body(extract_text, person):
    # the nationality describes the suspect; the sentence before says where the police serve
    text = (US_LEAD + "A man set off a smoke bomb at a train station in Munich. Reaching the platform, police "
            f"found the attacker, {person}, and said the station was closed.")
    assert _affiliations(extract_text(text))["police"] == "DEU"


def test_a_nationality_on_a_place_still_places_a_local_body(extract_text):
    text = (US_LEAD + "A man set off a smoke bomb at a station in the German state of Hesse, and police said "
            "they were looking for two suspects.")
    assert _affiliations(extract_text(text))["police"] == "DEU"


def test_an_employer_named_after_its_city_gives_its_country(extract_text):
    """A Chinese scholar's unknown university named after its city placed him in the story's other country."""
    text = ("ASTANA — Kazakhstan's foreign minister said trade with China would grow. Kazakh officials said the new "
            "border zone would open in May. Kazakhstan said the rail link was ready. The zone is too remote to "
            "thrive, said Wen Bo, a lecturer in trade law at Kunming University.")
    assert _affiliations(extract_text(text))["Wen Bo"] == "CHN"


def test_an_employer_named_after_a_given_name_or_no_city_is_not_placed():
    from accord.stages.entities.institution_place import title_place

    assert title_place("lecturer at Victoria University") is None  # a given name: several countries' Victorias
    assert title_place("economist at Brightwater University") is None  # no place the gazetteer knows
    assert title_place("historian at Tehran University") == "IRN"
    assert title_place("correspondent at Cairo University") is None  # a posted title
