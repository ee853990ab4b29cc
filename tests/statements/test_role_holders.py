"""Who a role phrase names (issue 13, speaker full names): a surrogate's role names the person just given that
post ("the aide" after "an adviser to the governor"), a role the next-named person's own title contradicts names
not that person, a poll's glued name keeps every word, a compound title ("campaign manager") is a title, and "the
company" names only a body the lexicon, its name or the text makes a company. Invented sentences."""

from __future__ import annotations

from statement_support import speaker_triples


def _names(record) -> dict[str, str | None]:
    """Speaker text as written -> full name (the last statement's, where a phrase speaks twice)."""
    return {text: name for text, name, _ in speaker_triples(record)}


def test_the_aide_names_the_person_just_described_as_an_adviser(extract_text):
    text = ("Maria Delgado, an adviser to the governor, said the budget would pass next week. "
            "The aide said lawmakers had agreed to the plan.")
    assert _names(extract_text(text))["The aide"] == "Maria Delgado"


def test_the_official_names_the_office_holder_who_just_spoke(extract_text):
    text = ("Interior Minister Ana Lima said the border would reopen on Friday. "
            "The official added that guards would be doubled.")
    assert _names(extract_text(text))["The official"] == "Ana Lima"


def test_the_spokesman_is_not_the_minister_who_just_spoke(extract_text):
    text = ("Foreign Minister Ana Lima said the talks would resume on Friday. "
            "The spokesman said the delegation had left.")
    assert _names(extract_text(text))["The spokesman"] != "Ana Lima"


def test_the_aide_passes_over_no_other_named_speaker(extract_text):
    # Another person spoke after the adviser: the aide may be anyone's, so the role stays unnamed.
    text = ("Maria Delgado, an adviser to the governor, said the budget would pass. Senator Tom Hale said he "
            "doubted it. The aide said the vote was set.")
    names = _names(extract_text(text))
    assert names["The aide"] not in ("Maria Delgado", "Tom Hale")


def test_the_aide_after_an_unnamed_aide_spoke_stays_that_aide(extract_text):
    text = ("An aide said the governor was tired. Maria Delgado, an adviser to the governor, said the budget would "
            "pass. The aide said the vote was set.")
    assert _names(extract_text(text))["The aide"] != "Maria Delgado"


def test_a_lede_role_is_not_a_person_of_another_office_named_next(extract_text):
    text = ("The health minister said on Monday that hospitals were full. "
            "Mayor Pedro Alves said the city would open new clinics.")
    assert _names(extract_text(text))["The health minister"] != "Pedro Alves"


def test_a_lede_role_is_not_a_minister_of_another_portfolio_named_next(extract_text):
    text = ("The defense minister said on Monday that troops would stay. "
            "Foreign Minister Ana Lima said the talks would continue.")
    assert _names(extract_text(text))["The defense minister"] != "Ana Lima"


def test_a_lede_role_still_names_the_holder_of_that_office_named_next(extract_text):
    text = ("The health minister said on Monday that hospitals were full. "
            "Health Minister Ana Lima said the state would hire nurses.")
    assert _names(extract_text(text))["The health minister"] == "Ana Lima"
    text = ("The minister said on Monday that the talks had failed. "
            "Foreign Minister Ana Lima said the delegation would return home.")
    assert _names(extract_text(text))["The minister"] == "Ana Lima"


def test_role_contradicts_title():
    from accord.stages.statements.identification import role_contradicts_title

    offices = {"diplomat": ["foreign", "ambassador", "envoy", "diplomat"]}
    assert role_contradicts_title("The health minister", "minister", "Mayor", offices)
    assert role_contradicts_title("The health minister", "minister", "Foreign Minister", offices)
    assert not role_contradicts_title("The health minister", "minister", "Minister of Health", offices)
    assert not role_contradicts_title("The top diplomat", "diplomat", "Ambassador", offices)
    assert not role_contradicts_title("The mayor", "mayor", None, offices)
    assert not role_contradicts_title("The official", "official", "Mayor", offices)
    # A sector's role fits any office of that sector; not one of another sector.
    assert not role_contradicts_title("A lawmaker", "lawmaker", "state senator", offices, frozenset({"lawmaker"}))
    assert role_contradicts_title("A lawmaker", "lawmaker", "Mayor", offices, frozenset({"lawmaker"}))
    # The person the adviser serves is no office of the adviser's.
    assert role_contradicts_title("The governor", "governor", "adviser to the governor", offices)


def test_a_poll_of_two_glued_names_keeps_every_word(extract_text):
    # The tagger splits the first name from the lexicon's pollster; the glued name is the poll's writer, whole.
    text = ("A Daily Courier-Ipsos poll released Tuesday showed that most voters opposed the plan. "
            "According to the Daily Courier-Ipsos poll, support for the governor fell sharply.")
    names = {text_: name for text_, name, _ in speaker_triples(extract_text(text))}
    assert names["A Daily Courier-Ipsos poll"] == "Daily Courier-Ipsos"
    assert names["the Daily Courier-Ipsos poll"] == "Daily Courier-Ipsos"
    text = "A new Associated Press-NORC poll found that most voters opposed the plan."
    assert _names(extract_text(text))["A new Associated Press-NORC poll"] == "Associated Press-NORC"


def test_glued_pollsters_alone_are_named_as_written(extract_text):
    text = "A CNN/ORC poll found that most voters opposed the plan."
    assert "CNN/ORC" in {name for _, name, _ in speaker_triples(extract_text(text))}


def test_a_campaign_manager_is_titled_so(extract_text):
    record = extract_text("Campaign manager Lisa Grant said turnout was high. "
                          "Communications director Ana Ruiz said the governor would not resign.")
    titles = {s.speaker.name: s.speaker.title for s in record.statements if s.speaker}
    assert titles["Lisa Grant"] == "campaign manager"
    assert titles["Ana Ruiz"] == "communications director"


def test_the_company_is_not_a_body_nothing_says_is_a_company(extract_text):
    # An uncoded name with no company word, describing noun or stake may be a brand; a magazine is an outlet.
    text = ("The Widget Corp. sold its factory. Glimmer unveiled a new phone on Tuesday at an event in Texas. "
            "The company said sales would begin next month.")
    assert _names(extract_text(text))["The company"] not in ("Glimmer", "Widget Corp.")
    text = ("Trail Monthly magazine praised the new running shoe last week. "
            "The company said it would sell the shoe in Europe.")
    assert _names(extract_text(text))["The company"] != "Trail Monthly"


def test_the_company_is_a_body_its_name_or_the_text_makes_a_company(extract_text):
    text = "The Widget Corp. sold its factory to a rival. The company said it would keep its workers."
    assert _names(extract_text(text))["The company"] == "Widget Corp."
    text = "Lumora, a drug company based in Canada, raised prices in March. The company said demand was strong."
    assert _names(extract_text(text))["The company"] == "Lumora"
    text = ("Shares of Brightwell Audio fell sharply on Monday after the recall. "
            "The company said it would replace every speaker.")
    assert _names(extract_text(text))["The company"] == "Brightwell Audio"


def test_a_parenthetical_he_said_is_not_the_phrase_it_tells_of(extract_text):
    # "he" cannot stand for the role inside his own words: a role noun in that slot is no antecedent.
    text = ("Tom Hale, a retired banker, said the campaign had been led astray. "
            "A different spokesman, he argued, would change the tone of the race.")
    assert [name for text_, name, _ in speaker_triples(extract_text(text)) if text_ == "he"] == ["Tom Hale"]


def test_a_role_said_to_be_anonymous_names_no_one(extract_text):
    text = ("Chilean Trade Minister Rosa Ferrer met Peruvian envoy Luis Ortega in Lima on Friday. Ferrer said the "
            "meeting went well. The official, who asked not to be named, said an accord was near.")
    assert _names(extract_text(text)).get("The official") != "Rosa Ferrer"
    text = ("Chilean Trade Minister Rosa Ferrer said on Friday that tariffs would fall. The official, granted "
            "anonymity to brief reporters, added that an accord was near.")
    assert _names(extract_text(text)).get("The official") != "Rosa Ferrer"


def test_a_body_of_another_side_speaking_in_between_blocks_the_official(extract_text):
    text = ("Chilean Trade Minister Rosa Ferrer said on Friday that Chile would cut tariffs. Beijing said it "
            "welcomed the step. The official said China would answer soon.")
    assert _names(extract_text(text)).get("The official") != "Rosa Ferrer"


def test_a_countrys_official_is_not_a_person_of_no_known_country(extract_text):
    text = ("Prime Minister Elena Voss visited Ghana on Tuesday. \"We agreed on much,\" Voss said. "
            "The Ghanaian official said the visit was cordial.")
    assert _names(extract_text(text)).get("The Ghanaian official") != "Elena Voss"


def test_an_unnamed_office_holder_in_between_is_a_rival(extract_text):
    text = ("Senator Paul Reyes met the trade minister in Lisbon on Tuesday. "
            "The official said the meeting had been useful.")
    assert _names(extract_text(text)).get("The official") != "Paul Reyes"


def test_the_official_is_no_senator(extract_text):
    text = ("Senator Paul Reyes said on Tuesday that the bill would pass. "
            "The official added that the vote was set for June.")
    assert _names(extract_text(text)).get("The official") != "Paul Reyes"


def test_the_official_after_two_office_holders_names_no_one(extract_text):
    text = ("Interior Minister Ana Mora met Defense Minister Jorge Pinto on Tuesday. Mora said the border "
            "would reopen. The official added that guards would be doubled.")
    assert _names(extract_text(text)).get("The official") not in ("Ana Mora", "Jorge Pinto")


def test_a_lede_role_owned_by_the_country_names_the_holder_named_next(extract_text):
    text = ("The country's trade minister said on Tuesday that exports would rise. "
            "Trade Minister Rosa Ferrer said the port would expand.")
    assert _names(extract_text(text))["The country's trade minister"] == "Rosa Ferrer"
    text = ("The nation's defense secretary said on Tuesday that the border would close. "
            "Defense Secretary Jorge Pinto said guards would be doubled.")
    assert _names(extract_text(text))["The nation's defense secretary"] == "Jorge Pinto"


def test_a_poll_name_does_not_take_the_place_before_it(extract_text):
    text = "A new Ohio Harlow-Benton poll found the race close."
    names = {name for _, name, _ in speaker_triples(extract_text(text))}
    assert "Harlow-Benton" in names and "Ohio Harlow-Benton" not in names
    text = "A new Washington Post-Harlow poll found the race close."
    assert "Washington Post-Harlow" in {name for _, name, _ in speaker_triples(extract_text(text))}


def test_the_judge_is_not_a_justice_minister_who_just_spoke(extract_text):
    # "Justice" only modifies the minister's office: the judge is someone else
    text = ("Justice Minister Ana Lopez said the reform would pass this year. "
            "The judge said on Monday that the case would be heard in May.")
    assert _names(extract_text(text)).get("The judge") != "Ana Lopez"


def test_an_office_is_read_from_a_titles_head_word():
    # the office noun a title ends on, not a modifier ("Justice Minister") or a possessor ("the governor's spokesman")
    from accord.stages.statements.description_conflicts import held_office

    assert held_office("Justice Minister") == "minister"
    assert held_office("Prime Minister") == "prime minister"
    assert held_office("Justice Department spokesman") is None
    assert held_office("the governor's spokesman") is None
    assert held_office("Georgia's governor") == "governor"
    assert held_office("Supreme Court Justice") == "judge"
    assert held_office("Sen.") == "senator"
    assert held_office("the governor of Ohio") == "governor"
    assert held_office("former governor") is None


def test_a_title_word_in_an_untitled_name_still_names_its_holder(extract_text):
    # no title given apart from the name itself: the role word in the name names the person
    text = ("A senator said she would be glad to meet Pope Francis in Rome next month. "
            "Officials said the pope plans to visit Peru in the spring.")
    names = _names(extract_text(text))
    assert names.get("the pope") == "Pope Francis", names


def test_a_title_word_in_a_described_persons_name_still_names_them(extract_text):
    # a long description given as the title does not hide the role word of the name itself
    text = ("Pope John Paul II visited Mexico in 1999. Pope Francis, the head of a church of many nations, said "
            "on Friday that walls divide people. The pope said he would pray for the senator.")
    names = _names(extract_text(text))
    assert names.get("The pope") == "Pope Francis", names


def test_a_title_with_adjectives_between_commas_keeps_its_head():
    # "blunt, never-back-down governor of Maine": the adjectives before the office noun are no head, and a
    # preposition inside a hyphenated word cuts nothing
    from accord.stages.statements.description_conflicts import held_office

    assert held_office("blunt, never-back-down-to-anyone governor of Maine") == "governor"
    assert held_office("mayor, a Democrat") == "mayor"
